"""HTTP API: same findings as the CLI, errors with field paths, size limits."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from engine.loader import load_file
from engine.rulebook import load_rulebook, rule_files

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
FEATURE = "features/mini-2024/01-room.feature"  # tests/fixtures/features/, found beside the mini rules


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Settings(rules=MINI, max_body_bytes=10_000)))


def body(facts: dict[str, object]) -> dict[str, object]:
    return {"inspection": {"date": "2025-06-01"}, "facts": facts}


def test_assessment_ok(client: TestClient) -> None:
    r = client.post("/v1/assessments", json=body({"profile.kind": ["甲业"], "profile.cold": True, "room.people": 10}))
    assert r.status_code == 200
    statuses = {f["criterion"]: f["status"] for f in r.json()["findings"]}
    assert statuses["mini-2024.1.1"] == "hazard"


def test_verdicts_are_the_assessment_statuses_and_missing_facts(client: TestClient) -> None:
    payload = body({"profile.kind": ["甲业"], "profile.cold": True, "room.people": 10})
    verdicts = client.post("/v1/verdicts", json=payload)
    assessment = client.post("/v1/assessments", json=payload).json()
    assert verdicts.status_code == 200
    got = verdicts.json()
    assert [(v["criterion"], v["status"], v["missing"]) for v in got["verdicts"]] == \
        [(f["criterion"], f["status"], f["missing"]) for f in assessment["findings"]]
    assert got["summary"] == assessment["summary"] and "findings" not in got and "actions" not in got
    bad = client.post("/v1/verdicts", json=body({"room.peple": 1}))
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"][:2] == ["facts", "room.peple"]


@pytest.mark.parametrize(("payload", "loc"), [
    (body({"room.peple": 1}), "facts"),
    (body({"room.people": "ten"}), "facts"),
    ({"inspection": {}}, "inspection"),
])
def test_bad_input_is_422_naming_the_field(client: TestClient, payload: dict[str, object], loc: str) -> None:
    r = client.post("/v1/assessments", json=payload)
    assert r.status_code == 422 and r.json()["errors"][0]["loc"][0] == loc
    if loc == "facts":
        assert r.json()["errors"][0]["loc"][1] in ("room.peple", "room.people")


@pytest.mark.parametrize(("fact", "raw"), [
    ("room.people", "NaN"), ("room.people", "-Infinity"), ("frame.height", "1e400"), ("frame.height", "NaN"),
    ("frame.height", "1e13"), ("room.people", "123456789012345678901234567890"),
    ("pressure.seal", '{"value": 1e308, "unit": "MPa"}'), ("pressure.seal", '{"value": 1e400, "unit": "MPa"}'),
])
def test_non_finite_or_huge_numbers_are_422_not_500(client: TestClient, fact: str, raw: str) -> None:
    text = f'{{"inspection": {{"date": "2025-06-01"}}, "facts": {{"profile.kind": ["甲业"], "{fact}": {raw}}}}}'
    r = client.post("/v1/assessments", content=text.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["facts", fact], r.text
    assert "超出范围" in r.json()["errors"][0]["msg"]
    profile = client.post("/v1/checklists", content=f'{{"{fact}": {raw}}}'.encode(),
                          headers={"content-type": "application/json"})
    assert profile.status_code == 422 and profile.json()["errors"][0]["loc"] == ["body", fact]


def test_malformed_json_is_422(client: TestClient) -> None:
    r = client.post("/v1/assessments", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"
    for text, said in ((b'{"inspection": {"date": "2025-06-01",}}', "第 1 行第 38 列：键应写在双引号中（或多了一个逗号）"),
                       (b'{"facts": {"a": 1 "b": 2}}', "第 1 行第 19 列：缺少逗号"),
                       (b'{"facts": {"a": "x}}', "第 1 行第 17 列：文本缺少结尾的双引号")):
        r = client.post("/v1/assessments", content=text, headers={"content-type": "application/json"})
        assert r.json()["errors"][0]["msg"] == said, r.text


def _english(errors: list[dict[str, object]]) -> list[str]:
    return [str(e["msg"]) for e in errors if any(w in str(e["msg"]) for w in ("Input should", "Extra inputs", "Field"))]


def test_an_unknown_query_parameter_is_refused_with_the_nearest_accepted_one(client: TestClient) -> None:
    r = client.post("/v1/assessments?detial=full", json=body({}))  # a typo must not quietly give the summary
    assert r.status_code == 422, r.text
    error = r.json()["errors"][0]
    assert (error["loc"], error["code"], error["msg"]) == (["query", "detial"], "extra_forbidden", "未知的键 'detial'")
    assert error["suggestion"].startswith("是否应为 'detail'？")
    text = client.post("/v1/assessments", content=b"hello", headers={"content-type": "text/plain"}).json()["errors"][0]
    assert text["msg"] == "应为 JSON 对象 {…}" and "content-type: application/json（收到 text/plain）" in text["suggestion"]
    none_taken = client.get("/v1/standards?x=1").json()["errors"][0]
    assert none_taken["suggestion"] == "该接口不接受查询参数：删除它"
    assert client.post("/v1/assessments?detail=full", json=body({})).status_code == 200


@pytest.mark.parametrize(("method", "url", "payload", "loc", "msg"), [
    ("POST", "/v1/assessments", [1, 2], ["body"], "应为 JSON 对象 {…}"),
    ("POST", "/v1/assessments:batch", [5], ["body", "0"], "应为 JSON 对象 {…}"),
    ("POST", "/v1/checklists?date=2025-6-1", {}, ["query", "date"], "应为日期 YYYY-MM-DD"),
    ("POST", "/v1/assessments?detail=all", body({}), ["query", "detail"], "取值应为 'summary'、'full' 之一"),
])
def test_request_errors_are_in_chinese_with_their_location(client: TestClient, method: str, url: str, payload: object,
                                                           loc: list[str], msg: str) -> None:
    r = client.request(method, url, json=payload)
    assert r.status_code == 422 and r.json()["code"] == "invalid_request", r.text
    assert r.json()["message"] == "请求有 1 个问题"
    assert [(e["loc"], e["msg"]) for e in r.json()["errors"]] == [(loc, msg)]
    assert not _english(r.json()["errors"])


def test_a_crash_is_a_500_with_an_id_that_is_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(Settings(rules=MINI))

    @app.get("/v1/boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("secret detail")

    @app.get("/boom-page", include_in_schema=False)
    def boom_page() -> None:
        raise RuntimeError("secret detail")

    with TestClient(app, raise_server_exceptions=False) as crashing:
        answer = crashing.get("/v1/boom", headers={"accept": "text/html"})  # an API path answers JSON whatever it asks
        page = crashing.get("/boom-page", headers={"accept": "text/html"})
    error_id = answer.headers["x-error-id"]
    assert answer.status_code == 500 and answer.json()["code"] == "internal_error"
    assert f"编号 {error_id}" in answer.json()["message"] and "secret detail" not in answer.text
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert f"编号 {page.headers['x-error-id']}" in page.text and "secret detail" not in page.text
    logged = [r for r in caplog.records if r.name == "api" and error_id in r.getMessage()]
    assert logged and logged[0].exc_info is not None  # the traceback is in the log, under the id the user quotes


def test_large_body_is_413(client: TestClient) -> None:
    r = client.post("/v1/assessments", content=b"x" * 20_000, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_examples_match_cli_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole assessment (findings, notices, actions, ...) equals `hazard assess --format json`."""
    from typer.testing import CliRunner

    from engine import cli

    app = create_app(Settings(rules=ROOT / "rules"))
    api = TestClient(app)
    monkeypatch.setattr(cli, "_engine", lambda rules, verify: app.state.engine)  # compile once, not once per CLI run
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        doc, _ = load_file(example)
        via_api = api.post("/v1/assessments", json=doc.data).json()
        via_cli = json.loads(CliRunner().invoke(cli.app, ["assess", str(example), "--format", "json"]).output)
        assert via_api == via_cli, example.name


