from fastapi import APIRouter, Depends, HTTPException
from sqlmodel import Session

from app.auth import clerk_guard
from app.db import get_session
from app.models import Note


def current_user():
    """A dependency factory: Depends(current_user()) is the dependency."""

    async def dependency(creds=Depends(clerk_guard)):
        if not creds:
            raise HTTPException(status_code=401)
        return creds

    return dependency


router = APIRouter(prefix="/factory")


# Depends(current_user) calls the factory, which returns a function that
# FastAPI never runs: no session is checked.
# ruleid: CLK101
@router.delete("/notes/{note_id}")
def forgot_the_call(note_id: int, user=Depends(current_user), session: Session = Depends(get_session)):
    session.delete(session.get(Note, note_id))
    session.commit()


# ok: CLK101
@router.delete("/v2/notes/{note_id}")
def called(note_id: int, user=Depends(current_user()), session: Session = Depends(get_session)):
    # Any signed-in user deletes any note.
    # ruleid: CLK203
    session.delete(session.get(Note, note_id))
    session.commit()
