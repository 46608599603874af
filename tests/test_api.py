"""HTTP API: same findings as the CLI, errors with field paths, size limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from engine.loader import load_file

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"


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


def test_malformed_json_is_422(client: TestClient) -> None:
    r = client.post("/v1/assessments", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_request"


def test_large_body_is_413(client: TestClient) -> None:
    r = client.post("/v1/assessments", content=b"x" * 20_000, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_examples_match_cli_findings() -> None:
    from typer.testing import CliRunner

    from engine.cli import app as cli

    api = TestClient(create_app(Settings(rules=ROOT / "rules")))
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        doc, _ = load_file(example)
        via_api = api.post("/v1/assessments", json=doc.data).json()
        via_cli = json.loads(CliRunner().invoke(cli, ["assess", str(example), "--format", "json", "--rules", str(ROOT / "rules")]).output)
        assert via_api["findings"] == via_cli["findings"], example.name


def test_healthz_and_criterion(client: TestClient) -> None:
    assert client.get("/healthz").json()["criteria"] > 0
    assert client.get("/v1/criteria/mini-2024.1.1").json()["facts"] == ["room.own", "room.people"]
    assert client.get("/v1/criteria/nope").status_code == 404
