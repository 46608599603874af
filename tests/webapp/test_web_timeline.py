"""The hazard page's timeline says what each event recorded (web/timeline.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ledger.models import EventOut
from ledger.vocab import EventType, Role, State
from web.timeline import details, of_timeline


def event(kind: EventType, payload: dict[str, Any]) -> EventOut:
    return EventOut(seq=2, type=kind, label=kind.label, kind="record", on=dt.date(2025, 6, 5),
                    recorded_at=dt.datetime(2025, 6, 5, 9, 0, tzinfo=dt.UTC), actor="李明", role=Role.department,
                    organ="威海市应急管理局", reason="依法办理", state_before=State.notified, state_after=State.notified,
                    details=payload)


def shown(kind: EventType, payload: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    return [(d.label, d.text, d.href) for d in details(event(kind, payload))]


def test_a_penalty_shows_its_decision_the_fines_and_the_inspection_it_rests_on() -> None:
    assert shown(EventType.penalize, {"document_number": "（威）应急罚〔2025〕9号", "enterprise_fine": 50000,
                                      "person": "王海涛", "person_fine": 20000, "inspection_id": "a" * 32}) == [
        ("处罚决定书文号", "（威）应急罚〔2025〕9号", None), ("对单位罚款（元）", "50,000 元", None),
        ("被处罚的责任人员", "王海涛", None), ("对责任人员罚款（元）", "20,000 元", None),
        ("立案所依据的检查编号", "查看检查", "/checks/" + "a" * 32)]


def test_listing_extension_verification_and_measure_say_what_was_decided() -> None:
    assert shown(EventType.list_, {"document_number": "威安委办督〔2025〕3号", "deadline": "2025-10-31",
                                   "organ": None, "automatic": False}) == [
        ("文号", "威安委办督〔2025〕3号", None), ("督办期限", "2025-10-31", None)]
    assert shown(EventType.request_extension, {"until": "2025-09-30"}) == [("申请延至", "2025-09-30", None)]
    assert shown(EventType.grant_extension, {"until": None}) == [("同意延至", "企业申请的日期", None)]
    assert shown(EventType.verify, {"method": "现场核查", "inspectors": ["王某", "李某"]}) == [
        ("核查方式", "现场核查", None), ("核查人员", "王某、李某", None)]
    assert shown(EventType.escalate, {"measure": "约谈"}) == [("措施", "约谈", None)]


def test_the_plan_and_the_registers_own_flags_are_not_repeated() -> None:
    assert shown(EventType.submit_plan, {"plan": {"deadline": "2025-07-31"}, "five_assurances": {"资金": True}}) == []
    assert shown(EventType.list_, {"document_number": None, "deadline": None, "organ": "威海市应急管理局",
                                   "automatic": True, "action": "P1"}) == [("督办单位", "威海市应急管理局", None)]



def test_an_extension_granted_as_asked_shows_the_date_that_was_asked() -> None:
    asked = event(EventType.request_extension, {"until": "2025-09-30"})
    granted = event(EventType.grant_extension, {"until": None}).model_copy(update={"seq": 3})
    shown = of_timeline([asked, granted])
    assert [(d.label, d.text) for d in shown[3]] == [("同意延至", "2025-09-30（按申请）")]
