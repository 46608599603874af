"""Three-valued (Kleene) evaluation of condition trees: True, False or None (unknown), with evidence/missing."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from engine.models import (
    DEVICE_NOT_WORKING,
    ActionRef,
    AllOf,
    AnyOf,
    AtLeast,
    Condition,
    FactRef,
    FactTest,
    NotOf,
)

Facts = Mapping[str, Any]
Truth = bool | None


@dataclass
class Outcome:
    """Value of a condition plus the facts behind it (evidence when true, missing when unknown)."""

    value: Truth
    evidence: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def _merge(target: list[str], extra: list[str]) -> None:
    for code in extra:
        if code not in target:
            target.append(code)


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
}


def _test(node: FactTest, facts: Facts) -> Outcome:
    operand = node.operand
    needed = [node.fact] + ([operand.fact] if isinstance(operand, FactRef) else [])
    absent = [code for code in needed if code not in facts]
    if absent:
        return Outcome(None, missing=absent)
    value = facts[node.fact]
    op = node.operator
    if isinstance(operand, FactRef):
        result = _COMPARE[op](value, facts[operand.fact] * operand.times)
    elif op in _COMPARE:
        result = _COMPARE[op](value, operand)
    elif op == "in":
        result = value in operand
    elif op == "contains":
        result = operand in value
    elif op == "contains_any":
        result = any(v in value for v in operand)
    elif op == "contains_all":
        result = all(v in value for v in operand)
    elif op == "empty":
        result = (len(value) == 0) == operand
    else:  # effective
        result = (value not in DEVICE_NOT_WORKING) == operand
    return Outcome(result, evidence=needed if result else [])


def evaluate(node: Condition, facts: Facts, refs: Callable[[str], Outcome] | None = None) -> Outcome:
    """Evaluate a condition under Kleene logic."""
    if isinstance(node, FactTest):
        return _test(node, facts)
    if isinstance(node, AllOf | AnyOf):
        children = [evaluate(child, facts, refs) for child in (node.all if isinstance(node, AllOf) else node.any)]
        return _combine(children, conjunction=isinstance(node, AllOf))
    if isinstance(node, NotOf):
        inner = evaluate(node.not_, facts, refs)
        value = None if inner.value is None else not inner.value
        return Outcome(value, evidence=_facts_of(inner) if value else [], missing=inner.missing)
    if isinstance(node, AtLeast):
        return _at_least(node.at_least, [evaluate(child, facts, refs) for child in node.of])
    target = node.action if isinstance(node, ActionRef) else node.criterion
    if refs is None:
        raise ValueError(f"reference {target} needs a resolver")
    return refs(target)


def _facts_of(outcome: Outcome) -> list[str]:
    return outcome.evidence or outcome.missing


def _combine(children: list[Outcome], conjunction: bool) -> Outcome:
    deciding = not conjunction  # AND is decided by a False, OR by a True
    result = Outcome(None)
    decided = [c for c in children if c.value is deciding]
    if decided:
        result.value = deciding
        if deciding:
            result.evidence = list(decided[0].evidence)
        return result
    unknown = [c for c in children if c.value is None]
    if unknown:
        for child in unknown:
            _merge(result.missing, child.missing)
        return result
    result.value = not deciding
    if conjunction:
        for child in children:
            _merge(result.evidence, child.evidence)
    return result


def _at_least(needed: int, children: list[Outcome]) -> Outcome:
    true = [c for c in children if c.value is True]
    unknown = [c for c in children if c.value is None]
    if len(true) >= needed:
        outcome = Outcome(True)
        for child in true:
            _merge(outcome.evidence, child.evidence)
        return outcome
    if len(true) + len(unknown) < needed:
        return Outcome(False)
    outcome = Outcome(None)
    for child in unknown:
        _merge(outcome.missing, child.missing)
    return outcome
