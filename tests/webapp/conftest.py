"""Browser tests: one `hazard serve` on a seeded register and one Debian chromium (Playwright) per session.

In CI (`CI=true`) a browser test that cannot run fails; elsewhere it is skipped with the reason. A failing test
leaves a screenshot of each of its pages under build/test-artifacts/web/.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import ARTIFACTS, CHROMIUM, DESKTOP, HAZARD, LAUNCH_ARGS, Server, cannot_run, login
from fastapi.testclient import TestClient
from seed import seed

from api.app import create_app
from api.settings import Settings
from ledger.store.db import Database

ROOT = Path(__file__).resolve().parents[2]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    setattr(item, f"report_{report.when}", report)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("web")
    db = Database(f"sqlite:///{folder / 'register.sqlite'}")
    seed(db)
    port = _free_port()
    env = {**os.environ, "HAZARD_REGISTER_PATH": str(folder / "register.sqlite")}
    env.pop("HAZARD_DATABASE_URL", None)
    log = open(folder / "serve.log", "wb")  # noqa: SIM115 - kept open for the server's lifetime
    process = subprocess.Popen([str(HAZARD), "serve", "--port", str(port)], env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                break
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("hazard serve did not start: " + (folder / "serve.log").read_text(errors="replace"))
        time.sleep(0.2)
    yield Server(base, db, folder)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)
    log.close()
    db.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        cannot_run(f"没有 {CHROMIUM}（apt-get install chromium；make test 会自动安装）")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        cannot_run(f"未安装 playwright：{error}")
        raise
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    manager = sync_playwright().start()
    try:
        launched = manager.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which(
            "chromium"), headless=True, args=LAUNCH_ARGS)
    except Exception as error:
        manager.stop()
        cannot_run(f"chromium 无法启动：{error}")
        raise
    yield launched
    launched.close()
    manager.stop()


def _artifact_name(item: pytest.Item) -> str:
    return re.sub(r"[^\w.-]+", "_", item.name)


@pytest.fixture()
def open_page(browser: Any, server: Server, request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """`open_page(user=None, viewport=DESKTOP, javascript=True)`: a page in a fresh context, logged in as `user`.

    Every request the pages make is recorded: a request to anything but the server fails the test.
    """
    contexts: list[Any] = []
    pages: list[Any] = []
    foreign: list[str] = []

    def make(user: str | None = None, viewport: dict[str, int] = DESKTOP, javascript: bool = True) -> Any:
        context = browser.new_context(viewport=viewport, java_script_enabled=javascript, locale="zh-CN")
        context.set_default_timeout(15_000)
        context.on("request", lambda r: None if r.url.startswith((server.base, "data:")) else foreign.append(r.url))
        contexts.append(context)
        page = context.new_page()
        pages.append(page)
        if user is not None:
            login(page, server.base, user)
        return page

    yield make
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for index, page in enumerate(pages):
            with contextlib.suppress(Exception):
                page.screenshot(path=str(ARTIFACTS / f"{_artifact_name(request.node)}-{index}.png"), full_page=True)
    for context in contexts:
        context.close()
    assert foreign == [], f"页面请求了外部地址：{foreign}"


@pytest.fixture(scope="module")
def app_and_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Database]]:
    """The app in process on a seeded register of its own (one per test module)."""
    folder = tmp_path_factory.mktemp("web-app")
    db = Database(f"sqlite:///{folder / 'register.sqlite'}")
    seed(db)
    app = create_app(Settings(rules=ROOT / "rules", register_path=folder / "register.sqlite"))
    yield app, db
    db.dispose()


@pytest.fixture()
def client(app_and_db: tuple[Any, Database]) -> Iterator[TestClient]:
    """A client that shows redirects instead of following them."""
    with TestClient(app_and_db[0], follow_redirects=False) as client:
        yield client
