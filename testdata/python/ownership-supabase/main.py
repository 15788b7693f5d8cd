import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi_clerk_auth import ClerkConfig, ClerkHTTPBearer, HTTPAuthorizationCredentials
from supabase import create_client

supabase = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])
# The azp claim is not checked here; not this fixture's concern.
# ruleid: CLK404
guard = ClerkHTTPBearer(config=ClerkConfig(jwks_url=os.environ["CLERK_JWKS_URL"]))
app = FastAPI()


@app.get("/bookmarks/{bookmark_id}")
def read_bookmark(bookmark_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ruleid: CLK203
    return supabase.table("bookmarks").select("*").eq("id", bookmark_id).single().execute().data


@app.get("/mine/bookmarks/{bookmark_id}")
def read_my_bookmark(bookmark_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ok: CLK203
    return supabase.table("bookmarks").select("*").eq("id", bookmark_id).eq("user_id", creds.decoded["sub"]).single().execute().data


@app.delete("/bookmarks/{bookmark_id}")
def delete_bookmark(bookmark_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ruleid: CLK203
    supabase.table("bookmarks").delete().eq("id", bookmark_id).execute()


@app.delete("/mine/bookmarks/{bookmark_id}")
def delete_my_bookmark(bookmark_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ok: CLK203
    supabase.table("bookmarks").delete().match({"id": bookmark_id, "user_id": creds.decoded["sub"]}).execute()


@app.get("/public/bookmarks/{bookmark_id}")
def read_public_bookmark(bookmark_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ok: CLK203
    return supabase.table("bookmarks").select("*").eq("id", bookmark_id).eq("is_public", True).execute().data


# status=live was a public filter for CLK101 only; the endpoint also
# writes, so only CLK203's own filter test can keep the read quiet.
@app.post("/live/bookmarks/{bookmark_id}/views")
def view_live_bookmark(bookmark_id: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    # ok: CLK203
    row = supabase.table("bookmarks").select("*").eq("id", bookmark_id).eq("status", "live").single().execute().data
    supabase.table("views").insert({"bookmark_id": bookmark_id, "user_id": creds.decoded["sub"]}).execute()
    return row


@app.patch("/checked/bookmarks/{bookmark_id}")
def rename_checked_bookmark(bookmark_id: str, title: str, creds: HTTPAuthorizationCredentials = Depends(guard)):
    row = supabase.table("bookmarks").select("user_id").eq("id", bookmark_id).single().execute().data
    if row["user_id"] != creds.decoded["sub"]:
        raise HTTPException(status_code=403)
    # ok: CLK203
    supabase.table("bookmarks").update({"title": title}).eq("id", bookmark_id).execute()
