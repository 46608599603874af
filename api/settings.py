"""API settings, read once and overridable in tests."""

import os
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from engine.cli import DEFAULT_RULES
from engine.inspection import DateWindow


class Settings(BaseModel):
    """Where the rules (and, beside them, features/ and examples/) live and how much a client may send."""

    rules: Path = DEFAULT_RULES
    features: Path | None = None  # default: <rules>/../features
    examples: Path | None = None  # default: <rules>/../examples; shown as request examples in OpenAPI
    max_body_bytes: int = 1_000_000
    max_batch: int = 100
    max_lint_files: int = 200
    # inspection dates accepted (HAZARD_EARLIEST_DATE, HAZARD_DAYS_AHEAD), read when the settings are made
    dates: DateWindow = Field(default_factory=DateWindow.from_env)
    database_url: str | None = None  # the register; default HAZARD_DATABASE_URL, else the embedded SQLite file
    register_path: Path | None = None  # that SQLite file; default HAZARD_REGISTER_PATH or ~/.local/share/hazard-engine
    engine_token_required: bool = Field(default_factory=lambda: os.environ.get("HAZARD_ENGINE_TOKEN_REQUIRED") == "1")

    @property
    def features_dir(self) -> Path:
        """The features folder: set explicitly or found beside the rules folder."""
        return self.features or self.rules.parent / "features"

    @property
    def examples_dir(self) -> Path:
        """The example inspections folder: set explicitly or found beside the rules folder."""
        return self.examples or self.rules.parent / "examples"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings."""
    return Settings()
