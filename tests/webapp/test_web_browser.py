"""The issue's scenarios in a real browser (Debian's chromium through Playwright)."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
import pytest
import yaml
from browser_support import ARTIFACTS, PHONE, Server
from playwright.sync_api import expect
from seed import OTHER_USCC, WOOD_USCC

ROOT = Path(__file__).resolve().parents[2]
DEPARTMENT, CITY = "荣成市应急局-张三", "威海市应急局-李四"
ENTERPRISE, OTHER_ENTERPRISE = "鲁林家具-安全员", "文登某企业-安全员"
ARTICLE_11 = "g-gongmao-2023-第十一条"
BUILDING_MATERIALS = '[id="g-gongmao-2023-第六条"]'  # 建材企业: nothing to ask a 轻工 enterprise
FURNITURE_PROFILE = {"profile.dust_explosion": "是", "profile.metal_smelting": "否",
                     "profile.ammonia_refrigeration": "否", "profile.confined_space_toxic": "否"}


def question(page: Any, code: str) -> Any:
    return page.locator(f'[id="q-{code}"]')


def answer(page: Any, code: str, value: str) -> None:
    """Pick an answer and wait for the verdicts to come back."""
    with page.expect_response(lambda r: r.url.endswith("/live") and r.status == 200):
        question(page, code).locator(f'input[value="{value}"]').check()


def start_inspection(page: Any, base: str, name: str, uscc: str, region: str, level: str | None = None) -> None:
    """Step 1 of 新建检查: a new enterprise in 工贸, then on to its checklist."""
    page.goto(base + "/checks/new")
    page.fill("#f-uscc", uscc)
    page.fill("#f-name", name)
    page.fill("#f-region_code", region)
    page.check("input[name=industries][value=gongmao]")
    if level:
        page.locator("#f-level").get_by_label(level, exact=True).check()
    page.click("main form[method=post] button[type=submit]")
    page.wait_for_url(re.compile(r"/checks/drafts/[0-9a-f]{32}$"))


def answer_furniture_profile(page: Any) -> None:
    with page.expect_response(lambda r: r.url.endswith("/live")):
        question(page, "profile.sectors").locator('input[value="轻工"]').check()
    for code, value in FURNITURE_PROFILE.items():
        answer(page, code, value)


def test_inspector_judges_as_answering_submits_and_finds_the_hazard_in_the_register(open_page: Any,
                                                                                    server: Server) -> None:
    page = open_page(DEPARTMENT)
    start_inspection(page, server.base, "荣成鲁林家具有限公司", WOOD_USCC, "371082")
    article = page.locator(f'[id="{ARTICLE_11}"] [data-verdict]')
    expect(article).to_contain_text("待补充")
    unrelated = page.locator(f"{BUILDING_MATERIALS} .question").first
    expect(unrelated).to_be_visible()
    answer_furniture_profile(page)
    expect(unrelated).to_be_hidden()  # unrelated questions disappear
    expect(page.locator(BUILDING_MATERIALS)).to_be_hidden()  # and the 条 that asked them
    expect(article).to_contain_text("待补充")
    expect(article.locator("a", has_text="砂光机")).not_to_have_count(0)  # it names the questions still deciding it
    answer(page, "dust.sander.present", "是")
    answer(page, "dust.sander.spark_detection", "未设置")
    expect(article).to_contain_text("重大事故隐患")
    expect(page.locator("[data-count=hazard]")).to_have_text("1")
    page.click("button[value=submit]")
    page.click("#confirm button[type=submit]")  # 提交检查 asks first
    page.wait_for_url(re.compile(r"/checks/[0-9a-f]{32}$"))
    expect(page.locator("h1")).to_have_text("荣成鲁林家具有限公司")
    hazard = page.locator(".finding--hazard").first
    expect(hazard).to_contain_text("第十一条（八）")
    expect(hazard).to_contain_text("应急管理部令第10号")
    expect(hazard.locator("td", has_text="未设置")).to_have_count(1)  # the evidence as words, not true/false
    expect(page.locator(".finding--hazard")).not_to_contain_text("true")
    for label, media in (("清单（Excel）", "spreadsheetml"), ("指令书", "application/pdf")):
        download(page, page.locator("a.button", has_text=label), media)
    page.goto(server.base + "/hazards")
    row = page.locator("tbody tr", has_text="荣成鲁林家具有限公司")
    expect(row).to_contain_text("第十一条")
    expect(row).to_contain_text("砂光机")  # the branch that held, not the start of the either/or text
    expect(row).not_to_contain_text("铁、石等杂物")
    row.locator("a").first.click()
    expect(page.locator(".summary-list")).to_contain_text("砂光机连接的风管未设置火花探测消除装置")
    expect(page.locator(".citation")).to_contain_text("砂光机连接的风管未设置火花探测消除装置")
    expect(page.locator(".citation")).to_contain_text("工贸企业重大事故隐患判定标准")


def download(page: Any, link: Any, media: str) -> bytes:
    """Fetch a download button's target in the page's session: its type and its Chinese file name."""
    response = page.request.get(urljoin(page.url, str(link.get_attribute("href"))))
    assert response.status == 200, response.text()[:300]
    assert media in response.headers["content-type"]
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    body: bytes = response.body()
    assert len(body) > 200
    return body


def _register_inspection(server: Server, uscc: str, region: str, name: str) -> int:
    """A wood-dust inspection submitted through the API by the city department: the id of its hazard."""
    document: dict[str, Any] = yaml.safe_load((ROOT / "examples" / "wood-dust-dry-collector.yaml").read_text("utf-8"))
    document = copy.deepcopy(document)
    document["inspection"]["enterprise"] = {"name": name, "uscc": uscc, "region_code": region,
                                            "industries": ["gongmao"], "principal": "王某"}
    document["inspection"]["organ"] = "威海市应急管理局"
    response = httpx.post(server.base + "/v1/inspections", json=document,
                          headers={"Authorization": f"Bearer {server.token(CITY)}"}, timeout=30)
    assert response.status_code == 201, response.text
    return int(response.json()["hazards"][0]["hazard_id"])


def _do(page: Any, kind: str, fields: dict[str, str] | None = None) -> None:
    """Open one of the hazard page's next steps, fill its form and apply it."""
    form = page.locator(f"#do-{kind}")
    form.locator("summary").click()
    form.locator("textarea[name=reason]").fill("按规定办理")
    for name, value in (fields or {}).items():
        form.locator(f'[name="{name}"]').fill(value)
    form.locator("button[type=submit]").click()
    expect(page.locator(".notice")).to_contain_text("已办理")


