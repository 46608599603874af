"""The one generic BDD step library: every feature under features/ uses only these steps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_bdd import given, parsers, then, when

from engine.assess import STATUS_LABELS, Assessment, Engine
from engine.inspection import validate_inspection

ROOT = Path(__file__).resolve().parent.parent
LABEL_TO_STATUS = {label: status for status, label in STATUS_LABELS.items()}


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


@pytest.fixture()
def scenario_state() -> dict[str, Any]:
    return {"date": "2025-06-01", "facts": {}}


@given(parsers.parse('检查日期为 "{date}"'))
def inspection_date(scenario_state: dict[str, Any], date: str) -> None:
    scenario_state["date"] = date


@given("事实如下:")
def facts_table(scenario_state: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header[:2] == ["事实", "值"], f"表头应为 | 事实 | 值 |，实际为 {header}"
    for code, raw in (row[:2] for row in rows):
        scenario_state["facts"][code.strip()] = yaml.safe_load(raw) if raw.strip() else None


@when("进行判定", target_fixture="assessment")
def run_assessment(engine: Engine, scenario_state: dict[str, Any]) -> Assessment:
    inspection = validate_inspection({"inspection": {"date": scenario_state["date"]},
                                      "facts": scenario_state["facts"]}, engine.book)
    return engine.assess(inspection)


def _finding(assessment: Assessment, criterion: str) -> Any:
    for finding in assessment.findings:
        if finding.criterion == criterion:
            return finding
    raise AssertionError(f"判定结果中没有 {criterion}")


@then(parsers.parse('"{criterion}" 的判定为 "{label}"'))
def status_is(assessment: Assessment, criterion: str, label: str) -> None:
    finding = _finding(assessment, criterion)
    labels = {**LABEL_TO_STATUS, finding.hazard_term: "hazard"}  # the standard's own word (重大隐患 …) also reads
    assert label in labels, f"判定只能是 {'/'.join(labels)}"
    assert finding.status == labels[label], (
        f"{criterion} 判定为 {STATUS_LABELS[finding.status]}，期望 {label}；"
        f"missing={finding.missing} reason={finding.reason}")


@then(parsers.parse('"{criterion}" 待补充的事实包括 "{code}"'))
def missing_includes(assessment: Assessment, criterion: str, code: str) -> None:
    finding = _finding(assessment, criterion)
    assert code in finding.missing, f"{criterion} 待补充的事实为 {finding.missing}"


@then(parsers.parse('"{criterion}" 的证据包括 "{code}"'))
def evidence_includes(assessment: Assessment, criterion: str, code: str) -> None:
    finding = _finding(assessment, criterion)
    assert code in [e.code for e in finding.evidence], f"{criterion} 的证据为 {[e.code for e in finding.evidence]}"


@then(parsers.parse('"{criterion}" 的不适用原因包含 "{text}"'))
def reason_contains(assessment: Assessment, criterion: str, text: str) -> None:
    finding = _finding(assessment, criterion)
    assert finding.reason and text in finding.reason, f"{criterion} 的原因为 {finding.reason}"


@then(parsers.parse('判定说明包含 "{text}"'))
def notice_contains(assessment: Assessment, text: str) -> None:
    assert any(text in n.text for n in assessment.notices), [n.text for n in assessment.notices]
