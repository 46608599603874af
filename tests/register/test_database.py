"""The register's connections: what a read may do, what it leaves behind on PostgreSQL, and PostgreSQL going away."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from register_fixtures import ROOT, TODAY, cold_store, started_postgres
from sqlalchemy import text
from sqlalchemy.exc import InternalError

from api.app import create_app
from api.settings import Settings
from engine.assess import Engine
from ledger import auth
from ledger.errors import RegisterError
from ledger.service import Register
from ledger.store.db import Database
from ledger.store.pgtemp import TempPostgres
from ledger.vocab import Role

HAZARD = str(Path(sys.executable).parent / "hazard")  # the installed command


@pytest.fixture()
def one_connection(postgres: TempPostgres) -> Iterator[Database]:
    """A PostgreSQL register whose pool hands out the same connection again and again."""
    database = Database(postgres.create_database("one_connection"), pool_size=1)
    database.upgrade()
    yield database
    database.dispose()


def _prepared(database: Database) -> list[str]:
    with database.lookup() as connection:
        return list(connection.execute(text("SELECT statement FROM pg_prepared_statements")).scalars())


def test_reads_and_lookups_keep_the_prepared_statements_of_the_connection(one_connection: Database) -> None:
    # psycopg prepares a statement on its fifth use and deallocates them all on a ROLLBACK: reads end with a commit,
    # the token lookup runs outside a transaction
    auth.add_user(one_connection, "province", Role.department, region_code="370000", organ="山东省应急管理厅")
    token = auth.issue_token(one_connection, "province")[1]
    for _ in range(8):
        assert auth.authenticate(one_connection, token) is not None
        with one_connection.read() as session:
            session.execute(text("SELECT count(*) FROM hazards WHERE uscc = :uscc"), {"uscc": "x"})
    prepared = _prepared(one_connection)
    assert any("JOIN tokens" in statement for statement in prepared)
    assert any("FROM hazards WHERE uscc" in statement for statement in prepared)


def test_a_lookup_leaves_no_autocommit_behind(one_connection: Database) -> None:
    # the lookup's connection goes back to the pool: the next write on it is one transaction again
    auth.add_user(one_connection, "province", Role.department, region_code="370000", organ="山东省应急管理厅")
    with one_connection.lookup() as connection:
        connection.execute(text("SELECT 1"))
    with pytest.raises(RuntimeError), one_connection.write() as connection:
        connection.execute(text("INSERT INTO leads (received_on, matter, location, region_code, status, recorded_by,"
                                " recorded_at) VALUES ('2025-01-01', 'x', 'y', '370000', '待核查', 1, now())"))
        raise RuntimeError("after the first statement")
    with one_connection.lookup() as connection:
        assert connection.execute(text("SELECT count(*) FROM leads")).scalar_one() == 0


def test_a_read_cannot_write_on_postgresql(one_connection: Database) -> None:
    with pytest.raises(InternalError, match="read-only transaction"), one_connection.read() as session:
        session.execute(text("INSERT INTO leads (received_on, matter, location, region_code, status, recorded_by,"
                             " recorded_at) VALUES ('2025-01-01', 'x', 'y', '370000', '待核查', 1, now())"))
    with one_connection.read() as session:  # the failed read was rolled back and the connection is usable again
        assert session.execute(text("SELECT count(*) FROM leads")).scalar_one() == 0


def test_stored_assessments_are_compressed_with_lz4_where_the_server_has_it(one_connection: Database,
                                                                         engine: Engine) -> None:
    # migration 0003: pglz made the INSERT of a ~67 kB assessment take ~2.5 ms, lz4 ~1.3 ms
    city = auth.add_user(one_connection, "city", Role.department, region_code="371000", organ="威海市应急管理局")
    actor = auth.actor_of(city)
    Register(one_connection, engine, today=lambda: TODAY).submit(cold_store(), actor)
    with one_connection.lookup() as connection:
        methods = connection.execute(text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'"))
        used = connection.execute(text("SELECT pg_column_compression(assessment) FROM inspections")).scalar_one()
    assert used == ("lz4" if "lz4" in methods.scalar_one() else "pglz")


def test_the_register_answers_503_while_postgresql_is_down_and_carries_on_after() -> None:
    # every pooled connection is cut; the pool checks a connection before handing it out and opens a new one
    server = started_postgres()
    database = Database(server.create_database("restarted"), pool_size=2)
    app = create_app(Settings(rules=ROOT / "tests" / "fixtures" / "mini", database_url=database.url))
    try:
        database.upgrade()
        auth.add_user(database, "province", Role.department, region_code="370000", organ="山东省应急管理厅")
        token = auth.issue_token(database, "province")[1]
        bearer = {"Authorization": f"Bearer {token}"}
        auth.set_password(database, "province", "correct horse battery staple")
        with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as client:
            assert client.get("/v1/me", headers=bearer).status_code == 200
            assert client.get("/readyz").json() == {"status": "ok", "database": "postgresql",
                                                    "schema_revision": database.head()}
            form = client.get("/login").text
            csrf = form.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
            assert client.post("/login", data={"csrf_token": csrf, "name": "province", "next": "/hazards",
                                               "password": "correct horse battery staple"}).status_code == 303
            server.halt()
            with pytest.raises(RegisterError) as refused:
                auth.authenticate(database, token)
            assert (refused.value.status, refused.value.code) == (503, "register_unavailable")
            down = client.get("/v1/me", headers=bearer)
            assert down.status_code == 503 and down.headers["retry-after"] == "5"
            assert down.json()["code"] == "register_unavailable" and "Traceback" not in down.text
            not_ready = client.get("/readyz")  # while /healthz (the process is alive) stays 200
            assert not_ready.status_code == 503 and not_ready.json()["code"] == "register_unavailable"
            assert client.get("/healthz").status_code == 200
            page = client.get("/hazards")  # the web app: a page saying so, not JSON
            assert page.status_code == 503 and page.headers["content-type"].startswith("text/html")
            assert "暂时无法使用" in page.text and "登记库暂时不可用" in page.text
            server.resume()
            assert client.get("/v1/me", headers=bearer).status_code == 200
            assert client.get("/readyz").status_code == 200
        assert auth.authenticate(database, token) is not None
        auth.add_user(database, "city", Role.department, region_code="371000", organ="威海市应急管理局")
        with database.read() as session:
            assert session.execute(text("SELECT count(*) FROM users")).scalar_one() == 2
    finally:
        database.dispose()
        server.stop()


def test_the_installed_command_says_the_database_is_unreachable_without_a_traceback(tmp_path: Path) -> None:
    unreachable = f"postgresql+psycopg://postgres@/register?host={tmp_path}"  # no server listens on that socket
    for command in (["ledger", "list"], ["users", "list"]):
        done = subprocess.run([HAZARD, *command], capture_output=True, text=True,
                              check=False, env={**os.environ, "HAZARD_DATABASE_URL": unreachable}, timeout=120)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("register_unavailable: 登记库暂时不可用") and "Traceback" not in done.stderr


def test_a_database_migrated_by_a_newer_version_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/register.sqlite"
    database = Database(url)
    database.ensure_schema()
    app = create_app(Settings(rules=ROOT / "tests" / "fixtures" / "mini", database_url=url))
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/readyz").json() == {"status": "ok", "database": "sqlite", "schema_revision": database.head()}
        with database.write() as connection:  # a newer release migrated the database while this one was running
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_newer'"))
        not_ready = client.get("/readyz")
        assert not_ready.status_code == 503 and not_ready.json()["code"] == "register_schema_mismatch"
    with pytest.raises(RegisterError) as refused:  # a process opening it now does not try to migrate it
        Database(url).ensure_schema()
    assert refused.value.code == "register_schema_mismatch"
    assert database.revision() == "9999_newer"
    done = subprocess.run([HAZARD, "ledger", "list", "--database", url],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("register_schema_mismatch: 登记库结构版本 9999_newer")
    database.dispose()


def test_a_database_url_that_cannot_be_used_is_said_and_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    # "--database reg.sqlite" and a mistyped scheme were 内部错误（ArgumentError）; the server started and /readyz was a 500
    bad = {**os.environ, "HAZARD_DATABASE_URL": "postgresql+nodriver://inspector:secret@db.example/register"}
    for command in (["ledger", "list"], ["serve", "--port", "1"]):
        done = subprocess.run([HAZARD, *command], capture_output=True, text=True, check=False, env=bad, timeout=120)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("invalid_database_url: 无法使用数据库 URL postgresql+nodriver://***@db.example")
        assert "secret" not in done.stderr and "Traceback" not in done.stderr
    plain = subprocess.run([HAZARD, "ledger", "list", "--database", str(tmp_path / "reg.sqlite")], capture_output=True,
                           text=True, check=False, env={k: v for k, v in os.environ.items() if k != "HAZARD_DATABASE_URL"},
                           timeout=120)
    assert plain.returncode == 0, plain.stderr
    assert (tmp_path / "reg.sqlite").exists()
    app = create_app(Settings(rules=ROOT / "rules", database_url="foo://bar"))
    with TestClient(app) as client:
        ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.json()["code"] == "invalid_database_url"
