import os

import httpx
from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from fastapi import HTTPException, Request

sdk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
OPTIONS = AuthenticateRequestOptions(authorized_parties=["https://app.example.com"])


def _as_httpx(request: Request) -> httpx.Request:
    return httpx.Request(request.method, str(request.url), headers=dict(request.headers))


# ok: CLK102
def signed_in_user(request: Request) -> str:
    state = sdk.authenticate_request(_as_httpx(request), OPTIONS)
    if not state.is_signed_in:
        raise HTTPException(status_code=401, detail="signed out")
    return state.payload["sub"]


def session_payload(request: Request):
    # ruleid: CLK102
    state = sdk.authenticate_request(_as_httpx(request), OPTIONS)
    return state.payload
