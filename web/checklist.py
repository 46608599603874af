"""The checklist form of one draft: its layout (from the rules), answers read from the form, and live verdicts.

Nothing here decides a verdict. The layout lists every fact the applied editions' criteria read (profile questions
first, then by standard and 条, each fact once where first read); `Engine.verdicts` decides, and `open_questions`
says which unanswered questions can still change a verdict: only those are shown, beside the questions answered.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from engine.assess import Engine, Verdicts
from engine.coverage import gap_cite
from engine.inspection import CONTEXT_PREFIX, Inspection, coerce_fact, validate_inspection
from engine.models import FactDef, FactType
from engine.questions import OpenQuestions, open_questions
from engine.rulebook import facts_used

PROFILE_GROUP = "g-profile"
NONE_OF_THESE = "__none__"  # a list question answered "以上都没有" (the empty list), unlike one not answered
STATUS_ORDER = ("hazard", "undetermined", "not_judged", "clear", "not_applicable")  # how an article's 项 add up
MAX_RADIOS = 6


@dataclass(frozen=True)
class Question:
    """One question of the form, from the fact catalog."""

    code: str
    question: str
    help: str | None
    kind: str  # bool, integer, number, enum, device, list, date
    unit: str | None
    allowed: tuple[str, ...]
    profile: bool
    group: str

    @property
    def html_id(self) -> str:
        """The id of the question's block (the error summary links to it)."""
        return f"q-{self.code}"

    @property
    def field(self) -> str:
        """The form field's name."""
        return f"q:{self.code}"

    @property
    def widget(self) -> str:
        """How it is asked: radios (是/否/未检查, device states, short pick lists), select, checkboxes or text."""
        if self.kind in ("bool", "device") or (self.kind == "enum" and len(self.allowed) <= MAX_RADIOS):
            return "radios"
        return {"enum": "select", "list": "checkboxes", "date": "date"}.get(self.kind, "number")


@dataclass
class Group:
    """The questions of one 条 of one edition (or the profile questions), and the criteria of that 条."""

    id: str
    standard: str | None
    standard_title: str | None
    document_number: str | None
    article: str | None
    heading: str | None
    questions: list[Question] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)


@dataclass
class Layout:
    """Every question the applied editions may ask, grouped; the 条 of every criterion."""

    groups: list[Group]
    questions: dict[str, Question]
    group_of: dict[str, str]  # criterion id -> group id
    items: dict[str, str | None]  # criterion id -> 项; a not-obtained item -> where it sits (条、项)


def _form_wording(fact: FactDef) -> str:
    """The question as this form asks it: a list question's "没有则不选" (YAML's `[]`) is the 以上都没有 box here.

    Left blank, a question is 未检查 on this form, so "leave it empty" would leave the criterion 待补充.
    """
    if fact.type is not FactType.list:
        return fact.question
    return fact.question.replace("没有则不选", "没有请选“以上都没有”")


def _fact_question(fact: FactDef, group: str) -> Question:
    choices = fact.type in (FactType.enum, FactType.list, FactType.device)
    return Question(code=fact.code, question=_form_wording(fact), help=fact.help, kind=fact.type.value,
                    unit=fact.unit.value if fact.unit else None, allowed=tuple(fact.values) if choices else (),
                    profile=fact.profile, group=group)


def build_layout(engine: Engine, date: dt.date, scope: list[str] | None) -> Layout:
    """The form of the editions applied on `date` to the families in `scope`, in rule-file order."""
    book = engine.book
    _, chosen = engine.choose_editions(date, scope)
    profile = Group(PROFILE_GROUP, None, None, None, None, "企业画像（先回答，可排除整组不适用的问题）")
    groups: dict[str, Group] = {}
    questions: dict[str, Question] = {}
    group_of: dict[str, str] = {}
    items: dict[str, str | None] = {}
    for std, reason in chosen:
        if reason is not None:
            continue
        for crit in book.criteria_of(std.id):
            gid = f"g-{std.id}-{crit.article.article}"
            group = groups.setdefault(gid, Group(gid, std.id, std.title, std.document_number, crit.article.article,
                                                 crit.article.heading))
            group.criteria.append(crit.id)
            group_of[crit.id], items[crit.id] = gid, crit.definition.item
            for cond in [c for c, _ in crit.applicability()] + [crit.definition.when]:
                for code in facts_used(cond):
                    fact = book.facts.get(code)
                    if fact is None or code in questions or code.startswith(CONTEXT_PREFIX):
                        continue
                    target = profile if fact.profile else group
                    questions[code] = _fact_question(fact, target.id)
                    target.questions.append(questions[code])
        for gap in book.gaps_of(std.id):  # items whose text is not obtained: never judged, said as 未判定
            gid = f"g-{std.id}-{gap.article.article}"
            group = groups.setdefault(gid, Group(gid, std.id, std.title, std.document_number, gap.article.article,
                                                 gap.article.heading))
            group.criteria.append(gap.id)
            group_of[gap.id], items[gap.id] = gid, gap_cite(gap)
    ordered = ([profile] if profile.questions else []) + list(groups.values())
    return Layout(ordered, questions, group_of, items)


