from fastapi import APIRouter, Depends

from ..auth import current_user, current_user_sync

router = APIRouter(prefix="/notes")
NOTES: dict[str, list[str]] = {}


# ok: CLK101
@router.get("/")
async def list_notes(user=Depends(current_user)):
    return NOTES.get(user.decoded["sub"], [])


# ruleid: CLK101
@router.delete("/")
def clear_notes(user=Depends(current_user_sync)):
    NOTES.clear()
    db_reset()
    return {"cleared": True}


def db_reset():
    import sqlite3

    conn = sqlite3.connect("notes.db")
    conn.execute("DELETE FROM notes")
    conn.commit()
