"""Answers as given versus as judged: renamed fact codes (accepted for one release, with a notice) and group answers."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from engine.rulebook import Rulebook


class Deprecation(BaseModel):
    """An old fact code used in an inspection: accepted as its new code for one release, and said so."""

    old: str
    new: str
    message: str


def deprecation(old: str, new: str) -> Deprecation:
    """The notice for an old fact code."""
    return Deprecation(old=old, new=new, message=f"事实代码 '{old}' 已更名为 '{new}'：本版本仍按新代码接受，"
                                                 "下一版本起不再接受旧代码，请改用新代码")


def current_code(book: Rulebook, code: str) -> str:
    """The code a fact has now (an old code's new one; any other code unchanged)."""
    return book.aliases.get(code, code)


def expand_group_answers(book: Rulebook, facts: dict[str, Any]) -> dict[str, Any]:
    """A group answer ("其余逐项检查未发现") stored as that answer for each member not answered one by one.

    Only an explicit group answer expands: an omitted member stays unanswered (never "none found" by omission).
    """
    groups = [code for code in facts if book.facts[code].expands_to]
    if not groups:
        return facts
    expanded = dict(facts)
    for group in groups:
        for member in book.facts[group].expands_to:
            expanded.setdefault(member, facts[group])
    return expanded


def group_of(book: Rulebook) -> dict[str, str]:
    """Member fact → the group fact that expands to it."""
    return {member: code for code, fact in book.facts.items() for member in fact.expands_to}
