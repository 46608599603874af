"""The hazard entry's lifecycle as a pure function `apply(entry, event, actor, today) -> entry`, or a TransitionError.

No database here: the store keeps the entry's current state beside its events, and the integrity check replays the
events through `apply` to confirm it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ledger.events import (
    Delist,
    EventIn,
    GrantExtension,
    ListHazard,
    ListNotice,
    RequestExtension,
    SubmitPlan,
)
from ledger.identity import Actor
from ledger.vocab import OPEN_STATES, SEQUENCE, EventType, Role, State

D, E = Role.department, Role.enterprise


@dataclass(frozen=True)
class Step:
    """One event type: from which states, to which state (None: the main state stays), by which roles."""

    event: EventType
    from_states: tuple[State, ...]
    to_state: State | None
    roles: tuple[Role, ...]


MAIN_TRACK = (
    Step(EventType.notify, (State.registered,), State.notified, (D, E)),
    Step(EventType.submit_plan, (State.notified,), State.plan_submitted, (E,)),
    Step(EventType.start_rectification, (State.plan_submitted,), State.rectifying, (E,)),
    Step(EventType.report_rectification, (State.rectifying,), State.rectification_reported, (E,)),
    Step(EventType.request_closure, (State.rectification_reported,), State.closure_requested, (E,)),
    Step(EventType.verify, (State.closure_requested,), State.verified, (D,)),
    Step(EventType.reject, (State.closure_requested,), State.rectifying, (D,)),
    Step(EventType.close, (State.verified,), State.closed, (D,)),
)
BEFORE_CLOSURE_REQUEST = (State.registered, State.notified, State.plan_submitted, State.rectifying)
# a request made in time is decided even if the rectification is reported meanwhile (HRP 5.3.2: within 10 working days)
BEFORE_VERIFICATION = (*BEFORE_CLOSURE_REQUEST, State.rectification_reported, State.closure_requested)
# on a listed entry, these belong to the listing organ or one above it (挂牌督办: the deadline is the listing's)
LISTING_ORGAN_ONLY = (EventType.list_notice, EventType.delist, EventType.grant_extension, EventType.refuse_extension)
BESIDE = (
    Step(EventType.list_, OPEN_STATES, None, (D,)),
    Step(EventType.list_notice, OPEN_STATES, None, (D,)),
    Step(EventType.delist, (State.verified,), None, (D,)),
    Step(EventType.request_extension, BEFORE_CLOSURE_REQUEST, None, (E,)),
    Step(EventType.grant_extension, BEFORE_VERIFICATION, None, (D,)),
    Step(EventType.refuse_extension, BEFORE_VERIFICATION, None, (D,)),
    Step(EventType.suspend, OPEN_STATES, None, (D,)),
    Step(EventType.resume, (State.verified, State.closed), None, (D,)),
    Step(EventType.escalate, OPEN_STATES, None, (D,)),
    Step(EventType.penalize, tuple(State), None, (D,)),
)
STEPS = {step.event: step for step in (*MAIN_TRACK, *BESIDE)}


@dataclass(frozen=True)
class Entry:
    """What the lifecycle knows of a hazard entry."""

    state: State
    found_on: dt.date
    listed: bool = False
    listing_organ: str | None = None
    listing_region: str | None = None
    suspended: bool = False
    extension_requested: dt.date | None = None
    order_deadline: dt.date | None = None
    plan_deadline: dt.date | None = None
    listing_deadline: dt.date | None = None
    extended_deadline: dt.date | None = None
    # the date of the latest act in SEQUENCE (None: none yet); read from the events, not a stored column
    last_act_on: dt.date | None = field(default=None, compare=False)

    @property
    def deadline(self) -> dt.date | None:
        """The governing deadline: a granted extension, else the one set (set_deadline)."""
        return self.extended_deadline if self.extended_deadline is not None else self.set_deadline

    @property
    def set_deadline(self) -> dt.date | None:
        """The deadline before any extension: the earliest of the order's, the plan's and the listing's."""
        known = [d for d in (self.order_deadline, self.plan_deadline, self.listing_deadline) if d is not None]
        return min(known) if known else None


class TransitionError(Exception):
    """An event refused: a stable code, the HTTP status it maps to, the current state and the allowed next steps."""

    def __init__(self, code: str, message: str, status: int, state: State, allowed: list[EventType],
                 field: str | None = None):
        self.code, self.message, self.status, self.state, self.allowed = code, message, status, state, allowed
        self.field = field  # the event's field the refusal is about (dotted), or None: the event as a whole
        super().__init__(message)


