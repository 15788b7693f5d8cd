from fastapi import Depends, FastAPI, HTTPException
from fastapi_clerk_auth import HTTPAuthorizationCredentials
from sqlmodel import Session, select

from app.auth import checked_user, clerk_guard, optional_user, soft_guard
from app.db import get_session
from app.models import Note
from app.routers import factory, notes, open as open_routes
from app.routers.notes import guarded

app = FastAPI()
app.include_router(notes.router, prefix="/api", dependencies=[Depends(clerk_guard)])
app.include_router(open_routes.router, prefix="/api")
app.include_router(guarded, prefix="/api")
app.include_router(factory.router, prefix="/api")


# ok: CLK101
@app.get("/health")
def health(session: Session = Depends(get_session)):
    return session.exec(select(Note)).first() is not None


# ruleid: CLK101
@app.get("/api/export")
def export(session: Session = Depends(get_session)):
    return session.exec(select(Note)).all()


# ok: CLK101
@app.get("/api/me")
def me(creds: HTTPAuthorizationCredentials = Depends(clerk_guard)):
    return {"sub": creds.decoded["sub"]}


# ok: CLK101
@app.get("/api/mine")
def mine(user=Depends(checked_user), session: Session = Depends(get_session)):
    return session.exec(select(Note)).all()


@app.get("/api/soft")
# ruleid: CLK102
def soft(creds: HTTPAuthorizationCredentials | None = Depends(soft_guard), session: Session = Depends(get_session)):
    owner = creds.decoded["sub"]
    return session.exec(select(Note).where(Note.owner == owner)).all()


@app.get("/api/soft-checked")
# ok: CLK102
def soft_checked(creds: HTTPAuthorizationCredentials | None = Depends(soft_guard), session: Session = Depends(get_session)):
    if not creds:
        raise HTTPException(status_code=401)
    return session.exec(select(Note)).all()


@app.get("/api/wrapped")
# ruleid: CLK102
async def wrapped(user=Depends(optional_user), session: Session = Depends(get_session)):
    return session.exec(select(Note).where(Note.owner == user.decoded["sub"])).all()


# Optional sign-in by design: personalised when signed in, public otherwise.
@app.get("/api/feed")
# ok: CLK101, CLK102
def feed(creds: HTTPAuthorizationCredentials | None = Depends(soft_guard), session: Session = Depends(get_session)):
    query = select(Note)
    if creds is not None:
        query = query.where(Note.owner == creds.decoded["sub"])
    return session.exec(query).all()


# Optional credentials declared and never looked at: public by design (a
# download by an unguessable id, say), neither CLK101 nor CLK102.
# ok: CLK101
@app.get("/api/unused")
# ok: CLK102
def unused(creds: HTTPAuthorizationCredentials | None = Depends(soft_guard), session: Session = Depends(get_session)):
    return session.exec(select(Note)).all()


def list_all(session: Session = Depends(get_session)):
    return session.exec(select(Note)).all()


# ruleid: CLK101
app.add_api_route("/api/all", list_all, methods=["GET"])
# ok: CLK101
app.add_api_route("/api/all-guarded", list_all, methods=["GET"], dependencies=[Depends(clerk_guard)])
