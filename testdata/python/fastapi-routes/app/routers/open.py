from fastapi import APIRouter, Depends
from sqlmodel import Session

from app.db import get_session
from app.models import Note

# Included without any auth dependency in main.py.
router = APIRouter()


# ruleid: CLK101
@router.post("/drafts")
def add_draft(note: Note, session: Session = Depends(get_session)):
    session.add(note)
    session.commit()
    return note


# ok: CLK101
@router.get("/version")
def version():
    return {"version": "1.0"}
