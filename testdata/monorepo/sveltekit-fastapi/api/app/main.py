# ok: CLK101
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .config import fresh_settings
from .routers import notes

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=fresh_settings().cors_origins, allow_headers=["Authorization"])
app.include_router(notes.router)
