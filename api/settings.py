"""API settings, read once and overridable in tests."""

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from engine.cli import DEFAULT_RULES


class Settings(BaseModel):
    """Where the rules live and how much a client may send."""

    rules: Path = DEFAULT_RULES
    max_body_bytes: int = 1_000_000
    max_batch: int = 100


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings."""
    return Settings()
