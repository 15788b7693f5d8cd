import json
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from svix.webhooks import Webhook, WebhookVerificationError

from .verify import verified_event

app = FastAPI()
SECRET = os.environ["CLERK_WEBHOOK_SECRET"]


@app.post("/webhooks/forged")
# ruleid: CLK301
async def forged(request: Request):
    event = await request.json()
    if event["type"] == "user.created":
        save_user(event["data"])
    return {"ok": True}


@app.post("/webhooks/verified")
# ok: CLK301
async def verified(request: Request):
    payload = await request.body()
    try:
        event = Webhook(SECRET).verify(payload, dict(request.headers))
    except WebhookVerificationError:
        raise HTTPException(status_code=400)
    if event["type"] == "user.created":
        save_user(event["data"])
    # ok: CLK303
    elif event["type"] == "user.deleted":
        drop_user(event["data"]["id"])
    return {"ok": True}


@app.post("/webhooks/swallowed")
async def swallowed(request: Request):
    payload = await request.body()
    event = json.loads(payload)
    try:
        Webhook(SECRET).verify(payload, dict(request.headers))
    # ruleid: CLK301
    except WebhookVerificationError:
        pass
    if event["type"] == "user.updated":
        save_user(event["data"])


@app.post("/webhooks/parsed-first")
async def parsed_first(request: Request):
    # ruleid: CLK301
    event = await request.json()
    print("svix-id", request.headers.get("svix-id"))
    Webhook(SECRET).verify(await request.body(), dict(request.headers))
    save_user(event["data"])


@app.post("/webhooks/reserialised")
async def reserialised(request: Request):
    event = await request.json()
    headers = {"svix-id": request.headers["svix-id"], "svix-timestamp": request.headers["svix-timestamp"], "svix-signature": request.headers["svix-signature"]}
    # ruleid: CLK304
    Webhook(SECRET).verify(json.dumps(event), headers)
    save_user(event["data"])


@app.post("/webhooks/by-dependency")
# ok: CLK301
async def by_dependency(request: Request, event: dict = Depends(verified_event)):
    raw = await request.json()
    if raw["type"] == "user.created":
        save_user(event["data"])


def save_user(data):
    return data


def drop_user(user_id):
    return user_id