def register(found_on: dt.date, order_deadline: dt.date | None = None) -> Entry:
    """A new entry, as its first finding registers it."""
    return Entry(state=State.registered, found_on=found_on, order_deadline=order_deadline)


def guard_problem(entry: Entry, event: EventType) -> tuple[str, str] | None:
    """Why an event is refused in this entry whatever its payload and whoever asks (code, message), or None."""
    if event in (EventType.delist, EventType.list_notice) and not entry.listed:
        return "not_listed", "该隐患未挂牌督办，无需摘牌"
    if event is EventType.close and entry.listed:
        return "listed_not_delisted", "该隐患仍在挂牌督办中：须由挂牌单位（或其上级）摘牌后才能销号"
    if event is EventType.request_extension and entry.extension_requested is not None:
        return "extension_pending", f"已有延期申请（延至 {entry.extension_requested}）待审批"
    if event is EventType.request_extension and entry.deadline is None:
        return "no_deadline", "该隐患尚无整改期限（指令书、治理方案或挂牌督办确定），无从延期"
    if event in (EventType.grant_extension, EventType.refuse_extension) and entry.extension_requested is None:
        return "no_extension_requested", "没有待审批的延期申请"
    if event is EventType.suspend and entry.suspended:
        return "already_suspended", "该企业已因此隐患停产整顿"
    if event is EventType.resume and not entry.suspended:
        return "not_suspended", "该隐患没有停产整顿决定，无需恢复生产"
    return None


def organ_problem(entry: Entry, event: EventType, actor: Actor) -> tuple[str, str] | None:
    """Why this department may not take this step on a listed entry (code, message), or None.

    The listing organ, or one above it, sends notices, decides extensions and delists; a higher organ may take the
    listing over (提级督办, e.g. a province listing what a city listed), the same organ or a lower one may not list again.
    """
    if not entry.listed:
        return None
    who = entry.listing_organ or "有关单位"
    if event is EventType.list_ and not actor.is_above(entry.listing_organ, entry.listing_region):
        return "already_listed", f"该隐患已由{who}挂牌督办；只有其上级可以提级督办"
    if event in LISTING_ORGAN_ONLY and not actor.is_at_or_above(entry.listing_organ, entry.listing_region):
        return "not_listing_organ", f"该隐患由{who}挂牌督办：「{event.label}」只能由挂牌单位或其上级办理"
    return None


def waiting(entry: Entry) -> list[tuple[EventType, str]]:
    """Steps of the main track that this state leads to but a guard still holds back, with why (e.g. 摘牌 first)."""
    return [(step.event, problem[1]) for step in MAIN_TRACK if entry.state in step.from_states
            for problem in [guard_problem(entry, step.event)] if problem is not None]


def allowed(entry: Entry, actor: Actor) -> list[EventType]:
    """The event types this user may apply to this entry now (payload checks aside)."""
    return [step.event for step in STEPS.values()
            if entry.state in step.from_states and actor.role in step.roles and guard_problem(entry, step.event) is None
            and (actor.role is not Role.department or organ_problem(entry, step.event, actor) is None)]


def next_steps(entry: Entry) -> list[tuple[EventType, tuple[Role, ...]]]:
    """What may happen next to this entry, and which roles may do it (which user may: `allowed`).

    Listing a listed entry again (提级督办 by a higher organ) is left out: an exception, not a next step; the higher
    organ finds it among its own steps.
    """
    return [(step.event, step.roles) for step in STEPS.values()
            if entry.state in step.from_states and guard_problem(entry, step.event) is None
            and not (step.event is EventType.list_ and entry.listed)]


def _refuse(code: str, message: str, status: int, entry: Entry, actor: Actor,
            field: str | None = None) -> TransitionError:
    return TransitionError(code, message, status, entry.state, allowed(entry, actor), field)


def _check_step(entry: Entry, step: Step, actor: Actor) -> None:
    if entry.state not in step.from_states:
        raise _refuse("invalid_transition", f"当前状态为「{entry.state.label}」，不能「{step.event.label}」", 409,
                      entry, actor)
    if actor.role not in step.roles:
        who = "、".join(role.label for role in step.roles)
        raise _refuse("role_not_allowed", f"「{step.event.label}」只能由{who}办理，当前用户是{actor.role.label}", 403,
                      entry, actor)
    problem = guard_problem(entry, step.event)
    if problem:
        raise _refuse(problem[0], problem[1], 409, entry, actor)
    problem = organ_problem(entry, step.event, actor)
    if problem:
        raise _refuse(problem[0], problem[1], 409 if problem[0] == "already_listed" else 403, entry, actor)


