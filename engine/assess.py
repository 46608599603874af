"""Assess an inspection: pick editions by date, evaluate (durable-rules decides), then explain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from engine.actions import ActionPlanner
from engine.answers import group_of
from engine.compile import CompiledRuleset, CompileError, compile_actions, compile_problem, compile_rulebook
from engine.coverage import GAP_REASON, coverage_fields, gap_base, known_matches, known_reason
from engine.errors import EvaluationError, ProblemsError
from engine.fastmodel import build
from engine.inspection import Inspection
from engine.labels import value_label
from engine.logic import Decider, Outcome, decider, evaluate
from engine.models import PROVINCE_FACT, StandardDef
from engine.results import (
    STATUS_LABELS,
    Assessment,
    Evidence,
    Finding,
    NoticeOut,
    StandardUse,
    Status,
    Summary,
    Verdict,
    Verdicts,
)
from engine.rulebook import Criterion, Gap, Rulebook, facts_read, facts_used, require_rulebook
from engine.runtime import Runtime

__all__ = ["STATUS_LABELS", "Assessment", "Engine", "Evaluation", "Evidence", "Finding", "NoticeOut", "StandardUse",
           "Status", "Summary", "Verdict", "Verdicts", "edition_in_force"]


@dataclass
class Evaluation:
    """What `Engine.evaluate` decided, before any explanation: a status per criterion of the chosen editions."""

    chosen: list[tuple[StandardDef, str | None]]
    status: dict[str, Status]  # criterion id -> status (durable-rules fired exactly the hazards)
    judge: _Judge  # the memoised passes, reused to explain
    shared_uses: tuple[StandardUse, ...]  # the engine's memoised models for this date and scope: never changed

    @cached_property
    def uses(self) -> list[StandardUse]:
        """Which edition of each family was applied (this evaluation's own copies, built when first asked for)."""
        return [use.model_copy() for use in self.shared_uses]


_Choice = tuple[tuple[StandardUse, ...], list[tuple[StandardDef, str | None]], dict[str, StandardDef]]


def edition_in_force(editions: list[StandardDef], date: dt.date) -> StandardDef | None:
    """The edition whose [effective_from, effective_until] contains the date (editions never overlap)."""
    for std in editions:
        if std.effective_from <= date and (std.effective_until is None or date <= std.effective_until):
            return std
    return None


class Engine:
    """Compile once, evaluate many."""

    def __init__(self, book: Rulebook, verify: bool = False):
        self.book = book
        self.verify = verify  # also decide every criterion in Python and require durable-rules to agree
        self.rulesets: list[CompiledRuleset] = compile_rulebook(book)
        self.action_rulesets = compile_actions(book)
        self.runtime = Runtime(self.rulesets + self.action_rulesets)
        self.planner = ActionPlanner(book, self.runtime, self.action_rulesets)
        self._bases = {cid: _finding_base(crit) for cid, crit in book.criteria.items()}
        self._bases.update({gid: gap_base(gap) for gid, gap in book.gaps.items()})
        groups = group_of(book)
        self._programs = {cid: _program(crit, groups) for cid, crit in book.criteria.items()}
        self._programs.update({gid: _program(gap, groups) for gid, gap in book.gaps.items()})
        self._reads = {cid: frozenset(facts_read(book, crit)) for cid, crit in book.criteria.items()}
        self._criteria_of = {std: book.criteria_of(std) for std in book.standards}
        self._entries_of = {std: book.entries_of(std) for std in book.standards}  # criteria and not-obtained items
        self._ids_of = {std: [e.id for e in entries] for std, entries in self._entries_of.items()}
        self._gap_ids = frozenset(book.gaps)
        self._coverage = {std.id: coverage_fields(book, std) for std in book.standards.values()}
        # a `provinces` declaration reads inspection.province as the fact context.province: given only when one exists
        self._provincial = any(PROVINCE_FACT in facts_used(cond) for entries in self._entries_of.values()
                               for entry in entries for cond, _ in entry.applicability())
        self._families = [(family, book.editions_of(family)) for family in book.families()]
        self._plans = {std: _plan(self._criteria_of[std], self._reads, self._rulesets_by_edition.get(std, []))
                       for std in book.standards}
        self._chosen: dict[tuple[dt.date, tuple[str, ...] | None], _Choice] = {}

    def close(self) -> None:
        """Free this engine's durable-rules rulesets (e.g. before loading revised rules in the same process)."""
        self.runtime.close()

    @classmethod
    def from_path(cls, root: Path, verify: bool = False) -> Engine:
        """Load, validate, link and compile a rules folder; every failure is a ProblemsError with its location."""
        return cls.from_book(require_rulebook(root), verify, str(root))

    @classmethod
    def from_book(cls, book: Rulebook, verify: bool = False, root: str = "rules") -> Engine:
        """Compile a linked rulebook; a condition durable-rules cannot take is a located problem, not a crash."""
        try:
            return cls(book, verify)
        except CompileError as error:
            raise ProblemsError([compile_problem(book, error, root)]) from None

    @cached_property
    def _rulesets_by_edition(self) -> dict[str, list[CompiledRuleset]]:
        grouped: dict[str, list[CompiledRuleset]] = {}
        for ruleset in self.rulesets:
            grouped.setdefault(ruleset.edition, []).append(ruleset)
        return grouped

    def choose_editions(self, date: dt.date, scope: list[str] | None = None) -> tuple[
            list[StandardUse], list[tuple[StandardDef, str | None]]]:
        """Per family: the edition in force, or the edition whose criteria are listed as not applicable."""
        uses, chosen, _ = self._editions(date, scope)
        return [use.model_copy() for use in uses], list(chosen)

    def _editions(self, date: dt.date, scope: list[str] | None) -> _Choice:
        """`choose_editions`, memoised per date and scope (the models returned are shared: copy before changing).

        The third part maps an edition listed in place of one in force but not encoded to that edition: its criteria
        are then not judged (unless that edition's scope rules the profile out), never "not applicable".
        """
        key = (date, None if scope is None else tuple(scope))
        if key not in self._chosen:
            if len(self._chosen) >= 4096:  # a long-running service sees many dates: keep the memo bounded
                self._chosen.clear()
            self._chosen[key] = self._choose(date, scope)
        return self._chosen[key]

    def _choose(self, date: dt.date, scope: list[str] | None) -> _Choice:
        uses: list[StandardUse] = []
        chosen: list[tuple[StandardDef, str | None]] = []
        in_force_instead: dict[str, StandardDef] = {}
        for family, editions in self._families:
            if scope is not None and family not in scope:
                named = edition_in_force(editions, date) or editions[-1]  # the title in force on that date
                uses.append(build(StandardUse, family=family, edition=None, title=named.title,
                                  document_number=None, effective_from=None, effective_until=None,
                                  status="not_in_scope", reason="本次检查范围未涵盖该标准"))
                continue
            current = edition_in_force(editions, date)
            if current is not None and current.encoded:
                uses.append(self._use(current, "applied", None))
                chosen.append((current, None))
                continue
            encoded = [e for e in editions if e.encoded]
            if current is not None:
                reason = (f"检查日期 {date} 适用《{current.title}》（{current.document_number}），现行有效但尚未编码，"
                          f"未判定：{current.not_encoded_reason or '条文未取得'}")
                uses.append(self._use(current, "not_encoded", reason))
            else:
                reason = f"检查日期 {date} 没有现行有效的《{editions[0].title}》版本"
                uses.append(build(StandardUse, family=family, edition=None, title=editions[0].title,
                                  document_number=None, effective_from=None, effective_until=None,
                                  status="no_edition_in_force", reason=reason))
            if encoded:
                nearest = max((e for e in encoded if e.effective_from <= date), default=encoded[0],
                              key=lambda e: e.effective_from)
                chosen.append((nearest, reason))
                if current is not None:
                    in_force_instead[nearest.id] = current
        return tuple(uses), chosen, in_force_instead

    def _use(self, std: StandardDef, status: Literal["applied", "not_encoded"], reason: str | None) -> StandardUse:
        return build(StandardUse, family=std.family, edition=std.id, title=std.title,
                     document_number=std.document_number, effective_from=std.effective_from,
                     effective_until=std.effective_until, status=status, reason=reason, provinces=std.provinces,
                     **self._coverage[std.id])

    def evaluate(self, inspection: Inspection) -> Evaluation:
        """Decide every criterion: durable-rules fires the hazards, and the rest are clear or undetermined.

        A rule that did not fire is clear when every fact it reads was answered; otherwise the two-valued pass says
        clear or undetermined (and must not say hazard). With `verify`, the two-valued pass also decides every
        criterion and must agree with durable-rules exactly.
        """
        facts = inspection.facts
        if self._provincial and PROVINCE_FACT in inspection.context:  # `provinces` scope layers read the province
            facts = {**facts, PROVINCE_FACT: inspection.context[PROVINCE_FACT]}
        uses, chosen, in_force_instead = self._editions(inspection.info.date, inspection.info.scope)
        judge = _Judge(self.book, facts, self._bases, self._programs)
        # each group's scope once. A ruleset runs only when one of its groups is in scope: then the scope layers its
        # rules leave out (shared by all its criteria) hold; otherwise none of its rules could fire
        plans = [(self._plans[std.id], [judge.scope(group.first)[0] for group in self._plans[std.id].groups])
                 for std, reason in chosen if reason is None]
        fired = self.runtime.fired(facts, [ruleset for plan, scopes in plans for ruleset, held in plan.rulesets
                                           if any(scopes[index] is True for index in held)])
        answered = facts.keys()
        decided: dict[str, Status] = {}
        for plan, scopes in plans:
            for group, scope in zip(plan.groups, scopes, strict=True):
                if scope is True:  # the usual case, inlined: fired, or every fact answered and not fired
                    for cid, reads in group.members:
                        decided[cid] = "hazard" if cid in fired else "clear" if answered >= reads else \
                            judge.decided(cid, False, False)
                else:
                    for cid, reads in group.members:
                        decided[cid] = judge.decided(cid, cid in fired, answered >= reads)
        status: dict[str, Status] = {}
        gaps = self._gap_ids
        for std, reason in chosen:  # in file order
            if reason:
                instead = in_force_instead.get(std.id)
                unjudged = instead is not None and judge.edition_scope(instead) is not False
                for cid in self._ids_of[std.id]:
                    status[cid] = "not_judged" if unjudged else "not_applicable"
                continue
            for cid in self._ids_of[std.id]:
                status[cid] = decided[cid] if cid not in gaps else \
                    "not_applicable" if judge.scope(cid)[0] is False else "not_judged"
        if self.verify:
            _verify(judge, status, list(decided), fired)
        return Evaluation(chosen=chosen, status=status, judge=judge, shared_uses=uses)

    def assess(self, inspection: Inspection) -> Assessment:
        """Assess one validated inspection: evaluate, then explain."""
        return self.explain(inspection, self.evaluate(inspection))

    def verdicts(self, inspection: Inspection) -> Verdicts:
        """The decision without its explanation (statuses, what is still missing): for a checklist being filled."""
        evaluation = self.evaluate(inspection)
        self._edition_scopes(evaluation, inspection)
        judge, status = evaluation.judge, evaluation.status
        items = [build(Verdict, criterion=cid, status=s, missing=judge.missing(cid) if s == "undetermined" else [])
                 for cid, s in status.items()]
        summary = _summary(status)
        major = any(s == "hazard" and self._bases[cid]["role"] == "criterion" for cid, s in status.items())
        return build(Verdicts, inspection=inspection.info, major_hazard_found=major,
                     complete=_complete(summary, evaluation.uses), summary=summary,
                     standards=evaluation.uses, verdicts=items, deprecations=inspection.deprecations,
                     rulebook=self.book.content_hash)

    def _edition_scopes(self, evaluation: Evaluation, inspection: Inspection) -> dict[str, Outcome]:
        """Each applied edition's own scope and whether its conclusion is complete, then the known unencoded standards.

        The scope is recorded on the edition's StandardUse; known standards not encoded that this inspection falls
        under are added to the uses.
        """
        facts = evaluation.judge.facts  # with the province, when a `provinces` layer reads it
        scopes = {std.id: _applies(std, facts) for std, reason in evaluation.chosen if reason is None}
        for use in evaluation.uses:
            if use.edition in scopes:
                use.applies = scopes[use.edition].value
                use.complete = None if use.applies is False else not use.partial and not any(
                    evaluation.status[cid] in ("undetermined", "not_judged") for cid in self._ids_of[use.edition])
            elif use.status == "not_encoded" and use.edition in self.book.standards:  # in force, not encoded
                use.applies = _applies(self.book.standards[use.edition], facts).value
                use.complete = None if use.applies is False else False
        info = inspection.info
        industries = info.enterprise.industries if info.enterprise else None
        for known in known_matches(self.book, inspection.facts, info.date, industries):
            evaluation.uses.append(build(
                StandardUse, family=known.family, edition=known.id, title=known.title,
                document_number=known.document_number, effective_from=known.effective_from,
                effective_until=known.effective_until, status="not_encoded", reason=known_reason(known),
                applies=True, complete=False))
        return scopes

    def explain(self, inspection: Inspection, evaluation: Evaluation) -> Assessment:
        """The assessment of decided verdicts: citations, evidence, missing facts, notices, follow-up actions."""
        uses, chosen, judge = evaluation.uses, evaluation.chosen, evaluation.judge
        findings = [judge.finding(entry, reason, evaluation.status[entry.id])
                    for std, reason in chosen for entry in self._entries_of[std.id]]
        active = [std for std, reason in chosen if reason is None]
        scopes = self._edition_scopes(evaluation, inspection)
        notices = [NoticeOut(standard=std.id, article=n.article, text=n.text, routes_to=n.routes_to,
                             routing=self._routing(n.routes_to, uses, scopes) if n.routes_to else None)
                   for std in active if scopes[std.id].value is True
                   for n in std.notices if evaluate(n.when, inspection.facts).value is True]
        summary = _summary(evaluation.status)
        hazards = [f for f in findings if f.status == "hazard" and f.role == "criterion"]
        return build(Assessment,   # every part is built from validated data: no re-validation
            inspection=inspection.info, context=inspection.context, major_hazard_found=bool(hazards),
            complete=_complete(summary, uses), summary=summary, standards=uses,
            notices=notices, findings=findings, actions=self.planner.plan(inspection, hazards),
            deprecations=inspection.deprecations, rulebook=self.book.content_hash)

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


def _verify(judge: _Judge, status: dict[str, Status], decided: list[str], fired: set[str]) -> None:
    """Each decided status must equal the two-valued pass's, and durable-rules must have fired exactly the hazards."""
    for cid in decided:
        expected = judge.status(cid)
        if expected != status[cid]:
            raise _disagreement(cid, f"durable-rules 一侧得出 {status[cid]}，三值逻辑得出 {expected}")
    extra = fired - {cid for cid in decided if status[cid] == "hazard"}
    if extra:
        raise _disagreement(sorted(extra)[0], f"durable-rules 多触发 {sorted(extra)}")


def _disagreement(criterion_id: str, detail: str) -> EvaluationError:
    return EvaluationError(f"durable-rules 与三值逻辑结论不一致，结果不可用：{criterion_id}：{detail}；"
                           "规则或规则动作可能出错")


def _summary(status: dict[str, Status]) -> Summary:
    """How many criteria have each status."""
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for value in status.values():
        counts[value] += 1
    return build(Summary, **counts)


def _applies(std: StandardDef, facts: dict[str, Any]) -> Outcome:
    """The edition's own scope layers (its provinces, its applies_when)."""
    outcome = Outcome(True)
    for layer in (std.province_layer, std.applies_when):
        if layer is not None:
            outcome = _and(outcome, evaluate(layer, facts))
    return outcome


def _complete(summary: Summary, uses: list[StandardUse]) -> bool:
    """Complete only when nothing waits for an answer and nothing that applies is left unjudged.

    A partly encoded or unencoded standard that applies makes it incomplete whatever the facts: it cannot clear an
    inspection.
    """
    if summary.undetermined or summary.not_judged:
        return False
    return not any(use.applies is not False and ((use.status == "applied" and use.partial) or use.complete is False)
                   for use in uses if use.status in ("applied", "not_encoded"))


class _Judge:
    """Both passes for one inspection, memoised per criterion (counting references reuse them).

    The fast pass decides statuses with plain booleans (`decide`); the three-valued pass with evidence and missing
    facts (`evaluate`) runs only to explain a hazard or an undetermined criterion.
    """

    def __init__(self, book: Rulebook, facts: dict[str, Any], bases: dict[str, dict[str, Any]],
                 programs: dict[str, _Program]):
        self.book, self.facts, self.bases, self.programs = book, facts, bases, programs
        self._truths: dict[str, bool | None] = {}
        self._layers: dict[int, bool | None] = {}  # scope layers are shared by an article's / edition's criteria
        self._scope_truths: dict[str, tuple[bool | None, str | None]] = {}
        self._values: dict[str, Outcome] = {}
        self._conditions: dict[str, Outcome] = {}
        self._scopes: dict[str, Outcome] = {}

    # fast pass: Kleene values as bool / None, no evidence
    def truth(self, criterion_id: str) -> bool | None:
        """Applicability AND condition of a referenced criterion (None when undecided)."""
        if criterion_id not in self._truths:
            self._truths[criterion_id] = _kleene_and(self.scope(criterion_id)[0], self._condition_truth(criterion_id))
        return self._truths[criterion_id]

    def edition_scope(self, std: StandardDef) -> bool | None:
        """An edition's own scope layers (provinces, applies_when), memoised like the criteria's layers."""
        result: bool | None = True
        for layer in (std.province_layer, std.applies_when):
            if layer is None:
                continue
            key = id(layer)
            if key not in self._layers:
                self._layers[key] = decider(layer)(self.facts, self.truth)
            result = _kleene_and(result, self._layers[key])
        return result

    def scope(self, criterion_id: str) -> tuple[bool | None, str | None]:
        """Scope layers of one criterion: false with the first false layer's reason, else true or unknown."""
        if criterion_id not in self._scope_truths:
            result: tuple[bool | None, str | None] = (True, None)
            for key, layer, reason in self.programs[criterion_id].layers:
                if key in self._layers:
                    truth = self._layers[key]
                else:
                    truth = self._layers[key] = layer(self.facts, self.truth)
                if truth is False:
                    result = (False, reason)
                    break
                if truth is None:
                    result = (None, None)
            self._scope_truths[criterion_id] = result
        return self._scope_truths[criterion_id]

    def _condition_truth(self, criterion_id: str) -> bool | None:
        return self.programs[criterion_id].condition(self.facts, self.truth)

    def decided(self, criterion_id: str, fired: bool, answered: bool) -> Status:
        """The status given whether its durable rule fired and whether every fact it reads was answered."""
        scope = self.scope(criterion_id)[0]
        if fired and scope is not True:
            what = "不适用" if scope is False else "适用范围未定"
            raise _disagreement(criterion_id, f"durable-rules 触发了{what}的判定项")
        if scope is False:
            return "not_applicable"
        if fired:
            return "hazard"
        if answered:  # every fact known: the rule's conditions are two-valued, and it did not fire
            return "clear"
        status = self.status(criterion_id)
        if status == "hazard":
            raise _disagreement(criterion_id, "三值逻辑为真而 durable-rules 未触发")
        return status

    def status(self, criterion_id: str) -> Status:
        """The status the two-valued pass alone gives."""
        scope = self.scope(criterion_id)[0]
        if scope is False:
            return "not_applicable"
        value = _kleene_and(scope, self._condition_truth(criterion_id))
        return "undetermined" if value is None else "hazard" if value else "clear"

    # three-valued pass with evidence and missing facts, for explanation
    def value(self, criterion_id: str) -> Outcome:
        if criterion_id not in self._values:
            self._values[criterion_id] = _and(self.applicability(criterion_id), self.condition(criterion_id))
        return self._values[criterion_id]

    def condition(self, criterion_id: str) -> Outcome:
        if criterion_id not in self._conditions:
            crit = self.book.criteria[criterion_id]
            self._conditions[criterion_id] = evaluate(crit.definition.when, self.facts, self.value)
        return self._conditions[criterion_id]

    def applicability(self, criterion_id: str) -> Outcome:
        """Scope layers of one criterion: false at the first false layer, else what is missing."""
        if criterion_id not in self._scopes:
            missing: list[str] = []
            result: Outcome | None = None
            for cond, _ in self.book.criteria[criterion_id].applicability():
                outcome = evaluate(cond, self.facts, self.value)
                if outcome.value is False:
                    result = Outcome(False)
                    break
                missing += [m for m in outcome.missing if m not in missing]
            self._scopes[criterion_id] = result or Outcome(None if missing else True, missing=missing)
        return self._scopes[criterion_id]

    def finding(self, crit: Criterion | Gap, edition_reason: str | None, status: Status) -> Finding:
        base = self.bases[crit.id]
        if edition_reason is not None:
            return build(Finding, **base, status=status, reason=edition_reason)
        if status == "not_applicable":
            return build(Finding, **base, status=status, reason=self.scope(crit.id)[1])
        if status == "not_judged":
            return build(Finding, **base, status=status, reason=GAP_REASON)
        if status == "clear":
            return build(Finding, **base, status=status, evidence=self.recorded_none_found(crit.id))
        if status == "hazard":
            evidence = [build(Evidence, code=c, question=self.book.facts[c].question, value=self.facts[c],
                              value_label=value_label(self.facts[c], self.book.facts[c].unit))
                        for c in self.condition(crit.id).evidence]
            return build(Finding, **base, status=status, evidence=evidence)
        return build(Finding, **base, status=status, missing=self.missing(crit.id))

    def recorded_none_found(self, criterion_id: str) -> list[Evidence]:
        """The explicit "checked, none found" answers behind a clear criterion (one by one, or by a group answer)."""
        return [build(Evidence, code=code, question=self.book.facts[code].question, value=self.facts[code],
                      value_label=value_label(self.facts[code], self.book.facts[code].unit),
                      via=group if group in self.facts else None)
                for code, group in self.programs[criterion_id].answers if code in self.facts]

    def missing(self, criterion_id: str) -> list[str]:
        """The facts an undetermined criterion waits for (its scope's first: one answer can rule out the group)."""
        applicability = self.applicability(criterion_id)
        if applicability.value is None:
            return list(applicability.missing)
        return _and(applicability, self.condition(criterion_id)).missing


@dataclass(frozen=True)
class _Group:
    """An edition's criteria that share their scope layers (an article's, mostly): in or out of scope together."""

    first: str
    members: tuple[tuple[str, frozenset[str]], ...]  # (criterion id, the facts it reads)


@dataclass(frozen=True)
class _Plan:
    """One edition's criteria grouped by scope, and its rulesets with the groups each holds."""

    groups: tuple[_Group, ...]
    rulesets: tuple[tuple[CompiledRuleset, tuple[int, ...]], ...]


def _plan(criteria: list[Criterion], reads: dict[str, frozenset[str]], rulesets: list[CompiledRuleset]) -> _Plan:
    by_layers: dict[tuple[int, ...], list[str]] = {}
    for crit in criteria:
        by_layers.setdefault(tuple(id(cond) for cond, _ in crit.applicability()), []).append(crit.id)
    groups = tuple(_Group(ids[0], tuple((cid, reads[cid]) for cid in ids)) for ids in by_layers.values())
    index = {cid: number for number, group in enumerate(groups) for cid, _ in group.members}
    return _Plan(groups, tuple((r, tuple(sorted({index[cid] for cid in r.criteria}))) for r in rulesets))


@dataclass(frozen=True)
class _Program:
    """One criterion compiled for the fast pass: its scope layers (memo key, decider, reason) and its condition."""

    layers: tuple[tuple[int, Decider, str], ...]
    condition: Decider
    answers: tuple[tuple[str, str], ...] = ()  # "checked, none found" facts its condition reads, with their group


def _program(crit: Criterion | Gap, groups: dict[str, str]) -> _Program:
    # a not-obtained item is never judged: only its scope is ever asked
    condition = _never_decided if isinstance(crit, Gap) else decider(crit.definition.when)
    answers = () if isinstance(crit, Gap) else tuple(
        (code, groups[code]) for code in facts_used(crit.definition.when) if code in groups)
    return _Program(layers=tuple((id(cond), decider(cond), reason) for cond, reason in crit.applicability()),
                    condition=condition, answers=answers)


def _never_decided(facts: Any, refs: Any) -> bool | None:
    return None


def _kleene_and(left: bool | None, right: bool | None) -> bool | None:
    if left is False or right is False:
        return False
    return True if left and right else None


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
