"""A condition tree compiled to one generated Python function giving its Kleene value (True, False or None).

The closures of `engine.logic` call one function per node; here the whole tree is one expression (walrus temporaries
keep each child's value, `and`/`or` short-circuit as Kleene logic does), so deciding a criterion is one call. A
missing fact is one absent from the facts; a criterion or action reference asks the resolver, as `evaluate` does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

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

Truth = bool | None
Decider = Callable[[Mapping[str, Any], Callable[[str], Truth] | None], Truth]
_MISSING = object()
_COMPARE = {"eq": "==", "ne": "!=", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def _count(needed: int, values: tuple[Truth, ...]) -> Truth:
    """At least `needed` true (Kleene): unknown only while the unknown values could still tip it."""
    true = sum(1 for v in values if v is True)
    if true >= needed:
        return True
    return False if true + sum(1 for v in values if v is None) < needed else None


def _answered_way(values: tuple[Truth, ...]) -> Truth:
    """Alternatives: true if an answered way holds, false if a way is answered and none holds, else unknown."""
    if True in values:
        return True
    return False if False in values else None


def _reference(refs: Callable[[str], Truth] | None, target: str) -> Truth:
    if refs is None:
        raise ValueError(f"reference {target} needs a resolver")
    return refs(target)


class _Writer:
    """Writes one expression per node; constants and temporaries get their own names."""

    def __init__(self) -> None:
        self.constants: dict[str, Any] = {"_M": _MISSING, "_count": _count, "_ways": _answered_way, "_ref": _reference,
                                          "_DNW": frozenset(DEVICE_NOT_WORKING)}
        self.temps = 0

    def const(self, value: Any) -> str:
        name = f"_k{len(self.constants)}"
        self.constants[name] = value
        return name

    def temp(self) -> str:
        self.temps += 1
        return f"t{self.temps}"

    def node(self, node: Condition) -> str:
        if isinstance(node, FactTest):
            return self.test(node)
        if isinstance(node, AllOf | AnyOf):
            children = [self.node(child) for child in (node.all if isinstance(node, AllOf) else node.any)]
            deciding = "True" if isinstance(node, AnyOf) else "False"  # AND is decided by a False, OR by a True
            if not children:
                return "False" if deciding == "True" else "True"
            names = [self.temp() for _ in children]
            first = " or ".join(f"({name} := {child}) is {deciding}" for name, child in zip(names, children, strict=True))
            unknown = " or ".join(f"{name} is None" for name in names)
            return f"({deciding} if ({first}) else (None if ({unknown}) else {'False' if deciding == 'True' else 'True'}))"
        if isinstance(node, NotOf):
            name = self.temp()
            return f"(None if ({name} := {self.node(node.not_)}) is None else not {name})"
        if isinstance(node, AtLeast):
            return f"_count({node.at_least}, ({', '.join(self.node(child) for child in node.of)},))"
        if isinstance(node, Alternatives):
            return f"_ways(({', '.join(self.node(child) for child in node.alternatives)},))"
        target = node.action if isinstance(node, ActionRef) else node.criterion
        assert isinstance(node, CriterionRef | ActionRef)
        return f"_ref(refs, {self.const(target)})"

    def test(self, node: FactTest) -> str:
        """A leaf: None when its fact (or the fact it compares with) is absent."""
        v, code, op, operand = self.temp(), self.const(node.fact), node.operator, node.operand
        if isinstance(operand, FactRef):
            w = self.temp()
            return (f"(None if (({v} := get({code}, _M)) is _M or ({w} := get({self.const(operand.fact)}, _M)) is _M) "
                    f"else {v} {_COMPARE[op]} {w} * {self.const(operand.times)})")
        k = self.const(frozenset(operand) if op in ("contains_any", "contains_all") else operand)
        if op in _COMPARE:
            test = f"{v} {_COMPARE[op]} {k}"
        elif op == "in":
            test = f"{v} in {k}"
        elif op == "contains":
            test = f"{k} in {v}"
        elif op == "contains_any":
            test = f"not {k}.isdisjoint({v})"
        elif op == "contains_all":
            test = f"{k}.issubset({v})"
        elif op == "empty":
            test = f"(len({v}) == 0) == {k}"
        else:  # effective
            test = f"({v} not in _DNW) == {k}"
        return f"(None if ({v} := get({code}, _M)) is _M else ({test}))"


def generate(node: Condition) -> Decider:
    """The node's Kleene value as one generated function `(facts, refs) -> True | False | None`."""
    writer = _Writer()
    expression = writer.node(node)
    source = f"def decide(facts, refs):\n    get = facts.get\n    return {expression}\n"
    namespace: dict[str, Any] = dict(writer.constants)
    exec(compile(source, f"<decide {type(node).__name__}>", "exec"), namespace)  # our own source: no input in it
    decide: Decider = namespace["decide"]
    return decide
