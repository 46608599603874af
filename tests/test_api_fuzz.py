"""Schemathesis against the app's own OpenAPI, in process: no 5xx, every status and response body as declared.

Fuzzing runs on the tiny fixture rulebook (fast, stable); the real rulebook's OpenAPI request examples (examples/*.yaml)
are sent as they are. Request validation is richer than JSON Schema can say (units convert, edition dates, the
`context` block), so the positive-data check is left out (a schema-valid date far in the past is still refused);
schema-invalid data
must be refused (negative_data_rejection runs); test_api.py asserts the 422s field by field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import negative_data_rejection, positive_data_acceptance

from api.app import create_app
from api.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REQUEST_ACCEPTANCE = [positive_data_acceptance, negative_data_rejection]

mini = schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(rules=ROOT / "tests" / "fixtures" / "mini")))
real = schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(rules=ROOT / "rules")))


@mini.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_fuzzed_requests_get_declared_responses(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=_excluded(case))


def _excluded(case: schemathesis.Case) -> list[Any]:
    """A multipart part is bytes whatever the schema says (a "number" file is still a file): only types checked."""
    return REQUEST_ACCEPTANCE if case.operation.path == "/v1/rules:lint" else [positive_data_acceptance]


ASSESS = real["/v1/assessments"]["POST"]
EXAMPLES = ASSESS.definition.raw["requestBody"]["content"]["application/json"]["examples"]


def test_openapi_lists_every_example_inspection() -> None:
    assert sorted(EXAMPLES) == sorted(p.stem for p in (ROOT / "examples").glob("*.yaml"))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_openapi_examples_are_assessed_as_declared(name: str) -> None:
    response = ASSESS.Case(body=EXAMPLES[name]["value"], media_type="application/json").call_and_validate(
        excluded_checks=REQUEST_ACCEPTANCE)
    assert response.status_code == 200, response.text
    assert response.json()["findings"], name
