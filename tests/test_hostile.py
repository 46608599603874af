"""Hostile input, item by item (issue 13): never a false "no hazard", never a traceback or a 500, always a coded error."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner, Result

from api.app import create_app
from api.settings import Settings
from cli.main import app as cli_app
from engine import cli as engine_cli
from engine.assess import Engine
from engine.loader import load_text
from engine.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "tests" / "fixtures" / "broken"
HAZARD = {"profile.sectors": ["轻工"], "profile.ammonia_refrigeration": True, "ammonia.quick_freeze.present": True,
          "ammonia.quick_freeze.headcount": 10}  # 工贸 第十二条: a quick-freeze room with 10 people
HAZARD_YAML = "\n".join(f"  {code}: {json.dumps(value, ensure_ascii=False)}" for code, value in HAZARD.items())


@pytest.fixture(scope="module")
def app_client() -> TestClient:
    return TestClient(create_app(Settings(rules=ROOT / "rules")))


@pytest.fixture()
def cli(monkeypatch: pytest.MonkeyPatch, app_client: TestClient) -> CliRunner:
    """The real `hazard` command, with the API's compiled engine instead of compiling once per run."""
    engine: Engine = app_client.app.state.engine  # type: ignore[attr-defined]
    monkeypatch.setattr(engine_cli, "_engine", lambda rules, verify=False: engine)
    return CliRunner()


