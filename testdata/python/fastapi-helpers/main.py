import sqlite3

from fastapi import Depends, FastAPI, HTTPException, Request

from auth import is_signed_in, session_payload

app = FastAPI()
db = sqlite3.connect("jobs.db", check_same_thread=False)


# Rejects with 404 to hide the route: a rejection all the same.
async def signed_in(request: Request):
    if not is_signed_in(request):
        raise HTTPException(status_code=404, detail="not found")


# The payload helper never checks is_signed_in, but every route using it
# sits behind signed_in, which rejects first.
# ok: CLK101
@app.post("/jobs/", dependencies=[Depends(signed_in)])
def add_job(title: str, payload=Depends(session_payload)):
    db.execute("INSERT INTO jobs (owner, title) VALUES (?, ?)", (payload["sub"], title))
    return {"ok": True}


# ruleid: CLK101
@app.delete("/jobs/{job_id}")
def drop_job(job_id: int):
    db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))
    return {"ok": True}
