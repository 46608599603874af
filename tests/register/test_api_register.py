"""The register over HTTP on both databases: tokens, 201/200 idempotent submissions, 404 for others' entries,
coded 4xx for bad events that change nothing, and two actors at once: one wins, the other gets a 409."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from register_fixtures import ROOT, USCC, cold_store

from api.app import create_app
from api.register import RegisterHandle
from api.settings import Settings
from ledger import auth
from ledger.identity import Actor
from ledger.store.db import Database


@pytest.fixture(scope="module")
def app() -> FastAPI:
    """One app (one compiled rulebook) for the module; each test points its register at that test's database."""
    return create_app(Settings(rules=ROOT / "rules"))


@pytest.fixture()
def client(app: FastAPI, db: Database) -> Iterator[TestClient]:
    app.state.register = handle = RegisterHandle(Settings(rules=ROOT / "rules", database_url=db.url), app.state.engine)
    with TestClient(app) as test_client:
        yield test_client
    handle.close()


@pytest.fixture()
def tokens(db: Database, people: dict[str, Actor]) -> dict[str, dict[str, str]]:
    return {who: {"Authorization": f"Bearer {auth.issue_token(db, actor.name)[1]}"} for who, actor in people.items()}


@pytest.fixture()
def hazard_id(client: TestClient, tokens: dict[str, dict[str, str]]) -> int:
    response = client.post("/v1/inspections", json=cold_store(), headers=tokens["city"])
    assert response.status_code == 201, response.text
    return int(response.json()["hazards"][0]["hazard_id"])


def test_register_endpoints_need_a_token_and_engine_endpoints_stay_open(client: TestClient, db: Database,
                                                                       people: dict[str, Actor]) -> None:
    for headers in ({}, {"Authorization": "Bearer hzt_" + "x" * 43}, {"Authorization": "Bearer nonsense"}):
        response = client.get("/v1/hazards", headers=headers)
        assert response.status_code == 401 and response.json()["code"] == "unauthorized"
        assert response.headers["www-authenticate"] == "Bearer"
    token_id, token = auth.issue_token(db, people["city"].name)
    assert client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).json()["level"] == "市"
    assert auth.revoke_token(db, token_id)
    assert client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert client.post("/v1/assessments", json=cold_store()).status_code == 200