def _kpi(page: Any, name: str) -> int:
    return int(page.locator(f"[data-kpi={name}]").inner_text())


def test_enterprise_sees_only_its_own_and_a_department_closes_it(open_page: Any, server: Server) -> None:
    own = _register_inspection(server, WOOD_USCC, "371082", "荣成鲁林家具有限公司")
    other = _register_inspection(server, OTHER_USCC, "371003", "文登某木业有限公司")
    city = open_page(CITY)
    city.goto(server.base + "/stats")
    closed_before, open_before = _kpi(city, "closed"), _kpi(city, "open")
    since_found = server.base + "/stats?start=2025-01-01"  # the example's inspection is dated 2025
    city.goto(since_found)
    rectified_before, closed_since_before = _kpi(city, "rectified"), _kpi(city, "closed")

    enterprise = open_page(ENTERPRISE)
    enterprise.goto(server.base + "/hazards")
    expect(enterprise.locator("tbody")).not_to_contain_text("文登某木业有限公司")
    response = enterprise.goto(f"{server.base}/hazards/{other}")
    assert response is not None and response.status == 404  # another's hazard is not found, not forbidden
    enterprise.goto(f"{server.base}/hazards/{own}")
    _do(enterprise, "notify")
    plan = {f"plan.{part}.text": "更换火花探测消除装置" for part in
            ("objectives", "methods", "funding", "organisation", "timeline", "safety")}
    _do(enterprise, "submit_plan", {**plan, "plan.deadline": "2099-12-31"})
    _do(enterprise, "start_rectification")
    _do(enterprise, "report_rectification")
    _do(enterprise, "request_closure", {"evidence": "已加装火花探测消除装置并经测试有效"})
    expect(enterprise.locator("h1 + p .tag").first).to_have_text("已申请销号")
    expect(enterprise.locator("#do-verify")).to_have_count(0)  # only a department verifies
    city.goto(since_found)
    assert (_kpi(city, "rectified"), _kpi(city, "closed")) == (rectified_before + 1, closed_since_before)  # not 销号

    city.goto(f"{server.base}/hazards/{own}")
    _do(city, "verify")
    _do(city, "close", {"document_number": "（威）应急销〔2026〕1号"})
    expect(city.locator("h1 + p .tag").first).to_have_text("已销号")
    city.goto(server.base + "/stats")
    assert _kpi(city, "closed") == closed_before + 1
    assert _kpi(city, "open") == open_before - 1
    download(city, city.locator("a.button", has_text="月调度"), "spreadsheetml")
    city.goto(server.base + "/hazards?status=closed")
    expect(city.locator("tbody")).to_contain_text("荣成鲁林家具有限公司")
    listed = download(city, city.locator("a.button", has_text="（CSV）"), "text/csv").decode("utf-8-sig")
    assert "荣成鲁林家具有限公司" in listed and "已销号" in listed


