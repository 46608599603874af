"""`hazard serve` as run in production: a killed worker is replaced; a refused request leaves the connection usable."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HAZARD = str(Path(sys.executable).parent / "hazard")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _healthy(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def _wait(predicate: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    process = subprocess.Popen([HAZARD, "serve", "--port", str(port), "--workers", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        assert _wait(lambda: _healthy(port) and len(_children(process.pid)) >= 2, 90), "server did not start"
        yield process, port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _workers(pid: int) -> set[int]:
    """uvicorn's worker processes (the supervisor may also run a resource tracker child: skip those)."""
    return {child for child in _children(pid)
            if "multiprocessing.resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes().decode(errors="ignore")}


def test_a_killed_worker_is_replaced(server: tuple[subprocess.Popen[bytes], int]) -> None:
    process, port = server
    before = _workers(process.pid)
    assert len(before) == 2
    victim = min(before)
    os.kill(victim, signal.SIGKILL)
    assert _wait(lambda: len(_workers(process.pid)) == 2 and victim not in _workers(process.pid), 60), \
        f"worker {victim} was not replaced: {_workers(process.pid)}"
    assert _wait(lambda: _healthy(port), 30)
    for _ in range(10):  # both workers answer again
        assert _healthy(port)


def test_a_refused_body_keeps_the_keep_alive_connection(server: tuple[subprocess.Popen[bytes], int]) -> None:
    _, port = server
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    bad = b'{"inspection": {"date": "2025-06-01", "inspectors": ["\\ud800"]}, "facts": {}}'
    good = json.dumps({"inspection": {"date": "2025-06-01"}, "facts": {}}).encode()
    try:
        for body, status in ((bad, 422), (good, 200), (bad, 422), (good, 200)):
            connection.request("POST", "/v1/verdicts", body=body, headers={"content-type": "application/json"})
            response = connection.getresponse()
            payload = response.read()
            assert response.status == status, payload
            assert response.getheader("x-content-type-options") == "nosniff"
    finally:
        connection.close()
