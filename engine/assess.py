"""Evaluate an inspection: pick editions by date, fire durable-rules, three-valued pass, build the assessment."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from engine.actions import ActionOut, ActionPlanner
from engine.compile import CompiledRuleset, compile_actions, compile_rulebook
from engine.errors import EvaluationError
from engine.fastmodel import build
from engine.inspection import Inspection, InspectionInfo
from engine.logic import Outcome, evaluate
from engine.models import StandardDef
from engine.rulebook import Criterion, Rulebook, require_rulebook
from engine.runtime import Runtime

Status = Literal["hazard", "clear", "undetermined", "not_applicable"]
STATUS_LABELS = {"hazard": "重大事故隐患", "clear": "未发现", "undetermined": "待补充", "not_applicable": "不适用"}


class Evidence(BaseModel):
    """A fact that makes a criterion hold."""

    code: str
    question: str
    value: Any


class Finding(BaseModel):
    """The result for one criterion."""

    criterion: str
    status: Status
    standard: str
    standard_title: str
    document_number: str
    article: str
    item: str | None
    text: str
    hazard_term: str
    confidence: str
    unconfirmed: bool
    note: str | None = None
    role: str = "criterion"
    manual: bool = False
    evidence: list[Evidence] = []
    missing: list[str] = []
    reason: str | None = None


class StandardUse(BaseModel):
    """Which edition of a family was applied on the inspection date, or why none was."""

    family: str
    edition: str | None
    title: str
    document_number: str | None
    effective_from: dt.date | None
    effective_until: dt.date | None
    status: Literal["applied", "no_edition_in_force", "not_encoded", "not_in_scope"]
    reason: str | None = None
    applies: bool | None = None  # the edition's own scope (applies_when) on this profile; null = not yet known


class NoticeOut(BaseModel):
    """A sentence the standard requires to be said for this profile (e.g. 第二条 carve-out)."""

    standard: str
    article: str
    text: str
    routes_to: str | None = None
    routing: str | None = None


class Summary(BaseModel):
    """Counts per status."""

    hazard: int
    clear: int
    undetermined: int
    not_applicable: int


class Assessment(BaseModel):
    """The whole result for one inspection."""

    inspection: InspectionInfo
    context: dict[str, Any] = {}
    major_hazard_found: bool
    complete: bool
    summary: Summary
    standards: list[StandardUse]
    notices: list[NoticeOut]
    findings: list[Finding]
    actions: list[ActionOut] = []
    rulebook: str


def edition_in_force(editions: list[StandardDef], date: dt.date) -> StandardDef | None:
    """The edition whose [effective_from, effective_until] contains the date (editions never overlap)."""
    for std in editions:
        if std.effective_from <= date and (std.effective_until is None or date <= std.effective_until):
            return std
    return None


class Engine:
    """Compile once, evaluate many."""

    def __init__(self, book: Rulebook):
        self.book = book
        self.rulesets: list[CompiledRuleset] = compile_rulebook(book)
        self.action_rulesets = compile_actions(book)
        self.runtime = Runtime(self.rulesets + self.action_rulesets)
        self.planner = ActionPlanner(book, self.runtime, self.action_rulesets)
        self._bases = {cid: _finding_base(crit) for cid, crit in book.criteria.items()}

    @classmethod
    def from_path(cls, root: Path) -> Engine:
        """Load, validate, link and compile a rules folder."""
        return cls(require_rulebook(root))

    @cached_property
    def _rulesets_by_edition(self) -> dict[str, list[CompiledRuleset]]:
        grouped: dict[str, list[CompiledRuleset]] = {}
        for ruleset in self.rulesets:
            grouped.setdefault(ruleset.edition, []).append(ruleset)
        return grouped

    def choose_editions(self, date: dt.date, scope: list[str] | None = None) -> tuple[
            list[StandardUse], list[tuple[StandardDef, str | None]]]:
        """Per family: the edition in force, or the edition whose criteria are listed as not applicable."""
        uses: list[StandardUse] = []
        chosen: list[tuple[StandardDef, str | None]] = []
        for family in self.book.families():
            editions = self.book.editions_of(family)
            if scope is not None and family not in scope:
                named = edition_in_force(editions, date) or editions[-1]  # the title in force on that date
                uses.append(StandardUse(family=family, edition=None, title=named.title, document_number=None,
                                        effective_from=None, effective_until=None, status="not_in_scope",
                                        reason="本次检查范围未涵盖该标准"))
                continue
            current = edition_in_force(editions, date)
            if current is not None and current.encoded:
                uses.append(_use(current, "applied", None))
                chosen.append((current, None))
                continue
            encoded = [e for e in editions if e.encoded]
            if current is not None:
                reason = (f"检查日期 {date} 适用《{current.title}》（{current.document_number}），"
                          f"该版本尚未编码：{current.not_encoded_reason or '条文未取得'}")
                uses.append(_use(current, "not_encoded", reason))
            else:
                reason = f"检查日期 {date} 没有现行有效的《{editions[0].title}》版本"
                uses.append(StandardUse(family=family, edition=None, title=editions[0].title, document_number=None,
                                        effective_from=None, effective_until=None, status="no_edition_in_force",
                                        reason=reason))
            if encoded:
                nearest = max((e for e in encoded if e.effective_from <= date), default=encoded[0],
                              key=lambda e: e.effective_from)
                chosen.append((nearest, reason))
        return uses, chosen

    def assess(self, inspection: Inspection) -> Assessment:
        """Assess one validated inspection."""
        date = inspection.info.date
        uses, chosen = self.choose_editions(date, inspection.info.scope)
        active = [std for std, reason in chosen if reason is None]
        judge = _Judge(self.book, inspection.facts, self._bases)
        # rules that cannot apply are never evaluated: a ruleset whose every criterion is out of scope is skipped
        rulesets = [r for std in active for r in self._rulesets_by_edition.get(std.id, [])
                    if any(judge.applicability(cid)[0].value is not False for cid in r.criteria)]
        fired = self.runtime.fired(inspection.facts, rulesets)
        findings: list[Finding] = []
        for std, reason in chosen:
            for crit in self.book.criteria_of(std.id):
                findings.append(judge.finding(crit, reason, crit.id in fired))
        stray = fired - {f.criterion for f in findings if f.status == "hazard"}
        if stray:
            raise EvaluationError(f"durable-rules 与三值逻辑结论不一致：{sorted(stray)}")
        scopes = {std.id: _applies(std, inspection.facts) for std in active}  # each edition's own scope, once
        for use in uses:
            if use.edition in scopes:
                use.applies = scopes[use.edition].value
        notices = [NoticeOut(standard=std.id, article=n.article, text=n.text, routes_to=n.routes_to,
                             routing=self._routing(n.routes_to, uses, scopes) if n.routes_to else None)
                   for std in active if scopes[std.id].value is True
                   for n in std.notices if evaluate(n.when, inspection.facts).value is True]
        counts = {s: sum(1 for f in findings if f.status == s) for s in STATUS_LABELS}
        hazards = [f for f in findings if f.status == "hazard" and f.role == "criterion"]
        return build(Assessment,   # every part is built from validated data: no re-validation
            inspection=inspection.info, context=inspection.context, major_hazard_found=bool(hazards),
            complete=counts["undetermined"] == 0, summary=Summary(**counts), standards=uses,
            notices=notices, findings=findings, actions=self.planner.plan(inspection, hazards),
            rulebook=self.book.content_hash)

    def _routing(self, family: str, uses: list[StandardUse], scopes: dict[str, Outcome]) -> str:
        """Say whether the standard a matter is left to was applied in this assessment, and if not, why."""
        use = next(u for u in uses if u.family == family)
        if use.status != "applied" or use.edition is None:
            return f"《{use.title}》本次未判定：{use.reason}"
        std, scope = self.book.standards[use.edition], scopes[use.edition]
        if scope.value is True:
            return f"本次已按《{std.title}》（{std.document_number}）一并判定，见该标准各项结论"
        if scope.value is False:
            return f"按企业画像，《{std.title}》不适用（其适用范围：{std.scope}）；本次未按其判定"
        questions = "；".join(self.book.facts[c].question for c in scope.missing)
        return f"《{std.title}》是否适用尚待确认，请回答：{questions}"


def _applies(std: StandardDef, facts: dict[str, Any]) -> Outcome:
    return Outcome(True) if std.applies_when is None else evaluate(std.applies_when, facts)


def _use(std: StandardDef, status: Literal["applied", "not_encoded"], reason: str | None) -> StandardUse:
    return StandardUse(family=std.family, edition=std.id, title=std.title, document_number=std.document_number,
                       effective_from=std.effective_from, effective_until=std.effective_until, status=status,
                       reason=reason)


class _Judge:
    """Three-valued pass for one inspection, memoising criterion values (for counting references)."""

    def __init__(self, book: Rulebook, facts: dict[str, Any], bases: dict[str, dict[str, Any]]):
        self.book, self.facts, self.bases = book, facts, bases
        self._values: dict[str, Outcome] = {}
        self._conditions: dict[str, Outcome] = {}
        self._scopes: dict[str, tuple[Outcome, str | None]] = {}

    def value(self, criterion_id: str) -> Outcome:
        if criterion_id not in self._values:
            self._values[criterion_id] = _and(self.applicability(criterion_id)[0], self.condition(criterion_id))
        return self._values[criterion_id]

    def condition(self, criterion_id: str) -> Outcome:
        if criterion_id not in self._conditions:
            crit = self.book.criteria[criterion_id]
            self._conditions[criterion_id] = evaluate(crit.definition.when, self.facts, self.value)
        return self._conditions[criterion_id]

    def applicability(self, criterion_id: str) -> tuple[Outcome, str | None]:
        """Scope layers of one criterion (memoised): the first false layer's reason, else what is missing."""
        if criterion_id not in self._scopes:
            missing: list[str] = []
            result: tuple[Outcome, str | None] | None = None
            for cond, reason in self.book.criteria[criterion_id].applicability():
                outcome = evaluate(cond, self.facts, self.value)
                if outcome.value is False:
                    result = (Outcome(False), reason)
                    break
                missing += [m for m in outcome.missing if m not in missing]
            self._scopes[criterion_id] = result or (Outcome(None if missing else True, missing=missing), None)
        return self._scopes[criterion_id]

    def finding(self, crit: Criterion, edition_reason: str | None, fired: bool) -> Finding:
        base = self.bases[crit.id]
        if edition_reason is not None:
            return build(Finding, **base, status="not_applicable", reason=edition_reason)
        applicability, reason = self.applicability(crit.id)
        if applicability.value is False:  # had its rule fired, the stray check in `assess` reports it
            return build(Finding, **base, status="not_applicable", reason=reason)
        condition = self.condition(crit.id)
        total = _and(applicability, condition)
        if total.value is None and applicability.value is None:
            total = Outcome(None, missing=applicability.missing)  # scope first: one answer can rule out the group
        if (total.value is True) != fired:
            raise EvaluationError(f"{crit.id}: durable-rules {'触发' if fired else '未触发'}，"
                                  f"三值逻辑为 {total.value}；规则动作可能出错，结果不可用")
        if total.value is True:
            evidence = [build(Evidence, code=c, question=self.book.facts[c].question, value=self.facts[c])
                        for c in condition.evidence]
            return build(Finding, **base, status="hazard", evidence=evidence)
        if total.value is False:
            return build(Finding, **base, status="clear")
        return build(Finding, **base, status="undetermined", missing=total.missing)


def _and(left: Outcome, right: Outcome) -> Outcome:
    if left.value is False or right.value is False:
        return Outcome(False)
    if left.value is True and right.value is True:
        return Outcome(True, evidence=right.evidence)
    missing = list(left.missing) + [m for m in right.missing if m not in left.missing]
    return Outcome(None, missing=missing)


def _finding_base(crit: Criterion) -> dict[str, Any]:
    d = crit.definition
    return {"criterion": d.id, "standard": crit.standard.id, "standard_title": crit.standard.title,
            "document_number": crit.standard.document_number, "article": crit.article.article, "item": d.item,
            "text": d.text, "hazard_term": crit.standard.hazard_term, "confidence": d.confidence.value,
            "unconfirmed": d.confidence.flagged, "note": d.note,
            "role": d.role, "manual": d.manual}
