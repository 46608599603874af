"""隐患描述: the part of a criterion's text that the deciding branch of its condition stands for."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from engine.models import AllOf, AnyOf, AtLeast, Condition, FactTest, NotOf
from engine.rulebook import Rulebook

# alternatives of a criterion are joined by a comma followed by 或者 / 或 (e.g. "……内，或者……的"); a semicolon always
# separates (GB 35181 joins two cases by one: "……30%；其他建筑……50%")
_SEPARATOR = re.compile(r"[，,]\s*或(?:者|是)?|[；;]\s*(?:或(?:者|是)?)?")
_OPEN, _CLOSE = "（(【“「", "）)】”」"
_TRAILING = "；;。.，, "

Basis = Literal["clause", "whole_text", "facts"]


@dataclass(frozen=True)
class Description:
    """A hazard's description and how it was found: the text's deciding clause, its whole text, or the facts."""

    text: str
    basis: Basis


def alternatives(text: str) -> list[str]:
    """The top-level either/or alternatives of a criterion text (outside brackets), without the trailing 的 and stops."""
    cuts, depth = [0], 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in "，；,;":
            match = _SEPARATOR.match(text, index)
            if match:
                cuts += [index, match.end()]
    cuts.append(len(text))
    parts = [_clause(text[start:end]) for start, end in zip(cuts[::2], cuts[1::2], strict=True)]
    return [part for part in parts if part]


def _clause(part: str) -> str:
    part = part.strip().rstrip(_TRAILING)
    return part[:-1] if part.endswith("的") and len(part) > 1 else part


def _outermost_any(node: Condition) -> Iterator[AnyOf]:
    """The `any` nodes not inside another `any` (the text's either/or, if it has one, is one of them)."""
    if isinstance(node, AnyOf):
        yield node
        return
    children: list[Condition] = (node.all if isinstance(node, AllOf) else node.any if isinstance(node, AnyOf)
                                 else [node.not_] if isinstance(node, NotOf) else node.of if isinstance(node, AtLeast)
                                 else [])
    for child in children:
        yield from _outermost_any(child)


def describe(text: str, when: Condition, choices: list[tuple[AnyOf, int]], facts_said: list[str]) -> Description:
    """The description of a hazard under a criterion whose condition held by the given `any` choices.

    - Alternatives in the text that line up one to one with the children of the condition's only outermost `any`:
      the alternative of the child that held.
    - A condition with no `any`, or a text with no either/or: the whole text.
    - Otherwise (the text's alternatives do not line up with the condition): what was found, fact by fact.
    """
    parts = alternatives(text)
    anys = list(_outermost_any(when))
    if not anys or (len(parts) == 1 and "或" not in text):
        return Description(_clause(text), "whole_text")
    # "有下列情形之一……：1. …；2. …" lists cases under a shared lead-in: its parts are not whole alternatives
    if len(parts) > 1 and "：" not in text and len(anys) == 1 and len(anys[0].any) == len(parts):
        chosen = [index for node, index in choices if node is anys[0]]
        if chosen:
            return Description(parts[chosen[0]], "clause")
    return Description("经查：" + "；".join(facts_said), "facts")


def fact_said(book: Rulebook, test: Condition, facts: Mapping[str, Any]) -> str:
    """One leaf of the deciding branch as the question and the answer given ("…：是")."""
    if isinstance(test, FactTest):
        fact = book.facts[test.fact]
        question = fact.question.rstrip("？?").split("（")[0]
        return f"{question}：{answer(facts.get(test.fact), fact.unit)}"
    if isinstance(test, NotOf):
        return "；".join(fact_said(book, leaf, facts) for leaf in _leaves(test.not_))
    return str(getattr(test, "criterion", getattr(test, "action", "")))


def _leaves(node: Condition) -> Iterator[Condition]:
    children: list[Condition] = (node.all if isinstance(node, AllOf) else node.any if isinstance(node, AnyOf)
                                 else [node.not_] if isinstance(node, NotOf) else node.of if isinstance(node, AtLeast)
                                 else [])
    if not children:
        yield node
    for child in children:
        yield from _leaves(child)


def answer(value: Any, unit: str | None = None) -> str:
    """An answer as a person writes it: 是/否, a list joined by 、, a number with its unit."""
    if value is None:
        return "（未回答）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(map(str, value)) or "无"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value} {unit}" if unit else str(value)
