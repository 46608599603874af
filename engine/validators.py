"""One validator per fact, built once per rulebook: what validating an inspection looks up for each answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from engine.models import FactDef, FactType
from engine.rulebook import Rulebook

MAX_MAGNITUDE = 1e12  # far beyond any count, distance, pressure or mass an inspection records
CONTEXT_PREFIX = "context."  # background and history: decide follow-up actions, never hazards
DERIVED_PREFIX = "finding."  # derived by the engine from the findings
FROM_INSPECTION_BLOCK = ("channel", "level", "province")


class Invalid(NamedTuple):
    """An answer a fact does not take: what is wrong and what to write instead."""

    message: str
    suggestion: str


Slow = Callable[[FactDef, Any], "tuple[Any, str | None, str]"]
Check = Callable[[Any], Any]  # the coerced value, or an Invalid


@dataclass(frozen=True)
class Catalog:
    """A rulebook's facts as validation uses them."""

    checks: dict[str, Check]  # current fact code (neither context nor derived) -> its validator
    context_keys: tuple[str, ...]  # the keys a `context` block may have (without the prefix)
    groups: frozenset[str]  # the facts whose answer is a group answer (`expands_to`)


def _answers(fact: FactDef, slow: Slow) -> Check:
    """The usual answers decided inline; anything else (words, units, lists, dates, errors) by the full coercion."""

    def full(raw: Any) -> Any:
        value, message, suggestion = slow(fact, raw)
        return Invalid(message, suggestion) if message else value
    kind = fact.type
    if kind is FactType.bool:
        return lambda raw: raw if raw is True or raw is False else full(raw)
    if kind in (FactType.enum, FactType.device):
        allowed = frozenset(fact.values)
        return lambda raw: raw if type(raw) is str and raw in allowed else full(raw)
    if kind is FactType.integer:
        low = -MAX_MAGNITUDE if fact.signed else 0
        return lambda raw: raw if type(raw) is int and low <= raw <= MAX_MAGNITUDE else full(raw)
    if kind is FactType.number:
        low = -MAX_MAGNITUDE if fact.signed else 0

        def number(raw: Any) -> Any:
            if (type(raw) is float or type(raw) is int) and low <= raw <= MAX_MAGNITUDE:  # NaN fails the comparison
                return float(raw)
            return full(raw)
        return number
    if kind is FactType.list:
        order = {value: index for index, value in enumerate(fact.values)}

        def listed(raw: Any) -> Any:
            if type(raw) is list and all(type(item) is str and item in order for item in raw):
                return sorted(set(raw), key=order.__getitem__)
            return full(raw)
        return listed
    return full


_CATALOGS: dict[int, tuple[Rulebook, tuple[str, int, int], Catalog]] = {}


def catalog(book: Rulebook, slow: Slow) -> Catalog:
    """The rulebook's validators, built on first use (rebuilt if its facts or aliases have changed since)."""
    stamp = (book.content_hash, len(book.facts), len(book.aliases))
    entry = _CATALOGS.get(id(book))
    if entry is None or entry[0] is not book or entry[1] != stamp:
        if len(_CATALOGS) >= 64:  # tests and rule authors load many rulebooks in one process
            _CATALOGS.clear()
        checks = {code: _answers(fact, slow) for code, fact in book.facts.items()
                  if not code.startswith((CONTEXT_PREFIX, DERIVED_PREFIX))}
        keys = tuple(c.removeprefix(CONTEXT_PREFIX) for c in book.facts
                     if c.startswith(CONTEXT_PREFIX) and c.removeprefix(CONTEXT_PREFIX) not in FROM_INSPECTION_BLOCK)
        groups = frozenset(code for code, fact in book.facts.items() if fact.expands_to)
        entry = _CATALOGS[id(book)] = (book, stamp, Catalog(checks, keys, groups))
    return entry[2]
