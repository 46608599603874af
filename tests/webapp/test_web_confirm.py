"""提交检查 and 删除此草稿 ask first (with or without JavaScript); error pages and login in the users' own words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browser_support import PHONE, Server
from fastapi.testclient import TestClient
from page_support import bearer, csrf, example
from seed import OTHER_USCC, PASSWORD, WOOD_USCC

from documents.errors import DocumentError
from engine import clock
from ledger.store.db import Database
from web import downloads

ROOT = Path(__file__).resolve().parents[2]
DEPARTMENT, CITY, ENTERPRISE = "荣成市应急局-张三", "威海市应急局-李四", "鲁林家具-安全员"
SUBMITTED_USCC = "91371082MA3H2J6R32"  # an enterprise of its own, so its hazard is a new entry, not a sighting
SANDER_HAZARD = {"q:profile.sectors": "轻工", "q:profile.dust_explosion": "是", "q:profile.metal_smelting": "否",
                 "q:profile.ammonia_refrigeration": "否", "q:profile.confined_space_toxic": "否",
                 "q:dust.sander.present": "是", "q:dust.sander.spark_detection": "未设置"}
EXPIRED = "页面已过期（为安全起见，表单有时效）。请返回上一页，重新打开后再提交。"


def log_in(client: TestClient, user: str = DEPARTMENT) -> None:
    token = csrf(client.get("/login").text)
    done = client.post("/login", data={"csrf_token": token, "name": user, "password": PASSWORD, "next": "/"})
    assert done.status_code == 303, done.text


def new_draft(client: TestClient, name: str, uscc: str = SUBMITTED_USCC) -> str:
    """Step 1 of 新建检查 (工贸, 区县): the draft's path."""
    made = client.post("/checks/new", data={
        "csrf_token": csrf(client.get("/checks/new").text), "uscc": uscc, "name": name, "region_code": "371082",
        "industries": "gongmao", "date": clock.today().isoformat(), "channel": "监督检查", "level": "区县"})
    assert made.status_code == 303, made.text
    return str(made.headers["location"])


def main_of(html: str) -> str:
    """The page's own content (not its <title>, header or footer)."""
    found = re.search(r"<main\b.*?</main>", html, re.S)
    assert found, "the page has no <main>"
    return found.group(0)


def confirm_form(html: str, draft: str, action: str) -> str:
    """The confirmation form: a POST back to the draft with the CSRF token, the action and confirm=1."""
    found = re.search(r'<form id="confirm" method="post" action="([^"]+)".*?</form>', html, re.S)
    assert found, "the page has no confirmation form"
    form = found.group(0)
    assert found.group(1) == draft
    assert re.search(r'name="csrf_token" value="[0-9a-f]+"', form)
    assert f'name="action" value="{action}"' in form and 'name="confirm" value="1"' in form
    assert f'href="{draft}"' in form  # the way back to the draft
    return form


def api_headers(db: Database, user: str = DEPARTMENT) -> dict[str, str]:
    return bearer(db, user, "confirm tests")


