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
from engine.coverage import coverage_fields, gap_base, known_matches, known_reason
from engine.errors import ProblemsError
from engine.fastmodel import build, clone
from engine.findings import FindingMaker
from engine.inspection import Inspection
from engine.judge import Judge, disagreement, finding_base, make_plan, make_program, outcome_and
from engine.logic import Outcome, decide, evaluate
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
from engine.rulebook import Rulebook, facts_read, facts_used, require_rulebook
from engine.runtime import Runtime

__all__ = ["STATUS_LABELS", "Assessment", "Engine", "Evaluation", "Evidence", "Finding", "NoticeOut", "StandardUse",
           "Status", "Summary", "Verdict", "Verdicts", "edition_in_force"]


@dataclass
class Evaluation:
    """What `Engine.evaluate` decided, before any explanation: a status per criterion of the chosen editions."""

    chosen: list[tuple[StandardDef, str | None]]
    status: dict[str, Status]  # criterion id -> status (durable-rules fired exactly the hazards)
    judge: Judge  # the memoised passes, reused to explain
    shared_uses: tuple[StandardUse, ...]  # the engine's memoised models for this date and scope: never changed

    @cached_property
    def uses(self) -> list[StandardUse]:
        """Which edition of each family was applied (this evaluation's own list of the shared, frozen uses)."""
        return list(self.shared_uses)


_Choice = tuple[tuple[StandardUse, ...], list[tuple[StandardDef, str | None]], dict[str, StandardDef]]


def edition_in_force(editions: list[StandardDef], date: dt.date) -> StandardDef | None:
    """The edition whose [effective_from, effective_until] contains the date (editions never overlap)."""
    for std in editions:
        if std.starts <= date and (std.effective_until is None or date <= std.effective_until):
            return std
    return None


def _not_encoded_reason(edition: StandardDef, date: dt.date) -> str:
    """Why the criteria are not judged on this date: the edition in force then is not encoded."""
    named = f"《{edition.title}》（{edition.document_number}）"
    if edition.effective_from is None:  # its first day is not known: it may have been in force on that date
        until = f"，至 {edition.effective_until} 有效" if edition.effective_until else ""
        in_force = f"检查日期 {date} 可能适用{named}（施行日期不详{until}），该版本尚未编码"
    else:
        in_force = f"检查日期 {date} 适用{named}，现行有效但尚未编码"
    return f"{in_force}，未判定：{edition.not_encoded_reason or '条文未取得'}"


