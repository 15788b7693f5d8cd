import os

from fastapi import HTTPException, Request
from svix.webhooks import Webhook, WebhookVerificationError


# ok: CLK301
async def verified_event(request: Request) -> dict:
    body = await request.body()
    try:
        return Webhook(os.environ["CLERK_WEBHOOK_SECRET"]).verify(body, dict(request.headers))
    except WebhookVerificationError:
        raise HTTPException(status_code=400, detail="bad signature")
