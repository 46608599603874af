"""Impact of a rule change: re-decide stored inspections under another rulebook and report what would change.

Nothing is written: the stored inspections are read in one read-only transaction, re-validated and re-decided
(`Engine.verdicts`: the decision without its explanation) and compared with the hazards their stored assessment found.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from engine.assess import Engine
from engine.errors import EvaluationError, ProblemsError
from engine.inspection import validate_inspection
from ledger.filters import region_filter
from ledger.store import audit
from ledger.store.db import Database


class ReplayQuery(BaseModel):
    """Which stored inspections to re-decide."""

    model_config = ConfigDict(extra="forbid")
    start: dt.date | None = None
    end: dt.date | None = None
    region: str | None = None
    standard: str | None = Field(default=None, description="标准族或版本（如 gongmao 或 gongmao-2023）")

    @field_validator("region")
    @classmethod
    def _region(cls, value: str | None) -> str | None:
        return region_filter(value)


class CriterionChange(BaseModel):
    """How one criterion's hazards would change."""

    criterion: str
    new_hazards: int
    no_longer_hazards: int


class EnterpriseChange(BaseModel):
    """How one enterprise's hazards would change."""

    uscc: str
    enterprise: str
    new_hazards: list[str]
    no_longer_hazards: list[str]


class ReplayReport(BaseModel):
    """The impact of the other rulebook on the stored inspections."""

    rulebook: str
    stored_rulebooks: list[str]
    inspections: int
    changed: int
    unchanged: int
    invalid: list[dict[str, Any]] = Field(description="在新规则下不再有效的检查（事实代码或取值变了）")
    new_hazards: int
    no_longer_hazards: int
    by_criterion: list[CriterionChange]
    by_enterprise: list[EnterpriseChange]


def _hazards(findings: list[dict[str, Any]], roles: Mapping[str, str]) -> set[str]:
    """The criteria (not elements) decided `hazard`."""
    return {f["criterion"] for f in findings
            if f["status"] == "hazard" and roles.get(f["criterion"], "criterion") == "criterion"}


def _matches(assessment: dict[str, Any], standard: str | None) -> bool:
    if standard is None:
        return True
    return any(use.get("edition") == standard or use.get("family") == standard
               for use in assessment.get("standards", []) if use.get("status") == "applied")


def replay(db: Database, engine: Engine, query: ReplayQuery, progress: Callable[[int, int], None] | None = None,
           ) -> ReplayReport:
    """Re-decide the matching stored inspections under `engine`'s rulebook; write nothing."""
    roles = {cid: crit.definition.role for cid, crit in engine.book.criteria.items()}
    criteria: Counter[tuple[str, str]] = Counter()
    enterprises: dict[str, EnterpriseChange] = {}
    invalid: list[dict[str, Any]] = []
    stored_rulebooks: set[str] = set()
    seen = changed = 0
    with db.read() as session:
        total, rows = audit.stored_inspections(session, query.region, query.start, query.end)
        for done, (inspection_id, uscc, name, _date, document, assessment) in enumerate(rows, start=1):
            if progress:
                progress(done, total)
            if not _matches(assessment, query.standard):
                continue
            seen += 1
            stored_rulebooks.add(assessment.get("rulebook", ""))
            try:
                verdicts = engine.verdicts(validate_inspection(document, engine.book, f"inspection {inspection_id}"))
            except (ProblemsError, EvaluationError) as error:
                reasons = [p.render() for p in error.problems] if isinstance(error, ProblemsError) else [str(error)]
                invalid.append({"inspection_id": inspection_id, "problems": reasons})
                continue
            before = _hazards(assessment["findings"], roles)
            after = _hazards([v.model_dump() for v in verdicts.verdicts], roles)
            if before == after:
                continue
            changed += 1
            entry = enterprises.setdefault(uscc, EnterpriseChange(uscc=uscc, enterprise=name, new_hazards=[],
                                                                  no_longer_hazards=[]))
            for criterion in sorted(after - before):
                criteria[(criterion, "new")] += 1
                entry.new_hazards = sorted({*entry.new_hazards, criterion})
            for criterion in sorted(before - after):
                criteria[(criterion, "gone")] += 1
                entry.no_longer_hazards = sorted({*entry.no_longer_hazards, criterion})
    by_criterion = [CriterionChange(criterion=c, new_hazards=criteria[(c, "new")], no_longer_hazards=criteria[(c, "gone")])
                    for c in sorted({c for c, _ in criteria})]
    return ReplayReport(rulebook=engine.book.content_hash, stored_rulebooks=sorted(stored_rulebooks), inspections=seen,
                        changed=changed, unchanged=seen - changed - len(invalid), invalid=invalid,
                        new_hazards=sum(c.new_hazards for c in by_criterion),
                        no_longer_hazards=sum(c.no_longer_hazards for c in by_criterion),
                        by_criterion=by_criterion, by_enterprise=sorted(enterprises.values(), key=lambda e: e.uscc))
