import os

from fastapi import Depends, FastAPI, Request
from svix.webhooks import Webhook

from .security import sdk, session_payload, signed_in_user

app = FastAPI()


# ok: CLK101
@app.get("/")
def index():
    return {"service": "notes"}


# ok: CLK101
@app.get("/me/profile")
def profile(user_id: str = Depends(signed_in_user)):
    return sdk.users.get(user_id=user_id)


# ok: CLK101
@app.delete("/me")
def delete_me(request: Request):
    user_id = signed_in_user(request)
    sdk.users.delete(user_id=user_id)


# Fail-open: CLK102 in session_payload, not CLK101 here.
# ok: CLK101
@app.get("/me/claims")
def claims(payload=Depends(session_payload)):
    return payload


# ok: CLK101
@app.post("/webhooks/clerk")
async def clerk_webhook(request: Request):
    body = await request.body()
    event = Webhook(os.environ["CLERK_WEBHOOK_SECRET"]).verify(body, dict(request.headers))
    sdk.users.update_metadata(user_id=event["data"]["id"], public_metadata={"synced": True})
    return {"ok": True}
