"""Findings from parts built once per rulebook: per call only a criterion's status, evidence and missing facts."""

from __future__ import annotations

from typing import Any

from engine.fastmodel import instance
from engine.labels import value_label
from engine.models import ReadingDef
from engine.results import Evidence, Finding, Status, Verdict
from engine.rulebook import Rulebook

_EVIDENCE_MEMO_LIMIT = 8192  # distinct (fact, answer) pairs: numbers are many-valued, keep the memo bounded
_FINDING_MEMO_LIMIT = 4096  # distinct findings kept (about 1.5 kB each: at most ~6 MiB)
_VERDICT_MEMO_LIMIT = 8192  # distinct (criterion, status, missing facts); a verdict is ~0.3 kB
_VERDICT_GIVEN = frozenset(["criterion", "status", "missing"])


class FindingMaker:
    """Makes findings and evidence without validation: every part comes from linted rules and validated facts.

    Per criterion the whole finding except its per-inspection fields is laid out once, in Finding's field order (as
    validation would give). Evidence is the same for the same fact and answer: one frozen instance is shared; so is
    a finding for the same criterion, status and evidence, missing facts or reason.
    """

    def __init__(self, book: Rulebook, bases: dict[str, dict[str, Any]]):
        self.book = book
        defaults = {name: field.get_default(call_default_factory=True) if not field.is_required() else None
                    for name, field in Finding.model_fields.items()}
        self._layouts = {cid: {**defaults, **base} for cid, base in bases.items()}
        self._given = {extra: frozenset([*next(iter(bases.values()), {}), "status", extra])
                       for extra in ("evidence", "missing", "reason")}
        self._evidence: dict[tuple[str, type, Any, str | None], Evidence] = {}
        self._shared: dict[tuple[Any, ...], Finding] = {}
        self._verdicts: dict[tuple[str, ...], Verdict] = {}
        self._readings = {cid: crit.definition.readings for cid, crit in book.criteria.items()
                          if crit.definition.readings}

    def finding(self, criterion_id: str, status: Status, extra: str, value: Any) -> Finding:
        """The finding of one criterion with its status and one of evidence, missing or reason (`extra`) set.

        The same criterion, status and evidence (the very instances: each answer has one), missing facts or reason
        give the same finding: it is made once and shared (Finding is frozen).
        """
        if extra == "reason":
            key: tuple[Any, ...] = (criterion_id, status, value)
        elif extra == "evidence":
            key = (criterion_id, status, *map(id, value))  # the evidence memo keeps these alive: ids stay theirs
        else:
            key = (criterion_id, status, None, *value)
        shared = self._shared.get(key)
        if shared is None:
            if len(self._shared) >= _FINDING_MEMO_LIMIT:
                self._shared.clear()
            shared = self._shared[key] = self._make(criterion_id, status, extra, value)
        return shared

    def _make(self, criterion_id: str, status: Status, extra: str, value: Any) -> Finding:
        data = self._layouts[criterion_id].copy()
        data["status"], data["evidence"], data["missing"] = status, [], []
        data[extra] = value
        if status == "hazard" and extra == "evidence" and self._readings.get(criterion_id):
            data["readings"] = _readings_used(self._readings[criterion_id], value)
        return instance(Finding, data, self._given[extra])

    def verdict(self, criterion_id: str, status: Status, missing: list[str]) -> Verdict:
        """One criterion's status, unexplained: made once per status and missing facts, then shared (frozen)."""
        key = (criterion_id, status, *missing)
        shared = self._verdicts.get(key)
        if shared is None:
            if len(self._verdicts) >= _VERDICT_MEMO_LIMIT:
                self._verdicts.clear()
            shared = self._verdicts[key] = instance(
                Verdict, {"criterion": criterion_id, "status": status, "missing": list(missing)}, _VERDICT_GIVEN)
        return shared

    def evidence(self, code: str, value: Any, via: str | None = None) -> Evidence:
        """One answer as evidence (shared between assessments: Evidence is frozen)."""
        key = (code, type(value), tuple(value) if isinstance(value, list) else value, via)
        found = self._evidence.get(key)
        if found is None:
            if len(self._evidence) >= _EVIDENCE_MEMO_LIMIT:
                self._evidence.clear()
                self._shared.clear()  # its keys name evidence by id: never let a freed one's id be reused there
            fact = self.book.facts[code]
            found = self._evidence[key] = Evidence.model_construct(
                code=code, question=fact.question, value=list(value) if isinstance(value, list) else value,
                value_label=value_label(value, fact.unit), via=via)
        return found


def _readings_used(readings: list[ReadingDef], evidence: list[Evidence]) -> list[str]:
    """The readings whose fact decided with their answers (any answer when a reading lists none)."""
    return [r.says for r in readings if any(e.code == r.fact and _answered_with(e.value, r.values) for e in evidence)]


def _answered_with(value: Any, values: list[str | bool] | None) -> bool:
    """True when the answer rests on the reading: one of its values, or (a list) only its values."""
    if values is None:
        return True
    return all(item in values for item in value) if isinstance(value, list) else value in values
