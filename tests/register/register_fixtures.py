"""Constants and documents shared by the register tests."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from ledger.store.pgtemp import PostgresUnavailable, TempPostgres

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2025, 7, 1)
COLD_STORE = ROOT / "examples" / "cold-store-ammonia.yaml"
USCC = "91371082MA3C8K2Q1W"  # the cold store's 统一社会信用代码 (examples/cold-store-ammonia.yaml)
OTHER_USCC = "91371003MA3D5L7P2G"  # an enterprise in 文登区


def cold_store(**changes: Any) -> dict[str, Any]:
    """The demo inspection (市级 执法检查 of a cold store), with changes to its `inspection` block."""
    document: dict[str, Any] = yaml.safe_load(COLD_STORE.read_text(encoding="utf-8"))
    document["inspection"].update(changes)
    return document


PLAN = {key: {"text": "按方案落实", "secured": True}
        for key in ("objectives", "methods", "funding", "organisation", "timeline", "safety")}


def cleared_cold_store(date: str = "2025-06-25") -> dict[str, Any]:
    """A re-inspection of the cold store in which the quick-freeze room holds 6 people (criterion 12.2 clear)."""
    document = cold_store(date=date, document_number="（威）应急复查〔2025〕021号")
    document["facts"]["ammonia.quick_freeze.headcount"] = 6
    return document


def postgres_or_skip(error: Exception) -> None:
    """In CI a PostgreSQL test that cannot run fails; elsewhere it is skipped with the reason."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL 测试无法运行（CI 中不允许跳过）：{error}")
    pytest.skip(f"PostgreSQL 不可用：{error}")


def started_postgres() -> TempPostgres:
    """A PostgreSQL server of its own (initdb + start), or a skip (a failure in CI) saying why it cannot run."""
    try:
        return TempPostgres().start()
    except PostgresUnavailable as error:
        postgres_or_skip(error)
        raise
