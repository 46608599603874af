"""A throwaway PostgreSQL server (Debian's `postgresql` binaries, initdb + pg_ctl) for tests and benchmarks.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (`runuser`). It listens on a
unix socket in its own temporary folder only (no TCP port), and is removed when stopped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg


class PostgresUnavailable(Exception):
    """No PostgreSQL server binaries, or the server would not start (the reason says which)."""


def find_bindir() -> Path:
    """Where initdb and pg_ctl are: `HAZARD_PG_BINDIR`, Debian's /usr/lib/postgresql/<newest>/bin, or the PATH."""
    explicit = os.environ.get("HAZARD_PG_BINDIR")
    candidates = [explicit] if explicit else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise PostgresUnavailable("找不到 PostgreSQL 服务器程序（initdb/pg_ctl）：apt-get install -y postgresql")


class TempPostgres:
    """Start with `start()`, connect with `url(name)`, end with `stop()`."""

    def __init__(self, fsync: bool = False):
        self.fsync = fsync
        self.bindir = find_bindir()
        self.root = Path(tempfile.mkdtemp(prefix="hazard-pg-"))
        self.data = self.root / "data"
        self.as_postgres = os.geteuid() == 0
        self.started = False

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise PostgresUnavailable(f"{args[0]} 失败（{done.returncode}）：{done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> TempPostgres:
        """Run initdb and start the server; raise PostgresUnavailable with the reason when it cannot run."""
        if self.as_postgres:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable("以 root 运行但没有 postgres 用户（安装 postgresql 包时创建）") from None
            os.chown(self.root, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                  "--locale=C.UTF-8", "--no-instructions")
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server on its data (after `start()` and a `halt()`)."""
        options = f"-c listen_addresses='' -k {self.root} -c max_connections=200 -c shared_buffers=256MB"
        if not self.fsync:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start")
        self.started = True

    def halt(self) -> None:
        """Stop the server and keep its data: every connection is cut, committed work is kept (`resume()` again)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        self.started = False

    def postmaster_pid(self) -> int:
        """The server's main process (its backends are its children)."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for a database on this server (psycopg 3, unix socket)."""
        return f"postgresql+psycopg://postgres@/{database}?host={self.root}"

    def create_database(self, name: str) -> str:
        """Create a database and return its URL."""
        with psycopg.connect(host=str(self.root), user="postgres", dbname="postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)
