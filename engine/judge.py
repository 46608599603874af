"""The judge of one inspection: scope layers, both passes memoised per criterion, evidence and missing facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.compile import CompiledRuleset
from engine.coverage import GAP_REASON
from engine.errors import EvaluationError
from engine.fastpass import Walker
from engine.findings import FindingMaker
from engine.logic import Decider, Outcome, decider, evaluate, evidence_walker, missing_walker
from engine.models import StandardDef
from engine.results import (
    Finding,
    Status,
)
from engine.rulebook import Criterion, Gap, Rulebook, facts_used


class Judge:
    """Both passes for one inspection, memoised per criterion (counting references reuse them).

    The fast pass decides statuses with plain booleans (`decide`); the three-valued pass with evidence and missing
    facts (`evaluate`) runs only to explain a hazard or an undetermined criterion.
    """

    def __init__(self, book: Rulebook, facts: dict[str, Any], bases: dict[str, dict[str, Any]],
                 programs: dict[str, Program]):
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

    def group_scopes(self, plan: Plan) -> list[bool | None]:
        """The scope of each group of an edition's criteria (Kleene AND of its layers), every layer decided once."""
        layers, facts, truth = self._layers, self.facts, self.truth
        for key, layer in plan.layers:
            if key not in layers:
                layers[key] = layer(facts, truth)
        scopes: list[bool | None] = []
        for group in plan.groups:
            scope: bool | None = True
            for key in group.layer_keys:
                value = layers[key]
                if value is False:
                    scope = False
                    break
                if value is None:
                    scope = None
            scopes.append(scope)
        return scopes

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
            raise disagreement(criterion_id, f"durable-rules 触发了{what}的判定项")
        if scope is False:
            return "not_applicable"
        if fired:
            return "hazard"
        if answered:  # every fact known: the rule's conditions are two-valued, and it did not fire
            return "clear"
        status = self.status(criterion_id)
        if status == "hazard":
            raise disagreement(criterion_id, "三值逻辑为真而 durable-rules 未触发")
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
        """A criterion's three-valued outcome: in scope and its condition (memoised)."""
        if criterion_id not in self._values:
            self._values[criterion_id] = outcome_and(self.applicability(criterion_id), self.condition(criterion_id))
        return self._values[criterion_id]

    def condition(self, criterion_id: str) -> Outcome:
        """A criterion's condition, three-valued with evidence and missing facts (memoised)."""
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

    def finding(self, maker: FindingMaker, cid: str, edition_reason: str | None, status: Status) -> Finding:
        """The finding of one decided criterion (or not-obtained item), explained."""
        if edition_reason is not None:
            return maker.finding(cid, status, "reason", edition_reason)
        if status == "not_applicable":
            return maker.finding(cid, status, "reason", self.scope(cid)[1])
        if status == "not_judged":
            return maker.finding(cid, status, "reason", GAP_REASON)
        facts = self.facts
        if status == "clear":
            return maker.finding(cid, status, "evidence", [maker.evidence(code, facts[code], group if group in facts
                                                                          else None)
                                                           for code, group in self.programs[cid].answers
                                                           if code in facts])
        if status == "hazard":
            return maker.finding(cid, status, "evidence", [maker.evidence(code, facts[code])
                                                           for code in self.evidence(cid)])
        return maker.finding(cid, status, "missing", self.missing(cid))

    def evidence(self, criterion_id: str) -> list[str]:
        """The facts that make a hazard's condition hold (its deciding branches only)."""
        walk, found = self.programs[criterion_id].evidence, list[str]()
        if walk is not None:
            walk(self.facts, self.truth, self.value, found)
        return found

    def missing(self, criterion_id: str) -> list[str]:
        """The facts an undetermined criterion waits for (its scope's first: one answer can rule out the group).

        Only the unknown branches are walked (`logic.missing_of`): what the three-valued evaluator lists as missing.
        """
        program, found, facts = self.programs[criterion_id], list[str](), self.facts
        if program.missing is None:
            return found
        if self.scope(criterion_id)[0] is True:  # in scope and undetermined: its condition is unknown
            program.missing(facts, self.truth, self.value, found)
            return found
        for (key, layer, _), walk in zip(program.layers, program.scope_missing, strict=True):
            if (self._layers[key] if key in self._layers else layer(facts, self.truth)) is None:
                walk(facts, self.truth, self.value, found)
        if not found and program.condition(facts, self.truth) is None:
            program.missing(facts, self.truth, self.value, found)
        return found


