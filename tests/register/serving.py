"""Run `hazard serve` as a real subprocess on a register database, for the reliability tests and benchmarks."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

HAZARD = Path(sys.executable).parent / "hazard"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    """Signal the server's whole process group (uvicorn's master and its workers) and wait for it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=20)


@contextlib.contextmanager
def served(database_url: str, workers: int, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`hazard serve --workers N` on a free loopback port, up when /healthz answers; stopped at the end."""
    port = free_port()
    env = {**os.environ, "HAZARD_DATABASE_URL": database_url}
    with open(log, "wb") as out:
        process = subprocess.Popen([str(HAZARD), "serve", "--port", str(port), "--workers", str(workers)], env=env,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            stop(process, signal.SIGKILL)
            raise RuntimeError(f"hazard serve did not start: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.2)
    try:
        yield base, process
    finally:
        if process.poll() is None:
            stop(process)
