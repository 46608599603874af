"""Writes and keyed reads inside one transaction (`Tx`); the service decides, the store only stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from engine import clock
from ledger.store import tables as t
from ledger.store.records import (
    STORED_STATE,
    EnterpriseFields,
    HazardState,
    NewEvent,
    NewHazard,
    RawJSON,
    Sighted,
    StoredEvent,
    StoredSubmission,
    UserRecord,
)
from ledger.vocab import SEQUENCE, SUPERVISORY


def now() -> dt.datetime:
    """The recording time (UTC; the one clock of engine/clock.py)."""
    return clock.now()


def user_record(row: Any) -> UserRecord:
    """A stored user (a row of USER_COLUMNS) without its password hash."""
    return UserRecord(row.id, row.name, row.role, row.region_code, row.uscc, row.organ, row.disabled,
                      row.has_password)


# Core tables, executed with parameters (the compiled statement is cached; values are not walked into it)
ENTERPRISES, INSPECTIONS, HAZARDS, SIGHTINGS, EVENTS, DEADLINES = (
    t.Base.metadata.tables[name]
    for name in ("enterprises", "inspections", "hazards", "sightings", "events", "deadline_changes"))
COUNT_SIGHTING = update(HAZARDS).where(HAZARDS.c.id == bindparam("hazard")).values(sightings=HAZARDS.c.sightings + 1)
_STATE = [HAZARDS.c[name] for name in STORED_STATE]
# the date of the entry's latest act in vocab.SEQUENCE, read with its state for an event (the next may not precede it)
_LAST_ACT_ON = (select(func.max(EVENTS.c.on)).where(EVENTS.c.hazard_id == HAZARDS.c.id,
                                                    EVENTS.c.type.in_(sorted(SEQUENCE)))
                .scalar_subquery().label("last_act_on"))
# the entry a finding on `on` belongs to: the closed one whose span (first finding … 销号) holds that day, else the open one
# (one statement: a late-submitted earlier inspection is a sighting of what was then open, not a new entry)
_COVERING = and_(HAZARDS.c.state == "closed", HAZARDS.c.found_on <= bindparam("on"), HAZARDS.c.closed_on >= bindparam("on"))
OPEN_HAZARD = (select(*_STATE).where(HAZARDS.c.uscc == bindparam("uscc"), HAZARDS.c.criterion == bindparam("criterion"),
                                     or_(HAZARDS.c.state != "closed", _COVERING))
               .order_by(case((HAZARDS.c.state == "closed", 0), else_=1), HAZARDS.c.id.desc()).limit(1))
HAZARD_STATE = select(*_STATE, _LAST_ACT_ON).where(HAZARDS.c.id == bindparam("hazard"))
INSERT_HAZARD = insert(HAZARDS).returning(HAZARDS.c.id)
INSERT_INSPECTION, INSERT_SIGHTING, INSERT_EVENT = insert(INSPECTIONS), insert(SIGHTINGS), insert(EVENTS)
INSERT_DEADLINE = insert(DEADLINES)


USERS, TOKENS, LEADS = (t.Base.metadata.tables[name] for name in ("users", "tokens", "leads"))
USER_COLUMNS = (USERS.c.id, USERS.c.name, USERS.c.role, USERS.c.region_code, USERS.c.uscc, USERS.c.organ,
                USERS.c.disabled, USERS.c.password_hash.is_not(None).label("has_password"))
TOKEN_USER = (select(*USER_COLUMNS).join(TOKENS, TOKENS.c.user_id == USERS.c.id)
              .where(TOKENS.c.digest == bindparam("digest"), TOKENS.c.revoked_at.is_(None), USERS.c.disabled.is_(False)))


_KEPT_WHEN_NOT_SAID = ("region", "address", "principal", "actual_controller")


def _upsert(dialect: str, industries_said: bool) -> Any:
    """Insert the enterprise, or update it to what the submission says; what it leaves out is kept.

    An optional field a submission omits is no statement that it changed: the name and region code always come, the
    other texts only when given. Industries come when the submission declares them; when it does not, they stay, and
    the 高危 flag can only be raised (by a profile answer such as 金属冶炼), never dropped.
    """
    statement = (pg_insert if dialect == "postgresql" else sqlite_insert)(ENTERPRISES)
    new, old = statement.excluded, ENTERPRISES.c
    changed: dict[str, Any] = {column.name: new[column.name] for column in ENTERPRISES.c if column.name != "uscc"}
    changed.update({name: func.coalesce(new[name], old[name]) for name in _KEPT_WHEN_NOT_SAID})
    if not industries_said:
        del changed["industries"]
        changed["high_risk"] = or_(old.high_risk, new.high_risk)
    return statement.on_conflict_do_update(index_elements=["uscc"], set_=changed)


UPSERT_ENTERPRISE = {(dialect, said): _upsert(dialect, said) for dialect in ("postgresql", "sqlite")
                     for said in (True, False)}


def shallow(record: Any) -> dict[str, Any]:
    """A dataclass as a dict of its fields (no deep copy of its JSON values: they are only read)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}
