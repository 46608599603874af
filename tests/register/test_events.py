"""Events on stored entries: the procedure to 销号, who may do what, what others see, conflicts, integrity."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import TypeAdapter
from register_fixtures import PLAN, cleared_cold_store, cold_store

from ledger import integrity, stats
from ledger.errors import RegisterError
from ledger.events import EventIn
from ledger.identity import Actor
from ledger.service import Register
from ledger.store.db import Database
from ledger.vocab import EventType, State

EVENTS: TypeAdapter[Any] = TypeAdapter(EventIn)


def ev(kind: str, **fields: Any) -> Any:
    return EVENTS.validate_python({"type": kind, "reason": fields.pop("reason", "依法办理"), **fields})


@pytest.fixture()
def hazard_id(register: Register, people: dict[str, Actor]) -> int:
    record, _ = register.submit(cold_store(), people["city"])
    return record.hazards[0].hazard_id


def walk_to_closure_request(register: Register, people: dict[str, Actor], hazard_id: int, reinspection: str) -> None:
    steps = [("city", ev("notify", on="2025-06-02")),
             ("enterprise", ev("submit_plan", on="2025-06-05", plan={**PLAN, "deadline": "2025-06-30"})),
             ("enterprise", ev("start_rectification", on="2025-06-06")),
             ("enterprise", ev("report_rectification", on="2025-06-24")),
             ("enterprise", ev("request_closure", on="2025-06-26", evidence="作业间人数已降至 6 人",
                               reinspection_id=reinspection))]
    for who, event in steps:
        register.apply_event(hazard_id, event, people[who])


def test_the_procedure_runs_to_closure_with_a_clear_reinspection(register: Register, people: dict[str, Actor],
                                                                 hazard_id: int, db: Database) -> None:
    recheck, _ = register.submit(cleared_cold_store(), people["city"])
    assert recheck.hazards == []  # the criterion came out clear: nothing registered
    walk_to_closure_request(register, people, hazard_id, recheck.id)
    register.apply_event(hazard_id, ev("verify", on="2025-06-27", reason="现场核查：作业间 6 人"), people["county"])
    with pytest.raises(RegisterError) as caught:
        register.apply_event(hazard_id, ev("close", reason="销号"), people["county"])
    assert caught.value.code == "listed_not_delisted" and caught.value.status == 409
    with pytest.raises(RegisterError) as refused:
        register.apply_event(hazard_id, ev("delist", reason="摘牌"), people["county"])
    assert refused.value.code == "not_listing_organ"  # the city listed it; the county is below
    register.apply_event(hazard_id, ev("delist", on="2025-06-28", reason="验收合格摘牌"), people["city"])
    closed = register.apply_event(hazard_id, ev("close", on="2025-06-30", reason="销号"), people["county"])
    assert closed.state is State.closed and closed.closed_on == dt.date(2025, 6, 30) and closed.days_to_close == 29
    assert closed.plan is not None and closed.plan["five_assurances"]["资金"] is True
    assert closed.listing is not None and closed.listing.delisted_on == dt.date(2025, 6, 28)  # the listing ended
    assert [e.type for e in closed.timeline][-3:] == [EventType.verify, EventType.delist, EventType.close]
    assert closed.next_steps == [] or all(s.type in (EventType.penalize, EventType.resume) for s in closed.next_steps)
    assert integrity.check(db).ok


def test_a_closure_is_never_dated_before_the_verification_it_needs(register: Register, people: dict[str, Actor],
                                                                   hazard_id: int, db: Database) -> None:
    recheck, _ = register.submit(cleared_cold_store(), people["city"])
    walk_to_closure_request(register, people, hazard_id, recheck.id)
    with pytest.raises(RegisterError) as early:  # verified before the closure was even requested (06-26)
        register.apply_event(hazard_id, ev("verify", on="2025-06-25"), people["county"])
    assert (early.value.code, early.value.status) == ("act_date_before_previous", 422)
    verified = register.apply_event(hazard_id, ev("verify", on="2025-06-27", reason="现场核查合格"), people["county"])
    assert [(w.type, "摘牌" in w.reason) for w in verified.waiting] == [(EventType.close, True)]  # said, not hidden
    assert EventType.close not in [s.type for s in verified.next_steps]
    register.apply_event(hazard_id, ev("delist", on="2025-06-28", reason="验收合格摘牌"), people["city"])
    before = register.hazard(hazard_id, people["city"])
    assert before.waiting == [] and EventType.close in [s.type for s in before.next_steps]
    with pytest.raises(RegisterError) as caught:
        register.apply_event(hazard_id, ev("close", on="2025-06-27", reason="销号"), people["county"])
    assert caught.value.code == "act_date_before_previous" and "2025-06-28" in caught.value.message
    assert register.hazard(hazard_id, people["city"]) == before
    closed = register.apply_event(hazard_id, ev("close", on="2025-06-28", reason="销号"), people["county"])
    assert closed.closed_on == dt.date(2025, 6, 28) and integrity.check(db).ok


def test_a_reinspection_that_still_finds_the_hazard_is_no_evidence(register: Register, people: dict[str, Actor],
                                                                   hazard_id: int) -> None:
    again, _ = register.submit(cold_store(date="2025-06-25"), people["city"])
    with pytest.raises(RegisterError) as caught:
        walk_to_closure_request(register, people, hazard_id, again.id)
    assert caught.value.code == "reinspection_not_clear"
    assert "结论是“重大事故隐患”" in caught.value.message and "hazard" not in caught.value.message  # said in Chinese
    assert register.hazard(hazard_id, people["city"]).state is State.rectification_reported


def test_another_enterprise_or_region_gets_not_found(register: Register, people: dict[str, Actor],
                                                     hazard_id: int) -> None:
    for who in ("other_enterprise", "other_county", "author"):
        with pytest.raises(RegisterError) as caught:
            register.hazard(hazard_id, people[who])
        assert caught.value.status == 404
        with pytest.raises(RegisterError) as acted:
            register.apply_event(hazard_id, ev("notify"), people[who])
        assert acted.value.status == 404
    assert register.hazard(hazard_id, people["enterprise"]).uscc == people["enterprise"].uscc


@pytest.mark.parametrize(("who", "event", "code", "status"), [
    ("enterprise", ev("verify"), "invalid_transition", 409),  # not even in the right state
    ("enterprise", ev("escalate", measure="约谈"), "role_not_allowed", 403),
    ("city", ev("close"), "invalid_transition", 409),  # a closure without verification
    ("city", ev("notify", on="2025-05-01"), "act_date_before_entry", 422),
    ("city", ev("notify", on="2025-07-02"), "act_date_in_future", 422),
    ("city", ev("notify", version=5), "version_conflict", 409),
])
def test_a_bad_event_changes_nothing(register: Register, people: dict[str, Actor], hazard_id: int, who: str,
                                     event: Any, code: str, status: int) -> None:
    before = register.hazard(hazard_id, people["city"])
    with pytest.raises(RegisterError) as caught:
        register.apply_event(hazard_id, event, people[who])
    assert (caught.value.code, caught.value.status) == (code, status)
    if code == "invalid_transition":
        detail = caught.value.errors[0]
        assert detail["current_state"] == "registered" and "notify" in detail["allowed"]
    assert register.hazard(hazard_id, people["city"]) == before


def test_a_stale_version_loses(register: Register, people: dict[str, Actor], hazard_id: int) -> None:
    seen = register.hazard(hazard_id, people["city"]).version
    register.apply_event(hazard_id, ev("escalate", measure="函告", version=seen), people["city"])
    with pytest.raises(RegisterError) as caught:
        register.apply_event(hazard_id, ev("escalate", measure="约谈", version=seen), people["county"])
    assert caught.value.code == "version_conflict"


def test_a_penalty_is_tied_to_the_inspection_that_found_the_hazard(register: Register, people: dict[str, Actor],
                                                                   hazard_id: int) -> None:
    detail = register.apply_event(hazard_id, ev("penalize", document_number="（威）应急罚〔2025〕9号",
                                                enterprise_fine=50000, person="王海涛", person_fine=20000),
                                  people["city"])
    assert detail.timeline[-1].details["person_fine"] == 20000
    with pytest.raises(RegisterError) as caught:
        register.apply_event(hazard_id, ev("penalize", document_number="x", enterprise_fine=1,
                                           inspection_id="0" * 32), people["city"])
    assert caught.value.code == "inspection_not_sighting"


def test_the_integrity_check_finds_a_state_changed_behind_the_events(register: Register, people: dict[str, Actor],
                                                                     hazard_id: int, db: Database) -> None:
    assert integrity.check(db).ok
    with db.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE hazards SET state = 'verified' WHERE id = {hazard_id}")
    report = integrity.check(db)
    assert not report.ok and "与其事件重放的结果" in report.problems[0]


def test_the_integrity_check_finds_a_deadline_changed_behind_its_history(register: Register, people: dict[str, Actor],
                                                                         hazard_id: int, db: Database) -> None:
    register.apply_event(hazard_id, ev("notify", on="2025-06-02"), people["city"])
    register.apply_event(hazard_id, ev("submit_plan", on="2025-06-05", plan={**PLAN, "deadline": "2025-06-30"}),
                         people["enterprise"])
    assert integrity.check(db).ok and integrity.check(db).counts["deadline_changes"] == 1
    with db.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE hazards SET deadline = '2025-09-30' WHERE id = {hazard_id}")
    report = integrity.check(db)
    assert not report.ok and "期限变更记录为 2025-06-30" in " ".join(report.problems)


def test_a_register_of_revision_0003_keeps_its_deadlines_as_they_were_read(register: Register, hazard_id: int,
                                                                          people: dict[str, Actor], db: Database) -> None:
    # revision 0004 added the deadline history: an entry already open gets one change dated its first finding
    register.apply_event(hazard_id, ev("notify", on="2025-06-02"), people["city"])
    register.apply_event(hazard_id, ev("submit_plan", on="2025-06-05", plan={**PLAN, "deadline": "2025-06-30"}),
                         people["enterprise"])
    db.downgrade("0003")
    db.upgrade()
    with db.engine.connect() as connection:
        kept = connection.exec_driver_sql('SELECT hazard_id, "on", deadline FROM deadline_changes').all()
    assert [(h, str(on), str(deadline)) for h, on, deadline in kept] == [(hazard_id, "2025-06-01", "2025-06-30")]
    assert register.hazard(hazard_id, people["city"], dt.date(2025, 7, 1)).overdue and integrity.check(db).ok


def test_events_and_inspections_cannot_be_changed_in_the_database(register: Register, hazard_id: int,
                                                                  db: Database) -> None:
    for statement in ("UPDATE events SET reason = 'x'", "DELETE FROM events", "UPDATE inspections SET organ = 'x'"):
        with pytest.raises(Exception, match="append_only"), db.engine.begin() as connection:
            connection.exec_driver_sql(statement)


def test_a_province_takes_over_a_city_listing_and_the_city_no_longer_decides_it(
        register: Register, people: dict[str, Actor], hazard_id: int, db: Database) -> None:
    province = people["province"]
    assert EventType.list_ not in register.hazard(hazard_id, people["city"]).yours  # the city listed it (P1)
    assert EventType.list_ in register.hazard(hazard_id, province).yours
    taken = register.apply_event(hazard_id, ev("list", on="2025-06-03", reason="提级督办",
                                                 document_number="鲁安办督〔2025〕7号", deadline="2025-08-31"), province)
    assert taken.listing is not None and taken.listing.organ == "山东省应急管理厅"
    assert taken.listing.taken_over_from == "威海市应急管理局" and taken.listing.deadline == dt.date(2025, 8, 31)
    assert taken.listing.listed_on == dt.date(2025, 6, 3)
    city_view = register.hazard(hazard_id, people["city"])
    assert EventType.delist not in city_view.yours and EventType.list_notice not in city_view.yours
    with pytest.raises(RegisterError) as caught:
        register.apply_event(hazard_id, ev("list_notice", document_number="威安委办督〔2025〕3号",
                                           deadline="2025-09-30"), people["city"])
    assert caught.value.code == "not_listing_organ" and "山东省应急管理厅" in caught.value.message
    assert integrity.check(db).ok


def test_a_penalty_without_an_inspection_is_tied_to_the_department_inspection_not_a_later_self_check(
        register: Register, people: dict[str, Actor], hazard_id: int, db: Database) -> None:
    def city_zero_penalty() -> int:
        rows = stats.penalties(db, "3710", dt.date(2025, 1, 1), dt.date(2025, 12, 31), people["city"])
        return next(p.zero_penalty for p in rows if p.organ == "威海市应急管理局")

    self_check = cold_store(date="2025-06-10", channel="企业自查", level=None, organ=None, document_number=None)
    record, _ = register.submit(self_check, people["enterprise"])
    assert [h.hazard_id for h in record.hazards] == [hazard_id]  # a further sighting of the city's entry
    assert city_zero_penalty() == 1
    register.apply_event(hazard_id, ev("penalize", document_number="（威）应急罚〔2025〕9号", enterprise_fine=50000,
                                       person="王海涛", person_fine=20000), people["city"])
    assert city_zero_penalty() == 0  # it was tied to the self-check, and the city's inspection read as unpenalised
