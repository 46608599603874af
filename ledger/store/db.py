"""Connections to the register's database: SQLite (WAL, busy timeout, IMMEDIATE writes) or PostgreSQL; migrations.

SQLite is the embedded default, created on first use; PostgreSQL is named by `HAZARD_DATABASE_URL`
(`postgresql+psycopg://…`). Every write is one transaction; the schema is brought to the newest Alembic revision
under a lock (a file lock for SQLite, an advisory lock for PostgreSQL) so that several workers may start at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ledger.errors import invalid_url, schema_mismatch, unavailable
from ledger.store.records import RawJSON, StoreConflict

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
PG_MIGRATION_LOCK = 1_472_014  # pg_advisory_lock key: one migrating process at a time


def default_sqlite_path() -> Path:
    """`HAZARD_REGISTER_PATH`, else `$XDG_DATA_HOME/hazard-engine/register.sqlite` (~/.local/share by default)."""
    explicit = os.environ.get("HAZARD_REGISTER_PATH")
    if explicit:
        return Path(explicit).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "hazard-engine" / "register.sqlite"


def database_url(explicit: str | None = None, sqlite_path: Path | None = None) -> str:
    """The URL to use: explicit, else `HAZARD_DATABASE_URL`, else the embedded SQLite file.

    A value without a scheme is the path of a SQLite file (`--database reg.sqlite`); one SQLAlchemy cannot read or
    has no driver for is refused here, in words, instead of failing inside the first connection.
    """
    url = explicit or os.environ.get("HAZARD_DATABASE_URL")
    if not url:
        return f"sqlite:///{(sqlite_path or default_sqlite_path()).resolve()}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    try:
        make_url(url).get_dialect()
    except (ArgumentError, ImportError) as error:
        raise invalid_url(url, error) from None
    return url


def _constraint(error: IntegrityError) -> str:
    """The constraint a write broke: PostgreSQL names it; SQLite says which columns."""
    diag = getattr(error.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    return str(name) if name else str(error.orig)


def _json(value: Any) -> str:
    """The JSON columns' serialiser: RawJSON as it is, anything else through json.dumps (UTF-8 kept readable)."""
    return value if isinstance(value, RawJSON) else json.dumps(value, ensure_ascii=False)


@contextlib.contextmanager
def _reachable() -> Iterator[None]:
    """The database's operational failures (not reachable, connection cut, still busy after the timeout) as a 503."""
    try:
        yield
    except OperationalError as error:
        raise unavailable() from error


@functools.cache  # reading the migration scripts takes ~7 ms; they do not change while the process runs
def _scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def _known(revision: str) -> bool:
    """True when this code's migrations include `revision`."""
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:  # alembic's "Can't locate revision"
        return False


