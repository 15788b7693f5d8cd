import os
from typing import Annotated

from clerk_backend_api import Clerk
from clerk_backend_api.security.types import AuthenticateRequestOptions
from fastapi import Depends, HTTPException, Request

clerk = Clerk(bearer_auth=os.environ["CLERK_SECRET_KEY"])
OPTIONS = AuthenticateRequestOptions(authorized_parties=["https://billing.example.com"])


# ok: CLK102
def signed_in(request: Request) -> dict:
    state = clerk.authenticate_request(request, OPTIONS)
    if not state.is_signed_in:
        raise HTTPException(status_code=401)
    return state.payload


def admin_only(claims: dict = Depends(signed_in)) -> dict:
    if claims.get("org_role") != "org:admin":
        raise HTTPException(status_code=403)
    return claims


Claims = Annotated[dict, Depends(signed_in)]


class Account:
    is_superuser: bool = False


def current_account(claims: dict = Depends(signed_in)) -> Account:
    return Account()


def staff_only(account: Account = Depends(current_account)) -> Account:
    if not account.is_superuser:
        raise HTTPException(status_code=403)
    return account


# A sub-dependency signed in through the alias: it protects what depends on it.
def claims_account(claims: Claims) -> Account:
    return Account()