def test_healthz_names_version_and_the_rulebook_assessments_use(client: TestClient) -> None:
    health = client.get("/healthz").json()
    assessed = client.post("/v1/assessments", json=body({"profile.kind": ["甲业"]})).json()
    assert health == {"status": "ok", "version": metadata.version("hazard-engine"), "rulebook": assessed["rulebook"],
                      "standards": ["mini-2020", "mini-2024"], "criteria": len(load_rulebook(MINI)[0].criteria)}
    assert len(health["rulebook"]) == 12


def test_standard_detail_lists_its_criteria(client: TestClient) -> None:
    r = client.get("/v1/standards/mini-2024")
    assert r.status_code == 200
    detail = r.json()
    items = detail.pop("items")
    assert detail == {
        "id": "mini-2024", "family": "mini", "title": "迷你判定标准", "document_number": "迷你令第2号",
        "effective_from": "2024-01-01", "effective_until": None, "encoded": True, "criteria": 7, "elements": 10,
        "unconfirmed": 1, "edition": None, "issuer": None, "confidence": "confirmed", "source": "fixture",
        "scope": "甲业、乙业企业", "not_encoded_reason": None, "notices": ["第二条：制冷方面另有规定的，适用其规定。"],
        "partial": False, "items_total": None, "not_judged": [], "provinces": None}
    assert [i["id"] for i in items] == ["mini-2024.1.1", "mini-2024.1.2"] + [f"mini-2024.2.{n}" for n in range(1, 16)]
    assert [i["role"] for i in items].count("element") == 10
    assert items[1] == {"id": "mini-2024.1.2", "article": "第一条", "item": "（二）", "text": "报警装置未设置或失效的。",
                        "confidence": "unconfirmed", "unconfirmed": True, "role": "criterion"}
    listed = {s["id"]: s for s in client.get("/v1/standards").json()}
    assert {k: v for k, v in detail.items() if k in listed["mini-2024"]} == listed["mini-2024"]


