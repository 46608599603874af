"""Submitting inspections: one transaction, one entry per enterprise × criterion, sightings, P1 listing, idempotency."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from pydantic import TypeAdapter
from register_fixtures import OTHER_USCC, PLAN, USCC, cold_store

from ledger import integrity
from ledger.errors import RegisterError
from ledger.events import EventIn
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.service import Register
from ledger.store.db import Database
from ledger.vocab import EventType, State

EVENTS: TypeAdapter[Any] = TypeAdapter(EventIn)


def ev(kind: str, **fields: Any) -> Any:
    return EVENTS.validate_python({"type": kind, "reason": "依法办理", **fields})


def test_the_demo_inspection_registers_one_listed_entry(register: Register, people: dict[str, Actor]) -> None:
    record, replayed = register.submit(cold_store(), people["city"], key="demo-1")
    assert not replayed and record.major_hazard_found and record.channel == "执法检查"
    assert [(h.criterion, h.opened, h.state, h.listed) for h in record.hazards] == [
        ("gongmao-2023.12.2", True, State.registered, True)]
    assert record.assessment is not None and record.assessment.rulebook == record.rulebook
    detail = register.hazard(record.hazards[0].hazard_id, people["city"])
    assert detail.uscc == USCC and detail.citation.article.startswith("第十二条") and detail.evidence
    assert [e.type for e in detail.timeline] == [EventType.register, EventType.list_]
    assert detail.listing is not None and detail.listing.automatic and detail.listing.organ == "威海市应急管理局"
    assert detail.timeline[1].kind == "policy"
    assert EventType.notify in [step.type for step in detail.next_steps]


def test_the_same_hazard_found_again_is_a_sighting_not_a_second_entry(register: Register,
                                                                     people: dict[str, Actor]) -> None:
    first, _ = register.submit(cold_store(), people["city"])
    again, _ = register.submit(cold_store(date="2025-06-20", channel="监督检查", level="区县", organ="荣成市应急管理局"),
                               people["county"])
    assert again.hazards[0].hazard_id == first.hazards[0].hazard_id and not again.hazards[0].opened
    detail = register.hazard(first.hazards[0].hazard_id, people["county"])
    assert [(s.channel, s.opened) for s in detail.sighting_list] == [("执法检查", True), ("监督检查", False)]
    assert register.hazards(HazardFilter(), people["city"]).total == 1


def test_an_idempotent_retry_is_stored_once_and_a_reused_key_is_refused(register: Register,
                                                                        people: dict[str, Actor]) -> None:
    first, replayed_first = register.submit(cold_store(), people["city"], key="k-1")
    again, replayed = register.submit(cold_store(), people["city"], key="k-1")
    assert (replayed_first, replayed) == (False, True) and again.id == first.id
    assert again.hazards[0].hazard_id == first.hazards[0].hazard_id
    with pytest.raises(RegisterError) as caught:
        register.submit(cold_store(date="2025-06-02"), people["city"], key="k-1")
    assert caught.value.code == "idempotency_key_reused" and caught.value.status == 422
    assert register.hazards(HazardFilter(), people["admin"]).total == 1


def test_a_self_check_gives_no_listing(register: Register, people: dict[str, Actor]) -> None:
    document = cold_store(channel="企业自查", level=None, organ=None)
    document["register"] = {"led_by": "王海涛"}
    record, _ = register.submit(document, people["enterprise"])
    assert [(h.opened, h.listed) for h in record.hazards] == [(True, False)]
    assert register.enterprise(USCC, people["enterprise"]).last_self_check is not None


@pytest.mark.parametrize(("who", "changes", "code", "status"), [
    ("enterprise", {}, "forbidden", 403),  # an enterprise submits only its own 企业自查
    ("other_county", {}, "forbidden", 403),  # outside the department's region
    ("author", {}, "forbidden", 403),
    ("city", {"date": "2025-08-01"}, "inspection_date_in_future", 422),
    ("city", {"enterprise": {"name": "无代码企业"}}, "enterprise_identity_required", 422),
])
def test_a_refused_submission_stores_nothing(register: Register, people: dict[str, Actor], who: str,
                                             changes: dict[str, object], code: str, status: int) -> None:
    with pytest.raises(RegisterError) as caught:
        register.submit(cold_store(**changes), people[who])
    assert (caught.value.code, caught.value.status) == (code, status)
    assert register.hazards(HazardFilter(), people["admin"]).total == 0


def test_an_order_on_an_entry_already_open_sets_its_deadline_and_never_loosens_it(register: Register,
                                                                                  people: dict[str, Actor],
                                                                                  db: Database) -> None:
    first, _ = register.submit(cold_store(), people["city"])  # no order deadline given
    hazard_id = first.hazards[0].hazard_id
    assert register.hazard(hazard_id, people["city"]).order_deadline is None
    ordered = cold_store(date="2025-06-10", document_number="（威）应急责改〔2025〕031号")
    ordered["register"] = {"rectify_by": "2025-07-15"}
    again, _ = register.submit(ordered, people["city"])
    assert again.hazards[0].hazard_id == hazard_id and not again.hazards[0].opened  # a further sighting
    entry = register.hazard(hazard_id, people["city"])
    assert entry.order_deadline == dt.date(2025, 7, 15) and entry.deadline == dt.date(2025, 7, 15)
    later = cold_store(date="2025-06-20", document_number="（威）应急责改〔2025〕040号")
    later["register"] = {"rectify_by": "2025-09-30"}
    register.submit(later, people["city"])
    assert register.hazard(hazard_id, people["city"]).deadline == dt.date(2025, 7, 15)  # the earlier order governs
    assert integrity.check(db).ok and integrity.check(db).counts["deadline_changes"] == 1  # the later one changed none
    assert [register.hazard(hazard_id, people["city"], dt.date(2025, 7, day)).overdue for day in (15, 16)] == [
        False, True]


def test_a_rectification_deadline_needs_an_order_in_the_assessment(register: Register,
                                                                   people: dict[str, Actor]) -> None:
    ordered = cold_store()
    ordered["register"] = {"rectify_by": "2025-07-31"}
    record, _ = register.submit(ordered, people["city"])
    assert register.hazard(record.hazards[0].hazard_id, people["city"]).order_deadline.isoformat() == "2025-07-31"
    self_check = cold_store(channel="企业自查", level=None, organ=None)
    self_check["inspection"]["enterprise"] = copy.deepcopy(self_check["inspection"]["enterprise"]) | {"uscc": OTHER_USCC}
    self_check["register"] = {"rectify_by": "2025-07-31"}
    with pytest.raises(RegisterError) as caught:
        register.submit(self_check, people["other_enterprise"])
    assert caught.value.code == "no_order_in_assessment"


def test_a_later_submission_that_leaves_out_optional_fields_keeps_what_the_register_knows(
        register: Register, people: dict[str, Actor]) -> None:
    register.submit(cold_store(), people["city"])  # says industries [gongmao], principal 王海涛, address …
    brief = cold_store(date="2025-06-10", document_number="（威）应急检〔2025〕020号")
    ent = brief["inspection"]["enterprise"]
    brief["inspection"]["enterprise"] = {key: ent[key] for key in ("name", "uscc", "region_code")}
    register.submit(brief, people["city"])
    known = register.enterprise(USCC, people["city"])
    assert known.industries == ["gongmao"] and known.principal == "王海涛" and known.address is not None
    renamed = cold_store(date="2025-06-12", document_number="（威）应急检〔2025〕021号")
    renamed["inspection"]["enterprise"] = {**ent, "principal": "李新", "industries": ["gongmao", "chemical"]}
    register.submit(renamed, people["city"])
    changed = register.enterprise(USCC, people["city"])
    assert changed.principal == "李新" and changed.industries == ["gongmao", "chemical"]  # what is said is taken


def test_an_inspection_submitted_late_but_dated_before_the_entry_moves_its_first_finding_back(
        register: Register, people: dict[str, Actor], db: Database) -> None:
    # it was refused whole (act_date_before_entry on its 挂牌督办), and an earlier 区县 finding left found_on later
    county, _ = register.submit(cold_store(date="2025-06-10", channel="监督检查", level="区县", organ="荣成市应急管理局"),
                                people["county"])
    hazard_id = county.hazards[0].hazard_id
    city, _ = register.submit(cold_store(date="2025-06-05"), people["city"])  # 市级: listed by P1
    assert [(h.hazard_id, h.opened, h.listed) for h in city.hazards] == [(hazard_id, False, True)]
    detail = register.hazard(hazard_id, people["city"])
    assert detail.found_on == dt.date(2025, 6, 5)
    assert detail.listing is not None and detail.listing.listed_on == dt.date(2025, 6, 5)
    assert [s.date for s in detail.sighting_list] == [dt.date(2025, 6, 5), dt.date(2025, 6, 10)]
    register.submit(cold_store(date="2025-06-08", channel="监督检查", level="区县", organ="荣成市应急管理局",
                               document_number="（荣）应急检〔2025〕2号"), people["county"])
    assert register.hazard(hazard_id, people["city"]).found_on == dt.date(2025, 6, 5)  # a later one changes nothing
    assert integrity.check(db).ok


def test_an_inspection_dated_before_a_closure_but_submitted_after_it_is_a_sighting_of_the_closed_entry(
        register: Register, people: dict[str, Actor], db: Database) -> None:
    # it opened a second entry for one hazard (found 2 in June for a hazard closed on 06-22)
    first, _ = register.submit(cold_store(), people["city"])  # 2025-06-01, listed by the city
    hazard_id = first.hazards[0].hazard_id
    steps = [("city", ev("notify", on="2025-06-02")),
             ("enterprise", ev("submit_plan", on="2025-06-03", plan={**PLAN, "deadline": "2025-06-30"})),
             ("enterprise", ev("start_rectification", on="2025-06-04")),
             ("enterprise", ev("report_rectification", on="2025-06-18")),
             ("enterprise", ev("request_closure", on="2025-06-19", evidence="作业间人数已降至 6 人")),
             ("county", ev("verify", on="2025-06-20")), ("city", ev("delist", on="2025-06-21")),
             ("county", ev("close", on="2025-06-22"))]
    for who, event in steps:
        register.apply_event(hazard_id, event, people[who])
    late, _ = register.submit(cold_store(date="2025-06-10", channel="监督检查", level="区县", organ="荣成市应急管理局"),
                              people["county"])
    assert [(h.hazard_id, h.opened, h.state) for h in late.hazards] == [(hazard_id, False, State.closed)]
    assert register.hazards(HazardFilter(), people["city"]).total == 1
    after, _ = register.submit(cold_store(date="2025-06-25", channel="监督检查", level="区县", organ="荣成市应急管理局",
                                          document_number="（荣）应急检〔2025〕9号"), people["county"])
    assert after.hazards[0].opened and after.hazards[0].hazard_id != hazard_id  # found again after 销号: a new entry
    assert integrity.check(db).ok
