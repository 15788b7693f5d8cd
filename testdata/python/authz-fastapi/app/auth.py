import os

import httpx
from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from fastapi import Depends, HTTPException, Request

clerk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
OPTIONS = AuthenticateRequestOptions(authorized_parties=["https://team.example.com"])


def _as_httpx(request: Request) -> httpx.Request:
    return httpx.Request(request.method, str(request.url), headers=dict(request.headers))


# ok: CLK102, CLK201
def current_claims(request: Request) -> dict:
    state = clerk.authenticate_request(_as_httpx(request), OPTIONS)
    if not state.is_signed_in:
        raise HTTPException(status_code=401, detail="signed out")
    return state.payload


# The role test lives here, in another module than the routes it guards.
# ok: CLK201
def require_admin(claims: dict = Depends(current_claims)) -> dict:
    if claims.get("org_role") != "org:admin":
        raise HTTPException(status_code=403, detail="admins only")
    return claims
