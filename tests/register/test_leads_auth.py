"""群众举报 leads (never a hazard; settled by a verifying inspection), passwords for the web login, overdue lists."""

from __future__ import annotations

import datetime as dt

import pytest
from register_fixtures import cold_store

from ledger import auth
from ledger.errors import RegisterError
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.leads import LeadIn
from ledger.service import Register
from ledger.store.db import Database
from ledger.vocab import Role


def tip() -> LeadIn:
    return LeadIn(matter="速冻间同时有十几个人作业", location="荣成市石岛管理区黄海南路 18 号", region_code="371082",
                  enterprise="荣成海润水产食品有限公司", received_on=dt.date(2025, 5, 28))


def test_a_lead_is_settled_by_the_verifying_inspection_only(register: Register, people: dict[str, Actor]) -> None:
    lead = register.add_lead(tip(), people["county"])
    assert lead.anonymous and lead.status == "待核查"
    assert register.hazards(HazardFilter(), people["admin"]).total == 0  # a lead is not a hazard
    wrong_channel = cold_store()
    wrong_channel["register"] = {"lead_id": lead.id}
    with pytest.raises(RegisterError) as caught:
        register.submit(wrong_channel, people["county"])
    assert caught.value.code == "lead_needs_verification"
    verifying = cold_store(channel="举报核查", level="区县", organ="荣成市应急管理局")
    verifying["register"] = {"lead_id": lead.id}
    record, _ = register.submit(verifying, people["county"])
    settled = register.lead(lead.id, people["city"])
    assert (settled.status, settled.inspection_id, settled.outcome_on) == ("查实", record.id, dt.date(2025, 6, 1))
    with pytest.raises(RegisterError) as again:
        register.submit(verifying, people["county"])
    assert again.value.code == "lead_settled"


def test_leads_are_for_departments_of_the_region(register: Register, people: dict[str, Actor]) -> None:
    lead = register.add_lead(tip(), people["city"])
    for who, status in (("enterprise", 403), ("author", 403), ("other_county", 404)):
        with pytest.raises(RegisterError) as caught:
            register.lead(lead.id, people[who])
        assert caught.value.status == status
    with pytest.raises(RegisterError) as outside:
        register.add_lead(tip(), people["other_county"])
    assert outside.value.code == "region_outside_scope"
    assert register.leads(people["county"]).total == 1 and register.leads(people["other_county"]).total == 0


def test_passwords_are_argon2_and_tokens_are_digests(db: Database) -> None:
    auth.add_user(db, "网页用户", Role.department, region_code="371000", organ="威海市应急管理局", password="正确的密码 01")
    assert auth.verify_password(db, "网页用户", "正确的密码 01") is not None
    assert auth.verify_password(db, "网页用户", "错误的密码") is None and auth.verify_password(db, "无此人", "x") is None
    _, token = auth.issue_token(db, "网页用户")
    with db.engine.connect() as connection:
        stored = [row[0] for row in connection.exec_driver_sql("SELECT password_hash FROM users")]
        digests = [row[0] for row in connection.exec_driver_sql("SELECT digest FROM tokens")]
    assert stored[0].startswith("$argon2id$") and token not in digests and digests == [auth.token_digest(token)]
    with pytest.raises(RegisterError) as caught:
        auth.add_user(db, "无辖区", Role.department, organ="某局")
    assert caught.value.code == "region_required"


def test_overdue_on_a_date_is_a_query(register: Register, people: dict[str, Actor]) -> None:
    ordered = cold_store()
    ordered["register"] = {"rectify_by": "2025-06-20"}
    register.submit(ordered, people["city"])
    assert register.hazards(HazardFilter(overdue_on=dt.date(2025, 6, 20)), people["city"]).total == 0
    late = register.hazards(HazardFilter(overdue_on=dt.date(2025, 6, 21)), people["city"])
    assert late.total == 1 and late.items[0].deadline == dt.date(2025, 6, 20)


@pytest.mark.parametrize(("name", "password", "code"), [("", None, "invalid_name"), ("   ", None, "invalid_name"),
                                                        ("短密码用户", "", "weak_password"),
                                                        ("短密码用户", "short", "weak_password")])
def test_a_blank_name_or_a_short_password_is_refused_and_nothing_is_created(db: Database, name: str,
                                                                           password: str | None, code: str) -> None:
    with pytest.raises(RegisterError) as caught:
        auth.add_user(db, name, Role.admin, password=password)
    assert caught.value.code == code and caught.value.status == 422
    with pytest.raises(RegisterError):
        auth.user(db, name)


def test_a_password_cannot_be_set_empty_so_the_account_stays_usable(db: Database) -> None:
    auth.add_user(db, "网页用户2", Role.rule_author, password="正确的密码 12")
    with pytest.raises(RegisterError) as caught:
        auth.set_password(db, "网页用户2", "")
    assert caught.value.code == "weak_password"
    assert auth.verify_password(db, "网页用户2", "正确的密码 12") is not None
