from fastapi import Depends, FastAPI, HTTPException

from .auth import clerk, current_claims, require_admin

app = FastAPI()


# Under /admin, and signed in is all it takes.
# ruleid: CLK201
@app.get("/admin/users")
def list_users(claims: dict = Depends(current_claims)):
    return clerk.users.list()


# ok: CLK201
@app.get("/admin/stats", dependencies=[Depends(require_admin)])
def stats(claims: dict = Depends(current_claims)):
    return clerk.users.count()


@app.delete("/users/{user_id}")
def delete_user(user_id: str, claims: dict = Depends(current_claims)):
    # ruleid: CLK201
    clerk.users.delete(user_id=user_id)


@app.post("/users/{user_id}/ban")
def ban_user(user_id: str, claims: dict = Depends(current_claims)):
    if claims.get("org_role") != "org:admin":
        raise HTTPException(status_code=403)
    # ok: CLK201, CLK202
    clerk.users.ban(user_id=user_id)


# Closing one's own account needs no role.
@app.delete("/me")
def delete_me(claims: dict = Depends(current_claims)):
    # ok: CLK201
    clerk.users.delete(user_id=claims["sub"])


@app.patch("/me/role")
def set_my_role(role: str, claims: dict = Depends(current_claims)):
    # Every user can promote themselves.
    # ruleid: CLK201
    clerk.users.update_metadata(user_id=claims["sub"], public_metadata={"role": role})


@app.patch("/me/theme")
def set_my_theme(theme: str, claims: dict = Depends(current_claims)):
    # ok: CLK201
    clerk.users.update_metadata(user_id=claims["sub"], public_metadata={"theme": theme})


@app.get("/users/{user_id}")
def get_user(user_id: str, claims: dict = Depends(current_claims)):
    # ruleid: CLK202
    return clerk.users.get(user_id=user_id)


@app.get("/users/{user_id}/account")
def get_account(user_id: str, claims: dict = Depends(current_claims)):
    if user_id != claims["sub"]:
        raise HTTPException(status_code=403)
    # ok: CLK202
    return clerk.users.get(user_id=user_id)


# The organization comes from the query string instead of the token.
@app.get("/orgs/members")
def members(organization_id: str, claims: dict = Depends(current_claims)):
    # ruleid: CLK202
    return clerk.organization_memberships.list(organization_id=organization_id)


@app.get("/orgs/my-members")
def my_members(claims: dict = Depends(current_claims)):
    # ok: CLK202
    return clerk.organization_memberships.list(organization_id=claims["org_id"])


def _bump_usage(user_id: str, count: int) -> None:
    clerk.users.update(user_id=user_id, private_metadata={"usage": count})


# A helper's Clerk call whose arguments the model does not follow is not judged.
# ok: CLK201
@app.post("/routes")
def plan_route(claims: dict = Depends(current_claims)):
    _bump_usage(claims["sub"], 1)
    return {"ok": True}
