# ok: CLK404
from fastapi import HTTPException, Request
from fastapi_clerk_auth import ClerkConfig, ClerkHTTPBearer, HTTPAuthorizationCredentials

from .config import fresh_settings

clerk_guard = ClerkHTTPBearer(ClerkConfig(jwks_url=fresh_settings().clerk_jwks_url))
ORIGINS = {"https://notes.example.com", "http://localhost:5173"}


# The seed's recommendation: an async wrapper that awaits the guard with the request.
async def current_user(request: Request) -> HTTPAuthorizationCredentials:
    credentials = await clerk_guard(request)
    if credentials.decoded.get("azp") not in ORIGINS:
        raise HTTPException(status_code=401, detail="token minted for another origin")
    return credentials


# The wrapper gone wrong: a sync function cannot await the guard, and the
# coroutine it returns is never run, so nothing is verified.
def current_user_sync(request: Request):
    return clerk_guard(request)
