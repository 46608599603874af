"""The questions that can still change a verdict, grouped by standard and 条 (checklists, the web form).

Each question is a `Question` (as in `build_checklist`) whose `criteria` are the ones it can still decide.
A criterion already hazard, clear or not applicable cannot change whatever else is answered (Kleene logic); an
undetermined one waits for the facts its unknown scope layers and its unknown condition read (its missing facts).
Those facts, and only those, are the open questions; each names the undetermined criteria it can still decide.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from engine.assess import Engine
from engine.checklist import Question, checklist_notes, group_answers_after
from engine.coverage import coverage_fields
from engine.inspection import CONTEXT_PREFIX, Inspection
from engine.models import FactDef, FactType
from engine.rulebook import Criterion, Rulebook


class QuestionGroup(BaseModel):
    """The open questions of one 条 of one edition (or, first, the profile questions: standard and article null)."""

    standard: str | None
    standard_title: str | None
    document_number: str | None
    article: str | None
    heading: str | None
    questions: list[Question]


class OpenQuestions(BaseModel):
    """What is left to ask for one inspection on its date and scope."""

    date: dt.date
    scope: list[str] | None
    answered: int
    undetermined: int
    notes: list[str] = []  # what cannot be asked: partly encoded editions, in force but not encoded, known unencoded
    groups: list[QuestionGroup]

    def questions(self) -> list[Question]:
        """Every open question once, profile questions first, then by standard and 条."""
        return [q for group in self.groups for q in group.questions]


def open_questions(engine: Engine, inspection: Inspection, profile_only: bool = False) -> OpenQuestions:
    """The questions whose answers can still change a verdict of this inspection (only profile ones if asked)."""
    evaluation = engine.evaluate(inspection)
    judge, book = evaluation.judge, engine.book
    profile: dict[str, Question] = {}
    screening: dict[str, Question] = {}  # exclusions that decide a whole group at once: asked right after the profile
    groups: dict[tuple[str, str], tuple[Criterion, dict[str, Question]]] = {}
    undetermined = 0
    for std, reason in evaluation.chosen:
        criteria = book.criteria_of(std.id) if reason is None else []
        for crit in (c for c in criteria if evaluation.status[c.id] == "undetermined"):
            undetermined += 1
            scope, condition = judge.applicability(crit.id), judge.condition(crit.id)
            deciding = [*(scope.missing if scope.value is None else []),
                        *(condition.missing if condition.value is None else [])]
            for code in dict.fromkeys(c for c in deciding if not c.startswith(CONTEXT_PREFIX)):
                fact = book.facts[code]
                if fact.profile:
                    target = profile
                elif profile_only:
                    continue
                elif fact.screening:
                    target = screening
                else:
                    target = groups.setdefault((std.id, crit.article.article), (crit, {}))[1]
                target.setdefault(code, _question(fact, None if fact.profile else crit)).criteria.append(crit.id)
    ordered = [QuestionGroup(standard=None, standard_title=None, document_number=None, article=None,
                             heading="画像（先回答，可排除整组问题）", questions=list(profile.values()))] if profile else []
    if screening:
        ordered.append(QuestionGroup(standard=None, standard_title=None, document_number=None, article=None,
                                     heading="排除情形（先回答：成立时整组要素不判定为隐患）",
                                     questions=list(screening.values())))
    ordered += [_group(book, crit, questions) for crit, questions in groups.values()]
    notes = checklist_notes(engine, inspection.facts, inspection.info.date)
    return OpenQuestions(date=inspection.info.date, scope=inspection.info.scope, answered=len(inspection.facts),
                         undetermined=undetermined, notes=notes, groups=_once(ordered))


def _question(fact: FactDef, crit: Criterion | None) -> Question:
    choices = fact.type in (FactType.enum, FactType.list, FactType.device)
    placed = crit is not None and not fact.screening
    return Question(code=fact.code, question=fact.question, help=fact.help, type=fact.type.value,
                    unit=fact.unit.value if fact.unit else None, allowed=list(fact.values) if choices else None,
                    profile=fact.profile, screening=fact.screening, standard=crit.standard.id if placed and crit else None,
                    article=crit.article.article if placed and crit else None, criteria=[])


def _group(book: Rulebook, crit: Criterion, questions: dict[str, Question]) -> QuestionGroup:
    """One 条's open questions, each group answer ("其余逐项检查未发现") after the last of its members asked."""
    coverage = coverage_fields(book, crit.standard)["coverage"]
    asked = [q.model_copy(update={"coverage": coverage}) for q in questions.values()]
    return QuestionGroup(standard=crit.standard.id, standard_title=crit.standard.title,
                         document_number=crit.standard.document_number, article=crit.article.article,
                         heading=crit.article.heading, questions=group_answers_after(book, asked))


def _once(groups: list[QuestionGroup]) -> list[QuestionGroup]:
    """Each fact asked once, in its first group; a later group keeps the criteria it decides on the first one."""
    first: dict[str, Question] = {}
    kept: list[QuestionGroup] = []
    for group in groups:
        fresh = []
        for question in group.questions:
            if question.code in first:
                first[question.code].criteria += [c for c in question.criteria if c not in first[question.code].criteria]
            else:
                first[question.code] = question
                fresh.append(question)
        if fresh:
            kept.append(group.model_copy(update={"questions": fresh}))
    return kept
