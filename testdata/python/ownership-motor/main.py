import os

from bson import ObjectId
from fastapi import Depends, FastAPI, HTTPException
from fastapi_clerk_auth import ClerkConfig, ClerkHTTPBearer, HTTPAuthorizationCredentials
from pydantic import BaseModel

from database import db, entries_collection

# The azp claim is not checked here; not this fixture's concern.
# ruleid: CLK404
guard = ClerkHTTPBearer(config=ClerkConfig(jwks_url=os.environ["CLERK_JWKS_URL"]))
app = FastAPI()


class EntryEdit(BaseModel):
    entry_id: str
    text: str


@app.get("/entries/{entry_id}")
async def read_entry(entry_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ruleid: CLK203
    entry = await entries_collection.find_one({"_id": ObjectId(entry_id)})
    return {"text": entry["text"]}


@app.get("/mine/entries/{entry_id}")
async def read_my_entry(entry_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ok: CLK203
    entry = await entries_collection.find_one({"_id": ObjectId(entry_id), "user_id": creds.decoded["sub"]})
    return {"text": entry["text"]}


@app.delete("/entries/{entry_id}")
async def delete_entry(entry_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ruleid: CLK203
    await db.entries.delete_one({"_id": ObjectId(entry_id)})


@app.put("/entries")
async def edit_entry(edit: EntryEdit, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # The id comes from the body.
    # ruleid: CLK203
    await db["entries"].update_one({"_id": ObjectId(edit.entry_id)}, {"$set": {"text": edit.text}})


@app.put("/checked/entries")
async def edit_checked_entry(edit: EntryEdit, creds: HTTPAuthorizationCredentials = Depends(guard)):
    entry = await entries_collection.find_one({"_id": ObjectId(edit.entry_id)})
    if entry is None or entry["user_id"] != creds.decoded["sub"]:
        raise HTTPException(status_code=404)
    # ok: CLK203
    await entries_collection.update_one({"_id": entry["_id"]}, {"$set": {"text": edit.text}})