def test_a_city_level_inspection_is_listed_for_supervision(open_page: Any, server: Server) -> None:
    page = open_page(CITY)
    start_inspection(page, server.base, "荣成某家具厂", "91371082MA3H2J6R32", "371082", level="市")
    answer_furniture_profile(page)
    answer(page, "dust.sander.present", "是")
    answer(page, "dust.sander.spark_detection", "未设置")
    page.click("button[value=submit]")
    page.click("#confirm button[type=submit]")  # 提交检查 asks first
    page.wait_for_url(re.compile(r"/checks/[0-9a-f]{32}$"))
    page.locator("a", has_text="在隐患台账中查看").first.click()
    expect(page.locator("h1 + p")).to_contain_text("挂牌督办")
    expect(page.locator(".summary-list")).to_contain_text("自动挂牌")
    _do(page, "list_notice", {"document_number": "威安督〔2026〕3号", "deadline": "2099-06-30"})
    download(page, page.locator("a.button", has_text="督办通知书"), "application/pdf")
    page.goto(server.base + "/hazards?listed=yes")
    expect(page.locator("tbody")).to_contain_text("荣成某家具厂")


def _pages_of(server: Server, page: Any) -> list[str]:
    """Every kind of page a department user sees, with real ids from the register."""
    page.goto(server.base + "/hazards")
    hazard = page.locator("tbody a").first.get_attribute("href")
    page.goto(server.base + str(hazard))
    inspection = page.locator("a", has_text="首次发现").first.get_attribute("href")
    start_inspection(page, server.base, "荣成某木器厂", "91371082MA3H2J6R32", "371082")
    draft = page.url.removeprefix(server.base)
    return ["/", "/checks/new", draft, str(inspection), "/hazards", str(hazard), "/stats"]


PAGE_NAMES = ["login", "home", "check-new", "checklist", "assessment", "hazards", "hazard", "stats"]