class Engine:
    """Compile once, evaluate many."""

    def __init__(self, book: Rulebook, verify: bool = False):
        self.book = book
        self.verify = verify  # also decide every criterion in Python and require durable-rules to agree
        self.rulesets: list[CompiledRuleset] = compile_rulebook(book)
        self.action_rulesets = compile_actions(book)
        self.runtime = Runtime(self.rulesets + self.action_rulesets)
        self.planner = ActionPlanner(book, self.runtime, self.action_rulesets, verify)
        self._bases = {cid: finding_base(crit) for cid, crit in book.criteria.items()}
        self._bases.update({gid: gap_base(gap) for gid, gap in book.gaps.items()})
        self.maker = FindingMaker(book, self._bases)
        groups = group_of(book)
        self._programs = {cid: make_program(crit, groups) for cid, crit in book.criteria.items()}
        self._programs.update({gid: make_program(gap, groups) for gid, gap in book.gaps.items()})
        self._reads = {cid: frozenset(facts_read(book, crit)) for cid, crit in book.criteria.items()}
        self._criteria_of = {std: book.criteria_of(std) for std in book.standards}
        self._entries_of = {std: book.entries_of(std) for std in book.standards}  # criteria and not-obtained items
        self._ids_of = {std: [e.id for e in entries] for std, entries in self._entries_of.items()}
        self._gap_ids = frozenset(book.gaps)
        self._with_gaps = frozenset(gap.standard.id for gap in book.gaps.values())
        self._coverage = {std.id: coverage_fields(book, std) for std in book.standards.values()}
        self._unlisted = {std: book.coverage(std).unlisted for std in book.standards}  # never complete on its own
        # a `provinces` declaration reads inspection.province as the fact context.province: given only when one exists
        self._provincial = any(PROVINCE_FACT in facts_used(cond) for entries in self._entries_of.values()
                               for entry in entries for cond, _ in entry.applicability())
        self._families = [(family, book.editions_of(family)) for family in book.families()]
        self._plans = {std: make_plan(self._criteria_of[std], self._reads, self._rulesets_by_edition.get(std, []))
                       for std in book.standards}
        self._chosen: dict[tuple[dt.date, tuple[str, ...] | None], _Choice] = {}
        self._known_uses = {known.id: build(
            StandardUse, family=known.family, edition=known.id, title=known.title,
            document_number=known.document_number, effective_from=known.effective_from,
            effective_until=known.effective_until, status="not_encoded", reason=known_reason(known),
            applies=True, complete=False) for known in book.known.values()}  # said when an inspection falls under
        self._decided_uses: dict[tuple[int, bool | None, bool | None], tuple[StandardUse, StandardUse]] = {}

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
                reason = _not_encoded_reason(current, date)
                uses.append(self._use(current, "not_encoded", reason))
            else:
                reason = f"检查日期 {date} 没有现行有效的《{editions[0].title}》版本"
                uses.append(build(StandardUse, family=family, edition=None, title=editions[0].title,
                                  document_number=None, effective_from=None, effective_until=None,
                                  status="no_edition_in_force", reason=reason))
            if encoded:
                nearest = max((e for e in encoded if e.starts <= date), default=encoded[0], key=lambda e: e.starts)
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
        judge = Judge(self.book, facts, self._bases, self._programs)
        # each group's scope once. A ruleset runs only when one of its groups is in scope: then the scope layers its
        # rules leave out (shared by all its criteria) hold; otherwise none of its rules could fire
        plans = [(self._plans[std.id], judge.group_scopes(self._plans[std.id])) for std, reason in chosen
                 if reason is None]
        fired = self.runtime.fired(facts, [ruleset for plan, scopes in plans for ruleset, held in plan.rulesets
                                           if any(scopes[index] is True for index in held)])
        answered, truth = facts.keys(), judge.truth
        decided: dict[str, Status] = {}
        for plan, scopes in plans:
            for group, scope in zip(plan.groups, scopes, strict=True):
                if scope is not True:
                    for cid, reads, _ in group.members:
                        decided[cid] = judge.decided(cid, cid in fired, answered >= reads)
                    continue
                # the usual case, inlined: fired; or every fact answered and not fired; or the two-valued pass
                for cid, reads, condition in group.members:
                    if cid in fired:
                        decided[cid] = "hazard"
                    elif answered >= reads:
                        decided[cid] = "clear"
                    else:
                        value = condition(facts, truth)
                        if value:
                            raise disagreement(cid, "三值逻辑为真而 durable-rules 未触发")
                        decided[cid] = "undetermined" if value is None else "clear"
        status: dict[str, Status] = {}
        gaps = self._gap_ids
        for std, reason in chosen:  # in file order
            if reason:
                instead = in_force_instead.get(std.id)
                unjudged = instead is not None and judge.edition_scope(instead) is not False
                for cid in self._ids_of[std.id]:
                    status[cid] = "not_judged" if unjudged else "not_applicable"
                continue
            if std.id not in self._with_gaps:
                status.update({cid: decided[cid] for cid in self._ids_of[std.id]})
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
        verdict = self.maker.verdict
        items = [verdict(cid, s, judge.missing(cid) if s == "undetermined" else []) for cid, s in status.items()]
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
        facts, status = evaluation.judge.facts, evaluation.status  # facts with the province, when a layer reads it
        scopes = {std.id: _applies(std, facts) for std, reason in evaluation.chosen if reason is None}
        uses = []
        for use in evaluation.shared_uses:  # with this evaluation's scope and completeness
            if use.edition in scopes:
                applies = scopes[use.edition].value
                complete = None if applies is False else not self._unlisted[use.edition] and not any(
                    status[cid] in ("undetermined", "not_judged") for cid in self._ids_of[use.edition])
                uses.append(self._decided_use(use, applies, complete))
            elif use.status == "not_encoded" and use.edition in self.book.standards:  # in force, not encoded
                applies = _applies(self.book.standards[use.edition], facts).value
                uses.append(self._decided_use(use, applies, None if applies is False else False))
            else:
                uses.append(use)
        info = inspection.info
        industries = info.enterprise.industries if info.enterprise else None
        uses += [self._known_uses[known.id]
                 for known in known_matches(self.book, inspection.facts, info.date, industries)]
        evaluation.uses = uses
        return scopes

    def _decided_use(self, use: StandardUse, applies: bool | None, complete: bool | None) -> StandardUse:
        """An edition's use with its scope and completeness on an inspection (one shared instance per outcome)."""
        key = (id(use), applies, complete)
        decided = self._decided_uses.get(key)
        if decided is None or decided[0] is not use:  # the memo of editions may have been rebuilt since
            if len(self._decided_uses) >= 4096:
                self._decided_uses.clear()
            decided = self._decided_uses[key] = (use, clone(use, applies=applies, complete=complete))
        return decided[1]

    def explain(self, inspection: Inspection, evaluation: Evaluation) -> Assessment:
        """The assessment of decided verdicts: citations, evidence, missing facts, notices, follow-up actions."""
        scopes = self._edition_scopes(evaluation, inspection)
        uses, chosen, judge = evaluation.uses, evaluation.chosen, evaluation.judge
        status, finding, maker = evaluation.status, judge.finding, self.maker
        findings = [finding(maker, cid, reason, status[cid]) for std, reason in chosen for cid in self._ids_of[std.id]]
        active = [std for std, reason in chosen if reason is None]
        notices = [build(NoticeOut, standard=std.id, article=n.article, text=n.text, routes_to=n.routes_to,
                         routing=self._routing(n.routes_to, uses, scopes) if n.routes_to else None)
                   for std in active if scopes[std.id].value is True
                   for n in std.notices if decide(n.when, inspection.facts) is True]
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


def _verify(judge: Judge, status: dict[str, Status], decided: list[str], fired: set[str]) -> None:
    """Each decided status must equal the two-valued pass's, and durable-rules must have fired exactly the hazards."""
    for cid in decided:
        expected = judge.status(cid)
        if expected != status[cid]:
            raise disagreement(cid, f"durable-rules 一侧得出 {status[cid]}，三值逻辑得出 {expected}")
    extra = fired - {cid for cid in decided if status[cid] == "hazard"}
    if extra:
        raise disagreement(sorted(extra)[0], f"durable-rules 多触发 {sorted(extra)}")


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
            outcome = outcome_and(outcome, evaluate(layer, facts))
    return outcome


def _complete(summary: Summary, uses: list[StandardUse]) -> bool:
    """Complete only when nothing waits for an answer and nothing that applies is left unjudged.

    An unencoded standard that applies makes it incomplete whatever the facts, and so does a partly encoded one with
    items that are not even listed; a partly encoded one whose not-obtained items are all listed does so where one
    of them may apply (it is then "not judged", counted in the summary).
    """
    if summary.undetermined or summary.not_judged:
        return False
    return not any(use.applies is not False and use.complete is False
                   for use in uses if use.status in ("applied", "not_encoded"))
