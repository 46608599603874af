"""What the register answers: hazard rows and details, timelines, sightings, inspection records, pages, enterprises.

These are the models the API returns and the web pages and document exports read; they carry no SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from engine import detail as assessment_detail
from engine.assess import Assessment, Summary
from ledger.vocab import EventType, Role, State

T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(_Out, Generic[T]):
    """One page of a longer list."""

    items: list[T]
    total: int
    page: int
    per_page: int


class Citation(_Out):
    """The clause that made the entry a major hazard (判定依据), as the engine cited it."""

    standard: str
    standard_title: str
    document_number: str
    article: str
    item: str | None
    text: str
    confidence: str
    unconfirmed: bool
    article_unconfirmed: bool = Field(default=False, description="条号为推定（未经核实）；此字段之前登记的隐患缺省为 false")
    readings: list[str] = Field(default=[], description="首次发现时判定所依的解读（标准原文没有写明的理解）")


class Listing(_Out):
    """挂牌督办 of an entry: by whom, 文号, deadline; `automatic` when the P1 policy action listed it at registration."""

    organ: str | None
    region_code: str | None
    document_number: str | None
    deadline: dt.date | None
    listed_on: dt.date
    automatic: bool
    taken_over_from: str | None = None  # 提级督办: the organ whose listing a higher one took over
    delisted_on: dt.date | None = None  # 摘牌


class HazardRow(_Out):
    """One hazard entry in a list: enough for the 隐患清单 and its filters."""

    id: int
    uscc: str
    enterprise: str
    region_code: str
    criterion: str
    standard: str
    industry: str
    article: str
    item: str | None
    text: str
    evidence: list[dict[str, Any]] = Field(description="判定证据：决定该隐患的回答（事实代码、值、文字）")
    channel: str | None
    level: str | None
    organ: str | None
    found_on: dt.date
    state: State
    state_label: str
    listed: bool
    suspended: bool
    deadline: dt.date | None
    overdue: bool = Field(description="截至查询日期（缺省今天）已超过整改期限且未销号")
    closed_on: dt.date | None
    sightings: int
    version: int


class ExportRow(HazardRow):
    """One entry as the 隐患清单 export shows it: the list row plus 判定依据, evidence, plan and listing."""

    citation: Citation
    plan: dict[str, Any] | None
    listing: Listing | None
    region: str | None = Field(description="所在地区名称（企业登记的）")
    document_number: str | None = Field(description="首次发现该隐患的检查文书编号")
    rulebook: str


class EventOut(_Out):
    """One entry of the timeline: what, when it took place, when recorded, by whom and why."""

    seq: int
    type: EventType
    label: str
    kind: Literal["record", "statute", "policy"]
    on: dt.date
    recorded_at: dt.datetime
    actor: str
    role: Role
    organ: str | None
    reason: str
    state_before: State | None
    state_after: State
    details: dict[str, Any] = {}


class SightingOut(_Out):
    """One finding of the entry's hazard by an inspection (the first one opened the entry)."""

    inspection_id: str
    date: dt.date
    channel: str | None
    level: str | None
    organ: str | None
    document_number: str | None
    opened: bool
    evidence: list[dict[str, Any]]


class WaitingStep(_Out):
    """A step of the procedure that cannot be taken yet, and what it waits for."""

    type: EventType
    label: str
    reason: str


class NextStep(_Out):
    """An event that may be applied now, and who may apply it."""

    type: EventType
    label: str
    roles: list[Role]


class HazardDetail(HazardRow):
    """One entry with its citation, evidence, deadlines, listing, plan, timeline, sightings and next steps."""

    citation: Citation
    rulebook: str
    engine_version: str
    registered_at: dt.datetime
    order_deadline: dt.date | None
    plan_deadline: dt.date | None
    extended_deadline: dt.date | None
    set_deadline: dt.date | None = Field(default=None, description="延期前的整改期限（指令书、治理方案、挂牌督办中最早者）")
    extension_requested: dt.date | None
    listing: Listing | None
    plan: dict[str, Any] | None
    days_to_close: int | None
    timeline: list[EventOut]
    sighting_list: list[SightingOut]
    next_steps: list[NextStep]
    waiting: list[WaitingStep] = Field(default=[], description="尚不能办理的主流程事项及其原因（如销号前须先摘牌）")
    yours: list[EventType] = Field(default=[], description="当前用户现在可以办理的事项（已按角色、挂牌单位核对）")


class RegisteredHazard(_Out):
    """What a submission did to one hazard finding: opened a new entry or was a further sighting of an open one."""

    hazard_id: int
    criterion: str
    opened: bool
    state: State
    listed: bool
    next_steps: list[NextStep] = []


class EnterpriseOut(_Out):
    """An enterprise as the register knows it, with its open and closed entries."""

    uscc: str
    name: str
    region_code: str
    region: str | None
    address: str | None
    industries: list[str]
    principal: str | None
    actual_controller: str | None
    open_hazards: int
    closed_hazards: int
    inspections: int
    last_self_check: dt.date | None


class InspectionRecord(_Out):
    """A stored inspection (never changed) and what it registered."""

    id: str
    external_id: str | None
    date: dt.date
    uscc: str
    enterprise: str
    region_code: str
    channel: str | None
    level: str | None
    organ: str | None
    inspectors: list[str]
    document_number: str | None
    led_by: str | None
    lead_id: int | None
    major_hazard_found: bool
    summary: Summary
    rulebook: str
    engine_version: str
    submitted_by: str
    recorded_at: dt.datetime
    hazards: list[RegisteredHazard]
    assessment: Assessment | None = None
    _assessment_json: str | None = PrivateAttr(default=None)  # the assessment as stored, when it was just stored

    def with_stored_assessment(self, stored: str) -> InspectionRecord:
        """Keep the assessment's JSON as it was stored, so the response does not serialise it a second time."""
        self._assessment_json = stored
        return self

    def to_json(self, detail: assessment_detail.Detail = "full") -> bytes:
        """The record as JSON bytes, its assessment at this detail (in full and just stored: spliced in as stored)."""
        if self.assessment is None:
            return self.__pydantic_serializer__.to_json(self)
        if detail == "full" and self._assessment_json is not None:
            assessment = self._assessment_json.encode()  # ~70 kB not serialised a second time
        else:
            assessment = assessment_detail.to_json(self.assessment, detail)
        head = self.__pydantic_serializer__.to_json(self, exclude={"assessment"})
        return head[:-1] + b',"assessment":' + assessment + b"}"


class LeadOut(_Out):
    """A 群众举报 lead: never a hazard itself; a verifying 举报核查 inspection gives its outcome."""

    id: int
    received_on: dt.date
    anonymous: bool
    reporter: str | None
    contact: str | None
    matter: str
    location: str
    uscc: str | None
    enterprise: str | None
    region_code: str
    status: Literal["待核查", "查实", "不属实"]
    inspection_id: str | None
    outcome_on: dt.date | None
