"""Fuzzing (hypothesis): random bytes, random YAML/JSON documents and random rule folders never crash.

The CLI ends only with 0 (judged), 1 (lint problems), 2 (bad input) or 3 (bad rulebook), never an exception; the API
never answers 5xx; a rule folder that lints clean compiles and runs. Bounded (derandomised, a few hundred examples
in all) so `make test` stays fast.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from api.app import create_app
from api.settings import Settings
from cli.main import app as cli_app
from engine import cli as engine_cli
from engine.assess import Engine
from engine.check import lint_rules
from engine.errors import ProblemsError
from engine.inspection import validate_inspection

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

APP = create_app(Settings(rules=MINI))
CLIENT = TestClient(APP)
ENGINE: Engine = APP.state.engine
CODES = sorted(ENGINE.book.facts)

scalars = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True) | st.text(max_size=12)
keys = st.sampled_from(["inspection", "facts", "context", "date", "scope", "enterprise", "name", "uscc",
                        "region_code", "inspectors", "channel", "level", "province", *CODES]) | st.text(max_size=8)
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
                         max_leaves=25)
values = st.none() | st.booleans() | st.integers(-5, 50) | st.floats(-5, 50) | st.sampled_from(
    ["有效", "失效", "未设置", "甲", "乙", "甲业", "是", ""]) | st.lists(st.sampled_from(["甲业", "乙业", "泄爆", "x"]))
inspections = st.fixed_dictionaries(
    {"inspection": st.fixed_dictionaries({"date": st.sampled_from(["2025-06-01", "2021-02-30", "2019-01-01", ""])},
                                         optional={"scope": st.lists(st.sampled_from(["mini", "x"]), max_size=2)}),
     "facts": st.dictionaries(st.sampled_from(CODES) | st.text(max_size=6), values, max_size=8)},
    optional={"context": st.dictionaries(st.text(max_size=6), values, max_size=2)})

ALLOWED_EXITS = {0, 1, 2, 3}


@pytest.fixture()
def cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setattr(engine_cli, "_engine", lambda rules, verify=False: ENGINE)
    return CliRunner()


def _assess_file(runner: CliRunner, path: Path, *extra: str) -> None:
    result = runner.invoke(cli_app, ["assess", str(path), *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in ALLOWED_EXITS, result.output
    assert "Traceback" not in result.output


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash_the_cli_or_the_api(cli: CliRunner, tmp_path_factory: pytest.TempPathFactory,
                                                     data: bytes) -> None:
    path = tmp_path_factory.mktemp("bytes") / "inspection.yaml"
    path.write_bytes(data)
    _assess_file(cli, path)
    for endpoint in ("/v1/assessments", "/v1/verdicts", "/v1/checklists"):
        response = CLIENT.post(endpoint, content=data, headers={"content-type": "application/json"})
        assert response.status_code < 500, response.text


@FUZZ
@given(doc=documents | inspections)
def test_random_documents_never_crash_the_cli_or_the_api(cli: CliRunner, tmp_path_factory: pytest.TempPathFactory,
                                                         doc: Any) -> None:
    folder = tmp_path_factory.mktemp("docs")
    as_json = json.dumps(doc, ensure_ascii=False)
    (folder / "inspection.json").write_text(as_json, encoding="utf-8")
    _assess_file(cli, folder / "inspection.json", "--format", "json")
    (folder / "inspection.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    _assess_file(cli, folder / "inspection.yaml")
    for endpoint in ("/v1/assessments", "/v1/verdicts"):
        response = CLIENT.post(endpoint, content=as_json.encode(), headers={"content-type": "application/json"})
        assert response.status_code < 500, response.text
    batch = CLIENT.post("/v1/assessments:batch", content=f"[{as_json}]".encode(),
                        headers={"content-type": "application/json"})
    assert batch.status_code < 500, batch.text


# --- random rule folders -----------------------------------------------------------------------------------------

FACTS = {"room.own": [True, False], "room.people": [0, 9, 10, 1.5, -1, float("nan")],
         "alarm.state": ["有效", "失效", "未设置", "坏了"], "kind.grade": ["甲", "乙", "丁"],
         "dust.controls": ["泄爆", "惰化", "无"], "frame.height": [0, 2.5], "nope.fact": [1]}
OPERATORS = {"room.own": ["eq", "ne"], "room.people": ["eq", "gt", "ge", "lt", "le", "in"],
             "alarm.state": ["effective", "eq", "in"], "kind.grade": ["eq", "ne", "in"],
             "dust.controls": ["contains", "contains_any", "empty"], "frame.height": ["gt", "le"], "nope.fact": ["eq"]}
ALL_VALUES = [v for vs in FACTS.values() for v in vs]


def _test(fact: str, operator: str, value: Any) -> dict[str, Any]:
    if operator == "in" or operator == "contains_any":
        return {"fact": fact, operator: [value]}
    if operator in ("effective", "empty"):
        return {"fact": fact, operator: bool(value)}
    return {"fact": fact, operator: value}


def _flat(table: dict[str, list[Any]]) -> list[Any]:
    return [v for vs in table.values() for v in vs]


def _mostly(usual: st.SearchStrategy[Any], rare: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Three times in four the usual strategy."""
    return st.integers(0, 3).flatmap(lambda roll: rare if roll == 0 else usual)


