from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    clerk_jwks_url: str
    cors_origins: list[str] = ["http://localhost:5173"]


# The seed's gotcha: the JWKS URL and CORS origins are read once.
@lru_cache
# ruleid: CLK503
def get_settings() -> Settings:
    return Settings()


# ok: CLK503
def fresh_settings() -> Settings:
    return Settings()