def test_submit_retry_read(client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    headers = {**tokens["city"], "Idempotency-Key": "2025-0601-cold-store"}
    first = client.post("/v1/inspections", json=cold_store(), headers=headers)
    again = client.post("/v1/inspections", json=cold_store(), headers=headers)
    assert (first.status_code, again.status_code) == (201, 200) and again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"] and first.json()["assessment"]["major_hazard_found"]
    assert first.json() == again.json()  # the first answer splices the stored assessment in; the retry re-reads it
    record = client.get(f"/v1/inspections/{first.json()['id']}", headers=tokens["enterprise"]).json()
    assert record["hazards"][0]["listed"] is True and record["assessment"]["rulebook"] == record["rulebook"]
    listed = client.get("/v1/hazards", params={"region": "3710", "listed": "true", "state": ["registered"]},
                        headers=tokens["city"]).json()
    assert listed["total"] == 1 and listed["items"][0]["uscc"] == USCC
    assert client.get("/v1/hazards", params={"regoin": "3710"}, headers=tokens["city"]).status_code == 422
    assert client.get(f"/v1/enterprises/{USCC}", headers=tokens["enterprise"]).json()["open_hazards"] == 1
    assert client.get("/v1/stats", params={"region": "3710", "start": "2025-01-01", "end": "2025-12-31"},
                      headers=tokens["city"]).json()["total"]["found"] == 1
    wider = client.get("/v1/stats", params={"region": "37"}, headers=tokens["city"])  # the province: not the city's
    assert wider.status_code == 403 and "不在你的辖区" in wider.json()["message"]


def test_numbers_beyond_any_id_or_page_are_not_found_or_refused_never_a_crash(client: TestClient,
                                                                              tokens: dict[str, dict[str, str]]) -> None:
    # SQLite raised OverflowError for 20-digit numbers: every such request was a 500
    huge = "99999999999999999999"
    for path in (f"/v1/hazards/{huge}", f"/v1/hazards/{huge}/listing.pdf", f"/v1/leads/{huge}", "/v1/hazards/2147483648"):
        answer = client.get(path, headers=tokens["city"])
        assert answer.status_code == 404 and answer.json()["code"] == "not_found", (path, answer.text)
    event = client.post(f"/v1/hazards/{huge}/events", json={"type": "notify", "reason": "告知"}, headers=tokens["city"])
    assert event.status_code == 404
    for path in ("/v1/hazards", "/v1/leads"):
        page = client.get(path, params={"page": huge}, headers=tokens["city"])
        assert page.status_code == 422 and "100000" in page.text, (path, page.text)
    document = cold_store(channel="举报核查")
    document["register"] = {"lead_id": int(huge)}
    submitted = client.post("/v1/inspections", json=document, headers=tokens["city"])
    assert submitted.status_code == 422 and "lead_id" in submitted.text


def test_the_record_carries_the_summary_unless_asked_and_stores_the_full_assessment(
        client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    headers = {**tokens["city"], "Idempotency-Key": "detail"}
    whole = client.post("/v1/inspections?detail=full", json=cold_store(), headers=headers).json()
    short = client.post("/v1/inspections", json=cold_store(), headers=headers).json()  # the retry, summarised
    assert short["id"] == whole["id"] and short["hazards"] == whole["hazards"]
    assert whole["assessment"]["detail"] == "full" and len(whole["assessment"]["findings"]) == 64
    assert short["assessment"]["detail"] == "summary" and len(short["assessment"]["findings"]) == 10
    assert sum(len(group["criteria"]) for group in short["assessment"]["not_applicable"]) == 54
    path = f"/v1/inspections/{whole['id']}"
    assert client.get(path, params={"detail": "full"}, headers=tokens["enterprise"]).json() == whole
    assert client.get(path, headers=tokens["enterprise"]).json() == short
    wrong = client.get(path, params={"detail": "brief"}, headers=tokens["enterprise"])
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["loc"] == ["query", "detail"]


def test_another_enterprises_hazard_is_not_found(client: TestClient, tokens: dict[str, dict[str, str]],
                                                 hazard_id: int) -> None:
    for who in ("other_enterprise", "other_county"):
        assert client.get(f"/v1/hazards/{hazard_id}", headers=tokens[who]).status_code == 404
        assert client.get(f"/v1/enterprises/{USCC}", headers=tokens[who]).status_code == 404
        assert client.get("/v1/hazards", headers=tokens[who]).json()["total"] == 0
    assert client.get(f"/v1/hazards/{hazard_id}", headers=tokens["enterprise"]).status_code == 200
    assert client.get(f"/v1/hazards/{hazard_id + 999}", headers=tokens["enterprise"]).status_code == 404


@pytest.mark.parametrize(("who", "event", "status", "code"), [
    ("city", {"type": "teleport", "reason": "x"}, 422, "unknown_event_type"),
    ("city", {"type": "notify"}, 422, "missing_field"),
    ("city", {"type": "notify", "reason": "告知", "colour": "red"}, 422, "unknown_key"),
    ("enterprise", {"type": "escalate", "reason": "x", "measure": "约谈"}, 403, "role_not_allowed"),
    ("city", {"type": "close", "reason": "销号"}, 409, "invalid_transition"),
    ("city", {"type": "notify", "reason": "告知", "on": "2999-01-01"}, 422, "act_date_in_future"),
])
def test_a_bad_event_is_refused_with_its_code_and_changes_nothing(client: TestClient, tokens: dict[str, dict[str, str]],
                                                                  hazard_id: int, who: str, event: dict[str, Any],
                                                                  status: int, code: str) -> None:
    before = client.get(f"/v1/hazards/{hazard_id}", headers=tokens["city"]).json()
    response = client.post(f"/v1/hazards/{hazard_id}/events", json=event, headers=tokens[who])
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    if code == "invalid_transition":
        detail = response.json()["errors"][0]
        assert detail["current_state"] == "registered" and "verify" not in detail["allowed"]
    assert client.get(f"/v1/hazards/{hazard_id}", headers=tokens["city"]).json() == before


def test_request_errors_name_the_key_and_what_is_accepted(client: TestClient, tokens: dict[str, dict[str, str]],
                                                         hazard_id: int) -> None:
    unknown = client.post(f"/v1/hazards/{hazard_id}/events", json={"type": "teleport"}, headers=tokens["city"]).json()
    error = unknown["errors"][0]
    assert error["msg"] == "未知的 type：'teleport'" and "<" not in error["suggestion"], error
    assert {"notify", "verify", "close"} <= set(error["suggestion"].removeprefix("type 可用：").split("、"))
    missing = client.post(f"/v1/hazards/{hazard_id}/events", json={"type": "notify"}, headers=tokens["city"]).json()
    assert [e["msg"] for e in missing["errors"]] == ["缺少必填项 'reason'"]
    typo = client.get("/v1/hazards?status=registered", headers=tokens["city"]).json()
    assert typo["code"] == "unknown_key" and typo["errors"][0]["suggestion"].startswith("是否应为 'state'？可用：region")
    for response in (unknown, missing, typo):
        assert not any("Input should" in e["msg"] or "Extra inputs" in e["msg"] for e in response["errors"])


def test_two_actors_at_once_one_wins_the_other_gets_409(client: TestClient, tokens: dict[str, dict[str, str]],
                                                        hazard_id: int) -> None:
    def act(barrier: threading.Barrier, results: list[Any], who: str, body: dict[str, Any]) -> None:
        barrier.wait()  # both requests leave together
        results.append(client.post(f"/v1/hazards/{hazard_id}/events", json=body, headers=tokens[who]))

    for round_number in range(5):
        version = client.get(f"/v1/hazards/{hazard_id}", headers=tokens["city"]).json()["version"]
        barrier, results = threading.Barrier(2), []
        bodies = {who: {"type": "escalate", "reason": f"第 {round_number} 轮", "measure": measure, "version": version}
                  for who, measure in (("city", "函告"), ("county", "约谈"))}
        threads = [threading.Thread(target=act, args=(barrier, results, who, body)) for who, body in bodies.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(r.status_code for r in results) == [201, 409]
        assert [r.json()["code"] for r in results if r.status_code == 409] == ["version_conflict"]
    timeline = client.get(f"/v1/hazards/{hazard_id}", headers=tokens["city"]).json()["timeline"]
    assert len([e for e in timeline if e["type"] == "escalate"]) == 5


def test_engine_endpoints_can_be_made_to_need_a_token(db: Database, people: dict[str, Actor], tmp_path: Path) -> None:
    app = create_app(Settings(rules=ROOT / "tests" / "fixtures" / "mini", database_url=db.url,
                              engine_token_required=True))
    body = {"inspection": {"date": "2025-06-01"}, "facts": {}}
    with TestClient(app) as guarded:
        assert guarded.post("/v1/assessments", json=body).status_code == 401
        token = auth.issue_token(db, people["author"].name)[1]
        assert guarded.post("/v1/assessments", json=body, headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert guarded.get("/healthz").status_code == 200


def test_register_documents_download_with_chinese_file_names(client: TestClient, hazard_id: int,
                                                              tokens: dict[str, dict[str, str]]) -> None:
    from io import BytesIO
    from urllib.parse import unquote

    from openpyxl import load_workbook

    workbook = client.get("/v1/hazards.xlsx", params={"region": "3710"}, headers=tokens["city"])
    assert workbook.status_code == 200, workbook.text
    assert workbook.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "重大事故隐患清单" in unquote(workbook.headers["content-disposition"].split("filename*=UTF-8''")[1])
    sheet = load_workbook(BytesIO(workbook.content))["重大事故隐患清单"]
    assert sheet.max_row == 2 and sheet["C2"].value == USCC
    assert client.get("/v1/hazards.csv", headers=tokens["other_enterprise"]).content.decode("utf-8-sig").count("\n") == 1
    assert client.get("/v1/hazards.xlsx").status_code == 401
    inspection_id = client.get(f"/v1/hazards/{hazard_id}", headers=tokens["city"]).json()["sighting_list"][0][
        "inspection_id"]
    order = client.get(f"/v1/inspections/{inspection_id}/order.pdf", params={"deadline": "2025-07-15"},
                       headers=tokens["city"])
    assert order.status_code == 200 and order.content.startswith(b"%PDF")
    assert client.get(f"/v1/inspections/{inspection_id}/order.pdf", headers=tokens["other_enterprise"]).status_code == 404
    listing = client.get(f"/v1/hazards/{hazard_id}/listing.pdf", headers=tokens["city"])
    assert listing.status_code == 422 and listing.json()["code"] == "no_listing_deadline"
    noticed = client.post(f"/v1/hazards/{hazard_id}/events", headers=tokens["city"], json={
        "type": "list_notice", "reason": "下达督办通知", "on": "2025-06-05", "document_number": "威安督〔2025〕3号",
        "deadline": "2025-09-30"})
    assert noticed.status_code == 201, noticed.text
    assert client.get(f"/v1/hazards/{hazard_id}/listing.pdf", headers=tokens["city"]).content.startswith(b"%PDF")
    stats = client.get("/v1/stats/workbook.xlsx", params={"month": "2025-06", "quarter": "2025Q2"},
                       headers=tokens["city"])
    assert stats.status_code == 200 and len(load_workbook(BytesIO(stats.content)).sheetnames) >= 2
    assert client.get("/v1/stats/workbook.xlsx", params={"month": "2025-6", "quarter": "2025Q2"},
                      headers=tokens["city"]).status_code == 422


def test_a_refused_act_date_points_at_the_date_field(client: TestClient, tokens: dict[str, dict[str, str]],
                                                     hazard_id: int) -> None:
    early = client.post(f"/v1/hazards/{hazard_id}/events", headers=tokens["city"],
                        json={"type": "notify", "reason": "告知", "on": "2025-05-01"})
    assert early.status_code == 422
    assert [(e["loc"], e["code"]) for e in early.json()["errors"]] == [(["body", "on"], "act_date_before_entry")]
    plan = {key: {"text": "按方案落实", "secured": True}
            for key in ("objectives", "methods", "funding", "organisation", "timeline", "safety")}
    assert client.post(f"/v1/hazards/{hazard_id}/events", headers=tokens["city"],
                       json={"type": "notify", "reason": "告知", "on": "2025-06-02"}).status_code == 201
    late_plan = client.post(f"/v1/hazards/{hazard_id}/events", headers=tokens["enterprise"], json={
        "type": "submit_plan", "reason": "方案", "on": "2025-06-10", "plan": {**plan, "deadline": "2025-06-05"}})
    assert [e["loc"] for e in late_plan.json()["errors"]] == [["body", "plan", "deadline"]]


def test_a_filter_that_could_match_nothing_is_refused_not_answered_with_an_empty_list(
        client: TestClient, tokens: dict[str, dict[str, str]]) -> None:
    for query, where in (("channel=执法", ["query", "channel"]), ("found_from=2025-06-01&found_to=2025-01-01", ["query"])):
        refused = client.get(f"/v1/hazards?{query}", headers=tokens["city"])
        assert refused.status_code == 422, query
        assert [e["loc"] for e in refused.json()["errors"]] == [where]
    assert client.get("/v1/hazards?channel=执法检查", headers=tokens["city"]).status_code == 200