@pytest.mark.parametrize(("path", "param", "suggestion"), [
    ("/v1/standards/mini-2042", "standard_id", "是否应为 'mini-2024'？"),
    ("/v1/standards/nothing-like-it", "standard_id", "可用的 id 见 GET /v1/standards"),
    ("/v1/criteria/mini-2O24.1.1", "criterion_id", "是否应为 'mini-2024.1.1'？"),
])
def test_unknown_id_is_404_with_a_suggestion(client: TestClient, path: str, param: str, suggestion: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    error = r.json()
    assert error["code"] == "not_found" and path.rsplit("/", 1)[1] in error["message"]
    assert error["errors"][0]["loc"] == ["path", param] and error["errors"][0]["suggestion"] == suggestion


def test_criterion_has_citation_facts_and_scenarios(client: TestClient) -> None:
    r = client.get("/v1/criteria/mini-2024.1.1")
    assert r.status_code == 200
    assert r.json() == {
        "id": "mini-2024.1.1", "standard": "mini-2024", "document_number": "迷你令第2号", "article": "第一条",
        "item": "（一）", "text": "快速冻结装置未设置在单独的作业间内，或者作业人员超过9人的。", "confidence": "confirmed",
        "unconfirmed": False, "note": None, "role": "criterion", "scope": "制冷企业",
        "citation": {"standard": "mini-2024", "title": "迷你判定标准", "document_number": "迷你令第2号",
                     "article": "第一条", "item": "（一）", "text": "《迷你判定标准》（迷你令第2号）第一条（一）"},
        "facts": ["room.own", "room.people"], "applicability_facts": ["profile.kind", "profile.cold"],
        "scenarios": [
            {"name": "快速冻结装置不在单独作业间判定为重大事故隐患", "file": FEATURE, "line": 5},
            {"name": "作业人员等于9人不算超过，多一人即成立", "file": FEATURE, "line": 15}]}
    assert client.get("/v1/criteria/mini-2024.2.1").json()["scenarios"] == []


def test_real_criterion_names_its_feature_scenarios() -> None:
    api = TestClient(create_app(Settings(rules=ROOT / "rules")))
    scenarios = api.get("/v1/criteria/gongmao-2023.3.1").json()["scenarios"]
    assert scenarios and all(s["file"].startswith("features/") and s["line"] > 0 for s in scenarios)
    assert "未定期对承包单位进行安全检查判定为重大事故隐患" in [s["name"] for s in scenarios]


def upload(folder: Path, prefix: str = "") -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", (prefix + p.relative_to(folder).as_posix(), p.read_bytes())) for p in rule_files(folder)]


def test_lint_clean_upload_is_ok(client: TestClient) -> None:
    r = client.post("/v1/rules:lint", files=upload(MINI))
    assert r.status_code == 200
    assert r.json() == {"ok": True, "count": 0, "shared_facts": False, "problems": [],
                        "files": sorted(p.relative_to(MINI).as_posix() for p in rule_files(MINI))}


def test_lint_upload_without_facts_uses_the_shared_catalog(client: TestClient) -> None:
    r = client.post("/v1/rules:lint", files=upload(MINI / "std-2024", "std-2024/"))
    assert r.json() | {"files": []} == {"ok": True, "count": 0, "shared_facts": True, "problems": [], "files": []}


@pytest.mark.parametrize("fixture", ["unknown_fact", "duplicate_key", "overlapping_editions", "missing_citation"])
def test_lint_reports_the_same_problems_as_hazard_lint(client: TestClient, fixture: str) -> None:
    folder = ROOT / "tests" / "fixtures" / "broken" / fixture
    _, expected = load_rulebook(folder)
    r = client.post("/v1/rules:lint", files=upload(folder))
    assert r.status_code == 200
    report = r.json()
    assert report["ok"] is False and report["count"] == len(expected) > 0
    assert [(p["code"], p["line"], p["col"], p["message"], p["suggestion"]) for p in report["problems"]] == [
        (p.code, p.line, p.col, p.message, p.suggestion) for p in expected]
    assert [p["location"] for p in report["problems"]] == [
        f"{Path(p.file).relative_to(folder.relative_to(ROOT)).as_posix()}:{p.line}:{p.col}" for p in expected]


def test_lint_reports_bad_file_names_without_touching_the_disk(client: TestClient) -> None:
    files = [("files", ("../escape.yaml", b"a: 1")), ("files", ("notes.txt", b"x")), ("files", ("/abs.yaml", b"x")),
             ("files", ("std/01.yaml", b"a: 1")), ("files", ("std/01.yaml/02.yaml", b"a: 1"))]
    report = client.post("/v1/rules:lint", files=files).json()
    assert report["ok"] is False and report["files"] == ["std/01.yaml"]
    assert [(p["code"], p["file"]) for p in report["problems"] if p["code"] == "invalid_file_name"] == [
        ("invalid_file_name", f) for f in ("../escape.yaml", "/abs.yaml", "notes.txt", "std/01.yaml/02.yaml")]
    assert not (ROOT.parent / "escape.yaml").exists()
    nameless = client.post("/v1/rules:lint", files=[("files", ("", b"x"))])
    assert nameless.status_code == 422 and nameless.json()["errors"][0]["loc"][:2] == ["body", "files"]


def test_lint_refuses_yaml_aliases_instead_of_expanding_them(client: TestClient) -> None:
    laughs = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    laughs += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]  # 10^9 nodes if expanded
    started = time.perf_counter()
    report = client.post("/v1/rules:lint", files=[("files", ("std/01.yaml", "\n".join(laughs).encode()))]).json()
    assert time.perf_counter() - started < 5
    assert [(p["code"], p["location"]) for p in report["problems"]] == [("yaml_alias", "std/01.yaml:2:10")]
    assert report["files"] == []


