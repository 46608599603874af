"""The questions that apply to a profile on a date: profile questions first, then by standard and article."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

from engine.assess import Engine
from engine.coverage import coverage_fields, known_matches, known_reason
from engine.logic import evaluate
from engine.models import PROVINCE_FACT, FactType
from engine.rulebook import facts_used


class Question(BaseModel):
    """One checklist question and the criteria that use it."""

    code: str
    question: str
    help: str | None
    type: str
    unit: str | None
    allowed: list[str] | None
    profile: bool
    screening: bool = False  # an exclusion that can decide a whole group at once: asked right after the profile
    standard: str | None
    article: str | None
    criteria: list[str]
    coverage: str | None = None  # its standard is only partly encoded: N of M, the items not judged


def checklist_notes(engine: Engine, profile: dict[str, Any], date: dt.date) -> list[str]:
    """What the checklist cannot ask about for this profile, said before the questions.

    Partly encoded editions (N of M, the items not judged), editions in force but not encoded, and known standards
    not encoded that the profile falls under.
    """
    book, notes = engine.book, []
    uses, chosen = engine.choose_editions(date)
    applied = {std.id for std, reason in chosen if reason is None}
    for use in uses:
        std = book.standards.get(use.edition or "")
        if std is None or _applies(std, profile) is False:
            continue
        if use.edition in applied and use.coverage:
            notes.append(f"《{use.title}》：{use.coverage}")
        elif use.status == "not_encoded":
            notes.append(use.reason or f"《{use.title}》尚未编码")
    notes += [known_reason(known) for known in known_matches(book, profile, date, None)]
    return notes


def _applies(std: Any, profile: dict[str, Any]) -> bool | None:
    layers = [layer for layer in (std.applies_when,) if layer is not None]
    return False if any(evaluate(layer, profile).value is False for layer in layers) else None


def build_checklist(engine: Engine, profile: dict[str, Any], date: dt.date, province: str | None = None) -> list[
        Question]:
    """Questions for every criterion whose applicability is not false for this profile (and province, when given).

    Profile questions come first, then the screening questions (exclusions that decide a whole group at once), then
    the rest by standard and article. The province is not asked: it comes from the inspection block.
    """
    book = engine.book
    _, chosen = engine.choose_editions(date)
    known = {**profile, PROVINCE_FACT: province} if province is not None else profile
    questions: dict[str, Question] = {}
    profile_codes: list[str] = []
    for std, reason in chosen:
        if reason is not None:
            continue
        for crit in book.criteria_of(std.id):
            layers = [cond for cond, _ in crit.applicability()]
            if any(evaluate(cond, known).value is False for cond in layers):
                continue
            for cond in layers:
                profile_codes += [c for c in facts_used(cond) if c not in profile_codes and _asked(c)]
            for code in facts_used(crit.definition.when):
                _add(questions, book, code, std.id, crit.article.article, crit.id)
            for cond in layers:
                for code in filter(_asked, facts_used(cond)):
                    _add(questions, book, code, None, None, crit.id)
    first = sorted((questions[c] for c in profile_codes if c in questions and c not in profile),
                   key=lambda q: not q.profile)  # profile questions, then the other scope questions
    rest = [q for q in questions.values() if not q.profile and q.code not in profile]
    screening = [q for q in rest if book.facts[q.code].screening]
    sentences = {std.id: coverage_fields(book, std)["coverage"] for std, reason in chosen if reason is None}
    for question in rest:
        question.coverage = sentences.get(question.standard or "")
    return first + screening + group_answers_after(book, [q for q in rest if not book.facts[q.code].screening])


def group_answers_after(book: Any, questions: list[Question]) -> list[Question]:
    """Each group answer ("其余逐项检查未发现") right after the last of its members asked."""
    asked = [q.code for q in questions]
    for code, fact in book.facts.items():
        members = [m for m in fact.expands_to if m in asked]
        if not members:
            continue
        last = max(asked.index(m) for m in members)
        group = Question(code=code, question=fact.question, help=fact.help, type=fact.type.value, unit=None,
                         allowed=list(fact.values), profile=False, standard=questions[last].standard,
                         article=questions[last].article,
                         criteria=sorted({c for q in questions if q.code in members for c in q.criteria}))
        questions.insert(last + 1, group)
        asked.insert(last + 1, code)
    return questions


def _asked(code: str) -> bool:
    """The province (and any other inspection-block fact) is never a checklist question."""
    return not code.startswith("context.")


def _add(questions: dict[str, Question], book: Any, code: str, std: str | None, article: str | None,
         criterion: str) -> None:
    fact = book.facts[code]
    if code not in questions:
        questions[code] = Question(
            code=code, question=fact.question, help=fact.help, type=fact.type.value,
            unit=fact.unit.value if fact.unit else None,
            allowed=list(fact.values) if fact.type in (FactType.enum, FactType.list, FactType.device) else None,
            profile=fact.profile, screening=fact.screening, standard=None if fact.profile else std,
            article=None if fact.profile else article, criteria=[])
    if criterion not in questions[code].criteria:
        questions[code].criteria.append(criterion)
