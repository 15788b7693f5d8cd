import logging
import os

from clerk_backend_api import Clerk
from fastapi import FastAPI, HTTPException
from pydantic_settings import BaseSettings

log = logging.getLogger(__name__)
CLERK_SECRET_KEY = os.environ["CLERK_SECRET_KEY"]
# ruleid: CLK008
print(f"starting with {CLERK_SECRET_KEY}")
# ok: CLK008
print(f"secret key set: {bool(CLERK_SECRET_KEY)}, prefix {CLERK_SECRET_KEY[:8]}")


class Settings(BaseSettings):
    clerk_secret_key: str
    clerk_webhook_secret: str


settings = Settings()
app = FastAPI()
# ok: CLK008
clerk = Clerk(bearer_auth=settings.clerk_secret_key)


def client_options():
    # ok: CLK008
    return {"bearer_auth": os.getenv("CLERK_SECRET_KEY")}


@app.get("/debug/config")
def debug_config():
    # ruleid: CLK008
    return {"clerk_key": settings.clerk_secret_key, "debug": True}


@app.get("/debug/status")
def debug_status():
    # ok: CLK008
    return {"clerk_key_set": bool(settings.clerk_secret_key), "length": len(CLERK_SECRET_KEY)}


# ruleid: CLK101
@app.post("/sync")
def sync():
    key = os.environ.get("CLERK_SECRET_KEY")
    if not key:
        # ok: CLK008
        raise HTTPException(status_code=500, detail="CLERK_SECRET_KEY is not set")
    try:
        return clerk.users.list()
    except Exception as err:
        # ruleid: CLK008
        log.error("Clerk call failed with key %s: %s", key, err)
        # ruleid: CLK008
        raise HTTPException(status_code=502, detail="Clerk failed for " + key) from err
