import logging
import os

import httpx
from clerk_backend_api import Clerk
from clerk_backend_api.models import SDKError
from clerk_backend_api.security.types import AuthenticateRequestOptions
from fastapi import Depends, FastAPI, HTTPException, Request

logger = logging.getLogger(__name__)
clerk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])


def require_user(request: Request):
    forwarded = httpx.Request(request.method, str(request.url), headers=dict(request.headers))
    state = clerk.authenticate_request(forwarded, AuthenticateRequestOptions(authorized_parties=["https://admin.example.com"]))
    if not state.is_signed_in:
        raise HTTPException(status_code=401)


# Every route needs a session and none checks a role: the member routes are
# also CLK201/CLK202 mistakes, annotated beside the CLK501 cases.
app = FastAPI(dependencies=[Depends(require_user)])


@app.post("/members/{user_id}/ban")
def ban(user_id: str):
    try:
        # ruleid: CLK501, CLK201
        clerk.users.ban(user_id=user_id)
    except Exception:
        pass
    return {"banned": True}


@app.post("/members/{user_id}/role")
def set_role(user_id: str, role: str):
    try:
        # ruleid: CLK501, CLK201
        clerk.users.update_metadata(user_id=user_id, public_metadata={"role": role})
    except SDKError as err:
        logger.warning("role update failed: %s", err)
    return {"role": role}


@app.delete("/members/{user_id}")
def remove(user_id: str):
    try:
        # ok: CLK501
        # ruleid: CLK201
        clerk.users.delete(user_id=user_id)
    except SDKError:
        logger.exception("delete failed")
        raise HTTPException(status_code=503, detail="user service unavailable")
    return {"deleted": True}


@app.get("/members/{user_id}")
def member(user_id: str):
    try:
        # ok: CLK501
        # ruleid: CLK202
        user = clerk.users.get(user_id=user_id)
    except Exception:
        user = None
    if user is None:
        raise HTTPException(status_code=404)
    return {"id": user.id}


@app.get("/members/{user_id}/premium")
def premium(user_id: str):
    # A swallowed read fails closed: no premium without an answer.
    try:
        # ok: CLK501
        # ruleid: CLK202
        user = clerk.users.get(user_id=user_id)
        if user.public_metadata.get("premium"):
            return {"premium": True}
    except Exception as err:
        logger.warning("premium lookup failed: %s", err)
    return {"premium": False}


@app.get("/count")
def count():
    try:
        # ok: CLK501
        total = clerk.users.count()
    except KeyError:
        pass
    return {"total": total}
