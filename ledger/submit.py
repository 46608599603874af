"""Submitting an inspection: validate, authorise, then (in the caller's one transaction) store and register findings.

What the register does with a finding follows the assessment's own actions: P1 (挂牌督办 for findings of 市级 and
above) lists the entry; A8 (责令限期整改) is what makes an order deadline (`register.rectify_by`) acceptable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from engine.assess import Assessment, Finding
from engine.detail import to_json
from engine.inspection import DateWindow, Enterprise, Inspection, validate_inspection
from engine.loader import LoadedDocument
from engine.messages import pydantic_problem
from engine.rulebook import Rulebook
from ledger import lifecycle, selfcheck
from ledger.errors import RegisterError, forbidden, invalid, not_found
from ledger.identity import Actor
from ledger.lifecycle import Entry
from ledger.lifecycle import next_steps as lifecycle_next_steps
from ledger.models import InspectionRecord, NextStep, RegisteredHazard
from ledger.store.records import EnterpriseFields, HazardState, NewEvent, NewHazard, RawJSON, Sighted
from ledger.store.repo import Tx
from ledger.transitions import (
    AutoListing,
    columns_of,
    deadline_since,
    decide,
    entry_of,
    keep_deadline_change,
    record,
    version_conflict,
)
from ledger.vocab import MAX_ID, EventType, Role, State

REGISTER_KEY = "register"


class RegisterExtras(BaseModel):
    """What a submission tells the register beyond the inspection document (the optional `register` block)."""

    model_config = ConfigDict(extra="forbid")
    led_by: str | None = Field(default=None, max_length=100, description="企业自查：带队人（主要负责人带队的自查才计入）")
    lead_id: int | None = Field(default=None, ge=1, le=MAX_ID, description="举报核查：所核查的举报线索编号")
    rectify_by: dt.date | None = Field(default=None, description="责令限期整改指令书确定的整改期限（需本次判定含 A8 措施）")


@dataclass
class Submission:
    """A validated, authorised submission, not yet assessed."""

    inspection: Inspection
    enterprise: Enterprise
    extras: RegisterExtras
    document: dict[str, Any]
    digest: str


def _digest(document: Any) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _extras(document: dict[str, Any]) -> tuple[RegisterExtras, dict[str, Any]]:
    body = {key: value for key, value in document.items() if key != REGISTER_KEY}
    try:
        return RegisterExtras.model_validate(document.get(REGISTER_KEY) or {}), body
    except ValidationError as error:
        errors = [{"loc": ["body", REGISTER_KEY, *map(str, e["loc"])], "msg": pydantic_problem(e)[0], "code": e["type"]}
                  for e in error.errors()]
        raise RegisterError(422, "invalid_register_block", "register 块有误", errors) from None


def prepare(document: Any, book: Rulebook, actor: Actor, today: dt.date,
            source: LoadedDocument | None = None) -> Submission:
    """Validate the document (all problems at once) and check that this actor may submit it.

    `source`: the file it was read from, so that its problems name file:line:col (a request's name its path).
    """
    if not isinstance(document, dict):
        raise invalid("invalid_request", "请求体应为检查文档（JSON 对象）", ["body"])
    extras, body = _extras(document)
    inspection = validate_inspection(body, book, source.file if source else "body", source, DateWindow.from_env())
    info = inspection.info
    enterprise = info.enterprise
    if enterprise is None or enterprise.uscc is None or enterprise.region_code is None:
        raise invalid("enterprise_identity_required", "登记入台账需要企业的统一社会信用代码和行政区划代码",
                      ["body", "inspection", "enterprise"],
                      "enterprise: {name: …, uscc: 18 位统一社会信用代码, region_code: \"371082\"}")
    if info.date > today:
        raise invalid("inspection_date_in_future", f"检查日期 {info.date} 晚于今天", ["body", "inspection", "date"])
    _authorise(actor, enterprise, info.channel, extras)
    return Submission(inspection, enterprise, extras, body, _digest(document))


def _authorise(actor: Actor, enterprise: Enterprise, channel: str | None, extras: RegisterExtras) -> None:
    if actor.role is Role.enterprise:
        if enterprise.uscc != actor.uscc:
            raise forbidden("企业用户只能提交本企业的检查", ["body", "inspection", "enterprise", "uscc"])
        if channel != "企业自查":
            raise forbidden("企业用户只能提交 企业自查", ["body", "inspection", "channel"])
    elif actor.role is Role.department:
        if not actor.sees(enterprise.uscc or "", enterprise.region_code):
            raise forbidden(f"该企业（行政区划 {enterprise.region_code}）不在你的辖区 {actor.region_code} 内",
                            ["body", "inspection", "enterprise", "region_code"])
    else:
        raise forbidden(f"{actor.role.label}不能提交检查")
    if extras.lead_id is not None and channel != "举报核查":
        raise invalid("lead_needs_verification", "只有 举报核查 的检查可以关联举报线索", ["body", REGISTER_KEY, "lead_id"])
    if extras.led_by is not None and channel != "企业自查":
        raise invalid("led_by_needs_self_check", "带队人（led_by）只记录于 企业自查", ["body", REGISTER_KEY, "led_by"])


def next_steps(entry: Entry) -> list[NextStep]:
    """What may happen next to an entry, and who may do it."""
    return [NextStep(type=kind, label=kind.label, roles=list(roles)) for kind, roles in lifecycle_next_steps(entry)]


def hazard_findings(assessment: Assessment) -> list[Finding]:
    """The findings that register: criteria (not GB 35181 elements) decided `hazard`."""
    return [f for f in assessment.findings if f.status == "hazard" and f.role == "criterion"]


def _required(assessment: Assessment, code: str) -> bool:
    return any(action.code == code and action.status == "required" for action in assessment.actions)


def check_order_deadline(submission: Submission, assessment: Assessment) -> None:
    """`rectify_by` is the 责令限期整改 deadline: only an assessment whose actions include A8 has such an order."""
    rectify_by = submission.extras.rectify_by
    if rectify_by is None:
        return
    if not _required(assessment, "A8"):
        raise invalid("no_order_in_assessment", "本次判定的后续措施中没有“责令限期整改”（A8），不能填写整改期限",
                      ["body", REGISTER_KEY, "rectify_by"], "删除 rectify_by，或由监管部门检查时填写")
    if rectify_by < submission.inspection.info.date:
        raise invalid("deadline_before_inspection", f"整改期限 {rectify_by} 早于检查日期",
                      ["body", REGISTER_KEY, "rectify_by"])


@dataclass(frozen=True)
class Found:
    """One hazard finding as the register will write it: the entry it would open and its sighting's evidence."""

    hazard: NewHazard
    evidence: RawJSON


@dataclass(frozen=True)
class Rows:
    """Everything a submission writes, built before its transaction opens.

    SQLite has one writer at a time: the transaction should only run statements. Serialising the 40 kB assessment,
    the document and the evidence, and building the entries, happen here, outside it.
    """

    enterprise: EnterpriseFields
    inspection: dict[str, Any]
    found: list[Found]
    listing: AutoListing | None  # P1 applies: the entries are listed (挂牌督办) by the register
    found_by: str  # the reason of each new entry's `register` event


@dataclass(frozen=True)
class Written:
    """What the transaction did: when the inspection was recorded, the entries it sighted, the lead it settled."""

    recorded_at: dt.datetime
    sighted: list[Sighted]
    lead: int | None


def rows_of(sub: Submission, assessment: Assessment, actor: Actor, key: str | None, engine_version: str,
            industry_of: dict[str, str]) -> Rows:
    """The rows of a submission (no database needed)."""
    info, ent = sub.inspection.info, sub.enterprise
    assert ent.uscc is not None and ent.region_code is not None and actor.user_id is not None
    enterprise = EnterpriseFields(
        ent.uscc, ent.name, ent.region_code, ent.region, ent.address, ent.industries, ent.principal,
        ent.actual_controller, selfcheck.high_risk(ent.industries or [], sub.inspection.facts))
    inspection_id = uuid.uuid4().hex
    led_by = sub.extras.led_by
    inspection = {
        "id": inspection_id, "external_id": info.id, "uscc": ent.uscc, "region_code": ent.region_code,
        "date": info.date, "channel": info.channel, "level": info.level, "organ": info.organ,
        "inspectors": info.inspectors, "document_number": info.document_number, "led_by": led_by,
        "led_by_principal": led_by is not None and led_by in (ent.principal, ent.actual_controller),
        "lead_id": sub.extras.lead_id, "major_hazard_found": assessment.major_hazard_found,
        "document": RawJSON(json.dumps(sub.document, ensure_ascii=False)),
        "assessment": RawJSON(to_json(assessment, "full").decode()), "rulebook": assessment.rulebook,
        "engine_version": engine_version, "submitted_by": actor.user_id, "idempotency_key": key,
        "request_digest": sub.digest}
    found = [Found(NewHazard(
        uscc=ent.uscc, criterion=finding.criterion, standard=finding.standard,
        industry=industry_of.get(finding.standard, finding.standard), region_code=ent.region_code,
        citation=_citation(finding), evidence=evidence, rulebook=assessment.rulebook, engine_version=engine_version,
        channel=info.channel, level=info.level, organ=info.organ, found_on=info.date, inspection_id=inspection_id,
        order_deadline=sub.extras.rectify_by), evidence)
        for finding in hazard_findings(assessment) for evidence in [_evidence(finding)]]
    listing = None
    if _required(assessment, "P1") and actor.role is Role.department:
        why = (f"市级以上检查发现的重大事故隐患，自动挂牌督办（{info.organ or '检查机关'}，{info.level or ''}级；"
               "文号和督办期限在下达挂牌督办通知时补充）")
        listing = AutoListing(type=EventType.list_, on=info.date, organ=info.organ, reason=why)
    return Rows(enterprise, inspection, found, listing, _found_by(sub))


def _evidence(finding: Finding) -> RawJSON:
    return RawJSON(json.dumps([e.model_dump(mode="json") for e in finding.evidence], ensure_ascii=False))


def write(tx: Tx, rows: Rows, actor: Actor, today: dt.date) -> Written:
    """Store the inspection and register its findings, in the caller's transaction."""
    tx.upsert_enterprise(rows.enterprise)
    lead = _lead(tx, rows.inspection["lead_id"], actor)
    recorded_at = tx.insert_inspection(rows.inspection)
    sighted = [_register(tx, found, actor, rows.listing, today, rows.found_by) for found in rows.found]
    if lead is not None:
        major = bool(rows.inspection["major_hazard_found"])
        tx.settle_lead(lead, "查实" if major else "不属实", rows.inspection["id"], rows.inspection["date"])
    return Written(recorded_at, sighted, lead)


def record_of(rows: Rows, written: Written, assessment: Assessment, actor: Actor) -> InspectionRecord:
    """What was stored, as the API answers it (built after the commit)."""
    stored = rows.inspection
    return InspectionRecord(
        id=stored["id"], external_id=stored["external_id"], date=stored["date"], uscc=stored["uscc"],
        enterprise=rows.enterprise.name, region_code=stored["region_code"], channel=stored["channel"],
        level=stored["level"], organ=stored["organ"], inspectors=stored["inspectors"],
        document_number=stored["document_number"], led_by=stored["led_by"], lead_id=written.lead,
        major_hazard_found=assessment.major_hazard_found, summary=assessment.summary, rulebook=assessment.rulebook,
        engine_version=stored["engine_version"], submitted_by=actor.name, recorded_at=written.recorded_at,
        hazards=[RegisteredHazard(hazard_id=s.hazard_id, criterion=s.criterion, opened=s.opened, state=State(s.state),
                                  listed=s.listed, next_steps=next_steps(entry_of(s.row)) if s.row else [])
                 for s in written.sighted],
        assessment=assessment).with_stored_assessment(stored["assessment"])


def _lead(tx: Tx, lead_id: int | None, actor: Actor) -> int | None:
    if lead_id is None:
        return None
    found = tx.lead_region(lead_id)
    if found is None or not actor.sees("", found[0]):
        raise not_found("举报线索", lead_id, ["body", REGISTER_KEY, "lead_id"])
    if found[1] != "待核查":
        raise RegisterError(409, "lead_settled", f"举报线索 {lead_id} 已有核查结论（{found[1]}）",
                            [{"loc": ["body", REGISTER_KEY, "lead_id"], "msg": "该线索已核查"}])
    return lead_id


def _register(tx: Tx, found: Found, actor: Actor, listing: AutoListing | None, today: dt.date,
              found_by: str) -> Sighted:
    """Open an entry for the finding, or add a sighting to the open one; list it when P1 applies."""
    hazard = found.hazard
    row = tx.open_hazard(hazard.uscc, hazard.criterion, hazard.found_on)
    if row is None:
        row = _open(tx, hazard, actor, listing, today, found_by)
        tx.add_sighting(row.id, hazard.inspection_id, hazard.found_on, True, found.evidence)
        return Sighted(row.id, hazard.criterion, True, row.state, row.listed, row)
    tx.add_sighting(row.id, hazard.inspection_id, hazard.found_on, False, found.evidence)
    if row.state == State.closed.value:  # found before its 销号, submitted after: history, nothing to act on
        return Sighted(row.id, hazard.criterion, False, row.state, row.listed, row)
    row = _found_earlier(tx, row, hazard.found_on)
    row = _ordered(tx, row, hazard.order_deadline, hazard.found_on)
    if listing is not None and not row.listed:
        row = record(tx, row, listing, actor, today, hazard.inspection_id)
    return Sighted(row.id, hazard.criterion, False, row.state, row.listed, row)


def _found_earlier(tx: Tx, row: HazardState, found_on: dt.date) -> HazardState:
    """An inspection submitted late but dated before the entry's first finding: the hazard was found then.

    Statistics count the entry from that date, days to 销号 run from it, and acts dated from it on are accepted
    (its 挂牌督办 among them).
    """
    if found_on >= row.found_on:
        return row
    if not tx.update_hazard(row.id, row.version, {"found_on": found_on}):
        raise version_conflict(row.id, row.version)
    return replace(row, found_on=found_on, version=row.version + 1)


def _ordered(tx: Tx, row: HazardState, deadline: dt.date | None, found_on: dt.date) -> HazardState:
    """A new order's deadline (A8) on an entry already open: the earlier of the two governs.

    The order is the inspection's, dated `found_on`. A later order never loosens a deadline: that is what an
    extension is for.
    """
    if deadline is None or (row.order_deadline is not None and row.order_deadline <= deadline):
        return row
    before = entry_of(row)
    entry = replace(before, order_deadline=deadline)
    values = {**columns_of(entry), **deadline_since(row, before.deadline, entry.deadline, found_on)}
    if not tx.update_hazard(row.id, row.version, values):
        raise version_conflict(row.id, row.version)
    keep_deadline_change(tx, row.id, values, found_on)
    return replace(row, order_deadline=deadline, version=row.version + 1,
                   deadline_since=values.get("deadline_since", row.deadline_since))


def _open(tx: Tx, hazard: NewHazard, actor: Actor, auto: AutoListing | None, today: dt.date,
          reason: str) -> HazardState:
    """A new entry: registered (and listed when P1 applies), decided in memory, written in one insert each."""
    entry = lifecycle.register(hazard.found_on, hazard.order_deadline)
    row = HazardState(id=0, uscc=hazard.uscc, region_code=hazard.region_code, criterion=hazard.criterion,
                      state=entry.state.value, found_on=hazard.found_on, listed=False, listing=None, suspended=False,
                      order_deadline=hazard.order_deadline, plan_deadline=None, listing_deadline=None,
                      extended_deadline=None, extension_requested=None, deadline_since=None, version=1)
    events = [NewEvent(hazard_id=0, type=EventType.register.value, on=hazard.found_on, actor_id=actor.user_id,
                       actor_name=actor.name, role=actor.role.value, organ=actor.organ, actor_region=actor.region_code,
                       actor_uscc=actor.uscc, reason=reason, payload={"inspection_id": hazard.inspection_id},
                       state_before=None, state_after=entry.state.value, inspection_id=hazard.inspection_id)]
    columns = {**columns_of(entry), **deadline_since(row, None, entry.deadline, hazard.found_on)}
    row = replace(row, deadline_since=columns.get("deadline_since"))
    if auto is not None:
        decision = decide(row, auto, actor, today, hazard.inspection_id)
        events.append(decision.event)
        columns, row = {**columns, **decision.values}, decision.after
    hazard_id = tx.insert_hazard(hazard, columns, row.version, events)
    keep_deadline_change(tx, hazard_id, columns, hazard.found_on)  # an order's deadline (an automatic listing sets none)
    return replace(row, id=hazard_id)


def _citation(finding: Finding) -> dict[str, Any]:
    return {"standard": finding.standard, "standard_title": finding.standard_title,
            "document_number": finding.document_number, "article": finding.article, "item": finding.item,
            "text": finding.text, "confidence": finding.confidence, "unconfirmed": finding.unconfirmed,
            "article_unconfirmed": finding.article_unconfirmed, "readings": finding.readings}


def _found_by(sub: Submission) -> str:
    info = sub.inspection.info
    parts = [info.channel or "检查", info.organ, info.document_number]
    return "发现于" + "，".join(p for p in parts if p) + f"（{info.date}）"
