import os

from fastapi import HTTPException, Request
from fastapi_clerk_auth import ClerkConfig, ClerkHTTPBearer, HTTPAuthorizationCredentials

# fastapi-clerk-auth never checks azp, and nothing here does.
# ruleid: CLK404
config = ClerkConfig(jwks_url=os.environ["CLERK_JWKS_URL"])
clerk_guard = ClerkHTTPBearer(config=config)
# ok: CLK102
soft_guard = ClerkHTTPBearer(config=config, auto_error=False)


# The seed's wrapper: a dependency that invokes the guard with the request.
async def require_user(request: Request) -> HTTPAuthorizationCredentials:
    return await clerk_guard(request)


# Returns None for signed-out requests: callers must check.
async def optional_user(request: Request):
    return await soft_guard(request)


async def checked_user(request: Request):
    creds = await soft_guard(request)
    if creds is None:
        raise HTTPException(status_code=401, detail="sign in")
    return creds
