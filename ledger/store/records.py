"""Plain records the store hands to the service (no SQLAlchemy objects leave the store)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from engine import clock


class RawJSON(str):
    """JSON text already serialised (e.g. by pydantic): stored as it is, not serialised again."""


class StoreConflict(Exception):
    """A write lost a race (a unique key or a version changed underneath it): retry or report a 409."""

    def __init__(self, constraint: str):
        self.constraint = constraint
        super().__init__(constraint)


@dataclass(frozen=True)
class UserRecord:
    """A user as stored (without the password hash)."""

    id: int
    name: str
    role: str
    region_code: str | None
    uscc: str | None
    organ: str | None
    disabled: bool
    has_password: bool


@dataclass(frozen=True)
class EnterpriseFields:
    """What a submission says of its enterprise."""

    uscc: str
    name: str
    region_code: str
    region: str | None
    address: str | None
    industries: list[str] | None  # None: the submission did not say (the stored ones stay)
    principal: str | None
    actual_controller: str | None
    high_risk: bool


@dataclass(frozen=True)
class HazardState:
    """An entry's columns that the lifecycle and the visibility check need."""

    id: int
    uscc: str
    region_code: str
    criterion: str
    state: str
    found_on: dt.date
    listed: bool
    listing: dict[str, Any] | None
    suspended: bool
    order_deadline: dt.date | None
    plan_deadline: dt.date | None
    listing_deadline: dt.date | None
    extended_deadline: dt.date | None
    extension_requested: dt.date | None
    deadline_since: dt.date | None  # from this act date on, the current deadline governs (tables.Hazard)
    version: int
    last_act_on: dt.date | None = None  # the latest act that others follow (lifecycle.SEQUENCE): read, never stored


STORED_STATE = tuple(f.name for f in fields(HazardState) if f.name != "last_act_on")  # HazardState's hazards columns


@dataclass(frozen=True)
class NewHazard:
    """A hazard entry about to be opened by a finding."""

    uscc: str
    criterion: str
    standard: str
    industry: str
    region_code: str
    citation: dict[str, Any]
    evidence: RawJSON  # the finding's evidence, serialised before the transaction
    rulebook: str
    engine_version: str
    channel: str | None
    level: str | None
    organ: str | None
    found_on: dt.date
    inspection_id: str
    order_deadline: dt.date | None


@dataclass(frozen=True)
class NewEvent:
    """An event about to be appended to an entry's history."""

    hazard_id: int
    type: str
    on: dt.date
    actor_id: int | None
    actor_name: str
    role: str
    organ: str | None
    actor_region: str | None
    actor_uscc: str | None
    reason: str
    payload: dict[str, Any]
    state_before: str | None
    state_after: str
    inspection_id: str | None = None


@dataclass(frozen=True)
class StoredSubmission:
    """An inspection already stored under an Idempotency-Key."""

    inspection_id: str
    request_digest: str


@dataclass(frozen=True)
class StoredEvent:
    """One stored event, as the integrity check replays it."""

    seq: int
    type: str
    on: dt.date
    recorded_on: dt.date  # in HAZARD_TIMEZONE: the 'today' the event was checked against
    actor_name: str
    role: str
    organ: str | None
    actor_region: str | None
    actor_uscc: str | None
    reason: str
    payload: dict[str, Any]
    state_before: str | None
    state_after: str

    @classmethod
    def of(cls, row: Any) -> StoredEvent:
        """An events row (a Core row or an ORM object); `recorded_on` is its recording date in HAZARD_TIMEZONE."""
        return cls(row.seq, row.type, row.on, clock.local(row.recorded_at).date(), row.actor_name, row.role, row.organ,
                   row.actor_region, row.actor_uscc, row.reason, row.payload, row.state_before, row.state_after)


@dataclass
class Sighted:
    """One sighting of an inspection: which entry, whether it opened it."""

    hazard_id: int
    criterion: str
    opened: bool
    state: str
    listed: bool
    row: HazardState | None = None  # the entry as the submission left it (None when read back later)
