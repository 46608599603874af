"""What an assessment says: a status per criterion with citation and evidence, the editions used, the summary."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from engine.actions import ActionOut
from engine.answers import Deprecation
from engine.coverage import NOT_JUDGED_LABEL
from engine.inspection import InspectionInfo

Status = Literal["hazard", "clear", "undetermined", "not_applicable", "not_judged"]
STATUS_LABELS = {"hazard": "重大事故隐患", "clear": "未发现", "undetermined": "待补充", "not_applicable": "不适用",
                 "not_judged": NOT_JUDGED_LABEL}  # not_judged: in force, but its text is not encoded


class Evidence(BaseModel):
    """A fact that makes a criterion hold (or, on a clear one, an explicit "checked, none found" answer).

    Frozen: the same answer to the same question is one instance, shared by every assessment that cites it.
    """

    model_config = ConfigDict(frozen=True)

    code: str
    question: str
    value: Any
    value_label: str  # what a person reads: 是/否, 10 人, 有效/失效/未设置
    via: str | None = None  # the group answer this answer was recorded from


class Finding(BaseModel):
    """The result for one criterion.

    Frozen: a finding that says the same for every inspection (not applicable for the same reason, not judged, clear
    with nothing recorded) is one instance, shared by the assessments that contain it.
    """

    model_config = ConfigDict(frozen=True)

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
    article_unconfirmed: bool = False  # the 条 number and lead-in are inferred (the rule file's article confidence)
    note: str | None = None
    readings: list[str] = []  # readings of the text the deciding answers rest on (a hazard's only)
    role: str = "criterion"
    manual: bool = False
    evidence: list[Evidence] = []
    missing: list[str] = []
    reason: str | None = None


class StandardUse(BaseModel):
    """Which edition of a family was applied on the inspection date, or why none was.

    Frozen: the engine shares one instance per edition, status and outcome between assessments.
    """

    model_config = ConfigDict(frozen=True)

    family: str
    edition: str | None
    title: str
    document_number: str | None
    effective_from: dt.date | None
    effective_until: dt.date | None
    status: Literal["applied", "no_edition_in_force", "not_encoded", "not_in_scope"]
    reason: str | None = None
    applies: bool | None = None  # the edition's own scope (applies_when) on this profile; null = not yet known
    partial: bool = False  # some items are not encoded: this standard never reads as "no hazard"
    items_encoded: int | None = None  # N of M
    items_total: int | None = None
    not_judged: list[str] = []  # the items not judged (条 and 项 where known)
    coverage: str | None = None  # the sentence saying so
    provinces: list[str] | None = None  # a provincial edition: the provinces it applies in
    complete: bool | None = None  # this standard's own conclusion is complete (null: it does not apply)


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
    not_judged: int = 0  # in force but not encoded (GB 35181-2025), or an item whose text is not obtained


class Verdict(BaseModel):
    """One criterion's status without its explanation; `missing` lists the facts an undetermined one waits for."""

    model_config = ConfigDict(frozen=True)  # shared between decisions (engine/findings.py)
    criterion: str
    status: Status
    missing: list[str] = []


class Verdicts(BaseModel):
    """The decision for one inspection, unexplained (`Engine.verdicts`): what a checklist shows while being filled."""

    inspection: InspectionInfo
    major_hazard_found: bool
    complete: bool
    summary: Summary
    standards: list[StandardUse]
    verdicts: list[Verdict]
    deprecations: list[Deprecation] = []
    rulebook: str


class NotApplicableGroup(BaseModel):
    """Criteria of one standard found not applicable for one reason: one line of a summary (engine/detail.py)."""

    model_config = ConfigDict(frozen=True)

    standard: str
    reason: str | None
    criteria: list[str]


class Assessment(BaseModel):
    """The whole result for one inspection (in full, or summarised: engine/detail.py)."""

    inspection: InspectionInfo
    context: dict[str, Any] = {}
    major_hazard_found: bool
    complete: bool
    summary: Summary
    standards: list[StandardUse]
    notices: list[NoticeOut]
    findings: list[Finding]
    actions: list[ActionOut] = []
    deprecations: list[Deprecation] = []  # old fact codes the inspection used: accepted this release only
    rulebook: str
    detail: Literal["full", "summary"] = "full"
    not_applicable: list[NotApplicableGroup] = []  # summary only: the not-applicable criteria, not in `findings`
