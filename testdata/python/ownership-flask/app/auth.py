import os
from functools import wraps

import httpx
from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from flask import abort, g, request

sdk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
PARTIES = AuthenticateRequestOptions(authorized_parties=["https://recipes.example.com"])


# ok: CLK102
def require_user(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        state = sdk.authenticate_request(httpx.Request(request.method, request.url, headers=dict(request.headers)), PARTIES)
        if not state.is_signed_in:
            abort(401)
        g.user_id = state.payload["sub"]
        return view(*args, **kwargs)

    return wrapper
