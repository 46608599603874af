"""The API writes the engine's models as bytes straight from pydantic-core: the same JSON as `model_dump_json`.

`POST /v1/assessments` answers the summary unless asked for `detail=full` (tests/test_detail.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from engine.assess import Engine
from engine.inspection import validate_inspection

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Settings(rules=ROOT / "rules")))


@pytest.mark.parametrize("path", EXAMPLES[:6], ids=lambda p: p.stem)
def test_responses_are_the_models_json(client: TestClient, engine: Engine, path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    inspection = validate_inspection(data, engine.book)
    for route, expected in (("/v1/assessments?detail=full", engine.assess(inspection)),
                            ("/v1/verdicts", engine.verdicts(inspection))):
        response = client.post(route, json=data)
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.content == expected.model_dump_json().encode()
    batch = client.post("/v1/assessments:batch?detail=full", json=[data, data])
    assert batch.content == ("[" + ",".join([engine.assess(inspection).model_dump_json()] * 2) + "]").encode()
