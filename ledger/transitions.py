"""Apply one lifecycle event to a stored entry inside an open transaction: check, append the event, update the row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from ledger import lifecycle
from ledger.errors import RegisterError
from ledger.events import EventIn, ListHazard, ListNotice, SubmitPlan
from ledger.identity import Actor
from ledger.lifecycle import Entry, TransitionError
from ledger.store.records import HazardState, NewEvent
from ledger.store.repo import Tx
from ledger.vocab import SEQUENCE, EventType, State

COMMON = {"type", "on", "reason", "version"}


class AutoListing(ListHazard):
    """挂牌督办 written by the register itself when the assessment's P1 policy action applies (文号 and 期限 to follow)."""

    document_number: str | None = None  # type: ignore[assignment]
    deadline: dt.date | None = None  # type: ignore[assignment]
    action: str = "P1"
    automatic: bool = True


def entry_of(row: HazardState) -> Entry:
    """The lifecycle's view of a stored entry."""
    listing = row.listing or {}
    return Entry(state=State(row.state), found_on=row.found_on, listed=row.listed,
                 listing_organ=listing.get("organ"), listing_region=listing.get("region_code"),
                 suspended=row.suspended, extension_requested=row.extension_requested,
                 order_deadline=row.order_deadline, plan_deadline=row.plan_deadline,
                 listing_deadline=row.listing_deadline, extended_deadline=row.extended_deadline,
                 last_act_on=row.last_act_on)


def columns_of(entry: Entry) -> dict[str, Any]:
    """The entry's lifecycle columns as stored."""
    return {"state": entry.state.value, "listed": entry.listed, "suspended": entry.suspended,
            "extension_requested": entry.extension_requested, "order_deadline": entry.order_deadline,
            "plan_deadline": entry.plan_deadline, "listing_deadline": entry.listing_deadline,
            "extended_deadline": entry.extended_deadline, "deadline": entry.deadline}


def _extra_columns(row: HazardState, after: Entry, event: EventIn | AutoListing, on: dt.date) -> dict[str, Any]:
    """What an event stores beside the lifecycle columns: the plan, the listing record, the 销号 date."""
    if isinstance(event, SubmitPlan):
        return {"plan": {**event.plan.model_dump(mode="json"), "five_assurances": event.plan.five_assurances()}}
    if isinstance(event, ListHazard):
        listing = {"organ": after.listing_organ, "region_code": after.listing_region,
                   "document_number": event.document_number,
                   "deadline": after.listing_deadline.isoformat() if after.listing_deadline else None,
                   "listed_on": on.isoformat(), "automatic": isinstance(event, AutoListing), "delisted_on": None}
        if row.listed:  # 提级督办: a higher organ takes the listing over; who listed it first stays on record
            listing["taken_over_from"] = (row.listing or {}).get("organ")
        return {"listing": listing, "listed_on": on} if not row.listed and row.listing is None else {"listing": listing}
    if isinstance(event, ListNotice):
        return {"listing": {**(row.listing or {}), "document_number": event.document_number,
                            "deadline": event.deadline.isoformat()}}
    if event.type is EventType.delist:
        return {"listing": {**(row.listing or {}), "delisted_on": on.isoformat()}}
    if event.type is EventType.close:
        return {"closed_on": on, "days_to_close": (on - row.found_on).days}
    return {}


def deadline_since(row: HazardState, before: dt.date | None, after: dt.date | None, on: dt.date) -> dict[str, Any]:
    """`deadline_since` when an act on `on` changes the entry's governing deadline (nothing when it does not).

    The latest act date of any change: from then on the entry's own `deadline` answers "overdue as of"; before it,
    the change in force on the day is looked up (acts may be recorded after later-dated ones).
    """
    if before == after:
        return {}
    return {"deadline_since": on if row.deadline_since is None else max(on, row.deadline_since)}


def keep_deadline_change(tx: Tx, hazard_id: int, values: dict[str, Any], on: dt.date) -> None:
    """Record the change of governing deadline that `values` carry (`deadline_since` set above), if they carry one."""
    if "deadline_since" in values:
        tx.record_deadline(hazard_id, on, values["deadline"])


def payload_of(event: EventIn | AutoListing) -> dict[str, Any]:
    """The event's own fields (beside type, date, reason and version) as stored."""
    payload = event.model_dump(mode="json", exclude=COMMON)
    if isinstance(event, SubmitPlan):
        payload["five_assurances"] = event.plan.five_assurances()
    return payload


def transition_error(error: TransitionError) -> RegisterError:
    """A refused event as the register reports it: the current state and the allowed next steps included."""
    where = error.field.split(".") if error.field else ["type"]
    detail = {"loc": ["body", *where], "msg": error.message, "code": error.code, "current_state": error.state.value,
              "current_state_label": error.state.label,
              "allowed": [kind.value for kind in error.allowed],
              "allowed_labels": [kind.label for kind in error.allowed]}
    return RegisterError(error.status, error.code, error.message, [detail])


@dataclass(frozen=True)
class Decision:
    """An accepted event: the event row to append, the entry's new columns, and the entry as it will then be."""

    event: NewEvent
    values: dict[str, Any]
    after: HazardState


def decide(row: HazardState, event: EventIn | AutoListing, actor: Actor, today: dt.date,
           inspection_id: str | None = None) -> Decision:
    """Check the event against the lifecycle (no database); TransitionError becomes the register's coded error."""
    before = entry_of(row)
    try:
        after = lifecycle.apply(before, event, actor, today)
    except TransitionError as error:
        raise transition_error(error) from None
    on = event.on or today
    appended = NewEvent(
        hazard_id=row.id, type=EventType(event.type).value, on=on, actor_id=actor.user_id, actor_name=actor.name,
        role=actor.role.value, organ=actor.organ, actor_region=actor.region_code, actor_uscc=actor.uscc,
        reason=event.reason, payload=payload_of(event), state_before=before.state.value,
        state_after=after.state.value, inspection_id=inspection_id)
    values = {**columns_of(after), **_extra_columns(row, after, event, on),
              **deadline_since(row, before.deadline, after.deadline, on)}
    if EventType(event.type) in SEQUENCE:  # a main-track act: the state it leaves holds from its date
        values["state_since"] = on
    changed = replace(row, version=row.version + 1, state=after.state.value, listed=after.listed,
                      suspended=after.suspended, listing=values.get("listing", row.listing),
                      order_deadline=after.order_deadline, plan_deadline=after.plan_deadline,
                      listing_deadline=after.listing_deadline, extended_deadline=after.extended_deadline,
                      extension_requested=after.extension_requested, last_act_on=after.last_act_on,
                      deadline_since=values.get("deadline_since", row.deadline_since))
    return Decision(appended, values, changed)


def record(tx: Tx, row: HazardState, event: EventIn | AutoListing, actor: Actor, today: dt.date,
           inspection_id: str | None = None) -> HazardState:
    """Check the event, append it and update the entry at the version read; nothing is written on an error."""
    decision = decide(row, event, actor, today, inspection_id)
    tx.append_event(decision.event)
    if not tx.update_hazard(row.id, row.version, decision.values):
        raise version_conflict(row.id, row.version)
    keep_deadline_change(tx, row.id, decision.values, decision.event.on)
    return decision.after


def version_conflict(hazard_id: int, version: int) -> RegisterError:
    """Someone else changed the entry first: reload and decide again."""
    message = f"隐患 {hazard_id} 已被他人更新（你看到的是第 {version} 版）：请刷新后重新办理"
    return RegisterError(409, "version_conflict", message,
                         [{"loc": ["body", "version"], "msg": message, "code": "version_conflict"}])
