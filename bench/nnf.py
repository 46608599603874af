"""Criteria in negation normal form, written out as expressions of another language (the benches' peers).

A peer (ZEN, CLIPS, straight-line Python) gets one expression per criterion: applicability AND condition, NOT pushed
to the leaves as engine/compile.py does for durable-rules, criterion references inlined, `at_least N of` as a count.
Every leaf is false on a missing fact, so a peer's true set is the Kleene-true set: our `hazard` findings, on full and
on partial input alike. Subclasses say how a leaf, a conjunction and a count are written.
"""

from __future__ import annotations

from typing import Any

from engine.models import AllOf, AnyOf, AtLeast, Condition, CriterionRef, FactDef, FactTest, FactType, NotOf
from engine.rulebook import Criterion, Rulebook

FLIP = {"eq": "ne", "ne": "eq", "gt": "le", "le": "gt", "ge": "lt", "lt": "ge"}
MAX_DEPTH = 8


class NnfCompiler:
    """Condition trees → expression text; `test`, `join` and `count` are the target language's."""

    TRUE = "true"
    FALSE = "false"

    def __init__(self, book: Rulebook):
        self.book = book

    def criterion(self, crit: Criterion, negate: bool = False, depth: int = 0) -> str:
        """Applicability layers AND condition (negated: OR of their negations)."""
        parts = [self.node(cond, negate, depth) for cond, _ in crit.applicability()]
        parts.append(self.node(crit.definition.when, negate, depth))
        return self.join("or" if negate else "and", parts)

    def node(self, node: Condition, negate: bool, depth: int = 0) -> str:
        """One condition node in negation normal form."""
        if isinstance(node, FactTest):
            return self.test(node, self.book.facts[node.fact], negate)
        if isinstance(node, NotOf):
            return self.node(node.not_, not negate, depth)
        if isinstance(node, AllOf | AnyOf):
            children = node.all if isinstance(node, AllOf) else node.any
            conjunction = isinstance(node, AllOf) != negate
            return self.join("and" if conjunction else "or", [self.node(c, negate, depth) for c in children])
        if isinstance(node, AtLeast):
            needed, children = node.at_least, list(node.of)
            if negate:  # fewer than N true  ==  at least M-N+1 false
                needed = len(children) - needed + 1
            if needed <= 0:
                return self.TRUE
            if needed > len(children):
                return self.FALSE
            return self.count([self.node(c, negate, depth) for c in children], needed)
        if not isinstance(node, CriterionRef):
            raise ValueError(f"{type(node).__name__} is not a criterion condition")
        if depth >= MAX_DEPTH:
            raise ValueError(f"criterion references nested deeper than {MAX_DEPTH}: {node.criterion}")
        return self.criterion(self.book.criteria[node.criterion], negate, depth + 1)

    def join(self, op: str, parts: list[str]) -> str:
        """`and` / `or` of parts (infix by default; duplicates dropped)."""
        parts = list(dict.fromkeys(parts))
        return parts[0] if len(parts) == 1 else "(" + f" {op} ".join(parts) + ")"

    def count(self, terms: list[str], needed: int) -> str:
        """At least `needed` of the terms hold."""
        raise NotImplementedError

    def test(self, node: FactTest, fact: FactDef, negate: bool) -> str:
        """A leaf; false whenever a fact it reads is missing."""
        raise NotImplementedError

    @staticmethod
    def value(fact: FactDef, value: Any) -> Any:
        """Numbers compare as numbers (a `number` fact is a float in our engine)."""
        return float(value) if fact.type is FactType.number and not isinstance(value, bool) else value
