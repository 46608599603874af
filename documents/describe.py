"""隐患描述: the part of a criterion's text that the deciding branch of its condition stands for."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from documents.wording import finding_sentence
from engine.labels import value_label
from engine.models import AllOf, AnyOf, AtLeast, Condition, FactTest, NotOf
from engine.rulebook import Rulebook

# alternatives of a criterion are joined by a comma followed by 或者 / 或 (e.g. "……内，或者……的"); a semicolon always
# separates (GB 35181 joins two cases by one: "……30%；其他建筑……50%")
_SEPARATOR = re.compile(r"[，,]\s*或(?:者|是)?|[；;]\s*(?:或(?:者|是)?)?")
_OPEN, _CLOSE = "（(【“「", "）)】”」"
_TRAILING = "；;。.，, "

Basis = Literal["clause", "whole_text", "facts"]
FOUND_LEAD = "经查："  # a description that says the findings themselves (its basis is "facts")


@dataclass(frozen=True)
class Description:
    """A hazard's description and how it was found: the text's deciding clause, its whole text, or the facts."""

    text: str
    basis: Basis


_COMMA = re.compile(r"[，,]")


def alternatives(text: str, commas: bool = False) -> list[str]:
    """The top-level either/or alternatives of a criterion text (outside brackets), without the trailing 的 and stops.

    With `commas`, every top-level comma separates too (化工 2017 lists its cases so: "……，超量……，相互禁配物质混放混存").
    """
    separator = _COMMA if commas else _SEPARATOR
    cuts, depth = [0], 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in "，；,;":
            match = _SEPARATOR.match(text, index) or separator.match(text, index)
            if match:
                cuts += [index, match.end()]
    cuts.append(len(text))
    parts = [_clause(text[start:end]) for start, end in zip(cuts[::2], cuts[1::2], strict=True)]
    return [part for part in parts if part]


def wording(text: str) -> str:
    """A criterion's text as a statement: without the trailing 的 and stops ("……联锁的；" → "……联锁")."""
    return _clause(text)


def _clause(part: str) -> str:
    part = part.strip().rstrip(_TRAILING)
    return part[:-1] if part.endswith("的") and len(part) > 1 else part


def _children(node: Condition) -> list[Condition]:
    if isinstance(node, AllOf | AnyOf):
        return list(node.all if isinstance(node, AllOf) else node.any)
    if isinstance(node, NotOf):
        return [node.not_]
    return list(node.of) if isinstance(node, AtLeast) else []


def _outermost_any(node: Condition) -> Iterator[AnyOf]:
    """The `any` nodes not inside another `any` (the text's either/or, if it has one, is one of them)."""
    if isinstance(node, AnyOf):
        yield node
        return
    for child in _children(node):
        yield from _outermost_any(child)


def describe(text: str, when: Condition, choices: list[tuple[AnyOf, int]], facts_said: list[str]) -> Description:
    """The description of a hazard under a criterion whose condition held by the given `any` choices.

    - A condition with no `any`: the whole text.
    - Alternatives in the text (joined by "，或者", else by commas) that line up one to one with the children of the
      condition's only outermost `any`: the alternative of the child that held.
    - A text of one clause with no either/or (its `any` is a scope such as "铝镁等金属粉尘、木质粉尘的"): the whole text.
    - Otherwise (the text's alternatives do not line up with the condition): what was found, fact by fact.
    """
    anys = list(_outermost_any(when))
    if not anys:
        return Description(_clause(text), "whole_text")
    # "有下列情形之一……：1. …；2. …" lists cases under a shared lead-in: its parts are not whole alternatives
    chosen = [index for node, index in choices if node is anys[0]] if len(anys) == 1 and "：" not in text else []
    # commas separate cases only in a text with no 或 at all (化工 2017); elsewhere they separate parts of one sentence
    for parts in (alternatives(text),) if "或" in text else (alternatives(text), alternatives(text, commas=True)):
        if chosen and len(parts) > 1 and len(parts) == len(anys[0].any):
            return Description(parts[chosen[0]], "clause")
    if "或" not in text and len(alternatives(text, commas=True)) == 1:
        return Description(_clause(text), "whole_text")
    return Description(FOUND_LEAD + "；".join(facts_said), "facts")


def fact_said(book: Rulebook, test: Condition, facts: Mapping[str, Any]) -> str:
    """One leaf of the deciding branch said as a statement ("有人为造成…的情况"), else as question and answer ("…：是")."""
    if isinstance(test, FactTest):
        fact = book.facts[test.fact]
        value = facts.get(test.fact)
        label = answer(value, fact.unit)
        question = fact.question.rstrip("？?").split("（")[0]
        return finding_sentence(fact.question, value, label, fact.type.value) or f"{question}：{label}"
    if isinstance(test, NotOf):
        return "；".join(fact_said(book, leaf, facts) for leaf in _leaves(test.not_))
    referenced = book.criteria.get(getattr(test, "criterion", ""))
    if referenced is not None:  # an element of a counting rule: its own text, cited
        return f"{referenced.definition.item or referenced.article.article} {_clause(referenced.definition.text)}"
    return str(getattr(test, "action", ""))


def _leaves(node: Condition) -> Iterator[Condition]:
    children = _children(node)
    if not children:
        yield node
    for child in children:
        yield from _leaves(child)


def answer(value: Any, unit: str | None = None) -> str:
    """An answer as a person writes it: 是/否, a list joined by 、, a number with its unit."""
    return value_label(value, unit)