def _check_date(entry: Entry, on: dt.date, today: dt.date, actor: Actor) -> None:
    if on > today:
        raise _refuse("act_date_in_future", f"发生日期 {on} 晚于今天 {today}", 422, entry, actor, "on")
    if on < entry.found_on:
        raise _refuse("act_date_before_entry", f"发生日期 {on} 早于该隐患的发现日期 {entry.found_on}", 422, entry, actor,
                      "on")


def _check_sequence(entry: Entry, step: Step, on: dt.date, actor: Actor) -> None:
    if step.event in SEQUENCE and entry.last_act_on is not None and on < entry.last_act_on:
        raise _refuse("act_date_before_previous", f"「{step.event.label}」的发生日期 {on} 早于上一步办理日期 "
                      f"{entry.last_act_on}：各步骤按办理顺序，日期不能倒置", 422, entry, actor, "on")


def apply(entry: Entry, event: EventIn, actor: Actor, today: dt.date) -> Entry:
    """The entry after the event, or TransitionError; the input entry is never changed."""
    step = STEPS[EventType(event.type)]
    _check_step(entry, step, actor)
    on = event.on or today
    _check_date(entry, on, today, actor)
    _check_sequence(entry, step, on, actor)
    changed = _effects(entry, event, actor, on, today)
    if step.event in SEQUENCE:
        changed = replace(changed, last_act_on=on)
    return replace(changed, state=step.to_state) if step.to_state is not None else changed


def _effects(entry: Entry, event: EventIn, actor: Actor, on: dt.date, today: dt.date) -> Entry:
    """What an event changes beside the main state (listing, deadlines, 停产), after its own payload checks."""
    if isinstance(event, SubmitPlan):
        _not_before(event.plan.deadline, on, "治理完成期限", entry, actor, "plan.deadline")
        return replace(entry, plan_deadline=event.plan.deadline)
    if isinstance(event, ListHazard):
        if event.deadline is not None:
            _not_before(event.deadline, on, "督办期限", entry, actor)
        listing_deadline = event.deadline if event.deadline is not None else entry.listing_deadline  # 提级: kept
        return _capped(replace(entry, listed=True, listing_organ=event.organ or actor.organ,
                               listing_region=actor.region_code, listing_deadline=listing_deadline), event.deadline)
    if isinstance(event, ListNotice):
        _not_before(event.deadline, on, "督办期限", entry, actor)
        return _capped(replace(entry, listing_deadline=event.deadline), event.deadline)
    if isinstance(event, Delist):
        return replace(entry, listed=False)
    if isinstance(event, RequestExtension):
        return _request_extension(entry, event, actor, on, today)
    if isinstance(event, GrantExtension):
        until = event.until or entry.extension_requested
        current = entry.deadline
        if until is None or (current is not None and until <= current):
            raise _refuse("extension_not_later", f"延期后的期限 {until} 应晚于当前期限 {current}", 422, entry, actor,
                          "until")
        return replace(entry, extended_deadline=until, extension_requested=None)
    if event.type is EventType.refuse_extension:
        return replace(entry, extension_requested=None)
    if event.type is EventType.suspend:
        return replace(entry, suspended=True)
    if event.type is EventType.resume:
        return replace(entry, suspended=False)
    return entry  # the main track's own steps, 函告/通报/约谈/曝光 and penalties change nothing else


def _capped(entry: Entry, deadline: dt.date | None) -> Entry:
    """A listing deadline set after an extension was granted: the earlier of the two governs (as between orders)."""
    if deadline is None or entry.extended_deadline is None or deadline >= entry.extended_deadline:
        return entry
    return replace(entry, extended_deadline=deadline)


def _request_extension(entry: Entry, event: RequestExtension, actor: Actor, on: dt.date, today: dt.date) -> Entry:
    current = entry.deadline
    assert current is not None  # guard_problem refused an entry without a deadline
    if today > current:  # the enterprise records its own request: dating it earlier does not make it timely
        raise _refuse("deadline_passed", f"期限 {current} 已过（今天 {today}）：延期应在期限届满前申请并登记，"
                      "不能补登为更早的日期", 409, entry, actor)
    if event.until <= current:
        raise _refuse("extension_not_later", f"申请延至 {event.until}，应晚于当前期限 {current}", 422, entry, actor,
                      "until")
    return replace(entry, extension_requested=event.until)


def _not_before(date: dt.date, on: dt.date, what: str, entry: Entry, actor: Actor, field: str = "deadline") -> None:
    if date < on:
        raise _refuse("deadline_before_act", f"{what} {date} 早于发生日期 {on}", 422, entry, actor, field)
