"""Reads for the integrity check: every entry with its events, sighting counts, and the database's own checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import groupby
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ledger.store import tables as t
from ledger.store.records import STORED_STATE, HazardState, StoredEvent
from ledger.vocab import SEQUENCE

_STATE_COLUMNS = [getattr(t.Hazard, name) for name in STORED_STATE]


def entries_with_events(session: Session) -> Iterator[tuple[HazardState, list[StoredEvent]]]:
    """Every entry with its events in order (streamed; one pass over each table)."""
    hazards = session.execute(select(*_STATE_COLUMNS).order_by(t.Hazard.id)).yield_per(1000)
    events = session.execute(select(t.Event).order_by(t.Event.hazard_id, t.Event.seq)).scalars().yield_per(1000)
    grouped = groupby(events, key=lambda e: e.hazard_id)
    pending = next(grouped, None)
    for row in hazards:
        state = HazardState(**row._asdict())
        mine: list[StoredEvent] = []
        while pending is not None and pending[0] <= state.id:
            if pending[0] == state.id:
                mine = [StoredEvent.of(e) for e in pending[1]]
            pending = next(grouped, None)
        yield state, mine


def sighting_mismatches(session: Session) -> list[tuple[int, int, int]]:
    """Entries whose sighting counter differs from their sightings: (id, counter, sightings)."""
    counted = (select(t.Sighting.hazard_id, func.count().label("n")).group_by(t.Sighting.hazard_id).subquery())
    rows = session.execute(select(t.Hazard.id, t.Hazard.sightings, func.coalesce(counted.c.n, 0))
                           .outerjoin(counted, counted.c.hazard_id == t.Hazard.id)
                           .where(t.Hazard.sightings != func.coalesce(counted.c.n, 0)))
    return [(r[0], r[1], r[2]) for r in rows]


def deadline_mismatches(session: Session) -> list[tuple[int, dt.date | None, dt.date | None, dt.date | None,
                                                        dt.date | None]]:
    """Entries whose deadline or `deadline_since` differ from their recorded changes.

    (id, deadline, last change's deadline, deadline_since, latest change date); no change: no deadline, no date.
    """
    D = t.DeadlineChange
    last = (select(D.deadline).where(D.hazard_id == t.Hazard.id).order_by(D.id.desc()).limit(1)
            .correlate(t.Hazard).scalar_subquery())
    latest = select(func.max(D.on)).where(D.hazard_id == t.Hazard.id).correlate(t.Hazard).scalar_subquery()
    query = select(t.Hazard.id, t.Hazard.deadline, last, t.Hazard.deadline_since, latest).order_by(t.Hazard.id)
    return [(r[0], r[1], r[2], r[3], r[4]) for r in session.execute(query) if (r[1], r[3]) != (r[2], r[4])]


def state_since_mismatches(session: Session) -> list[tuple[int, dt.date | None, dt.date | None]]:
    """Entries whose `state_since` is not the date of their latest main-track event: (id, kept, from the events)."""
    E = t.Event
    latest = (select(func.max(E.on)).where(E.hazard_id == t.Hazard.id, E.type.in_(sorted(SEQUENCE)))
              .correlate(t.Hazard).scalar_subquery())
    rows = session.execute(select(t.Hazard.id, t.Hazard.state_since, latest).order_by(t.Hazard.id))
    return [(r[0], r[1], r[2]) for r in rows if r[1] != r[2]]


def unregistered_findings(session: Session) -> Iterator[tuple[str, list[str], set[str]]]:
    """Per inspection that found major hazards: its id, the criteria decided `hazard`, the criteria it sighted."""
    sighted = (select(t.Sighting.inspection_id, t.Hazard.criterion)
               .join(t.Hazard, t.Hazard.id == t.Sighting.hazard_id).order_by(t.Sighting.inspection_id))
    by_inspection: dict[str, set[str]] = {}
    for inspection_id, criterion in session.execute(sighted):
        by_inspection.setdefault(inspection_id, set()).add(criterion)
    rows = session.execute(select(t.Inspection.id, t.Inspection.assessment)
                           .where(t.Inspection.major_hazard_found.is_(True))).yield_per(200)
    for inspection_id, assessment in rows:
        criteria = [f["criterion"] for f in assessment["findings"]
                    if f["status"] == "hazard" and f.get("role", "criterion") == "criterion"]
        yield inspection_id, criteria, by_inspection.get(inspection_id, set())


def counts(session: Session) -> dict[str, int]:
    """How many rows each main table holds."""
    return {name: session.scalar(select(func.count()).select_from(table)) or 0
            for name, table in (("inspections", t.Inspection), ("hazards", t.Hazard), ("events", t.Event),
                                ("sightings", t.Sighting), ("deadline_changes", t.DeadlineChange))}


def database_problems(session: Session) -> list[str]:
    """SQLite's own integrity and foreign-key checks (PostgreSQL enforces both on every write)."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    problems = [row[0] for row in session.execute(text("PRAGMA integrity_check")) if row[0] != "ok"]
    problems += [f"外键不一致：{tuple(row)}" for row in session.execute(text("PRAGMA foreign_key_check"))]
    return problems


def stored_inspections(session: Session, region: str | None, start: dt.date | None,
                       end: dt.date | None) -> tuple[int, Iterator[tuple[str, str, str, dt.date, dict[str, Any],
                                                                         dict[str, Any]]]]:
    """How many stored inspections match, and a stream of them: id, uscc, enterprise, date, document, assessment."""
    i = t.Inspection
    conditions = []
    if region:
        conditions.append(i.region_code.startswith(region))
    if start:
        conditions.append(i.date >= start)
    if end:
        conditions.append(i.date <= end)
    total = session.scalar(select(func.count()).select_from(i).where(*conditions)) or 0
    rows = session.execute(select(i.id, i.uscc, t.Enterprise.name, i.date, i.document, i.assessment)
                           .join(t.Enterprise, t.Enterprise.uscc == i.uscc).where(*conditions)
                           .order_by(i.date, i.id)).yield_per(200)
    return total, (tuple(row) for row in rows)
