import os

import jwt
from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from fastapi import HTTPException, Request
from fastapi_clerk_auth import ClerkConfig, ClerkHTTPBearer

sdk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
jwks = jwt.PyJWKClient(os.environ["CLERK_JWKS_URL"])

# ok: CLK404
guard = ClerkHTTPBearer(ClerkConfig(jwks_url=os.environ["CLERK_JWKS_URL"]))


def user_from_header(request: Request) -> str:
    token = request.headers["authorization"].removeprefix("Bearer ")
    # ruleid: CLK104
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def verified_user(request: Request) -> str:
    token = request.headers["authorization"].removeprefix("Bearer ")
    # ok: CLK104
    header = jwt.decode(token, options={"verify_signature": False})
    key = jwks.get_signing_key_from_jwt(token)
    claims = jwt.decode(token, key.key, algorithms=["RS256"], issuer=header["iss"])
    if claims.get("azp") not in ("https://app.example.com",):
        raise HTTPException(status_code=401)
    return claims["sub"]


def state_without_azp(request: Request):
    # ruleid: CLK404
    return sdk.authenticate_request(request, AuthenticateRequestOptions())


def state_with_azp(request: Request):
    # ok: CLK404
    return sdk.authenticate_request(request, AuthenticateRequestOptions(authorized_parties=["https://app.example.com"]))
