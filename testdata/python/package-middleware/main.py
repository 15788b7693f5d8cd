# ok: CLK101
import os

from acme_clerk import ClerkAuthMiddleware
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
# An auth middleware from a package clerklint cannot read: routes are not judged.
app.add_middleware(ClerkAuthMiddleware, secret_key=os.environ["CLERK_SECRET_KEY"])


# ok: CLK101
@app.delete("/items/{item_id}")
def delete_item(item_id: int):
    return db.delete(item_id)
