"""The register's use cases: submit an inspection, apply an event, and the queries, each with the caller's visibility.

The API, the CLI and the web app call these; none of them writes SQL or decides a transition itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib import metadata
from typing import Any

from engine import clock
from engine.assess import Engine
from engine.loader import LoadedDocument
from engine.results import STATUS_LABELS
from ledger import leads, submit
from ledger.auth import scope_of
from ledger.errors import RegisterError, forbidden, invalid, not_found
from ledger.events import EventIn, Penalize, RequestClosure
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.lifecycle import allowed, waiting
from ledger.models import (
    EnterpriseOut,
    ExportRow,
    HazardDetail,
    HazardRow,
    InspectionRecord,
    LeadOut,
    Page,
    WaitingStep,
)
from ledger.store import queries
from ledger.store.db import Database
from ledger.store.records import HazardState, StoreConflict, StoredSubmission
from ledger.store.repo import Tx
from ledger.submit import next_steps
from ledger.transitions import entry_of, record, version_conflict
from ledger.vocab import Role, storable_id

EXPORT_LIMIT = 100_000  # rows in one 隐患清单 export (~4,500 rows/s as xlsx: a larger one is split)
SUBMIT_ATTEMPTS = 3  # a submission that lost a race on a unique key (same open entry, same key) is retried


def engine_version() -> str:
    """The installed package version, stored with every inspection and entry."""
    try:
        return metadata.version("hazard-engine")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def _check_reinspection(tx: Tx, inspection_id: str, uscc: str, criterion: str, found_on: dt.date) -> None:
    """A re-inspection cited for 销号 must be of this enterprise, not before the entry, and clear this criterion."""
    found = queries.stored_assessment(tx.conn, inspection_id)
    loc = ["body", "reinspection_id"]
    if found is None or found[0] != uscc:
        raise not_found("复查检查", inspection_id, loc)
    if found[1] < found_on:
        raise invalid("reinspection_before_entry", f"复查日期 {found[1]} 早于隐患发现日期 {found_on}", loc)
    status = next((f["status"] for f in found[2]["findings"] if f["criterion"] == criterion), None)
    if status != "clear":
        said = STATUS_LABELS.get(status, status) if status else "未判定"
        raise invalid("reinspection_not_clear", f"复查中判定项 {criterion} 的结论是“{said}”，不是“未发现”", loc,
                      "引用该判定项为“未发现”的复查，或不引用复查")


class Register:
    """The register over one database, deciding with one compiled engine."""

    def __init__(self, db: Database, engine: Engine | None = None, today: Callable[[], dt.date] = clock.today):
        self.db, self._engine, self.today = db, engine, today
        self.version = engine_version()
        self.industry_of = {sid: std.family for sid, std in engine.book.standards.items()} if engine else {}

    @property
    def engine(self) -> Engine:
        """The compiled rules (needed to submit; queries and events do without)."""
        if self._engine is None:
            raise RuntimeError("submitting an inspection needs a Register created with an Engine")
        return self._engine

    # submissions
    def submit(self, document: Any, actor: Actor, key: str | None = None,
               source: LoadedDocument | None = None) -> tuple[InspectionRecord, bool]:
        """Validate, assess, store and register in one transaction; (record, True) when `key` was already used.

        `source`: the file the document was read from (its problems then name file:line:col).
        """
        sub = submit.prepare(document, self.engine.book, actor, self.today(), source)
        assessment = self.engine.assess(sub.inspection)
        submit.check_order_deadline(sub, assessment)
        rows = submit.rows_of(sub, assessment, actor, key, self.version, self.industry_of)
        for attempt in range(SUBMIT_ATTEMPTS):
            try:
                with self.db.write() as connection:
                    tx = Tx(connection)
                    # optimistic: a used key makes the insert fail on its unique constraint; the retry looks it up
                    stored = tx.submission(actor.user_id or 0, key) if key is not None and attempt else None
                    if stored is None:
                        written = submit.write(tx, rows, actor, self.today())
                if stored is None:
                    return submit.record_of(rows, written, assessment, actor), False
            except StoreConflict:
                if attempt == SUBMIT_ATTEMPTS - 1:
                    raise RegisterError(409, "submission_conflict", "并发提交冲突，请重试（未写入任何内容）") from None
                continue  # e.g. the same request, retried concurrently, was stored by the other one: look again
            assert key is not None and stored is not None
            return self._replayed(stored, sub.digest, key), True
        raise AssertionError("unreachable")

    def _replayed(self, stored: StoredSubmission, digest: str, key: str) -> InspectionRecord:
        """The inspection already stored under this key, if the request is the same one."""
        if stored.request_digest != digest:
            raise invalid("idempotency_key_reused", f"Idempotency-Key {key} 已用于另一份不同的检查",
                          ["header", "Idempotency-Key"], "每份检查使用新的键；重试时请原样重发")
        return self._record(stored.inspection_id, with_assessment=True)

    def _record(self, inspection_id: str, with_assessment: bool = False) -> InspectionRecord:
        with self.db.read() as session:
            found = queries.inspection(session, inspection_id, with_assessment)
            assert found is not None
            for hazard in found.hazards:
                state = Tx(session).hazard_state(hazard.hazard_id)
                assert state is not None
                hazard.next_steps = next_steps(entry_of(state))
        return found

    # events
    def apply_event(self, hazard_id: int, event: EventIn, actor: Actor) -> HazardDetail:
        """Apply one event to a visible entry in one transaction; a refused event changes nothing."""
        today = self.today()
        try:
            with self.db.write() as connection:
                tx = Tx(connection)
                row = tx.hazard_state(hazard_id) if storable_id(hazard_id) else None
                if row is None or not actor.sees(row.uscc, row.region_code):
                    raise not_found("隐患", hazard_id, ["path", "hazard_id"])
                if event.version is not None and event.version != row.version:
                    raise version_conflict(hazard_id, event.version)
                inspection_id = self._event_inspection(tx, row, event, actor)
                record(tx, row, event, actor, today, inspection_id)
        except StoreConflict:
            raise version_conflict(hazard_id, event.version or 0) from None
        return self.hazard(hazard_id, actor)

    def _event_inspection(self, tx: Tx, row: HazardState, event: EventIn, actor: Actor) -> str | None:
        """The inspection an event cites: a re-inspection that cleared the criterion, or the penalised one.

        A penalty that names none is tied to the latest department inspection that found the hazard (the penalising
        organ's own first): a 企业自查 sighting is never what was penalised.
        """
        if isinstance(event, RequestClosure) and event.reinspection_id:
            _check_reinspection(tx, event.reinspection_id, row.uscc, row.criterion, row.found_on)
            return event.reinspection_id
        if isinstance(event, Penalize):
            if event.inspection_id is None:
                return tx.latest_supervisory_sighting(row.id, actor.organ)
            if not tx.sighted_by(row.id, event.inspection_id):
                raise invalid("inspection_not_sighting", f"检查 {event.inspection_id} 没有发现该隐患",
                              ["body", "inspection_id"], "填写发现该隐患的检查编号，或留空（取最近一次发现它的部门检查）")
            return event.inspection_id
        return None

    # queries
    def hazards(self, query: HazardFilter, actor: Actor) -> Page[HazardRow]:
        """Entries the actor may see that match the filter."""
        self._reader(actor)
        with self.db.read() as session:
            return queries.hazard_page(session, query, scope_of(actor), self.today())

    def export(self, query: HazardFilter, actor: Actor, limit: int = EXPORT_LIMIT) -> list[ExportRow]:
        """Every visible entry matching the filter (paging ignored), for the 隐患清单 export; over `limit` is refused."""
        self._reader(actor)
        with self.db.read() as session:
            rows = queries.export_rows(session, query, scope_of(actor), self.today(), limit + 1)
        if len(rows) > limit:
            raise invalid("export_too_large", f"符合条件的隐患超过 {limit} 条，未导出", ["query"],
                          "缩小范围（地区、行业、发现日期）后分批导出")
        return rows

    def hazard(self, hazard_id: int, actor: Actor, as_of: dt.date | None = None) -> HazardDetail:
        """One visible entry with its timeline, sightings and next steps (another's entry is not found)."""
        with self.db.read() as session:
            day = as_of or self.today()
            found = queries.hazard(session, hazard_id, day, self.today()) if storable_id(hazard_id) else None
            if found is None or not actor.sees(found[0].uscc, found[0].region_code):
                raise not_found("隐患", hazard_id, ["path", "hazard_id"])
            row, name, deadline_then = found
            state = Tx(session).hazard_state(hazard_id)
            assert state is not None
            base = queries.hazard_row(row, name, day, deadline_then)
            entry = entry_of(state)
            return HazardDetail(
                **base.model_dump(), citation=queries.citation_of(row), rulebook=row.rulebook,
                engine_version=row.engine_version, registered_at=row.registered_at, order_deadline=row.order_deadline,
                plan_deadline=row.plan_deadline, extended_deadline=row.extended_deadline,
                set_deadline=entry.set_deadline, extension_requested=row.extension_requested,
                listing=queries.listing_of(row), plan=row.plan,
                days_to_close=row.days_to_close, timeline=queries.timeline(session, hazard_id),
                sighting_list=queries.sightings(session, hazard_id), next_steps=next_steps(entry),
                waiting=[WaitingStep(type=kind, label=kind.label, reason=why) for kind, why in waiting(entry)],
                yours=allowed(entry, actor))

    def submitted_under(self, actor: Actor, key: str) -> str | None:
        """The id of the inspection this user already stored under this Idempotency-Key, if any."""
        with self.db.read() as session:
            stored = Tx(session).submission(actor.user_id or 0, key)
        return stored.inspection_id if stored else None

    def inspection(self, inspection_id: str, actor: Actor, with_assessment: bool = True) -> InspectionRecord:
        """A stored inspection the actor may see."""
        with self.db.read() as session:
            owner = queries.inspection_owner(session, inspection_id)
        if owner is None or not actor.sees(*owner):
            raise not_found("检查", inspection_id, ["path", "inspection_id"])
        return self._record(inspection_id, with_assessment)

    def enterprise(self, uscc: str, actor: Actor) -> EnterpriseOut:
        """An enterprise the actor may see."""
        with self.db.read() as session:
            found = queries.enterprise(session, uscc)
        if found is None or not actor.sees(found.uscc, found.region_code):
            raise not_found("企业", uscc, ["path", "uscc"])
        return found

    def _reader(self, actor: Actor) -> None:
        if actor.role is Role.rule_author:
            raise forbidden("规则编写者只能查看统计，不能查看隐患明细")

    # leads (群众举报)
    def add_lead(self, lead: leads.LeadIn, actor: Actor) -> LeadOut:
        """Record a tip-off as a lead in the department's region."""
        return leads.add_lead(self.db, lead, actor, self.today())

    def leads(self, actor: Actor, status: str | None = None, page: int = 1, per_page: int = 50) -> Page[LeadOut]:
        """Leads in the department's region (reporters are confidential: never shown to enterprises)."""
        leads.require_department(actor)
        with self.db.read() as session:
            return queries.leads(session, scope_of(actor), status, page, per_page)

    def lead(self, lead_id: int, actor: Actor) -> LeadOut:
        """One lead in the department's region."""
        leads.require_department(actor)
        with self.db.read() as session:
            found = queries.lead(session, lead_id) if storable_id(lead_id) else None
        if found is None or not actor.sees("", found.region_code):
            raise not_found("举报线索", lead_id, ["path", "lead_id"])
        return found