# answers as the form sends them and as a draft keeps them: str for one value, list[str] for a list question


def read_answers(layout: Layout, form: Any) -> dict[str, Any]:
    """The raw answers in a posted form (`form.get`/`getlist`), unanswered questions left out."""
    answers: dict[str, Any] = {}
    for code, question in layout.questions.items():
        if question.kind == "list":
            values = [str(v) for v in form.getlist(question.field)]
            if values:
                answers[code] = values
            continue
        value = form.get(question.field)
        if isinstance(value, str) and value.strip():
            answers[code] = value.strip()
    return answers


def _number(text: str, integer: bool) -> int | float | None:
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return int(value) if integer and value.is_integer() else value


def typed_answers(layout: Layout, engine: Engine, answers: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The answers as the engine's types, and a Chinese message for each answer that is not one."""
    facts: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for code, raw in answers.items():
        question = layout.questions.get(code)
        if question is None:
            continue  # a question of another scope or date (the header changed): not asked now
        value: Any = raw
        if question.kind == "list":
            picked = [v for v in (raw if isinstance(raw, list) else [raw]) if v != NONE_OF_THESE]
            if picked and NONE_OF_THESE in raw:
                errors[code] = f"{question.question}：“以上都没有”不能与其他选项同时选择"
                continue
            value = picked
        elif question.kind in ("integer", "number"):
            value = _number(str(raw), question.kind == "integer")
            if value is None:
                errors[code] = f"{question.question}：请填写数字{'（整数）' if question.kind == 'integer' else ''}" + \
                    (f"，单位 {question.unit}" if question.unit else "") + f"，收到“{raw}”"
                continue
        coerced, message, hint = coerce_fact(engine.book.facts[code], value)
        if message:
            errors[code] = f"{question.question}：{message}" + (f"（{hint}）" if hint else "")
        else:
            facts[code] = coerced
    return facts, errors


@dataclass
class GroupVerdict:
    """What one 条 says now: its status, its items that are hazards, the questions still deciding it."""

    status: str
    hazard_items: list[str | None]  # the 项 of each hazard (None: the 条 has no items), cited with the 条
    deciding: list[Question]
    show: bool
    not_judged_items: list[str] = field(default_factory=list)


@dataclass
class LiveState:
    """The verdicts of a draft's answers and what the form shows."""

    verdicts: Verdicts
    open: OpenQuestions
    visible: set[str]
    groups: dict[str, GroupVerdict]
    errors: dict[str, str]


def document(header: Mapping[str, Any], facts: Mapping[str, Any]) -> dict[str, Any]:
    """The inspection document (as POST /v1/inspections takes it) of a draft's header and typed answers."""
    doc: dict[str, Any] = {"inspection": dict(header.get("inspection") or {}), "facts": dict(facts)}
    if header.get("register"):
        doc["register"] = dict(header["register"])
    return doc


def inspection_of(engine: Engine, header: Mapping[str, Any], facts: Mapping[str, Any]) -> Inspection:
    """The validated inspection (the header was validated when the draft was made; facts are typed already)."""
    doc = document(header, facts)
    doc.pop("register", None)
    return validate_inspection(doc, engine.book, "draft")


def _article_status(statuses: Sequence[str]) -> str:
    return min(statuses, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 1) if statuses else "clear"


def live_state(engine: Engine, layout: Layout, header: Mapping[str, Any], answers: Mapping[str, Any]) -> LiveState:
    """Decide the draft's answers (`Engine.verdicts`) and derive what each 条 and the form show."""
    facts, errors = typed_answers(layout, engine, answers)
    inspection = inspection_of(engine, header, facts)
    verdicts = engine.verdicts(inspection)
    still_open = open_questions(engine, inspection)
    open_codes = {q.code: q.criteria for q in still_open.questions()}
    visible = {code for code in layout.questions if code in open_codes or code in answers}
    status = {v.criterion: v.status for v in verdicts.verdicts}
    groups: dict[str, GroupVerdict] = {}
    for group in layout.groups:
        if group.id == PROFILE_GROUP:
            groups[group.id] = GroupVerdict("profile", [], [], True)
            continue
        mine = [status.get(cid, "not_applicable") for cid in group.criteria]
        overall = _article_status(mine)
        pending = {cid for cid in group.criteria if status.get(cid) == "undetermined"}
        deciding = [layout.questions[code] for code, decides in open_codes.items()
                    if code in layout.questions and pending.intersection(decides)]
        hazard_items = list(dict.fromkeys(layout.items[cid] for cid in group.criteria if status.get(cid) == "hazard"))
        unjudged = [layout.items[cid] or "" for cid in group.criteria if status.get(cid) == "not_judged"]
        show = overall in ("hazard", "undetermined", "not_judged") or any(q.code in visible for q in group.questions)
        groups[group.id] = GroupVerdict(overall, hazard_items, deciding, show, unjudged)
    return LiveState(verdicts, still_open, visible, groups, errors)