def test_every_page_works_at_390_px_and_references_nothing_outside(open_page: Any, server: Server) -> None:
    _register_inspection(server, WOOD_USCC, "371082", "荣成鲁林家具有限公司")
    desktop = open_page(DEPARTMENT)
    paths = _pages_of(server, desktop)
    phone = open_page(DEPARTMENT, viewport=PHONE)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for path, name in zip(["/login", *paths], PAGE_NAMES, strict=True):
        response = phone.goto(server.base + path)
        assert response is not None and response.status == 200, path
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} 在 390 px 宽时横向溢出（{width} px）"
        html = phone.content()
        outside = [u for u in re.findall(r"""(?:src|href|action)=["']([^"']+)""", html)
                   if re.match(r"^(?:[a-z]+:)?//", u) and not u.startswith(server.base)]
        assert outside == [], f"{path} 引用了外部地址：{outside}"
        phone.screenshot(path=str(ARTIFACTS / f"390-{name}.png"), full_page=True)


def _focused(page: Any) -> list[Any]:
    """The focused control: its question's code, its type and value, and its section."""
    return list(page.evaluate("""() => { const e = document.activeElement; const q = e.closest('.question');
        return q ? [q.dataset.code, e.type, e.value, q.closest('section').id] : [null, e.tagName, null, null]; }"""))


def _keys(page: Any, *keys: str) -> None:
    """Press keys, each one changing an answer, and wait for the verdicts of each."""
    for key in keys:
        with page.expect_response(lambda r: r.url.endswith("/live")):
            page.keyboard.press(key)


def test_one_question_group_completed_with_the_keyboard_only(open_page: Any, server: Server) -> None:
    page = open_page(DEPARTMENT)
    start_inspection(page, server.base, "荣成键盘家具厂", "91371082MA3F7W2K55", "371082")
    wanted = {"profile.sectors": "轻工", **FURNITURE_PROFILE}
    page.locator("h1").focus()
    answered: dict[str, str] = {}
    tabbed = False
    for _ in range(150):
        if not tabbed:
            page.keyboard.press("Tab")
        tabbed = False
        code, kind, value, section = _focused(page)
        if section != "g-profile" or code in answered:
            if answered and section not in ("g-profile", None):
                break  # past the group
            continue
        if kind == "checkbox":
            if value == wanted.get(code):
                _keys(page, "Space")
                answered[code] = value
        elif kind == "radio":  # focus lands on the checked radio (未检查, the last): 否 is one to the left, 是 two
            answered[code] = wanted.get(code, "否")
            _keys(page, *(["ArrowLeft"] * (2 if answered[code] == "是" else 1)))
        elif kind == "text":
            page.keyboard.type("0")
            answered[code] = "0"
            _keys(page, "Tab")
            tabbed = True
    assert set(wanted) <= set(answered)
    shown = page.locator('[id="g-profile"] .question:visible')
    for code in [c for c in page.locator('[id="g-profile"] .question').evaluate_all(
            "qs => qs.filter(q => !q.hidden).map(q => q.dataset.code)")]:
        assert code in answered, f"{code} 仍显示但未回答"
    expect(shown.locator('input[value=""]:checked')).to_have_count(0)
    page.reload()  # the answers were kept in the draft
    for code, value in wanted.items():
        expect(question(page, code).locator(f'input[value="{value}"]')).to_be_checked()


@pytest.mark.parametrize("javascript", [False])
def test_the_checklist_works_without_javascript(open_page: Any, server: Server, javascript: bool) -> None:
    page = open_page(DEPARTMENT, javascript=javascript)
    start_inspection(page, server.base, "荣成无脚本家具厂", "91371082MA3F7W2K55", "371082")
    question(page, "profile.sectors").locator('input[value="轻工"]').check()
    for code, value in FURNITURE_PROFILE.items():
        question(page, code).locator(f'input[value="{value}"]').check()
    unrelated = page.locator(f"{BUILDING_MATERIALS} .question").first
    expect(unrelated).to_be_visible()
    page.click("button[value=refresh]")
    expect(unrelated).to_be_hidden()
    expect(page.locator(f'[id="{ARTICLE_11}"] [data-verdict]')).to_contain_text("待补充")
