"""The lifecycle on its own, without a database: every state × event × role, and random walks (hypothesis)."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from ledger import lifecycle
from ledger.events import POSTABLE, EventIn
from ledger.identity import Actor
from ledger.lifecycle import Entry, TransitionError
from ledger.vocab import EventType, Role, State

TODAY = dt.date(2025, 7, 1)
FOUND = dt.date(2025, 6, 1)
EVENTS: TypeAdapter[Any] = TypeAdapter(EventIn)
PLAN = {key: {"text": "按方案落实", "secured": True}
        for key in ("objectives", "methods", "funding", "organisation", "timeline", "safety")}


def actor(role: Role, organ: str = "威海市应急管理局") -> Actor:
    return Actor(name="某人", role=role, region_code="371000" if role is Role.department else None,
                 uscc="91371082MA3C8K2Q1W" if role is Role.enterprise else None, organ=organ)


def event(kind: EventType, entry: Entry) -> Any:
    """A payload that is valid for this entry whatever its state, so only the state, role and guards decide."""
    body: dict[str, Any] = {"type": kind.value, "reason": "依法办理", "on": entry.found_on.isoformat()}
    deadline = entry.deadline or TODAY
    extra: dict[EventType, dict[str, Any]] = {
        EventType.submit_plan: {"plan": {**PLAN, "deadline": "2025-09-30"}},
        EventType.request_closure: {"evidence": "整改完成照片与验收记录"},
        EventType.list_: {"document_number": "威安委办督〔2025〕3号", "deadline": "2025-10-31"},
        EventType.list_notice: {"document_number": "威安委办督〔2025〕3号", "deadline": "2025-10-31"},
        EventType.request_extension: {"until": (deadline + dt.timedelta(days=30)).isoformat()},
        EventType.escalate: {"measure": "约谈"},
        EventType.penalize: {"document_number": "（威）应急罚〔2025〕9号", "enterprise_fine": 50000, "person": "王海涛",
                             "person_fine": 20000},
    }
    return EVENTS.validate_python({**body, **extra.get(kind, {})})


def entries() -> list[Entry]:
    found = []
    for state, listed, suspended, pending, deadline in itertools.product(
            State, (False, True), (False, True), (False, True), (None, dt.date(2025, 8, 1))):
        if state is State.closed and listed:
            continue  # unreachable: a listed entry is delisted before 销号
        if pending and deadline is None:
            continue  # unreachable: an extension is asked of an existing deadline
        found.append(Entry(state=state, found_on=FOUND, listed=listed, listing_organ="威海市应急管理局" if listed else None,
                           listing_region="371000" if listed else None, suspended=suspended,
                           extension_requested=dt.date(2025, 9, 1) if pending else None, order_deadline=deadline))
    return found


@pytest.mark.parametrize("entry", entries(), ids=str)
def test_an_event_succeeds_exactly_when_it_is_listed_as_allowed(entry: Entry) -> None:
    for role, kind in itertools.product(Role, POSTABLE):
        allowed = lifecycle.allowed(entry, actor(role))
        try:
            after = lifecycle.apply(entry, event(kind, entry), actor(role), TODAY)
        except TransitionError as error:
            assert kind not in allowed, f"{kind} by {role} refused in {entry}: {error.code}"
            assert error.state is entry.state and error.allowed == allowed
            assert error.status in (403, 409), error.code
            continue
        assert kind in allowed, f"{kind} by {role} accepted in {entry}"
        step = lifecycle.STEPS[kind]
        assert after.state is (step.to_state or entry.state)


def test_the_main_track_runs_from_registration_to_closure() -> None:
    entry = lifecycle.register(FOUND)
    walk = [(EventType.notify, Role.department), (EventType.submit_plan, Role.enterprise),
            (EventType.start_rectification, Role.enterprise), (EventType.report_rectification, Role.enterprise),
            (EventType.request_closure, Role.enterprise), (EventType.reject, Role.department),
            (EventType.report_rectification, Role.enterprise), (EventType.request_closure, Role.enterprise),
            (EventType.verify, Role.department), (EventType.close, Role.department)]
    states = []
    for kind, role in walk:
        entry = lifecycle.apply(entry, event(kind, entry), actor(role), TODAY)
        states.append(entry.state)
    assert states == [State.notified, State.plan_submitted, State.rectifying, State.rectification_reported,
                      State.closure_requested, State.rectifying, State.rectification_reported,
                      State.closure_requested, State.verified, State.closed]
    assert entry.plan_deadline == dt.date(2025, 9, 30) and entry.deadline == dt.date(2025, 9, 30)


def test_closure_without_verification_is_refused_with_the_state_and_next_steps() -> None:
    entry = Entry(state=State.closure_requested, found_on=FOUND)
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(entry, event(EventType.close, entry), actor(Role.department), TODAY)
    assert caught.value.code == "invalid_transition" and caught.value.status == 409
    assert caught.value.state is State.closure_requested
    assert EventType.verify in caught.value.allowed and EventType.reject in caught.value.allowed


def test_only_a_department_verifies_and_the_enterprise_is_told_so() -> None:
    entry = Entry(state=State.closure_requested, found_on=FOUND)
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(entry, event(EventType.verify, entry), actor(Role.enterprise), TODAY)
    assert caught.value.code == "role_not_allowed" and caught.value.status == 403
    assert "监管部门" in caught.value.message


@pytest.mark.parametrize(("on", "code"), [(TODAY + dt.timedelta(days=1), "act_date_in_future"),
                                          (FOUND - dt.timedelta(days=1), "act_date_before_entry")])
def test_the_act_date_is_neither_in_the_future_nor_before_the_entry(on: dt.date, code: str) -> None:
    entry = lifecycle.register(FOUND)
    body = {"type": "notify", "reason": "告知", "on": on.isoformat()}
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(entry, EVENTS.validate_python(body), actor(Role.department), TODAY)
    assert caught.value.code == code and caught.value.status == 422


def test_an_act_is_never_dated_before_the_one_it_follows() -> None:
    # verified on 06-20: the 销号 that needs it cannot be dated 06-19 (it would read as closed before verification)
    verified = lifecycle.apply(Entry(state=State.closure_requested, found_on=FOUND, last_act_on=dt.date(2025, 6, 10)),
                               EVENTS.validate_python({"type": "verify", "reason": "现场核查合格", "on": "2025-06-20"}),
                               actor(Role.department), TODAY)
    assert verified.last_act_on == dt.date(2025, 6, 20)
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(verified, EVENTS.validate_python({"type": "close", "reason": "销号", "on": "2025-06-19"}),
                        actor(Role.department), TODAY)
    assert caught.value.code == "act_date_before_previous" and caught.value.status == 422
    assert "2025-06-20" in caught.value.message
    same_day = lifecycle.apply(verified, EVENTS.validate_python({"type": "close", "reason": "销号", "on": "2025-06-20"}),
                               actor(Role.department), TODAY)
    assert same_day.state is State.closed
    # a penalty decided earlier may be recorded later: it is not one of the acts that follow one another
    penalty = event(EventType.penalize, verified)
    assert penalty.on < verified.last_act_on
    assert lifecycle.apply(verified, penalty, actor(Role.department), TODAY).last_act_on == dt.date(2025, 6, 20)


def test_a_late_recorded_act_keeps_its_own_date() -> None:
    entry = Entry(state=State.closure_requested, found_on=FOUND)
    body = {"type": "verify", "reason": "现场核查合格", "on": "2025-06-20"}
    assert lifecycle.apply(entry, EVENTS.validate_python(body), actor(Role.department), TODAY).state is State.verified


def test_only_the_listing_organ_or_one_above_delists() -> None:
    entry = Entry(state=State.verified, found_on=FOUND, listed=True, listing_organ="荣成市应急管理局",
                  listing_region="371082")
    delist = event(EventType.delist, entry)
    peer = Actor(name="甲", role=Role.department, region_code="371083", organ="乳山市应急管理局")
    same_region_other_organ = Actor(name="乙", role=Role.department, region_code="371082", organ="荣成市住建局")
    city = Actor(name="丙", role=Role.department, region_code="371000", organ="威海市应急管理局")
    lister = Actor(name="丁", role=Role.department, region_code="371082", organ="荣成市应急管理局")
    for refused in (peer, same_region_other_organ):
        with pytest.raises(TransitionError) as caught:
            lifecycle.apply(entry, delist, refused, TODAY)
        assert caught.value.code == "not_listing_organ"
    for accepted in (city, lister):
        assert lifecycle.apply(entry, delist, accepted, TODAY).listed is False


def test_extensions_are_asked_before_the_deadline_and_move_it_when_granted() -> None:
    entry = Entry(state=State.rectifying, found_on=FOUND, order_deadline=dt.date(2025, 6, 20))
    late = EVENTS.validate_python({"type": "request_extension", "reason": "设备到货延迟", "until": "2025-08-01",
                                   "on": "2025-06-25"})
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(entry, late, actor(Role.enterprise), TODAY)
    assert caught.value.code == "deadline_passed"
    in_time = late.model_copy(update={"on": dt.date(2025, 6, 15)})
    asked = lifecycle.apply(entry, in_time, actor(Role.enterprise), dt.date(2025, 6, 18))
    assert asked.extension_requested == dt.date(2025, 8, 1) and asked.deadline == dt.date(2025, 6, 20)
    granted = lifecycle.apply(asked, EVENTS.validate_python({"type": "grant_extension", "reason": "同意"}),
                              actor(Role.department), TODAY)
    assert granted.deadline == dt.date(2025, 8, 1) and granted.extension_requested is None


def test_production_resumes_only_after_the_hazard_is_verified_removed() -> None:
    entry = Entry(state=State.rectifying, found_on=FOUND, suspended=True)
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(entry, event(EventType.resume, entry), actor(Role.department), TODAY)
    assert caught.value.code == "invalid_transition"
    verified = Entry(state=State.verified, found_on=FOUND, suspended=True)
    assert lifecycle.apply(verified, event(EventType.resume, verified), actor(Role.department), TODAY).suspended is False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(POSTABLE), st.sampled_from(list(Role))), max_size=40))
def test_random_walks_keep_the_procedure(walk: list[tuple[EventType, Role]]) -> None:
    """Whatever is tried: 销号 only right after 核查通过, never while listed; a refused event changes nothing."""
    entry = lifecycle.register(FOUND, order_deadline=dt.date(2025, 7, 31))  # after TODAY: extensions can be asked
    for kind, role in walk:
        try:
            after = lifecycle.apply(entry, event(kind, entry), actor(role), TODAY)
        except TransitionError:
            continue  # `entry` is frozen: the refused event left it as it was
        if after.state is State.closed and entry.state is not State.closed:
            assert entry.state is State.verified and not entry.listed and kind is EventType.close
        if entry.state is State.closed:
            assert after.state is State.closed
        if entry.suspended and not after.suspended:
            assert entry.state in (State.verified, State.closed)
        entry = after


def test_an_extension_request_recorded_after_the_deadline_cannot_be_dated_back_before_it() -> None:
    entry = Entry(state=State.rectifying, found_on=FOUND, order_deadline=dt.date(2025, 6, 20))
    back_dated = EVENTS.validate_python({"type": "request_extension", "reason": "设备到货延迟", "until": "2025-08-01",
                                         "on": "2025-06-15"})
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(entry, back_dated, actor(Role.enterprise), TODAY)  # recorded 07-01, deadline 06-20
    assert caught.value.code == "deadline_passed" and "2025-07-01" in caught.value.message


def test_a_pending_extension_is_decided_after_the_rectification_is_reported() -> None:
    entry = Entry(state=State.rectification_reported, found_on=FOUND, order_deadline=dt.date(2025, 8, 1),
                  extension_requested=dt.date(2025, 9, 1))
    refuse = EVENTS.validate_python({"type": "refuse_extension", "reason": "已报告整改完成，无需延期"})
    refused = lifecycle.apply(entry, refuse, actor(Role.department), TODAY)
    assert refused.extension_requested is None and refused.state is State.rectification_reported
    closing = replace(entry, state=State.closure_requested)
    grant = EVENTS.validate_python({"type": "grant_extension", "reason": "同意"})
    assert lifecycle.apply(closing, grant, actor(Role.department), TODAY).deadline == dt.date(2025, 9, 1)


def test_a_listing_deadline_set_after_an_extension_governs_when_it_is_earlier() -> None:
    extended = Entry(state=State.rectifying, found_on=FOUND, plan_deadline=dt.date(2025, 8, 1),
                     extended_deadline=dt.date(2025, 12, 31), listed=True, listing_organ="荣成市应急管理局",
                     listing_region="371082")
    province = Actor(name="省厅", role=Role.department, region_code="370000", organ="山东省应急管理厅")
    take_over = EVENTS.validate_python({"type": "list", "reason": "提级督办", "document_number": "鲁安办督〔2025〕1号",
                                        "deadline": "2025-09-30", "on": "2025-07-01"})
    listed = lifecycle.apply(extended, take_over, province, TODAY)
    assert listed.deadline == dt.date(2025, 9, 30) and listed.listing_organ == "山东省应急管理厅"
    assert listed.listing_region == "370000"
    later = lifecycle.apply(extended, take_over.model_copy(update={"deadline": dt.date(2026, 3, 31)}), province, TODAY)
    assert later.deadline == dt.date(2025, 12, 31)  # a later listing deadline does not undo the granted extension


def test_only_a_higher_organ_takes_a_listing_over() -> None:
    entry = Entry(state=State.rectifying, found_on=FOUND, listed=True, listing_organ="威海市应急管理局",
                  listing_region="371000")
    again = EVENTS.validate_python({"type": "list", "reason": "挂牌", "document_number": "威安委办督〔2025〕4号",
                                    "deadline": "2025-10-31"})
    county = Actor(name="县", role=Role.department, region_code="371082", organ="荣成市应急管理局")
    city = Actor(name="市", role=Role.department, region_code="371000", organ="威海市应急管理局")
    other_city = Actor(name="外市", role=Role.department, region_code="370700", organ="潍坊市应急管理局")
    province = Actor(name="省", role=Role.department, region_code="370000", organ="山东省应急管理厅")
    for refused in (county, city, other_city):
        with pytest.raises(TransitionError) as caught:
            lifecycle.apply(entry, again, refused, TODAY)
        assert caught.value.code == "already_listed" and EventType.list_ not in caught.value.allowed
    assert EventType.list_ in lifecycle.allowed(entry, province)
    assert lifecycle.apply(entry, again, province, TODAY).listing_organ == "山东省应急管理厅"


def test_on_a_listed_entry_only_the_listing_organ_or_above_decides_an_extension_and_is_offered_it() -> None:
    entry = Entry(state=State.rectifying, found_on=FOUND, order_deadline=dt.date(2025, 8, 1), listed=True,
                  listing_organ="威海市应急管理局", listing_region="371000", extension_requested=dt.date(2025, 9, 1))
    county = Actor(name="县", role=Role.department, region_code="371082", organ="荣成市应急管理局")
    grant = EVENTS.validate_python({"type": "grant_extension", "reason": "同意"})
    with pytest.raises(TransitionError) as caught:
        lifecycle.apply(entry, grant, county, TODAY)
    assert caught.value.code == "not_listing_organ" and caught.value.status == 403
    assert "威海市应急管理局" in caught.value.message
    offered = lifecycle.allowed(entry, county)
    for kind in (EventType.grant_extension, EventType.refuse_extension, EventType.list_notice, EventType.delist,
                 EventType.list_):
        assert kind not in offered
    assert EventType.escalate in offered and EventType.grant_extension in lifecycle.allowed(entry, actor(Role.department))
