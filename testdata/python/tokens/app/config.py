import os
from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    clerk_jwks_url: str
    cors_origins: list[str] = []


class FeatureFlags(BaseSettings):
    dark_mode: bool = False


@lru_cache
# ruleid: CLK503
def get_settings() -> Settings:
    return Settings()


@lru_cache()
# ok: CLK503
def get_flags() -> FeatureFlags:
    return FeatureFlags()


# ok: CLK503
def fresh_settings() -> Settings:
    return Settings()


@lru_cache(maxsize=1)
# ruleid: CLK503
def jwks_url() -> str:
    return os.getenv("CLERK_JWKS_URL", "")