@dataclass(frozen=True)
class Group:
    """An edition's criteria that share their scope layers (an article's, mostly): in or out of scope together."""

    first: str
    members: tuple[tuple[str, frozenset[str], Decider], ...]  # (criterion id, the facts it reads, its condition)
    layer_keys: tuple[int, ...] = ()  # its scope layers' memo keys, in order


@dataclass(frozen=True)
class Plan:
    """One edition's criteria grouped by scope, and its rulesets with the groups each holds."""

    groups: tuple[Group, ...]
    rulesets: tuple[tuple[CompiledRuleset, tuple[int, ...]], ...]
    layers: tuple[tuple[int, Decider], ...] = ()  # every scope layer of its groups once (memo key, decider)


def make_plan(criteria: list[Criterion], reads: dict[str, frozenset[str]], rulesets: list[CompiledRuleset]) -> Plan:
    """An edition's criteria grouped by their scope layers, with the groups each ruleset holds."""
    by_layers: dict[tuple[int, ...], list[Criterion]] = {}
    for crit in criteria:
        by_layers.setdefault(tuple(id(cond) for cond, _ in crit.applicability()), []).append(crit)
    groups = tuple(Group(crits[0].id, tuple((c.id, reads[c.id], decider(c.definition.when)) for c in crits), keys)
                   for keys, crits in by_layers.items())
    layers = {id(cond): decider(cond) for crit in criteria for cond, _ in crit.applicability()}
    index = {cid: number for number, group in enumerate(groups) for cid, _, _ in group.members}
    return Plan(groups, tuple((r, tuple(sorted({index[cid] for cid in r.criteria}))) for r in rulesets),
                 tuple(layers.items()))


@dataclass(frozen=True)
class Program:
    """One criterion compiled for the fast pass: its scope layers (memo key, decider, reason) and its condition."""

    layers: tuple[tuple[int, Decider, str], ...]
    condition: Decider
    answers: tuple[tuple[str, str], ...] = ()  # "checked, none found" facts its condition reads, with their group
    scope_missing: tuple[Walker, ...] = ()  # the layers' walkers of unknown branches, in the same order
    evidence: Walker | None = None  # the condition's walker of deciding branches (None for a not-obtained item)
    missing: Walker | None = None  # the condition's walker of unknown branches


def make_program(crit: Criterion | Gap, groups: dict[str, str]) -> Program:
    """A criterion (or a not-obtained item) compiled for the fast pass and its explanation walkers."""
    # a not-obtained item is never judged: only its scope is ever asked
    condition = _never_decided if isinstance(crit, Gap) else decider(crit.definition.when)
    answers = () if isinstance(crit, Gap) else tuple(
        (code, groups[code]) for code in facts_used(crit.definition.when) if code in groups)
    layers = crit.applicability()
    return Program(layers=tuple((id(cond), decider(cond), reason) for cond, reason in layers),
                    condition=condition, answers=answers, scope_missing=tuple(missing_walker(cond) for cond, _ in layers),
                    evidence=None if isinstance(crit, Gap) else evidence_walker(crit.definition.when),
                    missing=None if isinstance(crit, Gap) else missing_walker(crit.definition.when))


def _never_decided(facts: Any, refs: Any) -> bool | None:
    return None


def _kleene_and(left: bool | None, right: bool | None) -> bool | None:
    if left is False or right is False:
        return False
    return True if left and right else None


def outcome_and(left: Outcome, right: Outcome) -> Outcome:
    """Kleene AND of two outcomes, keeping the right one's evidence and both sides' missing facts."""
    if left.value is False or right.value is False:
        return Outcome(False)
    if left.value is True and right.value is True:
        return Outcome(True, evidence=right.evidence)
    missing = list(left.missing) + [m for m in right.missing if m not in left.missing]
    return Outcome(None, missing=missing)


def finding_base(crit: Criterion) -> dict[str, Any]:
    """What a criterion's finding says whatever the facts (citation, texts, confidence)."""
    d = crit.definition
    return {"criterion": d.id, "standard": crit.standard.id, "standard_title": crit.standard.title,
            "document_number": crit.standard.document_number, "article": crit.article.article, "item": d.item,
            "text": d.text, "hazard_term": crit.standard.hazard_term, "confidence": d.confidence.value,
            "unconfirmed": d.confidence.flagged,
            "article_unconfirmed": crit.article.confidence is not None and crit.article.confidence.flagged,
            "note": d.note,
            "role": d.role, "manual": d.manual}


def disagreement(criterion_id: str, detail: str) -> EvaluationError:
    """The error when durable-rules and the three-valued pass disagree: the result is unusable."""
    return EvaluationError(f"durable-rules 与三值逻辑结论不一致，结果不可用：{criterion_id}：{detail}；"
                           "规则或规则动作可能出错")