def test_submit_asks_first_with_the_counts_and_only_the_confirmed_post_registers(
        client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    api = api_headers(app_and_db[1])
    registered_before = client.get("/v1/hazards", headers=api).json()["total"]
    log_in(client)
    draft = new_draft(client, "荣成确认家具厂")
    first = client.post(draft, data={"csrf_token": csrf(client.get(draft).text), "action": "submit",
                                     **SANDER_HAZARD})
    assert (first.status_code, first.headers["location"]) == (303, f"{draft}/submit")
    assert client.get("/v1/hazards", headers=api).json()["total"] == registered_before  # nothing registered yet
    checklist = client.get(draft)  # the draft is still there, with the answers sent with 提交检查
    assert checklist.status_code == 200
    assert re.search(r'name="q:dust\.sander\.spark_detection" value="未设置" checked', checklist.text)
    pending = re.search(r'data-count="undetermined">(\d+)<', checklist.text)
    assert pending and int(pending.group(1)) > 0
    page = client.get(f"{draft}/submit")
    assert page.status_code == 200
    assert f"还有 {pending.group(1)} 项待补充：提交后不能再修改，确认提交？" in page.text
    assert "已判定重大事故隐患 1 项" in page.text and "提交后将登记入隐患台账" in page.text
    confirm_form(page.text, draft, "submit")
    assert client.get("/v1/hazards", headers=api).json()["total"] == registered_before  # showing it changed nothing
    done = client.post(draft, data={"csrf_token": csrf(page.text), "action": "submit", "confirm": "1"})
    assert done.status_code == 303 and re.fullmatch(r"/checks/[0-9a-f]{32}", done.headers["location"])
    assessment = client.get(done.headers["location"]).text
    assert "1 项重大事故隐患已登记入台账" in assessment and "第十一条（八）" in assessment
    assert client.get("/v1/hazards", headers=api).json()["total"] == registered_before + 1
    gone = client.get(draft)  # back to the draft after submitting: said plainly, without its 32-digit id
    assert gone.status_code == 404 and "未找到草稿" in gone.text and draft.rsplit("/", 1)[1] not in gone.text
    twice = client.post(draft, data={"csrf_token": csrf(page.text), "action": "submit", "confirm": "1"})
    assert (twice.status_code, twice.headers["location"]) == (303, done.headers["location"])  # a second tap
    assert client.get("/v1/hazards", headers=api).json()["total"] == registered_before + 1
    discard_gone = client.post(draft, data={"csrf_token": csrf(page.text), "action": "discard", "confirm": "1"})
    assert discard_gone.status_code == 404  # only a confirmed submit finds its way to what it stored


def test_delete_is_a_button_and_asks_first_saying_the_answers_cannot_be_restored(client: TestClient) -> None:
    log_in(client)
    draft = new_draft(client, "荣成待删家具厂")
    checklist = client.get(draft).text
    button = re.search(r'<button class="([^"]+)" type="submit" name="action" value="discard">删除此草稿</button>',
                       checklist)
    assert button and button.group(1).split() == ["button", "button--warning"]  # a button, not a small link
    first = client.post(draft, data={"csrf_token": csrf(checklist), "action": "discard",
                                     "q:profile.dust_explosion": "是"})
    assert (first.status_code, first.headers["location"]) == (303, f"{draft}/discard")
    kept = client.get(draft)
    assert kept.status_code == 200  # not deleted yet, and the answer sent with the button was kept
    assert re.search(r'name="q:profile\.dust_explosion" value="是" checked', kept.text)
    page = client.get(f"{draft}/discard")
    assert page.status_code == 200 and "删除后草稿及其全部回答不能恢复" in page.text and "已回答 1 题" in page.text
    confirm_form(page.text, draft, "discard")
    done = client.post(draft, data={"csrf_token": csrf(page.text), "action": "discard", "confirm": "1"})
    assert (done.status_code, done.headers["location"]) == (303, "/")
    home = client.get("/").text
    assert "草稿已删除" in home and draft not in home
    assert client.get(draft).status_code == 404


def test_a_confirmation_is_the_owners_needs_its_token_and_keeps_the_strict_policy(
        client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    log_in(client)
    draft = new_draft(client, "荣成他人家具厂")
    for kind in ("submit", "discard"):
        page = client.get(f"{draft}/{kind}")
        assert page.status_code == 200, kind
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert not re.search(r"<script(?![^>]*\bsrc=)", page.text) and " style=" not in page.text, kind
        forged = client.post(draft, data={"csrf_token": "0" * 64, "action": kind, "confirm": "1"})
        assert forged.status_code == 403 and EXPIRED in forged.text, kind
    with TestClient(app_and_db[0], follow_redirects=False) as other:
        log_in(other, ENTERPRISE)
        token = csrf(other.get("/").text)
        for kind in ("submit", "discard"):
            assert other.get(f"{draft}/{kind}").status_code == 404, kind
            refused = other.post(draft, data={"csrf_token": token, "action": kind, "confirm": "1"})
            assert refused.status_code == 404 and "未找到草稿" in refused.text, kind
    assert client.get(draft).status_code == 200  # neither the forged nor the other user's confirmation acted


def test_an_answer_that_cannot_be_submitted_stays_on_the_checklist(client: TestClient) -> None:
    log_in(client)
    draft = new_draft(client, "荣成错填家具厂")
    checklist = client.get(draft).text
    number = re.search(r'inputmode="numeric" autocomplete="off" id="[^"]+" name="([^"]+)"', checklist)
    assert number, "the 工贸 checklist has no whole-number question"
    refused = client.post(draft, data={"csrf_token": csrf(checklist), "action": "submit", number.group(1): "很多"})
    assert refused.status_code == 400 and "请填写数字（整数）" in refused.text and "确认提交" not in refused.text


def test_the_login_page_speaks_to_users_not_administrators(client: TestClient) -> None:
    page = client.get("/login").text
    assert "账号由管理员开通；忘记密码请联系管理员。" in page
    for jargon in ("hazard users", "API", "令牌", "<code>"):
        assert jargon not in main_of(page), jargon


def test_an_expired_form_is_said_without_jargon(client: TestClient) -> None:
    log_in(client)
    page = client.post("/checks/new", data={"name": "x"})
    assert page.status_code == 403 and page.headers["content-type"].startswith("text/html")
    assert EXPIRED in page.text and "未能提交" in page.text
    assert "CSRF" not in page.text and "无权进行此操作" not in page.text and "来源不明" not in page.text


def test_not_found_is_said_once_on_the_page_and_unchanged_in_the_api(
        client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    log_in(client)
    for url, said in (("/hazards/99999", "未找到隐患 99999"), (f"/checks/{'0' * 32}", f"未找到检查 {'0' * 32}")):
        page = client.get(url)
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html"), url
        content = main_of(page.text)
        assert said in content and content.count(said.rsplit(" ", 1)[1]) == 1, url
        assert "没有可见的" not in page.text, url
    api = client.get("/v1/hazards/99999", headers=api_headers(app_and_db[1]))
    assert api.status_code == 404 and api.json() == {"code": "not_found", "message": "未找到隐患 99999", "errors": [
        {"loc": ["path", "hazard_id"], "msg": "没有可见的隐患 99999"}]}  # API clients keep their body


def _register(client: TestClient, headers: dict[str, str], level: str, uscc: str, region: str) -> int:
    """The wood-dust example, registered through the API at `level`: its hazard's id."""
    document = example("wood-dust-dry-collector")
    document["inspection"]["enterprise"] = {"name": "某木制品企业", "uscc": uscc, "region_code": region}
    document["inspection"]["level"] = level
    made = client.post("/v1/inspections", json=document, headers=headers)
    assert made.status_code == 201, made.text
    return int(made.json()["hazards"][0]["hazard_id"])


def test_a_listing_notice_that_cannot_be_made_is_said_in_the_users_words(
        client: TestClient, app_and_db: tuple[Any, Database]) -> None:
    county, city = api_headers(app_and_db[1]), api_headers(app_and_db[1], CITY)
    unlisted = _register(client, county, "区县", WOOD_USCC, "371082")
    log_in(client, CITY)
    page = client.get(f"/hazards/{unlisted}/listing.pdf")
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "该隐患尚未下达挂牌督办通知，无法出具督办通知书" in page.text and "无法出具文书" in page.text
    for jargon in ("hazard ledger", "list 事件", "--type", "填写有误", f"#{unlisted}"):
        assert jargon not in page.text, jargon
    api = client.get(f"/v1/hazards/{unlisted}/listing.pdf", headers=county).json()
    assert api["code"] == "not_listed" and "hazard ledger event" in api["errors"][0]["suggestion"]  # unchanged
    listed = _register(client, city, "市", OTHER_USCC, "371003")  # listed at once, its notice not yet given
    without_notice = client.get(f"/hazards/{listed}/listing.pdf")
    assert without_notice.status_code == 422 and "无法出具督办通知书" in without_notice.text
    assert "下达挂牌督办通知" in without_notice.text and "list 事件" not in without_notice.text
    assert f'<a href="/hazards/{listed}">返回该隐患</a>' in without_notice.text  # the way back, not only home


# in a browser: the phone an inspector holds, without JavaScript


def _start(page: Any, base: str, name: str) -> str:
    page.goto(base + "/checks/new")
    page.fill("#f-uscc", SUBMITTED_USCC)
    page.fill("#f-name", name)
    page.fill("#f-region_code", "371082")
    page.check("input[name=industries][value=gongmao]")
    page.click("main form[method=post] button[type=submit]")
    page.wait_for_url(re.compile(r"/checks/drafts/[0-9a-f]{32}$"))
    return str(page.url)


def test_on_a_phone_without_javascript_delete_and_submit_each_ask_once(open_page: Any, server: Server) -> None:
    from playwright.sync_api import expect

    page = open_page(DEPARTMENT, viewport=PHONE, javascript=False)
    draft = _start(page, server.base, "荣成手机家具厂")
    delete = page.locator("button[value=discard]")
    box = delete.bounding_box()
    assert box is not None and box["width"] >= 44 and box["height"] >= 44, box  # a thumb's tap target
    delete.click()
    page.wait_for_url(draft + "/discard")
    expect(page.locator("h1")).to_have_text("确认删除草稿")
    expect(page.locator("main")).to_contain_text("删除后草稿及其全部回答不能恢复")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.locator("a", has_text="返回检查表").click()  # changed one's mind: nothing lost
    page.wait_for_url(draft)
    page.click("button[value=submit]")
    page.wait_for_url(draft + "/submit")
    expect(page.locator("h1")).to_have_text("确认提交检查")
    expect(page.locator("main")).to_contain_text("项待补充：提交后不能再修改，确认提交？")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for button in page.locator("#confirm .button").all():
        size = button.bounding_box()
        assert size is not None and size["height"] >= 44, size
    page.click("#confirm button[type=submit]")
    page.wait_for_url(re.compile(r"/checks/[0-9a-f]{32}$"))
    expect(page.locator(".notice")).to_contain_text("检查已提交")
    other = _start(page, server.base, "荣成手机待删厂")
    page.click("button[value=discard]")
    page.click("#confirm button[type=submit]")
    page.wait_for_url(server.base + "/")
    expect(page.locator(".notice")).to_have_text("草稿已删除")
    assert page.request.get(other).status == 404
    for missing in (other, f"{server.base}/checks/{'0' * 32}", f"{server.base}/hazards/99999"):
        response = page.goto(missing)
        assert response is not None and response.status == 404, missing
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{missing} 在 390 px 宽时横向溢出（{width} px）"


def test_a_document_the_server_cannot_make_keeps_its_details_for_the_log(
        client: TestClient, app_and_db: tuple[Any, Database], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    # the 500 page showed the server's own message: the missing font's path and the command to install it
    def no_font(*_: Any) -> bytes:
        raise DocumentError("cjk_font_missing", "font", "找不到中文字体 /usr/share/fonts/opentype/noto",
                            "apt-get install fonts-noto-cjk")

    monkeypatch.setattr(downloads, "_listing", no_font)
    log_in(client, CITY)
    page = client.get("/hazards/1/listing.pdf")
    assert page.status_code == 500 and "请联系管理员" in page.text
    assert "/usr/share/fonts" not in page.text and "apt-get" not in page.text
    assert "/usr/share/fonts" in caplog.text
