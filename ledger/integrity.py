"""The register's integrity check: replay every entry's events through the lifecycle and compare with what is kept.

It also checks that every finding of `hazard` in a stored inspection is a sighting of an entry, that sighting
counters match, and (SQLite) the database's own integrity and foreign keys. It writes nothing.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from ledger import lifecycle
from ledger.events import EventIn
from ledger.identity import Actor
from ledger.lifecycle import Entry, TransitionError
from ledger.store import audit
from ledger.store.db import Database
from ledger.store.records import HazardState, StoredEvent
from ledger.transitions import COMMON, AutoListing, entry_of
from ledger.vocab import EventType, Role, State

_EVENTS: TypeAdapter[Any] = TypeAdapter(EventIn)


class IntegrityReport(BaseModel):
    """What was checked and every problem found (none: the register is consistent)."""

    counts: dict[str, int]
    problems: list[str]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def _event_model(event: StoredEvent) -> Any:
    body = {**{k: v for k, v in event.payload.items() if k not in COMMON and k != "five_assurances"},
            "type": event.type, "on": event.on.isoformat(), "reason": event.reason}
    if event.type == EventType.list_.value and event.payload.get("automatic"):
        return AutoListing.model_validate(body)
    return _EVENTS.validate_python(body)


def replay_entry(row: HazardState, events: list[StoredEvent]) -> list[str]:
    """Problems found replaying one entry's events (its first must register it)."""
    where = f"隐患 #{row.id}"
    if not events or events[0].type != EventType.register.value or events[0].state_after != State.registered.value:
        return [f"{where}：第一个事件不是登记入账"]
    entry: Entry = lifecycle.register(row.found_on, row.order_deadline)
    problems = []
    for event in events[1:]:
        actor = Actor(name=event.actor_name, role=Role(event.role), region_code=event.actor_region,
                      uscc=event.actor_uscc, organ=event.organ)
        try:
            after = lifecycle.apply(entry, _event_model(event), actor, event.recorded_on)
        except (TransitionError, ValidationError) as error:
            problems.append(f"{where} 第 {event.seq} 个事件（{event.type}）重放时被拒绝：{error}")
            break
        if (event.state_before, event.state_after) != (entry.state.value, after.state.value):
            problems.append(f"{where} 第 {event.seq} 个事件：记录的状态 {event.state_before}→{event.state_after}，"
                            f"重放得到 {entry.state.value}→{after.state.value}")
        entry = after
    if not problems and entry != entry_of(row):
        problems.append(f"{where}：保存的当前状态 {entry_of(row)} 与其事件重放的结果 {entry} 不一致")
    return problems


def check(db: Database) -> IntegrityReport:
    """Check the whole register (read-only)."""
    problems: list[str] = []
    with db.read() as session:
        counts = audit.counts(session)
        for row, events in audit.entries_with_events(session):
            problems += replay_entry(row, events)
        problems += [f"隐患 #{h}：发现次数计为 {n}，实存 {m} 条发现记录" for h, n, m in audit.sighting_mismatches(session)]
        problems += [f"隐患 #{h}：整改期限 {deadline}（自 {since} 起），期限变更记录为 {recorded}（最近 {on}）"
                     for h, deadline, recorded, since, on in audit.deadline_mismatches(session)]
        problems += [f"隐患 #{h}：状态自 {kept} 起，按事件应自 {found} 起"
                     for h, kept, found in audit.state_since_mismatches(session)]
        for inspection_id, criteria, sighted in audit.unregistered_findings(session):
            problems += [f"检查 {inspection_id}：判定为重大事故隐患的 {c} 未登记" for c in criteria if c not in sighted]
        problems += audit.database_problems(session)
    return IntegrityReport(counts=counts, problems=problems)
