from fastapi import APIRouter, Depends
from sqlmodel import Session, select

from app import require_user
from ..db import get_session
from ..models import Note

# Included with the auth dependency in main.py.
router = APIRouter(prefix="/notes")


# ok: CLK101
@router.get("/")
def list_notes(session: Session = Depends(get_session)):
    return session.exec(select(Note)).all()


# ok: CLK101
@router.post("/")
def add_note(note: Note, session: Session = Depends(get_session)):
    session.add(note)
    session.commit()
    return note


# Protected by its own router dependency.
guarded = APIRouter(prefix="/guarded", dependencies=[Depends(require_user)])


# ok: CLK101
@guarded.delete("/{note_id}")
def delete_note(note_id: int, session: Session = Depends(get_session)):
    # Any signed-in user deletes any note.
    # ruleid: CLK203
    session.delete(session.get(Note, note_id))
    session.commit()
