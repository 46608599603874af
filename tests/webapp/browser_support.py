"""What the browser tests share: where the browser is, its launch flags, viewports, the server under test, login."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from seed import PASSWORD

from ledger import auth
from ledger.store.db import Database

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "build" / "test-artifacts" / "web"
HAZARD = Path(sys.executable).parent / "hazard"
CHROMIUM = os.environ.get("HAZARD_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def cannot_run(reason: str) -> None:
    """In CI a browser test that cannot run fails; elsewhere it is skipped."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"浏览器测试无法运行（CI 中不允许跳过）：{reason}")
    pytest.skip(f"浏览器测试无法运行：{reason}")


class Server:
    """The app under test: its base URL and its register database (for set-up through the register itself)."""

    def __init__(self, base: str, db: Database, folder: Path):
        self.base, self.db, self.folder = base, db, folder

    def token(self, user: str) -> str:
        """An API token of a seeded user."""
        return auth.issue_token(self.db, user, "web tests")[1]


def login(page: Any, base: str, user: str) -> None:
    """Log in through the login form."""
    page.goto(base + "/login")
    page.fill("#f-name", user)
    page.fill("#f-password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)
