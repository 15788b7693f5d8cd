import os

from fastapi import FastAPI, HTTPException, Request
from svix.webhooks import Webhook, WebhookVerificationError

app = FastAPI()


@app.post("/api/webhooks/clerk")
# ok: CLK301
async def clerk_webhook(request: Request):
    try:
        event = Webhook(os.environ["CLERK_WEBHOOK_SECRET"]).verify(await request.body(), dict(request.headers))
    except WebhookVerificationError as err:
        raise HTTPException(status_code=400) from err
    # ruleid: CLK303
    if event["type"] in ("user.created", "user.updated"):
        upsert_user(event["data"])
    return {"ok": True}


def upsert_user(data):
    return data
