# ok: CLK101
import os

from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from fastapi import Request

ORIGINS = ["https://jobs.example.com"]


def is_signed_in(request: Request):
    sdk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
    state = sdk.authenticate_request(request, AuthenticateRequestOptions(authorized_parties=ORIGINS))
    return state.is_signed_in


def session_payload(request: Request):
    sdk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
    # ok: CLK102
    state = sdk.authenticate_request(request, AuthenticateRequestOptions(authorized_parties=ORIGINS))
    return state.payload
