"""The summary of an assessment (API and CLI default) says what the full one says about every criterion, shorter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.settings import Settings
from cli.main import app as cli_app
from engine import cli as engine_cli
from engine.assess import Assessment, Engine
from engine.detail import summarised, to_json
from engine.inspection import validate_inspection

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
COLD_STORE = ROOT / "examples" / "cold-store-ammonia.yaml"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Settings(rules=ROOT / "rules")))


def _assessed(engine: Engine, path: Path) -> tuple[dict[str, Any], Assessment]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data, engine.assess(validate_inspection(data, engine.book))


def _statuses(document: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    """Every criterion's status and reason, from the findings and (in a summary) the not-applicable lines."""
    out = {f["criterion"]: (f["status"], f["reason"]) for f in document["findings"]}
    for group in document["not_applicable"]:
        for criterion in group["criteria"]:
            assert criterion not in out, f"{criterion} is said twice"
            out[criterion] = ("not_applicable", group["reason"])
    return out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_summary_decides_every_criterion_as_the_full_assessment_does(engine: Engine, path: Path) -> None:
    _, assessment = _assessed(engine, path)
    full = json.loads(to_json(assessment, "full"))
    summary = json.loads(to_json(assessment, "summary"))
    assert full["detail"] == "full" and full["not_applicable"] == []
    assert summary["detail"] == "summary"
    assert _statuses(summary) == _statuses(full)
    assert all(f["status"] != "not_applicable" for f in summary["findings"])
    kept = [f for f in full["findings"] if f["status"] != "not_applicable"]
    assert summary["findings"] == kept  # hazards, clear, undetermined and not-judged findings in full, same order
    for key in ("summary", "major_hazard_found", "complete", "standards", "notices", "inspection", "rulebook"):
        assert summary[key] == full[key]
    Assessment.model_validate(summary)  # a summary is a valid assessment document


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_summary_actions_name_their_findings_by_id_and_keep_facts_whole(engine: Engine, path: Path) -> None:
    _, assessment = _assessed(engine, path)
    full = json.loads(to_json(assessment, "full"))["actions"]
    summary = json.loads(to_json(assessment, "summary"))["actions"]
    assert len(summary) == len(full)
    for short, whole in zip(summary, full, strict=True):
        assert {k: v for k, v in short.items() if k != "triggered_by"} == {k: v for k, v in whole.items()
                                                                           if k != "triggered_by"}
        for brief, trigger in zip(short["triggered_by"], whole["triggered_by"], strict=True):
            if trigger["kind"] == "finding":
                assert brief == {"kind": "finding", "code": trigger["code"]}
            else:
                assert brief == trigger


def test_the_cold_store_summary_is_one_line_per_article_out_of_scope(engine: Engine) -> None:
    _, assessment = _assessed(engine, COLD_STORE)
    summary = summarised(assessment)
    assert assessment.summary.not_applicable == 54 and len(summary.findings) == 10
    reasons = [group.reason for group in summary.not_applicable]
    assert len(reasons) == len(set(reasons)) == 10 and any("第四条适用范围不满足" in (r or "") for r in reasons)
    assert len(to_json(assessment, "summary")) < len(to_json(assessment, "full")) / 2
    assert summarised(summary) is summary


def test_api_answers_the_summary_unless_asked_for_everything(client: TestClient, engine: Engine) -> None:
    data, assessment = _assessed(engine, COLD_STORE)
    assert client.post("/v1/assessments", json=data).content == to_json(assessment, "summary")
    assert client.post("/v1/assessments?detail=full", json=data).content == assessment.model_dump_json().encode()
    batch = client.post("/v1/assessments:batch?detail=full", json=[data]).content
    assert batch == b"[" + assessment.model_dump_json().encode() + b"]"
    wrong = client.post("/v1/assessments?detail=all", json=data)
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["loc"] == ["query", "detail"]
    assert "Traceback" not in wrong.text


def test_cli_json_is_the_summary_unless_asked(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_cli, "_engine", lambda rules, verify=False: engine)
    _, assessment = _assessed(engine, COLD_STORE)
    runner = CliRunner()
    short = json.loads(runner.invoke(cli_app, ["assess", str(COLD_STORE), "--format", "json"]).output)
    whole = json.loads(runner.invoke(cli_app, ["assess", str(COLD_STORE), "--format", "json", "--detail", "full"]).output)
    assert short == json.loads(to_json(assessment, "summary"))
    assert whole == json.loads(assessment.model_dump_json())
    wrong = runner.invoke(cli_app, ["assess", str(COLD_STORE), "--format", "json", "--detail", "all"])
    assert wrong.exit_code == 2 and "--detail" in wrong.output
