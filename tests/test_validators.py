"""Each fact's own validator (built once per rulebook) accepts and rejects exactly what the full coercion does."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from engine.inspection import coerce_fact, validate_inspection
from engine.models import FactType
from engine.rulebook import Rulebook, require_rulebook
from engine.validators import MAX_MAGNITUDE, Invalid, catalog

ROOT = Path(__file__).resolve().parent.parent

RAW: list[Any] = [True, False, "是", "否", " 是 ", "yes", 0, 1, -1, 7, 2.5, -2.5, 3.0, MAX_MAGNITUDE, MAX_MAGNITUDE + 1,
                  -MAX_MAGNITUDE - 1, math.nan, math.inf, -math.inf, "", "有效", "失效", "未设置", "10", None, [],
                  ["x"], [1], [{"a": 1}], {"value": 3, "unit": "MPa"}, {"value": 3, "unit": "kPa"}, {"value": 3},
                  {"value": True, "unit": "m"}, "2025-06-01", "2025-13-01", {"a": 1}]


@pytest.fixture(scope="module")
def book() -> Rulebook:
    return require_rulebook(ROOT / "rules")


def _samples(book: Rulebook, code: str) -> list[Any]:
    fact = book.facts[code]
    extra: list[Any] = list(fact.values[:3])
    if fact.type is FactType.list and fact.values:
        extra += [list(reversed(fact.values[:3])), [fact.values[0], fact.values[0]], [fact.values[0], "不存在的值"]]
    if fact.unit:
        extra += [{"value": 2, "unit": fact.unit.value}, {"value": -2, "unit": fact.unit.value}]
    return RAW + extra


def test_every_fact_validator_equals_the_full_coercion(book: Rulebook) -> None:
    checks = catalog(book, coerce_fact).checks
    compared = 0
    for code, check in checks.items():
        for raw in _samples(book, code):
            if raw is None:
                continue  # an explicit null never reaches a validator: it stays unanswered
            value, message, suggestion = coerce_fact(book.facts[code], raw)
            got = check(raw)
            if message:
                assert got == Invalid(message, suggestion), (code, raw)
            else:
                assert type(got) is type(value) and (got == value or (got != got and value != value)), (code, raw, got)
            compared += 1
    assert compared > 1000


def test_a_rulebook_changed_after_first_use_gets_new_validators(book: Rulebook) -> None:
    first = catalog(book, coerce_fact)
    assert catalog(book, coerce_fact) is first  # built once
    copy = Rulebook(facts=dict(book.facts), aliases=dict(book.aliases), content_hash=book.content_hash)
    code = next(iter(copy.facts))
    del copy.facts[code]
    assert code not in catalog(copy, coerce_fact).checks


def test_invalid_answers_are_still_reported_with_their_field_path(book: Rulebook) -> None:
    code = next(c for c, f in book.facts.items() if f.type is FactType.bool and not c.startswith("context."))
    with pytest.raises(Exception) as raised:
        validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": {code: "也许"}}, book)
    problems = raised.value.problems  # type: ignore[attr-defined]
    assert [(p.code, p.message.split("：")[0]) for p in problems] == [("invalid_fact_value", f"facts.{code}")]