def _fact_tests(fact: str) -> st.SearchStrategy[dict[str, Any]]:
    """Mostly well-typed tests of one fact (its operators, its values); sometimes any operator or value."""
    operator = _mostly(st.sampled_from(OPERATORS[fact]), st.sampled_from(sorted(set(_flat(OPERATORS)))))
    value = _mostly(st.sampled_from(FACTS[fact]), st.sampled_from(ALL_VALUES))
    return st.builds(_test, st.just(fact), operator, value)


tests = st.sampled_from(sorted(FACTS)).flatmap(_fact_tests)
refs = st.sampled_from([{"criterion": "fz-2024.1.1"}, {"criterion": "fz-2024.1.2"}, {"criterion": "fz-2024.9.9"}])
conditions = st.recursive(_mostly(tests, refs), lambda inner: (  # references: one leaf in four
    st.builds(lambda xs: {"all": xs}, st.lists(inner, min_size=1, max_size=3))
    | st.builds(lambda xs: {"any": xs}, st.lists(inner, min_size=1, max_size=3))
    | st.builds(lambda x: {"not": x}, inner)
    | st.lists(inner, min_size=1, max_size=4).flatmap(  # now and then one more than it has: unreachable
        lambda xs: st.builds(lambda n: {"at_least": n, "of": xs}, st.integers(1, len(xs) + 1)))),
    max_leaves=8)


class _NoAliases(yaml.SafeDumper):
    """Hypothesis shares objects between examples; written out they must not become YAML aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _rule_folder(root: Path, whens: list[Any], junk: str) -> Path:
    shutil.copytree(MINI / "_facts", root / "_facts")
    std = root / "fz-2024"
    std.mkdir()
    (std / "standard.yaml").write_text(
        'id: fz-2024\nfamily: fz\ntitle: 模糊测试标准\ndocument_number: 测试令第9号\neffective_from: "2024-01-01"\n'
        "confidence: confirmed\nsource: fuzz\nscope: 制冷企业\napplies_when: {fact: profile.cold, eq: true}\n",
        encoding="utf-8")
    criteria = [{"id": f"fz-2024.1.{i + 1}", "item": f"（{i + 1}）", "text": "测试原文。", "confidence": "confirmed",
                 "when": when} for i, when in enumerate(whens)]
    text = yaml.dump({"article": "第一条", "criteria": criteria}, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)
    (std / "01.yaml").write_text(text + junk, encoding="utf-8")
    return root


@settings(max_examples=80, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(whens=st.lists(conditions, min_size=1, max_size=2),
       junk=st.sampled_from(["", "", "", "\nextra: 1\n", "\n  bad: [\n", "\n? [a]\n: 1\n"]),
       facts=st.dictionaries(st.sampled_from(sorted(FACTS)[:-1]), st.sampled_from(
           [v for v in ALL_VALUES if not (isinstance(v, float) and v != v)]), max_size=5))
def test_rule_folders_that_lint_clean_compile_and_run(tmp_path_factory: pytest.TempPathFactory, whens: list[Any],
                                                      junk: str, facts: dict[str, Any]) -> None:
    root = _rule_folder(tmp_path_factory.mktemp("rules") / "rules", whens, junk)
    book, problems = lint_rules(root)  # never raises, whatever the folder holds
    assert all(p.code and p.file and p.line >= 1 for p in problems)
    if problems:
        return
    engine = Engine.from_book(book, verify=True)  # lint passed: it must compile, and both deciders must agree
    try:
        try:
            inspection = validate_inspection({"inspection": {"date": "2025-06-01"},
                                              "facts": {"profile.cold": True, "profile.kind": ["甲业"], **facts}}, book)
        except ProblemsError:
            return  # a random answer of the wrong type is bad input, reported as such
        assessment = engine.assess(inspection)
        assert {f.status for f in assessment.findings} <= {"hazard", "clear", "undetermined", "not_applicable"}
    finally:
        engine.close()
