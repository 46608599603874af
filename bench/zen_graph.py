"""Compile our criteria to a GoRules ZEN decision graph (JDM): inputNode → expressionNode → outputNode (bench only).

One expression per criterion: applicability AND condition, in negation normal form (NOT pushed to the leaves, as
engine/compile.py does for durable-rules). Every leaf is false on a null fact, so a missing fact can never make an
expression true: on fully answered input this is plain two-valued logic; on partial input (the examples) the true
set is exactly the Kleene-true set, i.e. our `hazard` findings. Criterion references are inlined; `at_least N of`
becomes a sum of `(child ? 1 : 0)` terms compared with N.
"""

from __future__ import annotations

import json
import re
from math import isfinite
from typing import Any

from nnf import FLIP, NnfCompiler

from engine.models import DEVICE_NOT_WORKING, FactDef, FactRef, FactTest, FactType
from engine.rulebook import Criterion, Rulebook

_OP = {"eq": "==", "ne": "!=", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_RESERVED = {"and", "or", "not", "in", "true", "false", "null"}


def literal(value: Any) -> str:
    """A ZEN literal for a rule operand."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if not isfinite(value):
            raise ValueError(f"non-finite number {value!r}")
        return repr(value)
    text = str(value)
    if '"' in text or "\\" in text:
        raise ValueError(f"string literal with a quote or backslash: {text!r}")
    return json.dumps(text, ensure_ascii=False)


def path(code: str) -> str:
    """The ZEN access path of a fact code (`dust.collector.dry`; the input is nested by the dots)."""
    parts = code.split(".")
    if not all(_IDENT.match(p) and p not in _RESERVED for p in parts):
        raise ValueError(f"fact code {code!r} is not a ZEN path")
    return code


def key_of(criterion_id: str) -> str:
    """Output key of a criterion: its id with every non-alphanumeric character as `_`."""
    return re.sub(r"[^A-Za-z0-9]", "_", criterion_id)


class ZenCompiler(NnfCompiler):
    """Condition trees → ZEN expression strings."""

    def count(self, terms: list[str], needed: int) -> str:
        """A sum of `(x ? 1 : 0)` compared with N."""
        return "(" + " + ".join(f"({t} ? 1 : 0)" for t in terms) + f" >= {needed})"

    def test(self, node: FactTest, fact: FactDef, negate: bool) -> str:
        """A leaf; false whenever a fact it reads is null."""
        v = path(fact.code)
        op, operand = node.operator, node.operand
        guard = f"{v} != null"
        if fact.type is FactType.list:
            return self.list_test(v, guard, op, operand, negate)
        if op == "effective":
            working = operand != negate
            if working:
                return f'{v} == "有效"'
            return f"{v} in [{', '.join(literal(s) for s in DEVICE_NOT_WORKING)}]"
        if op == "in":
            values = f"[{', '.join(literal(self.value(fact, x)) for x in operand)}]"
            return f"({guard} and not ({v} in {values}))" if negate else f"{v} in {values}"
        op = FLIP[op] if negate else op
        left = f"date({v})" if fact.type is FactType.date else v
        if isinstance(operand, FactRef):
            w = path(operand.fact)
            return f"({guard} and {w} != null and {left} {_OP[op]} {w} * {literal(operand.times)})"
        right = f"date({literal(operand)})" if fact.type is FactType.date else literal(self.value(fact, operand))
        if op == "eq":
            return f"{left} == {right}"  # null == x is false
        return f"({guard} and {left} {_OP[op]} {right})"

    @staticmethod
    def list_test(v: str, guard: str, op: str, operand: Any, negate: bool) -> str:
        """contains / contains_any / contains_all / empty on a list fact."""
        if op == "contains":
            inner = f"{literal(operand)} in {v}"
            return f"({guard} and {'not (' + inner + ')' if negate else inner})"
        if op == "empty":
            want_empty = operand != negate
            return f"({guard} and len({v}) {'==' if want_empty else '>'} 0)"
        values = f"[{', '.join(literal(x) for x in operand)}]"
        if op == "contains_any":
            return f"({guard} and {'none' if negate else 'some'}({v}, # in {values}))"
        # contains_all
        if negate:
            return f"({guard} and some({values}, not (# in {v})))"
        return f"({guard} and all({values}, # in {v}))"


def decision_graph(book: Rulebook, criteria: list[Criterion]) -> dict[str, Any]:
    """The JDM graph: one expression per criterion, keyed by `key_of(criterion id)`."""
    compiler = ZenCompiler(book)
    expressions = [{"id": f"e{i}", "key": key_of(c.id), "value": compiler.criterion(c)} for i, c in enumerate(criteria)]
    keys = [e["key"] for e in expressions]
    if len(set(keys)) != len(keys):
        raise ValueError("two criteria map to the same output key")
    position = {"x": 0, "y": 0}
    return {
        "contentType": "application/vnd.gorules.decision",
        "nodes": [
            {"id": "facts", "type": "inputNode", "name": "facts", "position": position, "content": {}},
            {"id": "criteria", "type": "expressionNode", "name": "criteria", "position": position,
             "content": {"expressions": expressions, "passThrough": False, "inputField": None, "outputPath": None,
                         "executionMode": "single"}},
            {"id": "hazards", "type": "outputNode", "name": "hazards", "position": position, "content": {}},
        ],
        "edges": [
            {"id": "facts-criteria", "sourceId": "facts", "targetId": "criteria", "type": "edge"},
            {"id": "criteria-hazards", "sourceId": "criteria", "targetId": "hazards", "type": "edge"},
        ],
    }


class FactNester:
    """Our flat facts (`dust.collector.dry: true`) → the nested dict a ZEN user passes (`{dust: {collector: ...}}`)."""

    def __init__(self, book: Rulebook):
        self._paths = {code: tuple(code.split(".")) for code in book.facts}

    def __call__(self, facts: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        paths = self._paths
        for code, value in facts.items():
            *parents, leaf = paths[code]
            node = out
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = value
        return out
