"""Kleene (three-valued) logic on condition trees, compiled once per node into two forms.

`evaluate` keeps the facts behind a value (evidence when true, missing when unknown): it explains. `decide` gives the
same value alone (True, False or None), building no lists: it decides.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from engine.fastpass import generate
from engine.models import (
    DEVICE_NOT_WORKING,
    ActionRef,
    AllOf,
    Alternatives,
    AnyOf,
    AtLeast,
    Condition,
    CriterionRef,
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


Refs = Callable[[str], Outcome] | None
Evaluator = Callable[[Facts, Refs], Outcome]


def _predicate(node: FactTest) -> Callable[[Any, Any], bool]:
    """The test as a two-argument predicate (value, resolved operand), decided once per node."""
    op, operand = node.operator, node.operand
    if isinstance(operand, FactRef) or op in _COMPARE:
        return _COMPARE[op]
    if op == "in":
        return lambda value, items: value in items
    if op == "contains":
        return lambda value, item: item in value
    if op == "contains_any":
        return lambda value, items: any(v in value for v in items)
    if op == "contains_all":
        return lambda value, items: all(v in value for v in items)
    if op == "empty":
        return lambda value, want: (len(value) == 0) == want
    return lambda value, working: (value not in DEVICE_NOT_WORKING) == working  # effective


def _compile_test(node: FactTest) -> Evaluator:
    code, operand, predicate = node.fact, node.operand, _predicate(node)
    if isinstance(operand, FactRef):
        other, times = operand.fact, operand.times
        needed = [code, other]

        def compare(facts: Facts, refs: Refs) -> Outcome:
            absent = [c for c in needed if c not in facts]
            if absent:
                return Outcome(None, missing=absent)
            result = predicate(facts[code], facts[other] * times)
            return Outcome(result, evidence=[code, other] if result else [])
        return compare

    def test(facts: Facts, refs: Refs) -> Outcome:
        if code not in facts:
            return Outcome(None, missing=[code])
        result = predicate(facts[code], operand)
        return Outcome(result, evidence=[code] if result else [])
    return test


def _compile(node: Condition) -> Evaluator:
    if isinstance(node, FactTest):
        return _compile_test(node)
    if isinstance(node, AllOf | AnyOf):
        children = [_compiled(child) for child in (node.all if isinstance(node, AllOf) else node.any)]
        conjunction = isinstance(node, AllOf)
        return lambda facts, refs: _combine([child(facts, refs) for child in children], conjunction)
    if isinstance(node, NotOf):
        inner_of = _compiled(node.not_)

        def negation(facts: Facts, refs: Refs) -> Outcome:
            inner = inner_of(facts, refs)
            value = None if inner.value is None else not inner.value
            return Outcome(value, evidence=_facts_of(inner) if value else [], missing=inner.missing)
        return negation
    if isinstance(node, AtLeast):
        needed, of = node.at_least, [_compiled(child) for child in node.of]
        return lambda facts, refs: _at_least(needed, [child(facts, refs) for child in of])
    if isinstance(node, Alternatives):
        ways = [_compiled(child) for child in node.alternatives]
        return lambda facts, refs: _answered_way([way(facts, refs) for way in ways])
    return _reference(node)


def _reference(node: CriterionRef | ActionRef) -> Callable[[Facts, Any], Any]:
    """A criterion or action reference, in either form: whatever the resolver says of the target."""
    target = node.action if isinstance(node, ActionRef) else node.criterion

    def reference(facts: Facts, refs: Any) -> Any:
        if refs is None:
            raise ValueError(f"reference {target} needs a resolver")
        return refs(target)
    return reference


_COMPILED: dict[tuple[int, bool], tuple[Condition, Any]] = {}  # (node id, two-valued?) -> (node, closure)


def _once(node: Condition, two_valued: bool) -> Any:
    """A node compiled once per form (rule trees live as long as their rulebook; the node is kept alive)."""
    key = (id(node), two_valued)
    entry = _COMPILED.get(key)
    if entry is None or entry[0] is not node:
        entry = _COMPILED[key] = (node, generate(node) if two_valued else _compile(node))
    return entry[1]


def _compiled(node: Condition) -> Evaluator:
    """The node compiled to closures that keep evidence and missing facts."""
    return cast(Evaluator, _once(node, False))


def evaluate(node: Condition, facts: Facts, refs: Callable[[str], Outcome] | None = None) -> Outcome:
    """Evaluate a condition under Kleene logic (through closures compiled once per condition node)."""
    return _compiled(node)(facts, refs)


def _facts_of(outcome: Outcome) -> list[str]:
    return outcome.evidence or outcome.missing


def _combine(children: list[Outcome], conjunction: bool) -> Outcome:
    deciding = not conjunction  # AND is decided by a False, OR by a True
    unknown = False
    for child in children:
        if child.value is deciding:
            return Outcome(deciding, evidence=list(child.evidence) if deciding else [])
        if child.value is None:
            unknown = True
    result = Outcome(None)
    if unknown:
        for child in children:
            if child.value is None:
                _merge(result.missing, child.missing)
        return result
    result.value = not deciding
    if conjunction:
        for child in children:
            _merge(result.evidence, child.evidence)
    return result


def _answered_way(ways: list[Outcome]) -> Outcome:
    """Alternatives: an answered way that holds decides true; else an answered way decides false; else unknown."""
    true = [way for way in ways if way.value is True]
    if true:
        outcome = Outcome(True)
        for way in true:
            _merge(outcome.evidence, way.evidence)
        return outcome
    if any(way.value is False for way in ways):
        return Outcome(False)
    outcome = Outcome(None)
    for way in ways:
        _merge(outcome.missing, way.missing)
    return outcome


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


TruthRefs = Callable[[str], Truth] | None
Decider = Callable[[Facts, TruthRefs], Truth]


def decider(node: Condition) -> Decider:
    """The node compiled to one generated function that gives its value alone (see `decide`, engine/fastpass.py)."""
    return cast(Decider, _once(node, True))


def decide(node: Condition, facts: Facts, refs: TruthRefs = None) -> Truth:
    """The Kleene value of a condition (True, False, None when unknown) with no evidence kept: the fast path.

    `evaluate(...).value` is the same value; `tests/test_logic.py` checks it on random trees and facts.
    """
    return decider(node)(facts, refs)


@dataclass
class Witness:
    """What made a true condition hold: its deciding branch.

    `tests` are the leaves on that branch (fact tests, and negations as a whole), `choices` each `any` passed on the
    way with the position of its first child that holds.
    """

    tests: list[Condition] = field(default_factory=list)
    choices: list[tuple[AnyOf, int]] = field(default_factory=list)


def witness(node: Condition, facts: Facts, refs: Callable[[str], Outcome] | None = None) -> Witness | None:
    """The deciding branch of a condition that holds on these facts, or None when it does not hold.

    Where several children of an `any` hold, the first is taken (as `evaluate` takes its evidence); the children of
    an `at_least` that hold are all kept. A criterion reference is a leaf: its own finding explains it.
    """
    if evaluate(node, facts, refs).value is not True:
        return None
    found = Witness()
    _walk_true(node, facts, refs, found)
    return found


def _walk_true(node: Condition, facts: Facts, refs: Callable[[str], Outcome] | None, found: Witness) -> None:
    """Collect the deciding branch of a node known to hold."""
    if isinstance(node, AllOf):
        for child in node.all:
            _walk_true(child, facts, refs, found)
    elif isinstance(node, AnyOf):
        index = next(i for i, child in enumerate(node.any) if evaluate(child, facts, refs).value is True)
        found.choices.append((node, index))
        _walk_true(node.any[index], facts, refs, found)
    elif isinstance(node, AtLeast):
        for child in node.of:
            if evaluate(child, facts, refs).value is True:
                _walk_true(child, facts, refs, found)
    else:  # a fact test, a negation or a reference holds as a whole
        found.tests.append(node)


def evidence_of(node: Condition, facts: Facts, truth: TruthRefs, outcome: Refs) -> list[str]:
    """`evaluate(node, facts, outcome).evidence` for a node known to be true, walking only its deciding branches.

    The children's values come from the generated deciders (`truth` resolves references for them); a reference's
    evidence is its outcome's. A negation that holds has none (its inner node is false, and false has no facts).
    """
    found: list[str] = []
    _evidence(node, facts, truth, outcome, found)
    return found


def _evidence(node: Condition, facts: Facts, truth: TruthRefs, outcome: Refs, found: list[str]) -> None:
    if isinstance(node, FactTest):
        _merge(found, [node.fact, node.operand.fact] if isinstance(node.operand, FactRef) else [node.fact])
    elif isinstance(node, AllOf):
        for child in node.all:
            _evidence(child, facts, truth, outcome, found)
    elif isinstance(node, AnyOf):
        first = next(child for child in node.any if decider(child)(facts, truth) is True)
        _evidence(first, facts, truth, outcome, found)
    elif isinstance(node, AtLeast | Alternatives):  # every child that holds gives its evidence
        for child in node.of if isinstance(node, AtLeast) else node.alternatives:
            if decider(child)(facts, truth) is True:
                _evidence(child, facts, truth, outcome, found)
    elif isinstance(node, CriterionRef | ActionRef):
        _merge(found, _resolved(node, outcome).evidence)


def missing_of(node: Condition, facts: Facts, truth: TruthRefs, outcome: Refs) -> list[str]:
    """`evaluate(node, facts, outcome).missing` for a node known to be unknown, walking only its unknown branches."""
    found: list[str] = []
    _missing(node, facts, truth, outcome, found)
    return found


def _missing(node: Condition, facts: Facts, truth: TruthRefs, outcome: Refs, found: list[str]) -> None:
    if isinstance(node, FactTest):
        codes = [node.fact, node.operand.fact] if isinstance(node.operand, FactRef) else [node.fact]
        _merge(found, [code for code in codes if code not in facts])
    elif isinstance(node, NotOf):
        _missing(node.not_, facts, truth, outcome, found)
    elif isinstance(node, AllOf | AnyOf | AtLeast | Alternatives):
        children = _children(node)
        for child in children:
            if decider(child)(facts, truth) is None:
                _missing(child, facts, truth, outcome, found)
    elif isinstance(node, CriterionRef | ActionRef):
        _merge(found, _resolved(node, outcome).missing)


def _children(node: AllOf | AnyOf | AtLeast | Alternatives) -> list[Condition]:
    if isinstance(node, AllOf):
        return node.all
    if isinstance(node, AnyOf):
        return node.any
    return node.of if isinstance(node, AtLeast) else node.alternatives


def _resolved(node: CriterionRef | ActionRef, outcome: Refs) -> Outcome:
    if outcome is None:
        raise ValueError("a reference needs a resolver")
    return outcome(node.action if isinstance(node, ActionRef) else node.criterion)