LAST_SEQ = select(func.coalesce(func.max(EVENTS.c.seq), 0)).where(EVENTS.c.hazard_id == bindparam("hazard"))
SUBMISSION = select(INSPECTIONS.c.id, INSPECTIONS.c.request_digest).where(
    INSPECTIONS.c.submitted_by == bindparam("user"), INSPECTIONS.c.idempotency_key == bindparam("key"))


class Tx:
    """One open transaction on the register: a connection from `Database.write()`, or a `Database.read()` session."""

    def __init__(self, transaction: Connection | Session):
        self.conn = transaction.connection() if isinstance(transaction, Session) else transaction
        self.dialect = self.conn.dialect.name

    # users and tokens
    def add_user(self, name: str, role: str, region_code: str | None, uscc: str | None, organ: str | None,
                 password_hash: str | None) -> UserRecord:
        """Create a user (a taken name is a StoreConflict from the unique key)."""
        user_id = self.conn.execute(insert(USERS).returning(USERS.c.id), {
            "name": name, "role": role, "region_code": region_code, "uscc": uscc, "organ": organ,
            "password_hash": password_hash, "disabled": False, "created_at": now()}).scalar_one()
        return UserRecord(user_id, name, role, region_code, uscc, organ, False, password_hash is not None)

    def user(self, name: str) -> UserRecord | None:
        """A user by name."""
        row = self.conn.execute(select(*USER_COLUMNS).where(USERS.c.name == name)).first()
        return user_record(row) if row else None

    def users(self) -> list[UserRecord]:
        """Every user, by name."""
        return [user_record(row) for row in self.conn.execute(select(*USER_COLUMNS).order_by(USERS.c.name))]

    def password_hash(self, name: str) -> tuple[UserRecord, str | None] | None:
        """A user and its password hash (for the web app's login)."""
        row = self.conn.execute(select(*USER_COLUMNS, USERS.c.password_hash).where(USERS.c.name == name)).first()
        return (user_record(row), row.password_hash) if row else None

    def set_password_hash(self, user_id: int, password_hash: str | None) -> None:
        """Store a new password hash."""
        self.conn.execute(update(USERS).where(USERS.c.id == user_id).values(password_hash=password_hash))

    def set_disabled(self, user_id: int, disabled: bool) -> None:
        """Disable or re-enable a user (a disabled user's tokens stop working)."""
        self.conn.execute(update(USERS).where(USERS.c.id == user_id).values(disabled=disabled))

    def add_token(self, user_id: int, digest: str, label: str) -> int:
        """Store a token's digest; returns its id."""
        return int(self.conn.execute(insert(TOKENS).returning(TOKENS.c.id), {
            "user_id": user_id, "digest": digest, "label": label, "created_at": now()}).scalar_one())

    def user_by_token(self, digest: str) -> UserRecord | None:
        """The enabled user holding an unrevoked token with this digest."""
        row = self.conn.execute(TOKEN_USER, {"digest": digest}).first()
        return UserRecord(row.id, row.name, row.role, row.region_code, row.uscc, row.organ, False,
                          row.has_password) if row else None

    def tokens(self, user_id: int) -> list[tuple[int, str, dt.datetime, dt.datetime | None]]:
        """A user's tokens: id, label, created, revoked."""
        rows = self.conn.execute(select(t.Token.id, t.Token.label, t.Token.created_at, t.Token.revoked_at)
                                    .where(t.Token.user_id == user_id).order_by(t.Token.id))
        return [(r.id, r.label, r.created_at, r.revoked_at) for r in rows]

    def revoke_token(self, token_id: int) -> bool:
        """Revoke a token; False when there is no such unrevoked token."""
        done = self.conn.execute(update(TOKENS).where(TOKENS.c.id == token_id, TOKENS.c.revoked_at.is_(None))
                                    .values(revoked_at=now()))
        return bool(getattr(done, "rowcount", 0))

    # submissions: Core statements on the transaction's connection (the hot path of POST /v1/inspections)
    def submission(self, user_id: int, key: str) -> StoredSubmission | None:
        """The inspection a user already stored under this Idempotency-Key."""
        row = self.conn.execute(SUBMISSION, {"user": user_id, "key": key}).first()
        return StoredSubmission(row.id, row.request_digest) if row else None

    def upsert_enterprise(self, enterprise: EnterpriseFields) -> None:
        """Insert the enterprise or update it to what the latest submission says (and lock its row until commit)."""
        statement = UPSERT_ENTERPRISE[self.dialect, enterprise.industries is not None]
        values = {**shallow(enterprise), "industries": enterprise.industries or [], "updated_at": now()}
        self.conn.execute(statement, [values])

    def insert_inspection(self, values: dict[str, Any]) -> dt.datetime:
        """Store a submitted inspection (never changed afterwards); returns its recording time."""
        recorded = now()
        self.conn.execute(INSERT_INSPECTION, [{**values, "recorded_at": recorded}])
        return recorded

    def open_hazard(self, uscc: str, criterion: str, on: dt.date) -> HazardState | None:
        """The entry of this enterprise under this criterion that a finding on `on` belongs to, if any.

        A closed entry whose span (first finding … 销号) holds that day, else the open one.
        """
        row = self.conn.execute(OPEN_HAZARD, {"uscc": uscc, "criterion": criterion, "on": on}).first()
        return HazardState(**row._asdict()) if row else None

    def hazard_state(self, hazard_id: int) -> HazardState | None:
        """An entry's lifecycle columns."""
        row = self.conn.execute(HAZARD_STATE, {"hazard": hazard_id}).first()
        return HazardState(**row._asdict()) if row else None

    def insert_hazard(self, hazard: NewHazard, columns: dict[str, Any], version: int,
                      events: list[NewEvent]) -> int:
        """Open a new entry with its lifecycle columns, its first sighting counted and its first events; its id."""
        values = {**shallow(hazard), **columns}
        values["first_inspection_id"] = values.pop("inspection_id")
        values.update(registered_at=now(), sightings=1, version=version)
        hazard_id = int(self.conn.execute(INSERT_HAZARD, values).scalar_one())
        recorded = now()
        self.conn.execute(INSERT_EVENT, [{**shallow(e), "hazard_id": hazard_id, "seq": seq, "recorded_at": recorded}
                                           for seq, e in enumerate(events, start=1)])
        return hazard_id

    def add_sighting(self, hazard_id: int, inspection_id: str, found_on: dt.date, opened: bool,
                     evidence: RawJSON) -> None:
        """Record that an inspection found this entry's hazard (an entry it opened counted it when inserted)."""
        self.conn.execute(INSERT_SIGHTING, [{"hazard_id": hazard_id, "inspection_id": inspection_id,
                                               "found_on": found_on, "opened": opened, "evidence": evidence}])
        if not opened:
            self.conn.execute(COUNT_SIGHTING, {"hazard": hazard_id})

    def append_event(self, event: NewEvent, seq: int | None = None) -> int:
        """Append an event to an entry's history (as its `seq`-th when known); returns its sequence number."""
        if seq is None:
            seq = int(self.conn.execute(LAST_SEQ, {"hazard": event.hazard_id}).scalar_one()) + 1
        self.conn.execute(INSERT_EVENT, [{**shallow(event), "seq": seq, "recorded_at": now()}])
        return seq

    def record_deadline(self, hazard_id: int, on: dt.date, deadline: dt.date | None) -> None:
        """Keep a change of the entry's governing deadline made by an act on `on` (the caller sets `deadline_since`)."""
        self.conn.execute(INSERT_DEADLINE, [{"hazard_id": hazard_id, "on": on, "deadline": deadline,
                                             "recorded_at": now()}])

    def update_hazard(self, hazard_id: int, expected_version: int, values: dict[str, Any]) -> bool:
        """Compare-and-set: change the entry only if it is still at `expected_version` (then one version later)."""
        statement = (update(HAZARDS).where(HAZARDS.c.id == bindparam("where_id"),
                                           HAZARDS.c.version == bindparam("where_version"))
                     .values({**{name: bindparam(f"set_{name}") for name in values},
                              "version": bindparam("set_version")}))
        params = {f"set_{name}": value for name, value in values.items()}
        done = self.conn.execute(statement, {**params, "set_version": expected_version + 1, "where_id": hazard_id,
                                             "where_version": expected_version})
        return bool(getattr(done, "rowcount", 0))

    def inspection_sightings(self, inspection_id: str) -> list[Sighted]:
        """What an inspection registered: each entry it sighted, whether it opened it, and the entry's state now."""
        rows = self.conn.execute(
            select(t.Sighting.hazard_id, t.Hazard.criterion, t.Sighting.opened, t.Hazard.state, t.Hazard.listed)
            .join(t.Hazard, t.Hazard.id == t.Sighting.hazard_id)
            .where(t.Sighting.inspection_id == inspection_id).order_by(t.Sighting.id))
        return [Sighted(r.hazard_id, r.criterion, r.opened, r.state, r.listed) for r in rows]

    def latest_supervisory_sighting(self, hazard_id: int, organ: str | None) -> str | None:
        """The department inspection that found this entry's hazard most recently, this organ's first.

        A penalty rests on a department's finding: a later 企业自查 sighting is never what was penalised.
        """
        own = t.Inspection.organ == organ if organ is not None else None
        order = [own.desc()] if own is not None else []
        return self.conn.scalar(
            select(t.Sighting.inspection_id).join(t.Inspection, t.Inspection.id == t.Sighting.inspection_id)
            .where(t.Sighting.hazard_id == hazard_id, t.Inspection.channel.in_(SUPERVISORY))
            .order_by(*order, t.Sighting.found_on.desc(), t.Sighting.id.desc()).limit(1))

    def sighted_by(self, hazard_id: int, inspection_id: str) -> bool:
        """True when this inspection found this entry's hazard."""
        return self.conn.scalar(select(func.count()).select_from(t.Sighting).where(
            t.Sighting.hazard_id == hazard_id, t.Sighting.inspection_id == inspection_id)) == 1

    def events(self, hazard_id: int) -> list[StoredEvent]:
        """An entry's events in order."""
        rows = self.conn.execute(select(EVENTS).where(EVENTS.c.hazard_id == hazard_id).order_by(EVENTS.c.seq))
        return [StoredEvent.of(r) for r in rows]

    # leads
    def add_lead(self, values: dict[str, Any]) -> int:
        """Record a tip-off as a lead (status 待核查)."""
        return int(self.conn.execute(insert(LEADS).returning(LEADS.c.id),
                                     {**values, "status": "待核查", "recorded_at": now()}).scalar_one())

    def lead_region(self, lead_id: int) -> tuple[str, str] | None:
        """A lead's region code and status."""
        row = self.conn.execute(select(t.Lead.region_code, t.Lead.status).where(t.Lead.id == lead_id)).first()
        return (row.region_code, row.status) if row else None

    def settle_lead(self, lead_id: int, status: str, inspection_id: str, on: dt.date) -> None:
        """Give a lead its outcome from the verifying inspection."""
        self.conn.execute(update(LEADS).where(LEADS.c.id == lead_id)
                          .values(status=status, inspection_id=inspection_id, outcome_on=on))