def invoke(runner: CliRunner, args: list[str], stdin: str | None = None) -> Result:
    result = runner.invoke(cli_app, args, input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def write(tmp_path: Path, text: str, name: str = "inspection.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def codes(response: Any) -> list[str]:
    return [error.get("code", "") for error in response.json()["errors"]]


# --- the three false "no hazard" paths ---------------------------------------------------------------------------

def test_empty_scope_is_refused_by_the_cli_not_read_as_nothing_applies(cli: CliRunner, tmp_path: Path) -> None:
    text = f'inspection: {{date: "2025-06-01", scope: []}}\nfacts:\n{HAZARD_YAML}\n'
    result = invoke(cli, ["assess", write(tmp_path, text)])
    assert result.exit_code == 2
    assert "empty_scope" in result.output and "inspection.scope" in result.output
    assert "未发现" not in result.output


def test_empty_scope_is_a_422_naming_the_field(app_client: TestClient) -> None:
    body = {"inspection": {"date": "2025-06-01", "scope": []}, "facts": HAZARD}
    for path in ("/v1/assessments", "/v1/verdicts"):
        response = app_client.post(path, json=body)
        assert response.status_code == 422, response.text
        assert [e["loc"] for e in response.json()["errors"]] == [["inspection", "scope"]]


def test_the_same_facts_without_scope_are_a_hazard(app_client: TestClient) -> None:
    response = app_client.post("/v1/assessments", json={"inspection": {"date": "2025-06-01"}, "facts": HAZARD})
    assert response.status_code == 200 and response.json()["major_hazard_found"] is True


@pytest.mark.parametrize("folder", ["missing", "empty", "facts-only"])
def test_a_rulebook_with_no_editions_is_an_error_everywhere(tmp_path: Path, folder: str) -> None:
    rules = tmp_path / folder
    if folder == "empty":
        rules.mkdir()
    elif folder == "facts-only":
        shutil.copytree(ROOT / "rules" / "_facts", rules / "_facts")
    inspection = write(tmp_path, f'inspection: {{date: "2025-06-01"}}\nfacts:\n{HAZARD_YAML}\n')
    runner = CliRunner()
    for args in (["assess", inspection], ["standards"], ["checklist", inspection]):
        result = invoke(runner, [*args, "--rules", str(rules)])
        assert result.exit_code == 3, (args, result.output)
        assert str(rules) in result.output and "未发现" not in result.output
    lint = invoke(runner, ["lint", str(rules)])
    if folder == "facts-only":
        assert lint.exit_code == 0  # a fact catalog alone is a valid thing to lint
    else:
        assert lint.exit_code == 1 and ("missing_path" in lint.output or "empty_rulebook" in lint.output)


@pytest.mark.parametrize(("fixture", "code"), [
    ("criterion_cycle", "criterion_cycle"), ("criterion_self_reference", "criterion_cycle"),
    ("at_least_unreachable", "at_least_unreachable"), ("nan_threshold", "invalid_value"),
    ("inf_threshold", "invalid_value"), ("cannot_compile", "cannot_compile")])
def test_rules_that_would_fail_at_run_time_fail_lint_and_never_assess(fixture: str, code: str, tmp_path: Path) -> None:
    runner = CliRunner()
    lint = invoke(runner, ["lint", str(BROKEN / fixture)])
    assert lint.exit_code == 1 and _has_code(lint.output, code)
    inspection = write(tmp_path, 'inspection: {date: "2025-06-01"}\nfacts: {profile.cold: true, room.own: false}\n')
    assessed = invoke(runner, ["assess", inspection, "--rules", str(BROKEN / fixture)])
    assert assessed.exit_code == 3 and code in assessed.output


def test_the_installed_command_refuses_the_three_paths_without_a_traceback(tmp_path: Path) -> None:
    hazard = str(Path(sys.executable).parent / "hazard")
    empty_scope = write(tmp_path, f'inspection: {{date: "2025-06-01", scope: []}}\nfacts:\n{HAZARD_YAML}\n')
    runs = [([hazard, "assess", empty_scope], 2), ([hazard, "assess", empty_scope, "--rules", str(tmp_path / "no")], 3),
            ([hazard, "lint", str(BROKEN / "criterion_cycle")], 1)]
    for command, expected in runs:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == expected, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr + done.stdout and "未发现" not in done.stdout


# --- crashes and hangs -------------------------------------------------------------------------------------------

NASTY_YAML = {
    "complex_key": ('inspection: {date: "2025-06-01"}\nfacts:\n  ? [a, b]\n  : 1\n', "complex_key"),
    "huge_integer": ('inspection: {date: "2025-06-01"}\nfacts:\n  ammonia.quick_freeze.headcount: ' + "9" * 5000 + "\n",
                     "invalid_scalar"),
    "deep_flow_5000": ("facts: " + "[" * 5000 + "]" * 5000 + "\n", "too_deep"),
    "deep_flow_100000": ("facts: " + "[" * 100_000 + "\n", "too_deep"),
    "deep_mapping_2000": ("".join(" " * i + f"k{i}:\n" for i in range(2000)), "too_deep"),
    "deep_mapping_70": ("".join("  " * i + f"k{i}:\n" for i in range(70)), "too_deep"),
    # libyaml refuses the escape as a syntax error; the pure-Python parser reads it and the loader refuses the text
    "surrogate": ('inspection: {date: "2025-06-01", inspectors: ["\\ud800"]}\n', "yaml_syntax|invalid_text"),
    # explicit tags PyYAML cannot build crashed the loader (AttributeError, KeyError, IndexError)
    "tag_timestamp": ('inspection:\n  date: "2025-06-01"\n  id: !!timestamp "abc"\n', "unsupported_tag"),
    "tag_binary": ('inspection:\n  date: "2025-06-01"\n  id: !!binary "a"\n', "unsupported_tag"),
    "tag_python": ('inspection:\n  date: "2025-06-01"\n  id: !!python/name:os.system ""\n', "unsupported_tag"),
    "tag_bool": ('inspection:\n  date: "2025-06-01"\n  id: !!bool "abc"\n', "invalid_scalar"),
    "tag_int_empty": ('inspection:\n  date: "2025-06-01"\n  id: !!int ""\n', "invalid_scalar"),
    "tag_float_empty": ('inspection:\n  date: "2025-06-01"\n  id: !!float ""\n', "invalid_scalar"),
}


def _has_code(output: str, codes: str) -> bool:
    return any(f": {code}: " in output for code in codes.split("|"))


@pytest.mark.parametrize("name", sorted(NASTY_YAML))
def test_nasty_yaml_is_a_coded_error_in_assess_checklist_and_lint(cli: CliRunner, tmp_path: Path, name: str) -> None:
    text, code = NASTY_YAML[name]
    path = write(tmp_path, text)
    for args in (["assess", path], ["assess", path, "--format", "json"], ["checklist", path]):
        result = invoke(cli, args)
        assert result.exit_code == 2 and _has_code(result.output, code), (args, result.output[-500:])
    rules = tmp_path / "rules" / "std"
    rules.mkdir(parents=True)
    (rules / "01.yaml").write_text(text, encoding="utf-8")
    lint = invoke(cli, ["lint", str(tmp_path / "rules")])
    assert lint.exit_code == 1 and _has_code(lint.output, code)


@pytest.mark.parametrize("name", sorted(NASTY_YAML))
def test_nasty_yaml_uploads_are_lint_problems_not_500s(app_client: TestClient, name: str) -> None:
    text, code = NASTY_YAML[name]
    response = app_client.post("/v1/rules:lint", files=[("files", ("std/01.yaml", text.encode(), "text/yaml"))])
    if len(text.encode()) > 1_000_000:  # 2,000 levels of indentation are 2 MB: refused before it is read
        assert response.status_code == 413
        return
    assert response.status_code == 200, response.text
    assert set(code.split("|")) & {p["code"] for p in response.json()["problems"]}


@pytest.mark.parametrize("date", ["2025-13-01", "2025/06/01", "20250601", "tomorrow"])
def test_checklist_date_typos_are_exit_2(cli: CliRunner, date: str) -> None:
    result = invoke(cli, ["checklist", str(ROOT / "examples" / "profiles" / "textile-dust.yaml"), "--date", date])
    assert result.exit_code == 2 and "invalid_date" in result.output


def test_a_lint_upload_whose_paths_collide_is_a_problem_not_a_500(app_client: TestClient) -> None:
    files = [("files", ("a/b.yaml/c.yaml", b"facts: []\n", "text/yaml")),
             ("files", ("a/b.yaml", b"facts: []\n", "text/yaml"))]
    response = app_client.post("/v1/rules:lint", files=files)
    assert response.status_code == 200, response.text
    assert "invalid_file_name" in [p["code"] for p in response.json()["problems"]]


SURROGATE = "\ud800"


@pytest.mark.parametrize(("where", "loc"), [
    ("inspectors", ["body", "inspection", "inspectors", 0]),
    ("enterprise", ["body", "inspection", "enterprise", "name"]),
    ("fact_key", ["body", "facts", "\\ud800"]),
    ("fact_value", ["body", "facts", "profile.sectors", 0]),
])
def test_lone_surrogates_are_422_with_the_path(app_client: TestClient, where: str, loc: list[Any]) -> None:
    body: dict[str, Any] = {"inspection": {"date": "2025-06-01", "inspectors": ["李明"], "enterprise": {"name": "某厂"}},
                            "facts": {"profile.sectors": ["轻工"]}}
    if where == "inspectors":
        body["inspection"]["inspectors"] = [SURROGATE]
    elif where == "enterprise":
        body["inspection"]["enterprise"]["name"] = SURROGATE
    elif where == "fact_key":
        body["facts"][SURROGATE] = True
    else:
        body["facts"]["profile.sectors"] = [SURROGATE]
    raw = json.dumps(body, ensure_ascii=True).encode()  # "\ud800" escaped: valid JSON text, invalid Unicode
    for path in ("/v1/assessments", "/v1/verdicts"):
        response = app_client.post(path, content=raw, headers={"content-type": "application/json"})
        assert response.status_code == 422, response.text
        assert [e["loc"] for e in response.json()["errors"]] == [loc]
    batch = b"[" + raw + b"]"
    response = app_client.post("/v1/assessments:batch", content=batch, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["errors"][0]["loc"][:2] == ["body", 0]


# --- wrong or surprising answers ---------------------------------------------------------------------------------

def test_duplicate_json_keys_are_refused_with_their_path(app_client: TestClient) -> None:
    raw = ('{"inspection": {"date": "2025-06-01"}, "facts": {"profile.sectors": ["轻工"], '
           '"profile.ammonia_refrigeration": true, "ammonia.quick_freeze.present": true, '
           '"ammonia.quick_freeze.headcount": 10, "ammonia.quick_freeze.headcount": 5}}').encode()
    response = app_client.post("/v1/assessments", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert [(e["loc"], e["code"]) for e in response.json()["errors"]] == [
        (["body", "facts", "ammonia.quick_freeze.headcount"], "duplicate_key")]
    twice = b'{"inspection": {"date": "2025-06-01"}, "inspection": {"date": "2017-01-01"}, "facts": {}}'
    response = app_client.post("/v1/verdicts", content=twice, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["errors"][0]["loc"] == ["body", "inspection"]


def test_the_cli_refuses_the_same_duplicate_keys(cli: CliRunner, tmp_path: Path) -> None:
    text = '{"inspection": {"date": "2025-06-01"}, "facts": {"room.own": true, "room.own": false}}'
    result = invoke(cli, ["assess", write(tmp_path, text, "inspection.json")])
    assert result.exit_code == 2 and "duplicate_key" in result.output


def test_thousands_of_unknown_codes_report_100_and_a_count(app_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from engine import inspection

    suggestions: list[str] = []
    original = inspection.did_you_mean
    monkeypatch.setattr(inspection, "did_you_mean", lambda *a: suggestions.append(a[0]) or original(*a))
    facts = {f"unknown.code_{i}": True for i in range(5000)}
    response = app_client.post("/v1/assessments", json={"inspection": {"date": "2025-06-01"}, "facts": facts})
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert len(errors) == 101 and errors[-1]["code"] == "too_many_problems" and "4900" in errors[-1]["msg"]
    assert len(suggestions) == 100  # rejecting costs 100 did-you-means, not 5,000


def test_validation_runs_off_the_event_loop(app_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from api import app as api_app

    loops: list[bool] = []
    original = api_app.validate_inspection

    def spy(*args: Any, **kwargs: Any) -> Any:
        try:
            asyncio.get_running_loop()
            loops.append(True)
        except RuntimeError:
            loops.append(False)
        return original(*args, **kwargs)

    monkeypatch.setattr(api_app, "validate_inspection", spy)
    for path in ("/v1/assessments", "/v1/verdicts", "/v1/assessments:batch"):
        body: Any = {"inspection": {"date": "2025-06-01"}, "facts": {}}
        app_client.post(path, json=[body] if path.endswith("batch") else body)
    assert loops == [False, False, False]


@pytest.mark.parametrize(("code", "value"), [("ammonia.quick_freeze.headcount", -5), ("ammonia.quick_freeze.headcount", -1)])
def test_negative_counts_are_invalid(app_client: TestClient, code: str, value: int) -> None:
    response = app_client.post("/v1/assessments", json={"inspection": {"date": "2025-06-01"}, "facts": {code: value}})
    assert response.status_code == 422 and codes(response) == ["invalid_fact_value"]
    assert "负数" in response.json()["errors"][0]["msg"]


def test_every_measured_fact_refuses_negatives_unless_signed(app_client: TestClient) -> None:
    from engine.inspection import coerce_fact

    book = app_client.app.state.engine.book  # type: ignore[attr-defined]
    numeric = [f for f in book.facts.values() if f.type.value in ("integer", "number")]
    assert numeric
    for fact in numeric:
        _, message, _ = coerce_fact(fact, -1)
        assert (message is None) == fact.signed, fact.code


@pytest.mark.parametrize("date", ["0001-01-01", "1999-12-31", "9999-12-31"])
def test_implausible_dates_are_coded_errors(app_client: TestClient, cli: CliRunner, tmp_path: Path, date: str) -> None:
    response = app_client.post("/v1/assessments", json={"inspection": {"date": date}, "facts": {}})
    assert response.status_code == 422 and codes(response) == ["implausible_date"]
    result = invoke(cli, ["assess", write(tmp_path, f'inspection: {{date: "{date}"}}\n')])
    assert result.exit_code == 2 and "implausible_date" in result.output


def test_the_date_window_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    from engine.inspection import DateWindow

    monkeypatch.setenv("HAZARD_EARLIEST_DATE", "1990-01-01")
    monkeypatch.setenv("HAZARD_DAYS_AHEAD", "10")
    window = DateWindow.from_env()
    assert str(window.earliest) == "1990-01-01" and window.days_ahead == 10


def test_unknown_output_format_is_exit_2(cli: CliRunner) -> None:
    result = invoke(cli, ["assess", str(ROOT / "examples" / "cold-store-ammonia.yaml"), "--format", "xml"])
    assert result.exit_code == 2 and "xml" in result.output


def test_the_rulebook_hash_depends_on_contents_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mini = ROOT / "tests" / "fixtures" / "mini"
    copy = tmp_path / "elsewhere" / "rules"
    shutil.copytree(mini, copy)
    hashes = set()
    for cwd, rules in ((ROOT, mini.relative_to(ROOT)), (ROOT / "engine", mini), (tmp_path, copy),
                       (copy / "_facts", Path(".."))):
        monkeypatch.chdir(cwd)
        book, problems = load_rulebook(rules)
        assert not problems
        hashes.add(book.content_hash)
    assert len(hashes) == 1
    facts = copy / "_facts" / "facts.yaml"
    facts.write_text(facts.read_text() + "\n# changed\n")
    changed, _ = load_rulebook(copy)
    assert changed.content_hash not in hashes


def test_healthz_and_assessments_report_the_same_rulebook_as_the_cli(app_client: TestClient, cli: CliRunner) -> None:
    health = app_client.get("/healthz").json()["rulebook"]
    result = invoke(CliRunner(), ["assess", str(ROOT / "examples" / "cold-store-ammonia.yaml"), "--format", "json"])
    assert json.loads(result.stdout)["rulebook"] == health


def test_openapi_says_what_the_server_accepts(app_client: TestClient) -> None:
    schema = app_client.get("/openapi.json").json()
    info = schema["components"]["schemas"]["InspectionInspectionInfo"]["properties"]
    province = info["province"]
    assert province["enum"][:3] == ["北京", "天津", "河北"] and len(province["enum"]) == 34
    date_param = next(p for p in schema["paths"]["/v1/checklists"]["post"]["parameters"] if p["name"] == "date")
    date_schema = date_param["schema"]["anyOf"][0] if "anyOf" in date_param["schema"] else date_param["schema"]
    import re

    pattern = re.compile(date_schema["pattern"])
    assert pattern.match("2025-06-01") and not pattern.match("0000-00-00") and not pattern.match("2025-13-01")


def test_security_headers_on_every_response(app_client: TestClient) -> None:
    for response in (app_client.get("/healthz"), app_client.get("/v1/criteria/none"),
                     app_client.post("/v1/assessments", content=b"{", headers={"content-type": "application/json"})):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_their_assets_from_this_server(app_client: TestClient, page: str) -> None:
    html = app_client.get(page)
    assert html.status_code == 200
    assert "cdn" not in html.text and "https://" not in html.text
    import re

    assets = re.findall(r'(?:src|href)="(/[^"]+\.(?:js|css))"', html.text)
    assert assets
    for asset in assets:
        assert app_client.get(asset).status_code == 200, asset


@pytest.mark.parametrize(("written", "read"), [("010", 10), ("0010", 10), ("+10", 10), ("1e1", 10.0), ("10.0", 10.0),
                                               ("1:30", "1:30"), ("0x10", "0x10"), ("0b1010", "0b1010"), ("1_0", "1_0"),
                                               ("0o12", "0o12")])
def test_numbers_are_read_as_decimals_as_json_does_never_as_yaml_1_1_octal_or_sexagesimal(written: str,
                                                                                          read: object) -> None:
    # YAML 1.1 reads 010 as octal 8: ten people in the quick-freeze room became eight, and a hazard "clear"
    doc, problems = load_text(f"headcount: {written}\n", "x.yaml")
    assert problems == [] and doc.data == {"headcount": read} and type(doc.data["headcount"]) is type(read)


def test_a_leading_zero_keeps_the_hazard(cli: CliRunner, tmp_path: Path) -> None:
    text = (ROOT / "examples" / "cold-store-ammonia.yaml").read_text(encoding="utf-8")
    assert "ammonia.quick_freeze.headcount: 10\n" in text
    path = write(tmp_path, text.replace("ammonia.quick_freeze.headcount: 10\n", "ammonia.quick_freeze.headcount: 010\n"))
    result = invoke(cli, ["assess", path, "--format", "json"])
    found = {f["criterion"]: f["status"] for f in json.loads(result.output)["findings"]}
    assert found["gongmao-2023.12.2"] == "hazard"


@pytest.mark.parametrize(("text", "name"), [
    ('{"name": "\\ud842\\udfb7\\u5bb6"}', "𠮷家"),  # json.dump's default for a 生僻字: was a yaml_syntax error
    ('{"name": "\\\\ud842\\\\udfb7"}', "\\ud842\\udfb7"),  # escaped backslashes: literal text, not a character
    ("name: \\ud842\\udfb7\n", "\\ud842\\udfb7"),  # YAML plain text is never rewritten
])
def test_json_escaped_surrogate_pairs_are_the_characters_they_stand_for(text: str, name: str) -> None:
    doc, problems = load_text(text, "x.json")
    assert problems == [] and doc.data == {"name": name}


def test_a_lone_escaped_surrogate_is_still_refused() -> None:
    _, problems = load_text('{"name": "\\ud842x"}', "x.json")
    # libyaml refuses the escape (said in Chinese now, not "found invalid Unicode character escape code"); the
    # pure-Python parser reads it and the loader refuses the text
    said = (problems[0].code, problems[0].message[:14])
    assert said in (("yaml_syntax", "无效的 Unicode 转义"), ("invalid_text", "文本含有孤立的 UTF-16"))


@pytest.mark.parametrize(("text", "said"), [
    ('inspection:\n  date: null\n', "检查日期应写成 YYYY-MM-DD，收到 null"),
    ('inspection:\n  date: true\n', "检查日期应写成 YYYY-MM-DD，收到 true"),
    ('inspection: {date: "2025-06-01"}\nfacts:\n  ammonia.quick_freeze.headcount: {value: 10}\n',
     "缺少单位 unit（应为 人）"),
    ('inspection: {date: "2025-06-01"}\nfacts:\n  profile.sectors: 冶金\n', '应为列表，收到 "冶金"'),
    ('inspection: {date: "2025-06-01"}\nfacts:\n  ammonia.quick_freeze.present: 也许\n', '收到 "也许"'),
])
def test_a_wrong_value_is_quoted_as_written_not_as_python_sees_it(cli: CliRunner, tmp_path: Path, text: str,
                                                                  said: str) -> None:
    # it said "收到 None", "收到 True", "收到 'x'": Python's repr, not what the inspector wrote
    result = invoke(cli, ["assess", write(tmp_path, text)])
    assert result.exit_code == 2 and said in result.output, result.output
    assert "None" not in result.output and "True" not in result.output
