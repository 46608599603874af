"""Helpers of the in-process page tests (TestClient): the form token of a page, API tokens, example inspections."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ledger import auth
from ledger.store.db import Database

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def csrf(html: str) -> str:
    """The CSRF token of the page's form."""
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert found, "the page has no CSRF token"
    return found.group(1)


def bearer(db: Database, user: str, label: str = "tests") -> dict[str, str]:
    """The Authorization header of a new API token of this seeded user."""
    return {"Authorization": f"Bearer {auth.issue_token(db, user, label)[1]}"}


def example(name: str) -> dict[str, Any]:
    """An example inspection (examples/<name>.yaml) as a client would post it."""
    document: dict[str, Any] = yaml.safe_load((EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))
    return document
