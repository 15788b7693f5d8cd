# ok: CLK101
import os

import httpx
from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

clerk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
OPTIONS = AuthenticateRequestOptions(authorized_parties=["https://console.example.com"])


class RequireSession(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        forwarded = httpx.Request(request.method, str(request.url), headers=dict(request.headers))
        state = clerk.authenticate_request(forwarded, OPTIONS)
        if not state.is_signed_in:
            return JSONResponse({"error": "signed out"}, status_code=401)
        request.state.user_id = state.payload["sub"]
        return await call_next(request)