def test_lint_needs_files_and_respects_the_size_limit(client: TestClient) -> None:
    r = client.post("/v1/rules:lint", data={"other": "x"})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["body", "files"]
    big = client.post("/v1/rules:lint", files=[("files", ("std/01.yaml", b"#" * 20_000))])
    assert big.status_code == 413 and big.json()["code"] == "body_too_large"


def test_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"inspection": {"date": "2025-06-01"}, "facts": {}, "pad": "'
        for _ in range(30):
            yield b"x" * 1_000
        yield b'"}'

    r = client.post("/v1/assessments", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json() == {"code": "body_too_large", "message": "请求体超过 10000 字节", "errors": []}


@pytest.mark.parametrize(("method", "path", "content", "status", "code"), [
    ("GET", "/v1/nothing", None, 404, "not_found"),
    ("DELETE", "/healthz", None, 405, "method_not_allowed"),
    ("POST", "/v1/assessments", b'{"inspection": "\xff"}', 422, "invalid_request"),
    ("POST", "/v1/assessments", b"\xff\xfe{}", 422, "invalid_request"),
    ("POST", "/v1/assessments", b"[" * 5_000, 422, "invalid_request"),
])
def test_every_error_has_the_error_shape(client: TestClient, method: str, path: str, content: bytes | None,
                                         status: int, code: str) -> None:
    r = client.request(method, path, content=content, headers={"content-type": "application/json"})
    assert r.status_code == status
    assert r.json()["code"] == code and isinstance(r.json()["errors"], list) and r.json()["message"]


@pytest.mark.parametrize(("profile", "query", "loc"), [
    ({"profile.knd": ["甲业"]}, "", ["body", "profile.knd"]),
    ({"profile.cold": "yes"}, "", ["body", "profile.cold"]),
    ({"profile.cold": True}, "?date=2025-02-30", ["query", "date"]),
    ({"profile.cold": True}, "?date=0", ["query", "date"]),
    ({"profile.cold": True}, "?date=1990-01-01", ["query", "date"]),  # outside the window: was 200 []
    ({"profile.cold": True}, "?date=2099-01-01", ["query", "date"]),  # was the full list
])
def test_checklist_errors_name_the_field(client: TestClient, profile: dict[str, object], query: str,
                                          loc: list[str]) -> None:
    r = client.post("/v1/checklists" + query, json=profile)
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == loc


def test_checklist_asks_the_applicable_questions(client: TestClient) -> None:
    r = client.post("/v1/checklists?date=2025-06-01", json={"profile.kind": ["甲业"], "profile.cold": True})
    assert r.status_code == 200
    assert {"room.own", "room.people", "alarm.state"} <= {q["code"] for q in r.json()}


def test_batch_over_the_limit_is_422() -> None:
    small = TestClient(create_app(Settings(rules=MINI, max_batch=2)))
    r = small.post("/v1/assessments:batch", json=[body({})] * 3)
    assert r.status_code == 422 and r.json()["code"] == "batch_too_large"
    ok = small.post("/v1/assessments:batch", json=[body({"room.people": 1}), body({})])
    assert ok.status_code == 200 and len(ok.json()) == 2


def test_openapi_documents_fact_codes_and_error_shapes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    facts = spec["components"]["schemas"]["Facts"]
    assert facts["additionalProperties"] is False and "room.people" in facts["properties"]
    assert spec["paths"]["/v1/assessments"]["post"]["responses"]["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorOut"}
    assert "multipart/form-data" in spec["paths"]["/v1/rules:lint"]["post"]["requestBody"]["content"]


def test_served_connections_have_nagle_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """`hazard serve --workers N` must not wait ~40 ms on delayed ACKs for small keep-alive responses."""
    import socket

    import uvicorn
    from typer.testing import CliRunner
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    from api.serving import NoDelayHTTPProtocol
    from cli import main as cli

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append(kwargs))
    CliRunner().invoke(cli.app, ["serve", "--workers", "2"])
    assert calls and calls[0]["http"] == "api.serving:NoDelayHTTPProtocol" and calls[0]["workers"] == 2

    monkeypatch.setattr(AutoHTTPProtocol, "connection_made", lambda self, transport: None)
    with socket.create_server(("127.0.0.1", 0)) as server, \
            socket.create_connection(server.getsockname()) as client:
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 0)

        class Transport:
            def get_extra_info(self, name: str) -> object:
                return client if name == "socket" else None

        protocol = object.__new__(NoDelayHTTPProtocol)
        protocol.connection_made(Transport())
        assert client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1


def test_a_batch_error_names_the_inspection_it_is_in() -> None:
    small = TestClient(create_app(Settings(rules=MINI, max_batch=3)))
    r = small.post("/v1/assessments:batch", json=[body({}), body({"room.people": 1}), body({"nope.fact": 1})])
    assert r.status_code == 422
    assert [e["loc"] for e in r.json()["errors"]] == [[2, "facts", "nope.fact"]]
    one = small.post("/v1/assessments", json=body({"nope.fact": 1}))
    assert [e["loc"] for e in one.json()["errors"]] == [["facts", "nope.fact"]]  # a single body: no index
