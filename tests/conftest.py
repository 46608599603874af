"""The one generic BDD step library: every feature under features/ uses only these steps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_bdd import given, parsers, then, when

from engine.actions import ActionOut
from engine.assess import STATUS_LABELS, Assessment, Engine
from engine.inspection import FROM_INSPECTION_BLOCK, validate_inspection

ROOT = Path(__file__).resolve().parent.parent
LABEL_TO_STATUS = {label: status for status, label in STATUS_LABELS.items()}


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


@pytest.fixture()
def scenario_state() -> dict[str, Any]:
    return {"date": "2025-06-01", "facts": {}, "inspection": {}, "context": {}}


@given(parsers.parse('检查日期为 "{date}"'))
def inspection_date(scenario_state: dict[str, Any], date: str) -> None:
    scenario_state["date"] = date


@given("事实如下:")
def facts_table(scenario_state: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header[:2] == ["事实", "值"], f"表头应为 | 事实 | 值 |，实际为 {header}"
    for code, raw in (row[:2] for row in rows):
        scenario_state["facts"][code.strip()] = yaml.safe_load(raw) if raw.strip() else None


@given("检查背景如下:")
def context_table(scenario_state: dict[str, Any], datatable: list[list[str]]) -> None:
    """`channel`, `level`, `province` go to the inspection block; every other key to the context block."""
    header, *rows = datatable
    assert header[:2] == ["背景", "值"], f"表头应为 | 背景 | 值 |，实际为 {header}"
    for key, raw in (row[:2] for row in rows):
        value = yaml.safe_load(raw) if raw.strip() else None
        block = "inspection" if key.strip() in FROM_INSPECTION_BLOCK else "context"
        scenario_state[block][key.strip()] = value


@when("进行判定", target_fixture="assessment")
def run_assessment(engine: Engine, scenario_state: dict[str, Any]) -> Assessment:
    inspection = validate_inspection({"inspection": {"date": scenario_state["date"], **scenario_state["inspection"]},
                                      "context": scenario_state["context"], "facts": scenario_state["facts"]},
                                     engine.book)
    return engine.assess(inspection)


def _actions(assessment: Assessment, code: str) -> list[ActionOut]:
    """Actions produced by one action rule (A4, A4.shandong, A4.quarterly …)."""
    return [a for a in assessment.actions if code in a.rules]


def _listing(assessment: Assessment) -> str:
    return "、".join(f"{a.rules}:{a.status}" for a in assessment.actions) or "（无）"


@then(parsers.parse('后续措施包括 "{code}"'))
def action_required(assessment: Assessment, code: str) -> None:
    assert [a for a in _actions(assessment, code) if a.status == "required"], f"应有 {code}；实际：{_listing(assessment)}"


@then(parsers.parse('后续措施不包括 "{code}"'))
def action_absent(assessment: Assessment, code: str) -> None:
    assert not _actions(assessment, code), f"不应有 {code}；实际：{_listing(assessment)}"


@then(parsers.parse('后续措施 "{code}" 视情况而定，取决于 "{fact}"'))
def action_conditional(assessment: Assessment, code: str, fact: str) -> None:
    found = [a for a in _actions(assessment, code) if a.status == "conditional"]
    assert found, f"{code} 应为视情况而定；实际：{_listing(assessment)}"
    assert any(fact in [p.code for p in a.conditional_on] for a in found), [a.conditional_on for a in found]


@then(parsers.parse('后续措施 "{code}" 的期限为 "{text}"'))
def action_deadline(assessment: Assessment, code: str, text: str) -> None:
    deadlines = [(str(a.deadline.date) if a.deadline.date else None, a.deadline.text) for a in _actions(assessment, code)]
    assert any(text == date or text in words for date, words in deadlines), f"{code} 的期限为 {deadlines}"


@then(parsers.parse('后续措施 "{code}" 的类型为 "{kind}"'))
def action_kind(assessment: Assessment, code: str, kind: str) -> None:
    kinds = {"法定": "statute", "政策": "policy"}
    assert kind in kinds, "类型只能是 法定/政策"
    assert {a.kind for a in _actions(assessment, code)} == {kinds[kind]}, [a.kind for a in _actions(assessment, code)]


@then(parsers.parse('后续措施 "{code}" 的依据包括 "{text}"'))
def action_basis(assessment: Assessment, code: str, text: str) -> None:
    texts = [b.text for a in _actions(assessment, code) for b in a.basis]
    texts += [a.source for a in _actions(assessment, code) if a.source]
    assert any(text in t for t in texts), f"{code} 的依据为 {texts}"


@then(parsers.parse('后续措施 "{code}" 由 "{party}" 负责'))
def action_party(assessment: Assessment, code: str, party: str) -> None:
    parties = [a.responsible for a in _actions(assessment, code)]
    assert any(party in p for p in parties), f"{code} 的责任主体为 {parties}"


@then(parsers.parse('后续措施 "{code}" 由 "{trigger}" 触发'))
def action_trigger(assessment: Assessment, code: str, trigger: str) -> None:
    triggers = [t.code for a in _actions(assessment, code) for t in a.triggered_by]
    assert trigger in triggers, f"{code} 的触发为 {triggers}"


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


@then(parsers.parse('"{criterion}" 的未判定原因包含 "{text}"'))
def not_judged_reason_contains(assessment: Assessment, criterion: str, text: str) -> None:
    finding = _finding(assessment, criterion)
    assert finding.status == "not_judged" and finding.reason and text in finding.reason, (finding.status, finding.reason)


@then(parsers.parse('判定说明包含 "{text}"'))
def notice_contains(assessment: Assessment, text: str) -> None:
    assert any(text in n.text for n in assessment.notices), [n.text for n in assessment.notices]
