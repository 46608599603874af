"""The web app without a browser: sessions, CSRF, visibility, errors as pages, and what the checklist hides."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from page_support import bearer, csrf, example
from seed import PASSWORD, WOOD_USCC

from api.settings import Settings
from engine import clock
from engine.assess import Engine
from engine.questions import open_questions
from ledger import auth
from ledger.store.db import Database
from web.checklist import build_layout, inspection_of, live_state, typed_answers

ROOT = Path(__file__).resolve().parents[2]
DEPARTMENT = "荣成市应急局-张三"


def log_in(client: TestClient, user: str = DEPARTMENT, password: str = PASSWORD, next_url: str = "/") -> Any:
    token = csrf(client.get("/login").text)
    return client.post("/login", data={"csrf_token": token, "name": user, "password": password, "next": next_url})


def test_a_wrong_password_is_an_error_on_the_form(client: TestClient) -> None:
    response = log_in(client, password="wrong")
    assert response.status_code == 400
    assert "用户名或密码不正确" in response.text and 'href="#f-password"' in response.text  # summary links the field


def test_login_sets_a_protected_cookie_and_never_redirects_off_site(client: TestClient) -> None:
    response = log_in(client, next_url="//elsewhere.example/x")
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/hazards").status_code == 200


def test_a_form_without_its_token_is_refused_as_a_page(client: TestClient) -> None:
    log_in(client)
    response = client.post("/checks/new", data={"name": "x"})
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("text/html") and "页面已过期" in response.text
    token_before_login = csrf(TestClient(client.app).get("/login").text)
    assert client.post("/logout", data={"csrf_token": token_before_login}).status_code == 403  # another session's


def test_a_tampered_cookie_or_a_changed_password_ends_the_session(client: TestClient,
                                                                   app_and_db: tuple[Any, Database]) -> None:
    log_in(client, user="威海市应急局-李四")
    assert client.get("/stats").status_code == 200
    value = client.cookies["hazard_session"]
    client.cookies.set("hazard_session", value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert client.get("/stats").headers["location"].startswith("/login")
    client.cookies.set("hazard_session", value)
    auth.set_password(app_and_db[1], "威海市应急局-李四", PASSWORD)  # same password, new hash: a new fingerprint
    assert client.get("/stats").headers["location"] == "/login?next=%2Fstats"


def test_pages_carry_no_inline_script_or_style_and_the_strict_policy(client: TestClient) -> None:
    log_in(client)
    for path in ("/", "/checks/new", "/hazards", "/stats", "/login"):
        response = client.get(path)
        html = response.text
        assert response.status_code == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path


def test_another_users_draft_and_an_unknown_inspection_are_not_found(client: TestClient) -> None:
    log_in(client)
    page = client.get("/checks/new").text
    response = client.post("/checks/new", data={
        "csrf_token": csrf(page), "uscc": WOOD_USCC, "name": "荣成鲁林家具有限公司", "region_code": "371082",
        "industries": "gongmao", "date": clock.today().isoformat(), "channel": "监督检查", "level": "区县"})
    assert response.status_code == 303
    draft = response.headers["location"]
    with TestClient(client.app, follow_redirects=False) as other:
        log_in(other, user="鲁林家具-安全员")
        missing = other.get(draft)
        assert missing.status_code == 404 and "未找到草稿" in missing.text
        assert other.get("/checks/" + "0" * 32).status_code == 404


def test_a_mistyped_address_is_a_chinese_page_and_the_api_stays_json(client: TestClient) -> None:
    log_in(client)
    html = {"accept": "text/html,application/xhtml+xml"}
    for url, status, text in (("/no-such-page", 404, "没有这个地址"), ("/hazards/abc", 404, "没有这个地址"),
                              ("/checks/drafts/x/live", 405, "该地址不支持此请求方法")):
        page = client.get(url, headers=html)
        assert page.status_code == status and page.headers["content-type"].startswith("text/html"), url
        assert text in page.text and "Not Found" not in page.text and DEPARTMENT in page.text, url
    assert client.get("/checks/drafts/x/live", headers=html).headers["allow"] == "POST"
    form = client.get("/hazards/1/events/notify", headers=html)  # reloaded or bookmarked: the page, at that form
    assert (form.status_code, form.headers["location"]) == (303, "/hazards/1#do-notify")
    assert (client.get("/logout").status_code, client.get("/logout").headers["location"]) == (303, "/")
    assert "退出" in client.get("/", headers=html).text  # still logged in: logging out stays a form
    api = client.get("/v1/no-such-thing", headers=html)
    assert api.headers["content-type"] == "application/json" and api.json()["message"] == "没有这个地址"


def test_a_wrong_filter_lists_nothing_and_exports_nothing(client: TestClient) -> None:
    log_in(client)
    everything = client.get("/hazards").text
    assert "共 " in everything and "筛选条件有误" not in everything
    for query, message in (("status=foo", "状态：无法识别 &#39;foo&#39;"), ("region=zz", "行政区划：行政区划代码应为"),
                           ("page=abc", "页码：应为整数")):
        page = client.get(f"/hazards?{query}")
        assert page.status_code == 200 and message in page.text, query
        assert "筛选条件有误，未列出隐患" in page.text and "共 " not in page.text, query
        export = client.get(f"/hazards/export.xlsx?{query}")  # not the whole register under a filter it did not get
        assert export.status_code == 422 and export.headers["content-type"].startswith("text/html"), query
        assert "未导出隐患清单" in export.text
    assert client.get("/hazards/export.xlsx?status=open").status_code == 200


def test_the_header_step_names_each_bad_field(client: TestClient) -> None:
    log_in(client)
    response = client.post("/checks/new", data={"csrf_token": csrf(client.get("/checks/new").text),
                                                "uscc": "91371082MA3F7W2K56", "region_code": "37108", "date": ""})
    assert response.status_code == 400
    for anchor in ("#f-uscc", "#f-name", "#f-region_code", "#f-date", "#f-industries"):
        assert f'href="{anchor}"' in response.text, anchor
    assert "校验" in response.text  # the GB 32100 check character, said in Chinese
    impossible = client.post("/checks/new", data={"csrf_token": csrf(client.get("/checks/new").text),
                                                  "uscc": WOOD_USCC, "name": "x" * 300, "region_code": "371082",
                                                  "industries": "gongmao", "date": "2025-13-01", "channel": "监督检查"})
    assert impossible.status_code == 400 and "检查日期：应为日期 YYYY-MM-DD" in impossible.text, impossible.text
    assert "Input should" not in impossible.text and "String should" not in impossible.text


@pytest.fixture(scope="module")
def engine(app_and_db: tuple[Any, Database]) -> Engine:
    found: Engine = app_and_db[0].state.engine
    return found


FURNITURE = {"profile.sectors": ["轻工"], "profile.dust_explosion": "是", "profile.metal_smelting": "否",
             "profile.ammonia_refrigeration": "否", "profile.confined_space_toxic": "否"}
HEADER = {"inspection": {"date": "2025-06-01", "scope": ["gongmao"], "enterprise": {"name": "某家具厂"}}}


def _probe_values(kind: str, allowed: tuple[str, ...]) -> list[Any]:
    return {"bool": ["是", "否"], "integer": ["0", "1000"], "number": ["0", "1000000"], "date": ["2000-01-01"],
            "list": [[allowed[0]], ["__none__"]] if allowed else [], "enum": list(allowed[:3]),
            "device": list(allowed)}[kind]


def test_a_hidden_question_changes_no_verdict_whatever_its_answer(engine: Engine) -> None:
    layout = build_layout(engine, dt.date(2025, 6, 1), ["gongmao"])
    state = live_state(engine, layout, HEADER, FURNITURE)
    before = {v.criterion: v.status for v in state.verdicts.verdicts}
    hidden = [q for code, q in layout.questions.items() if code not in state.visible]
    assert len(hidden) > 100  # most of 工贸 does not concern a furniture factory
    for question in hidden:
        for value in _probe_values(question.kind, question.allowed):
            answers = {**FURNITURE, question.code: value}
            facts, errors = typed_answers(layout, engine, answers)
            assert not errors
            after = {v.criterion: v.status for v in engine.verdicts(inspection_of(engine, HEADER, facts)).verdicts}
            assert after == before, f"{question.code}={value} changed a verdict, yet it was hidden"


def test_every_shown_unanswered_question_can_still_decide_something(engine: Engine) -> None:
    layout = build_layout(engine, dt.date(2025, 6, 1), ["gongmao"])
    state = live_state(engine, layout, HEADER, FURNITURE)
    facts, _ = typed_answers(layout, engine, FURNITURE)
    still_open = {q.code: q.criteria for q in open_questions(engine, inspection_of(engine, HEADER, facts)).questions()}
    undetermined = {v.criterion for v in state.verdicts.verdicts if v.status == "undetermined"}
    for code in state.visible - set(FURNITURE):
        assert still_open.get(code) and set(still_open[code]) <= undetermined, code


def test_answers_that_are_not_of_the_questions_type_are_said_in_chinese(engine: Engine) -> None:
    layout = build_layout(engine, dt.date(2025, 6, 1), ["gongmao"])
    _, errors = typed_answers(layout, engine, {"profile.steel_furnace_capacity": "三十",
                                               "profile.sectors": ["轻工", "__none__"]})
    assert "请填写数字" in errors["profile.steel_furnace_capacity"] and "三十" in errors["profile.steel_furnace_capacity"]
    assert "以上都没有" in errors["profile.sectors"]
    facts, errors = typed_answers(layout, engine, {"profile.steel_furnace_capacity": "３０",
                                                   "profile.sectors": ["__none__"]})
    assert facts == {"profile.steel_furnace_capacity": 30.0, "profile.sectors": []} and not errors


def _submitted(client: TestClient, db: Database, name: str, enterprise: str) -> tuple[dict[str, Any], dict[str, int]]:
    """An example inspection of the 荣成 enterprise stored by the county (in 山东); its record and hazard ids."""
    document = example(name)
    document["inspection"]["enterprise"] = {"name": enterprise, "uscc": WOOD_USCC, "region_code": "371082"}
    document["inspection"]["province"] = "山东"
    response = client.post("/v1/inspections", json=document, headers=bearer(db, DEPARTMENT, name))
    assert response.status_code == 201, response.text
    record = response.json()
    return record, {h["criterion"]: h["hazard_id"] for h in record["hazards"]}


def test_a_refused_event_form_names_its_fields_and_changes_nothing(client: TestClient,
                                                                   app_and_db: tuple[Any, Database]) -> None:
    _, hazards = _submitted(client, app_and_db[1], "wood-dust-dry-collector", "荣成鲁林家具有限公司")
    hazard = next(iter(hazards.values()))
    log_in(client)
    page = client.get(f"/hazards/{hazard}").text
    response = client.post(f"/hazards/{hazard}/events/list", data={"csrf_token": csrf(page), "version": "1"})
    assert response.status_code == 400
    for field in ("reason", "document_number", "deadline"):
        assert f'href="#e-list-{field}"' in response.text and f'id="e-list-{field}"' in response.text
    assert client.get(f"/v1/hazards/{hazard}", headers=bearer(app_and_db[1], DEPARTMENT, "check")).json()["version"] == 1
    stale = client.post(f"/hazards/{hazard}/events/notify", data={"csrf_token": csrf(page), "version": "7",
                                                                  "reason": "已告知"})
    assert stale.status_code == 409 and "刚被他人更新" in stale.text  # someone acted first: refused, said on the page
    assert stale.text.count("刚被他人更新") == 1


def test_the_session_secret_is_made_once_private_and_shared_by_workers(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from web.session import SECRET_ENV, load_secret

    monkeypatch.delenv(SECRET_ENV, raising=False)
    settings = Settings(register_path=tmp_path / "register.sqlite")
    first = load_secret(settings)
    assert load_secret(settings) == first and len(first) == 64  # a second worker reads the same one
    assert (tmp_path / "web-secret").stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv(SECRET_ENV, "from-the-environment")
    assert load_secret(settings) == b"from-the-environment"


def test_items_not_encoded_show_as_not_judged_on_the_checklist_and_the_assessment(client: TestClient) -> None:
    log_in(client)
    made = client.post("/checks/new", data={
        "csrf_token": csrf(client.get("/checks/new").text), "uscc": WOOD_USCC, "name": "荣成某起重机械使用单位",
        "region_code": "371082", "industries": "special-equipment", "date": "2025-06-01", "channel": "监督检查",
        "level": "区县"})
    checklist = client.get(made.headers["location"]).text
    assert checklist.count("tag--not_judged") >= 4 and "5.3" in checklist and "原文未取得" in checklist
    token = csrf(checklist)
    submitted = client.post(made.headers["location"], data={"csrf_token": token, "action": "submit", "confirm": "1"})
    assert submitted.status_code == 303, submitted.text[:2000]
    page = client.get(submitted.headers["location"]).text
    assert "<h2 class=\"heading-l\">未判定" in page and "未发现重大事故隐患" not in page


def test_an_inferred_article_number_is_said_on_the_hazard_and_the_inspection(
        client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    record, hazards = _submitted(client, app_and_db[1], "coal-underground-gassy", "荣成某煤矿")
    log_in(client)
    inferred, confirmed = (client.get(f"/hazards/{hazards[c]}").text for c in ("coal-2021.7.2", "coal-2021.4.6"))
    assert "条号为推定，未经核实" in inferred and "条号为推定" not in confirmed
    assert client.get(f"/checks/{record['id']}").text.count("条号为推定，未经核实") == 2  # 第七条（二）, 第十八条（八）


def test_a_hazard_decided_through_a_reading_says_so_on_its_pages(client: TestClient,
                                                                  app_and_db: tuple[Any, Database]) -> None:
    # its pull-away interlock 失效: 第五条（三） says 未设置
    record, hazards = _submitted(client, app_and_db[1], "city-gas-lpg-station", "荣成某燃气站")
    log_in(client)
    said = "按解读判定：联锁保护装置失效按未设置处理"
    assert said in client.get(f"/hazards/{hazards['city-gas-2023.5.3']}").text
    assert said not in client.get(f"/hazards/{hazards['city-gas-2023.9.1']}").text
    assert client.get(f"/checks/{record['id']}").text.count(said) == 1


def test_an_item_stored_with_its_own_number_is_cited_once(client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    # fireworks items are "第二十项" of "判定标准": the pages cite them as the engine does, never "第第二十项项"
    record, hazards = _submitted(client, app_and_db[1], "fireworks-retail-shop", "荣成某烟花爆竹零售点")
    hazard = hazards["fireworks-2017.20"]
    log_in(client)
    for page in (client.get(f"/hazards/{hazard}").text, client.get("/hazards").text,
                 client.get(f"/checks/{record['id']}").text):
        assert "判定标准第二十项" in page and "第第" not in page and "项项" not in page


def test_a_hazard_number_beyond_any_id_is_the_not_found_page(client: TestClient) -> None:
    log_in(client)
    page = client.get("/hazards/99999999999999999999")  # was a 500: SQLite cannot hold the number
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html") and "未找到" in page.text


def test_statistics_of_a_region_outside_ones_own_are_refused_on_the_field_not_shown_as_zeros(
        client: TestClient) -> None:
    log_in(client)  # 荣成市 (371082)
    page = client.get("/stats", params={"region": "371003"})  # 文登区: its zeros used to look like a real answer
    assert page.status_code == 200 and "不在你的辖区" in page.text
    workbook = client.get("/stats/workbook.xlsx", params={"region": "371003"})  # was a workbook of zeros
    assert workbook.status_code == 403 and "不在你的辖区" in workbook.text


def test_the_home_page_dates_each_draft_and_the_status_filter_says_closed_once(client: TestClient) -> None:
    log_in(client)
    made = client.post("/checks/new", data={
        "csrf_token": csrf(client.get("/checks/new").text), "uscc": WOOD_USCC, "name": "荣成某家具厂",
        "region_code": "371082", "industries": "gongmao", "date": "2025-06-03", "channel": "监督检查", "level": "区县"})
    assert made.status_code == 303
    home = client.get("/").text
    assert 'data-label="检查日期">2025-06-03</td>' in home  # the column was empty: the date sits in the header's block
    listing = client.get("/hazards").text
    assert listing.count(">已销号</option>") == 1


def test_the_new_check_takes_the_order_deadline_the_register_counts_overdue_from(client: TestClient) -> None:
    # the web check had no 整改期限: a web-made 指令书 printed "____年__月__日" and the entry never fell overdue
    log_in(client)
    form = {"csrf_token": csrf(client.get("/checks/new").text), "uscc": WOOD_USCC, "name": "荣成某家具厂",
            "region_code": "371082", "industries": "gongmao", "date": "2025-06-03", "channel": "执法检查",
            "level": "区县"}
    early = client.post("/checks/new", data={**form, "rectify_by": "2025-06-01"})
    assert early.status_code == 400 and "整改期限不能早于检查日期" in early.text and 'id="f-rectify_by"' in early.text
    assert client.post("/checks/new", data={**form, "rectify_by": "2025-07-31"}).status_code == 303


def test_header_validation_keeps_the_order_deadline_for_departments_only() -> None:
    from ledger.identity import Actor
    from ledger.vocab import Role
    from web import header_form

    engine = Engine.from_path(ROOT / "rules")
    values = {"uscc": WOOD_USCC, "name": "荣成某家具厂", "region_code": "371082", "industries": ["gongmao"],
              "date": "2025-06-03", "channel": "执法检查", "level": "区县", "rectify_by": "2025-07-31"}
    city = Actor(name="x", role=Role.department, region_code="371082", organ="荣成市应急管理局")
    header, errors = header_form.validate(values, city, engine, dt.date(2025, 6, 10))
    assert errors == {} and header is not None and header["register"] == {"rectify_by": "2025-07-31"}
    assert header_form.values_of(header)["rectify_by"] == "2025-07-31"
    _, wrong = header_form.validate({**values, "rectify_by": "31/07/2025"}, city, engine, dt.date(2025, 6, 10))
    assert wrong == {"rectify_by": "整改期限：应为日期 YYYY-MM-DD"}
    own = Actor(name="y", role=Role.enterprise, uscc=WOOD_USCC)
    header, errors = header_form.validate(values, own, engine, dt.date(2025, 6, 10))
    assert errors == {} and header is not None and "rectify_by" not in header["register"]  # no order in a self-check
    engine.close()


def test_an_extended_deadline_is_shown_with_the_original(client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    # it read "2025-08-31（已延期至 2025-08-31）": the governing deadline twice, the original nowhere
    document = example("wood-dust-dry-collector")
    info = document["inspection"]
    info["enterprise"] = {**info["enterprise"], "uscc": WOOD_USCC, "region_code": "371082"}
    info["date"] = clock.today().isoformat()
    deadline = clock.today() + dt.timedelta(days=30)
    document["register"] = {"rectify_by": deadline.isoformat()}
    department, enterprise = bearer(app_and_db[1], DEPARTMENT), bearer(app_and_db[1], "鲁林家具-安全员")
    record = client.post("/v1/inspections", json=document, headers=department)
    assert record.status_code == 201, record.text
    hazard = record.json()["hazards"][0]["hazard_id"]
    later = deadline + dt.timedelta(days=31)
    for who, body in ((enterprise, {"type": "request_extension", "reason": "设备到货延迟", "until": later.isoformat()}),
                      (department, {"type": "grant_extension", "reason": "同意延期"})):
        done = client.post(f"/v1/hazards/{hazard}/events", json=body, headers=who)
        assert done.status_code == 201, done.text
    log_in(client)
    page = client.get(f"/hazards/{hazard}").text
    assert f"{later}（已延期，原期限 {deadline}）" in page


def test_a_county_is_not_offered_the_steps_of_a_listing_made_by_its_city(client: TestClient,
                                                                         app_and_db: tuple[Any, Database]) -> None:
    # the page offered 下达挂牌督办通知 (and later 摘牌) to every department; the county's click was then refused
    document = example("wood-dust-dry-collector")
    info = document["inspection"]
    info.update(enterprise={**info["enterprise"], "uscc": WOOD_USCC, "region_code": "371082"}, level="市",
                organ="威海市应急管理局", date=clock.today().isoformat())
    city = bearer(app_and_db[1], "威海市应急局-李四")
    record = client.post("/v1/inspections", json=document, headers=city)
    assert record.status_code == 201, record.text
    hazard = record.json()["hazards"][0]
    assert hazard["listed"] is True  # P1: a 市级 finding is listed by the city
    log_in(client)  # the county
    county_page = client.get(f"/hazards/{hazard['hazard_id']}").text
    assert "威海市应急管理局" in county_page
    assert f"/hazards/{hazard['hazard_id']}/events/list_notice" not in county_page
    assert f"/hazards/{hazard['hazard_id']}/events/escalate" in county_page  # what the county may do is still there
    client.cookies.clear()
    log_in(client, "威海市应急局-李四")
    assert f"/hazards/{hazard['hazard_id']}/events/list_notice" in client.get(f"/hazards/{hazard['hazard_id']}").text


def test_a_refusal_is_said_once_on_its_field_and_a_mistyped_reinspection_keeps_the_form(
        client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    # a wrong 复查检查编号 gave a dead-end 未找到 page and lost the evidence typed; a date refusal was listed twice
    document = example("cold-store-ammonia")
    info = document["inspection"]
    info.update(enterprise={**info["enterprise"], "uscc": WOOD_USCC, "region_code": "371082"}, level="区县",
                organ="荣成市应急管理局", date="2025-06-01")
    department, enterprise = bearer(app_and_db[1], DEPARTMENT), bearer(app_and_db[1], "鲁林家具-安全员")
    made = client.post("/v1/inspections", json=document, headers=department)
    assert made.status_code == 201, made.text
    hazard = made.json()["hazards"][0]["hazard_id"]
    log_in(client)
    page = client.get(f"/hazards/{hazard}").text
    early = client.post(f"/hazards/{hazard}/events/notify", data={"csrf_token": csrf(page), "version": "1",
                                                                  "reason": "已告知", "on": "2025-05-20"})
    assert early.status_code == 422
    assert "有 1 处需要修改" in early.text and early.text.count("早于该隐患的发现日期") == 2  # summary + the field
    assert 'href="#e-notify-on"' in early.text and 'id="e-notify-on-error"' in early.text
    plan = {key: {"text": "按方案落实", "secured": True}
            for key in ("objectives", "methods", "funding", "organisation", "timeline", "safety")}
    steps = [(department, {"type": "notify", "reason": "已告知", "on": "2025-06-02"}),
             (enterprise, {"type": "submit_plan", "reason": "方案", "on": "2025-06-03",
                           "plan": {**plan, "deadline": "2025-07-31"}}),
             (enterprise, {"type": "start_rectification", "reason": "开始", "on": "2025-06-04"}),
             (enterprise, {"type": "report_rectification", "reason": "完成", "on": "2025-06-20"})]
    for who, body in steps:
        done = client.post(f"/v1/hazards/{hazard}/events", json=body, headers=who)
        assert done.status_code == 201, done.text
    client.cookies.clear()
    log_in(client, "鲁林家具-安全员")
    page = client.get(f"/hazards/{hazard}").text
    evidence = "速冻间作业人数已降至 6 人，附排班表"
    typo = client.post(f"/hazards/{hazard}/events/request_closure",
                       data={"csrf_token": csrf(page), "version": "5", "reason": "申请销号", "evidence": evidence,
                             "reinspection_id": "abc"})
    assert typo.status_code == 404
    assert "隐患台账" in typo.text and evidence in typo.text  # the hazard's page, the form as typed
    assert 'id="e-request_closure-reinspection_id-error"' in typo.text and "复查检查编号" in typo.text
    assert client.get(f"/v1/hazards/{hazard}", headers=enterprise).json()["state"] == "rectification_reported"
    fined = client.post(f"/v1/hazards/{hazard}/events", headers=department, json={
        "type": "penalize", "reason": "一案双罚", "document_number": "（荣）应急罚〔2025〕5号", "enterprise_fine": 50000,
        "person": "张某", "person_fine": 8000})
    assert fined.status_code == 201, fined.text
    timeline = client.get(f"/hazards/{hazard}").text.split("时间线", 1)[1]
    for said in ("（荣）应急罚〔2025〕5号", "50,000 元", "8,000 元", "张某"):
        assert said in timeline
