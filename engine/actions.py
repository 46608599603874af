"""Follow-up actions: findings and context as facts, action rules fired on durable-rules (forward chaining).

The required and conditional actions are then de-duplicated, dated and ordered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from engine.compile import CompiledRuleset
from engine.errors import EvaluationError
from engine.fastmodel import build, clone
from engine.inspection import Inspection
from engine.labels import value_label
from engine.logic import Outcome, evaluate
from engine.models import Basis, Deadline
from engine.rulebook import Action, Rulebook, cite
from engine.runtime import Runtime

MAJOR_HAZARD = "finding.major_hazard"
_ACTION_EVIDENCE = "action:"


class Trigger(BaseModel):
    """A finding, context fact or earlier action behind an action (a finding's is shared by every assessment: frozen)."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["finding", "fact", "action"]
    code: str
    label: str = ""  # left out of a summary for a finding: `findings` has its citation (engine/detail.py)
    value: Any = None
    value_label: str | None = None  # a fact's answer as a person reads it (是/否, 10 人)


class Pending(BaseModel):
    """A question whose answer decides a conditional action (one instance per question, shared: frozen)."""

    model_config = ConfigDict(frozen=True)

    code: str
    question: str


class DeadlineOut(BaseModel):
    """When an action is due: a date when it runs from the inspection, else words naming the later event."""

    model_config = ConfigDict(frozen=True)  # a deadline that is words only is shared by every assessment

    kind: str
    date: dt.date | None = None
    text: str


class BasisOut(BaseModel):
    """One cited basis with the confidence of its wording (shared by every assessment: frozen)."""

    model_config = ConfigDict(frozen=True)

    instrument: str
    article: str | None
    confidence: str
    unconfirmed: bool
    text: str  # the citation, with （⚠未核实） when its wording is not confirmed

    @property
    def citation(self) -> str:
        """《instrument》article, without the confidence mark (a delivered document says it in words)."""
        return _cited(self.instrument, self.article)


def _cited(instrument: str, article: str | None) -> str:
    return f"《{instrument}》{article or ''}"


class ActionOut(BaseModel):
    """One follow-up action the law (or policy) requires, or would require once a question is answered.

    Frozen: an action not triggered by the hazards found is the memoised plan's own instance, shared.
    """

    model_config = ConfigDict(frozen=True)

    code: str
    rules: list[str]
    title: str
    text: str
    kind: Literal["statute", "policy"]
    status: Literal["required", "conditional"]
    responsible: list[str]
    deadline: DeadlineOut
    basis: list[BasisOut]
    source: str | None = None
    confidence: str
    unconfirmed: bool
    note: str | None = None
    triggered_by: list[Trigger]
    conditional_on: list[Pending] = []


def action_facts(inspection: Inspection, hazards: list[Any]) -> dict[str, Any]:
    """Context facts plus what the engine derives from the findings."""
    return {**inspection.context, MAJOR_HAZARD: bool(hazards)}


def render_deadline(deadline: Deadline, date: dt.date) -> DeadlineOut:
    """Dates for deadlines that run from the inspection; words for those that run from a later event."""
    kind = deadline.kind
    if kind == "immediately":
        return DeadlineOut(kind=kind, text="立即")
    if kind == "promptly":
        return DeadlineOut(kind=kind, text="及时（法律未规定具体期限）")
    if kind == "by_order":
        return DeadlineOut(kind=kind, text="按责令整改指令书确定的期限（立即或限期）")
    if kind == "days_after_inspection":
        due = date + dt.timedelta(days=deadline.days or 0)
        return DeadlineOut(kind=kind, date=due, text=f"{due.isoformat()} 前（检查之日起 {deadline.days} 日）")
    if kind == "next_quarter":
        quarter_start_month = (date.month - 1) // 3 * 3 + 1
        year, month = (date.year + 1, 1) if quarter_start_month == 10 else (date.year, quarter_start_month + 3)
        due = dt.date(year, month, deadline.day or 1)
        return DeadlineOut(kind=kind, date=due, text=f"{due.isoformat()} 前（下一季度第 {deadline.day} 日）")
    if kind == "next_year":
        due = dt.date(date.year + 1, deadline.month or 1, deadline.day or 1)
        return DeadlineOut(kind=kind, date=due, text=f"{due.isoformat()} 前（次年 {deadline.month} 月 {deadline.day} 日）")
    event = deadline.event or ""
    if kind == "after_event":
        text = f"{event}之日起 {deadline.days} 日内" if deadline.days is not None else f"{event}后"
        return DeadlineOut(kind=kind, text=text)
    if kind == "before_event":
        text = f"{event}前 {deadline.hours} 小时" if deadline.hours is not None else f"{event}前"
        return DeadlineOut(kind=kind, text=text)
    return DeadlineOut(kind=kind, text=event)


_DATED = ("days_after_inspection", "next_quarter", "next_year")  # deadlines that run from the inspection date
_RANK = {"immediately": 0, "promptly": 1, "days_after_inspection": 2, "next_quarter": 2, "next_year": 2,
         "by_order": 3, "during_event": 4, "before_event": 5, "after_event": 6}


_FOUND = Trigger(kind="finding", code="", label="")  # in a memoised plan: where this assessment's hazards go
_MEMO_LIMIT = 4096  # distinct (action facts, date): a long-running service sees many; keep the memo bounded
# the plan (each action with where its `_FOUND` placeholder stands), the actions found true
Draft = tuple[tuple[tuple[ActionOut, int], ...], frozenset[str]]


class ActionPlanner:
    """Runs the action rules for one assessment; durable-rules' fired actions must equal the three-valued pass's.

    The three-valued pass (evidence, missing questions) and the plan it gives depend only on the action facts (the
    context and whether a major hazard was found) and the date: they are memoised on those, with the hazards found
    left as a placeholder; durable-rules still decides every call and is compared with the memoised true set. With
    `verify`, nothing is memoised: the pass runs on every call.
    """

    def __init__(self, book: Rulebook, runtime: Runtime, rulesets: list[CompiledRuleset], verify: bool = False):
        self.book, self.runtime, self.rulesets, self.verify = book, runtime, rulesets, verify
        self._order = {aid: index for index, aid in enumerate(book.actions)}
        self._questions: dict[str, Pending] = {}
        self._basis = {aid: [_basis(b) for b in a.definition.basis] for aid, a in book.actions.items()}
        self._fixed_deadlines = {aid: render_deadline(a.definition.deadline, dt.date.min)  # words only: no date
                                 for aid, a in book.actions.items() if a.definition.deadline.kind not in _DATED}
        self._drafts: dict[tuple[Any, ...], Draft] = {}
        self._triggers: dict[str, Trigger] = {}

    def plan(self, inspection: Inspection, hazards: list[Any]) -> list[ActionOut]:
        """Required and conditional actions for these findings and this context, ordered by urgency."""
        if not self.book.actions:
            return []
        facts = action_facts(inspection, hazards)
        fired = self.runtime.fired(facts, self.rulesets)
        draft = self._draft(facts, inspection.info.date)
        if draft[1] != fired:
            raise EvaluationError(f"后续措施：durable-rules 触发 {sorted(fired)}，三值逻辑为 {sorted(draft[1])}；结果不可用")
        found = [self._found(f) for f in hazards]
        return [_materialise(out, at, found) for out, at in draft[0]]

    def _draft(self, facts: dict[str, Any], date: dt.date) -> Draft:
        """The plan for these action facts on this date (memoised unless verifying)."""
        if self.verify:
            return self._decide(facts, date)
        key = (_frozen(facts), date)
        draft = self._drafts.get(key)
        if draft is None:
            if len(self._drafts) >= _MEMO_LIMIT:
                self._drafts.clear()
            draft = self._drafts[key] = self._decide(facts, date)
        return draft

    def _decide(self, facts: dict[str, Any], date: dt.date) -> Draft:
        """The three-valued pass over every action, then de-duplicated, dated and ordered outputs."""
        outcomes: dict[str, Outcome] = {}

        def resolve(action_id: str) -> Outcome:
            """An action's own outcome (memoised); as a reference it is evidenced by the action itself."""
            if action_id not in outcomes:
                outcomes[action_id] = evaluate(self.book.actions[action_id].definition.when, facts, resolve)
            own = outcomes[action_id]
            return Outcome(True, evidence=[_ACTION_EVIDENCE + action_id]) if own.value else own

        for aid in self.book.actions:
            resolve(aid)
        true = frozenset(aid for aid, o in outcomes.items() if o.value is True)
        superseded = {old for aid, o in outcomes.items() if o.value is not False
                      for old in self.book.actions[aid].definition.supersedes}  # the local variant replaces it
        chosen = [(aid, o) for aid, o in outcomes.items() if o.value is not False and aid not in superseded]
        merged: dict[tuple[str, str, str], ActionOut] = {}
        for aid, outcome in chosen:
            out = self._output(self.book.actions[aid], outcome, facts, [_FOUND], date)
            key = (out.code, out.text, out.deadline.text)
            if key not in merged or (merged[key].status == "conditional" and out.status == "required"):
                merged[key] = out
            elif merged[key].status == out.status:
                kept = merged[key]  # lists may be shared between outputs: replace, never extend in place
                merged[key] = clone(
                    kept, rules=[*kept.rules, aid],
                    triggered_by=kept.triggered_by + [t for t in out.triggered_by if t not in kept.triggered_by],
                    conditional_on=kept.conditional_on + [p for p in out.conditional_on if p not in kept.conditional_on])
        ordered = sorted(merged.values(), key=lambda a: (a.status != "required", _RANK[a.deadline.kind],
                                                         a.deadline.date or dt.date.max, self._order[a.rules[0]]))
        return tuple((out, _placeholder_at(out)) for out in ordered), true

    def _found(self, finding: Any) -> Trigger:
        """The trigger naming a hazard found (one per criterion, shared)."""
        trigger = self._triggers.get(finding.criterion)
        if trigger is None:
            trigger = self._triggers[finding.criterion] = build(
                Trigger, kind="finding", code=finding.criterion, value=None,
                label=f"《{finding.standard_title}》{cite(finding.article, finding.item)}")
        return trigger

    def _pending(self, code: str) -> Pending:
        if code not in self._questions:
            self._questions[code] = build(Pending, code=code, question=self.book.facts[code].question)
        return self._questions[code]

    def _output(self, action: Action, outcome: Outcome, facts: dict[str, Any], found: list[Trigger],
                date: dt.date) -> ActionOut:
        d = action.definition
        triggers: list[Trigger] = []
        for code in outcome.evidence if outcome.value else []:
            if code == MAJOR_HAZARD:
                triggers += found
            elif code.startswith(_ACTION_EVIDENCE):
                ref = self.book.actions[code.removeprefix(_ACTION_EVIDENCE)].definition
                triggers.append(build(Trigger, kind="action", code=ref.code, label=ref.title, value=None))
            else:
                fact = self.book.facts[code]
                triggers.append(build(Trigger, kind="fact", code=code, label=fact.question, value=facts[code],
                                      value_label=value_label(facts[code], fact.unit)))
        pending = [self._pending(c) for c in outcome.missing]
        return build(ActionOut,
            code=d.code, rules=[d.id], title=d.title, text=d.text, kind=d.kind,
            status="required" if outcome.value else "conditional", responsible=[p.value for p in d.responsible],
            deadline=self._fixed_deadlines.get(d.id) or render_deadline(d.deadline, date),
            basis=self._basis[d.id], source=d.source,
            confidence=d.confidence.value, unconfirmed=d.confidence.flagged, note=d.note, triggered_by=triggers,
            conditional_on=pending)


def _materialise(draft: ActionOut, at: int, found: list[Trigger]) -> ActionOut:
    """A memoised action with this assessment's hazards where the placeholder stands (at `at`; -1: the action itself)."""
    if at < 0:
        return draft
    triggers = draft.triggered_by
    return clone(draft, triggered_by=[*triggers[:at], *found, *triggers[at + 1:]])


def _placeholder_at(action: ActionOut) -> int:
    """Where the hazards found go among an action's triggers (-1: it is not triggered by them)."""
    return next((index for index, t in enumerate(action.triggered_by) if t is _FOUND), -1)


def _frozen(value: Any) -> Any:
    """A hashable form of action facts (their values are JSON-like: lists become tuples)."""
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def _basis(b: Basis) -> BasisOut:
    return BasisOut(instrument=b.instrument, article=b.article, confidence=b.confidence.value,
                    unconfirmed=b.confidence.flagged,
                    text=_cited(b.instrument, b.article) + ("（⚠未核实）" if b.confidence.flagged else ""))
