"""Register fixtures: every test that takes `db` runs on SQLite and on a real PostgreSQL started for the session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from register_fixtures import OTHER_USCC, TODAY, USCC, started_postgres

from engine.assess import Engine
from ledger import auth
from ledger.identity import Actor
from ledger.service import Register
from ledger.store.db import Database
from ledger.store.pgtemp import TempPostgres
from ledger.vocab import Role

TABLES = "events, sightings, hazards, inspections, leads, tokens, users, enterprises"


@pytest.fixture(scope="session")
def postgres() -> Iterator[TempPostgres]:
    server = started_postgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_database(postgres: TempPostgres) -> Iterator[Database]:
    database = Database(postgres.create_database("register"))
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "register.sqlite"
    database = Database(f"sqlite:///{path}")
    database.upgrade()
    database.dispose()
    return path


def fresh_database(request: pytest.FixtureRequest, kind: str, folder: Path) -> Database:
    if kind == "sqlite":
        path = folder / "register.sqlite"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return Database(f"sqlite:///{path}")
    database: Database = request.getfixturevalue("pg_database")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE")
    return database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    database = fresh_database(request, request.param, tmp_path)
    yield database
    if request.param == "sqlite":
        database.dispose()


@pytest.fixture()
def register(db: Database, engine: Engine) -> Register:
    return Register(db, engine, today=lambda: TODAY)


def make_user(db: Database, name: str, role: Role, **binding: Any) -> Actor:
    return auth.actor_of(auth.add_user(db, name, role, **binding))


@pytest.fixture()
def people(db: Database) -> dict[str, Actor]:
    """A province, a city and a county department, the cold store, another enterprise, an admin and a rule author."""
    return {
        "city": make_user(db, "威海市应急局-李明", Role.department, region_code="371000", organ="威海市应急管理局"),
        "county": make_user(db, "荣成市应急局-张伟", Role.department, region_code="371082", organ="荣成市应急管理局"),
        "province": make_user(db, "山东省应急厅-刘洋", Role.department, region_code="370000", organ="山东省应急管理厅"),
        "other_county": make_user(db, "文登区应急局-赵强", Role.department, region_code="371003",
                                  organ="威海市文登区应急管理局"),
        "enterprise": make_user(db, "海润水产-王海涛", Role.enterprise, uscc=USCC),
        "other_enterprise": make_user(db, "另一企业", Role.enterprise, uscc=OTHER_USCC),
        "admin": make_user(db, "管理员", Role.admin),
        "author": make_user(db, "规则编写者", Role.rule_author),
    }