def _synchronous() -> str:
    """`HAZARD_SQLITE_SYNCHRONOUS`: NORMAL (default) or FULL.

    In WAL mode both survive a crash of the process (kill -9: tested); NORMAL may roll back the last commits after a
    power loss or an OS crash, FULL syncs the log on every commit and does not (at the cost bench/RESULTS.md shows).
    """
    value = os.environ.get("HAZARD_SQLITE_SYNCHRONOUS", "NORMAL").upper()
    return value if value in ("NORMAL", "FULL", "EXTRA") else "NORMAL"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event says BEGIN, not the driver
    cursor = dbapi_connection.cursor()
    pragmas = ("journal_mode=WAL", f"busy_timeout={BUSY_TIMEOUT_MS}", "foreign_keys=ON", f"synchronous={_synchronous()}")
    for pragma in pragmas:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # A write takes the lock when it begins: a deferred BEGIN that later writes can fail with SQLITE_BUSY at once,
    # whatever the busy timeout, when another writer got there first.
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database: an engine, write and read sessions, and its migrations."""

    def __init__(self, url: str, pool_size: int = 5):
        self.url = url
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            self.path = Path(parsed.database or "")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(url, json_serializer=_json,
                                                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                                              "check_same_thread": False})
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            # JIT compiling a statistics query cost more (~200 ms) than running it: the register's queries are short
            self.engine = create_engine(url, json_serializer=_json, pool_pre_ping=True, pool_size=pool_size,
                                        max_overflow=pool_size, connect_args={"options": "-c jit=off"})
        self._thread_lock = threading.Lock()
        self._lock_fd: int | None = None
        self._lock_pid = 0
        self._writing = self.engine.execution_options(immediate=True)
        # PostgreSQL refuses any write in a read (BEGIN READ ONLY: set on the driver, no extra round trip)
        reading = self.engine.execution_options(postgresql_readonly=True) if self.dialect == "postgresql" else self.engine
        self._reader = sessionmaker(bind=reading, expire_on_commit=False)
        # one statement needs no transaction on PostgreSQL: no BEGIN and COMMIT, two round trips fewer per request
        self._looking = self.engine.execution_options(isolation_level="AUTOCOMMIT") if self.dialect == "postgresql" \
            else self.engine

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back (nothing half-applied) on an error."""
        try:
            with _reachable(), self._write_turn(), self._writing.begin() as connection:
                yield connection
        except IntegrityError as error:
            raise StoreConflict(_constraint(error)) from error

    @contextlib.contextmanager
    def _write_turn(self) -> Iterator[None]:
        """Queue SQLite writers here: a lock for threads, a file lock for processes.

        SQLite has one writer at a time; a queued writer is woken as soon as the one before it commits, instead of
        polling in SQLite's busy handler (sleeps of up to 100 ms).
        """
        if self.dialect != "sqlite":
            yield
            return
        with self._thread_lock:
            if self._lock_fd is None or self._lock_pid != os.getpid():  # a forked worker opens its own
                self._lock_fd = os.open(f"{self.path}.write.lock", os.O_RDWR | os.O_CREAT, 0o644)
                self._lock_pid = os.getpid()
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def lookup(self) -> Iterator[Connection]:
        """A connection for one single-statement read, such as the token of every request.

        On PostgreSQL it runs outside a transaction (a single statement sees one snapshot anyway; the connection's
        prepared statements are kept, since nothing is rolled back). Use `read()` for anything of two statements or
        more.
        """
        with _reachable(), self._looking.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session on one snapshot for reading (read-only on PostgreSQL), ended by a commit; rolled back on an error.

        A read ends with a commit rather than a rollback because psycopg deallocates every prepared statement of the
        connection on each ROLLBACK: the register's hot statements were parsed and planned again for every request.
        """
        with _reachable(), self._reader() as session:
            try:
                yield session
            except BaseException:
                session.rollback()
                raise
            session.commit()

    def dispose(self) -> None:
        """Close every pooled connection and the write lock file (before a fork, or at the end of a test)."""
        self.engine.dispose()
        if self._lock_fd is not None and self._lock_pid == os.getpid():
            os.close(self._lock_fd)
        self._lock_fd = None

    def _config(self, connection: Connection) -> Config:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        return config

    def revision(self) -> str | None:
        """The schema revision the database is at (None when empty)."""
        with _reachable(), self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def head(self) -> str | None:
        """The newest revision the code knows."""
        return _scripts().get_current_head()

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema to `revision` under the migration lock."""
        with self._migration_lock(), self.engine.begin() as connection:
            command.upgrade(self._config(connection), revision)

    def downgrade(self, revision: str = "base") -> None:
        """Take the schema back to `revision` (base: empty)."""
        with self._migration_lock(), self.engine.begin() as connection:
            command.downgrade(self._config(connection), revision)

    def ready(self) -> str | None:
        """The schema revision, when the database answers and is at this code's head; else a 503 saying which."""
        revision, head = self.revision(), self.head()
        if revision != head:  # e.g. migrated by a newer version since this process opened it
            raise schema_mismatch(revision, head)
        return revision

    def ensure_schema(self) -> None:
        """Create or upgrade the schema when it is behind the code (first use of an embedded register).

        A database migrated by a newer version (a revision this code does not know) is refused, not touched.
        """
        with _reachable():
            revision, head = self.revision(), self.head()
            if revision == head:
                return
            if revision is not None and not _known(revision):
                raise schema_mismatch(revision, head)
            self.upgrade()

    @contextlib.contextmanager
    def _migration_lock(self) -> Iterator[None]:
        if self.dialect == "sqlite":
            with open(f"{self.path}.migrate.lock", "w") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
            return
        with self.engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_MIGRATION_LOCK})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_MIGRATION_LOCK})
                connection.commit()
