"""Writes and keyed reads inside one transaction (`Tx`); the service decides, the store only stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ledger.store import tables as t
from ledger.store.records import (
    EnterpriseFields,
    HazardState,
    NewEvent,
    NewHazard,
    Sighted,
    StoredEvent,
    StoredSubmission,
    UserRecord,
)


def now() -> dt.datetime:
    """The recording time (UTC)."""
    return dt.datetime.now(dt.UTC)


def user_record(row: t.User) -> UserRecord:
    """A stored user without its password hash."""
    return UserRecord(row.id, row.name, row.role, row.region_code, row.uscc, row.organ, row.disabled,
                      row.password_hash is not None)


_STATE_COLUMNS = [getattr(t.Hazard, f.name) for f in fields(HazardState)]


class Tx:
    """One open transaction on the register (from `Database.write()` or `Database.read()`)."""

    def __init__(self, session: Session):
        self.session = session
        self.dialect = session.get_bind().dialect.name

    # users and tokens
    def add_user(self, name: str, role: str, region_code: str | None, uscc: str | None, organ: str | None,
                 password_hash: str | None) -> UserRecord:
        """Create a user (a taken name is a StoreConflict from the unique key)."""
        row = t.User(name=name, role=role, region_code=region_code, uscc=uscc, organ=organ,
                     password_hash=password_hash, disabled=False, created_at=now())
        self.session.add(row)
        self.session.flush()
        return user_record(row)

    def user(self, name: str) -> UserRecord | None:
        """A user by name."""
        row = self.session.scalar(select(t.User).where(t.User.name == name))
        return user_record(row) if row else None

    def users(self) -> list[UserRecord]:
        """Every user, by name."""
        return [user_record(row) for row in self.session.scalars(select(t.User).order_by(t.User.name))]

    def password_hash(self, name: str) -> tuple[UserRecord, str | None] | None:
        """A user and its password hash (for the web app's login)."""
        row = self.session.scalar(select(t.User).where(t.User.name == name))
        return (user_record(row), row.password_hash) if row else None

    def set_password_hash(self, user_id: int, password_hash: str | None) -> None:
        """Store a new password hash."""
        self.session.execute(update(t.User).where(t.User.id == user_id).values(password_hash=password_hash))

    def set_disabled(self, user_id: int, disabled: bool) -> None:
        """Disable or re-enable a user (a disabled user's tokens stop working)."""
        self.session.execute(update(t.User).where(t.User.id == user_id).values(disabled=disabled))

    def add_token(self, user_id: int, digest: str, label: str) -> int:
        """Store a token's digest; returns its id."""
        row = t.Token(user_id=user_id, digest=digest, label=label, created_at=now())
        self.session.add(row)
        self.session.flush()
        return row.id

    def user_by_token(self, digest: str) -> UserRecord | None:
        """The enabled user holding an unrevoked token with this digest."""
        row = self.session.scalar(
            select(t.User).join(t.Token, t.Token.user_id == t.User.id)
            .where(t.Token.digest == digest, t.Token.revoked_at.is_(None), t.User.disabled.is_(False)))
        return user_record(row) if row else None

    def tokens(self, user_id: int) -> list[tuple[int, str, dt.datetime, dt.datetime | None]]:
        """A user's tokens: id, label, created, revoked."""
        rows = self.session.execute(select(t.Token.id, t.Token.label, t.Token.created_at, t.Token.revoked_at)
                                    .where(t.Token.user_id == user_id).order_by(t.Token.id))
        return [(r.id, r.label, r.created_at, r.revoked_at) for r in rows]

    def revoke_token(self, token_id: int) -> bool:
        """Revoke a token; False when there is no such unrevoked token."""
        done = self.session.execute(update(t.Token).where(t.Token.id == token_id, t.Token.revoked_at.is_(None))
                                    .values(revoked_at=now()))
        return bool(getattr(done, "rowcount", 0))

    # submissions
    def submission(self, user_id: int, key: str) -> StoredSubmission | None:
        """The inspection a user already stored under this Idempotency-Key."""
        row = self.session.execute(select(t.Inspection.id, t.Inspection.request_digest).where(
            t.Inspection.submitted_by == user_id, t.Inspection.idempotency_key == key)).first()
        return StoredSubmission(row.id, row.request_digest) if row else None

    def upsert_enterprise(self, enterprise: EnterpriseFields) -> None:
        """Insert the enterprise or update it to what the latest submission says (and lock its row until commit)."""
        values = {**asdict(enterprise), "updated_at": now()}
        statement = (pg_insert if self.dialect == "postgresql" else sqlite_insert)(t.Enterprise).values(**values)
        changed = {key: value for key, value in values.items() if key != "uscc"}
        self.session.execute(statement.on_conflict_do_update(index_elements=["uscc"], set_=changed))

    def insert_inspection(self, values: dict[str, Any]) -> None:
        """Store a submitted inspection (never changed afterwards)."""
        self.session.execute(insert(t.Inspection).values(**values, recorded_at=now()))

    def open_hazard(self, uscc: str, criterion: str) -> HazardState | None:
        """The open entry of this enterprise under this criterion, if any."""
        row = self.session.execute(select(*_STATE_COLUMNS).where(
            t.Hazard.uscc == uscc, t.Hazard.criterion == criterion, t.Hazard.state != "closed")).first()
        return HazardState(**row._asdict()) if row else None

    def hazard_state(self, hazard_id: int) -> HazardState | None:
        """An entry's lifecycle columns."""
        row = self.session.execute(select(*_STATE_COLUMNS).where(t.Hazard.id == hazard_id)).first()
        return HazardState(**row._asdict()) if row else None

    def insert_hazard(self, hazard: NewHazard) -> int:
        """Open a new entry in state `registered`; returns its id."""
        values = asdict(hazard)
        inspection_id = values.pop("inspection_id")
        row = t.Hazard(**values, first_inspection_id=inspection_id, registered_at=now(), state="registered",
                       listed=False, suspended=False, deadline=hazard.order_deadline, sightings=0, version=1)
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_sighting(self, hazard_id: int, inspection_id: str, found_on: dt.date, opened: bool,
                     evidence: list[Any]) -> None:
        """Record that an inspection found this entry's hazard."""
        self.session.execute(insert(t.Sighting).values(hazard_id=hazard_id, inspection_id=inspection_id,
                                                       found_on=found_on, opened=opened, evidence=evidence))
        self.session.execute(update(t.Hazard).where(t.Hazard.id == hazard_id)
                             .values(sightings=t.Hazard.sightings + 1))

    def append_event(self, event: NewEvent) -> int:
        """Append an event to an entry's history; returns its sequence number."""
        last = self.session.scalar(select(func.coalesce(func.max(t.Event.seq), 0))
                                   .where(t.Event.hazard_id == event.hazard_id))
        seq = int(last or 0) + 1
        self.session.execute(insert(t.Event).values(**asdict(event), seq=seq, recorded_at=now()))
        return seq

    def update_hazard(self, hazard_id: int, expected_version: int, values: dict[str, Any]) -> bool:
        """Compare-and-set: change the entry only if it is still at `expected_version` (then one version later)."""
        done = self.session.execute(update(t.Hazard)
                                    .where(t.Hazard.id == hazard_id, t.Hazard.version == expected_version)
                                    .values(**values, version=expected_version + 1))
        return bool(getattr(done, "rowcount", 0))

    def inspection_sightings(self, inspection_id: str) -> list[Sighted]:
        """What an inspection registered: each entry it sighted, whether it opened it, and the entry's state now."""
        rows = self.session.execute(
            select(t.Sighting.hazard_id, t.Hazard.criterion, t.Sighting.opened, t.Hazard.state, t.Hazard.listed)
            .join(t.Hazard, t.Hazard.id == t.Sighting.hazard_id)
            .where(t.Sighting.inspection_id == inspection_id).order_by(t.Sighting.id))
        return [Sighted(r.hazard_id, r.criterion, r.opened, r.state, r.listed) for r in rows]

    def latest_sighting(self, hazard_id: int) -> str | None:
        """The inspection that found this entry's hazard most recently."""
        return self.session.scalar(select(t.Sighting.inspection_id).where(t.Sighting.hazard_id == hazard_id)
                                   .order_by(t.Sighting.found_on.desc(), t.Sighting.id.desc()).limit(1))

    def sighted_by(self, hazard_id: int, inspection_id: str) -> bool:
        """True when this inspection found this entry's hazard."""
        return self.session.scalar(select(func.count()).select_from(t.Sighting).where(
            t.Sighting.hazard_id == hazard_id, t.Sighting.inspection_id == inspection_id)) == 1

    def events(self, hazard_id: int) -> list[StoredEvent]:
        """An entry's events in order."""
        rows = self.session.scalars(select(t.Event).where(t.Event.hazard_id == hazard_id).order_by(t.Event.seq))
        return [StoredEvent(r.seq, r.type, r.on, r.recorded_at.date(), r.actor_name, r.role, r.organ, r.actor_region,
                            r.actor_uscc, r.reason, r.payload, r.state_before, r.state_after) for r in rows]

    # leads
    def add_lead(self, values: dict[str, Any]) -> int:
        """Record a tip-off as a lead (status 待核查)."""
        row = t.Lead(**values, status="待核查", recorded_at=now())
        self.session.add(row)
        self.session.flush()
        return row.id

    def lead_region(self, lead_id: int) -> tuple[str, str] | None:
        """A lead's region code and status."""
        row = self.session.execute(select(t.Lead.region_code, t.Lead.status).where(t.Lead.id == lead_id)).first()
        return (row.region_code, row.status) if row else None

    def settle_lead(self, lead_id: int, status: str, inspection_id: str, on: dt.date) -> None:
        """Give a lead its outcome from the verifying inspection."""
        self.session.execute(update(t.Lead).where(t.Lead.id == lead_id)
                             .values(status=status, inspection_id=inspection_id, outcome_on=on))
