"""The one generic step library of the Chinese features, as a pytest plugin (`-p authoring.steps`).

Every feature under features/ uses only these steps; their texts are the patterns of `authoring.registry`, which the
feature linter (`hazard lint features`) matches step texts against.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import pytest
from pytest_bdd import parsers, step

from authoring import registry
from authoring.registry import StepPattern, table_value
from engine.actions import ActionOut
from engine.assess import STATUS_LABELS, Assessment, Engine, Finding
from engine.inspection import FROM_INSPECTION_BLOCK, validate_inspection

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "rules"
LABEL_TO_STATUS = {label: status for status, label in STATUS_LABELS.items()}
ENGINES: dict[str, Engine] = {}  # compiled engines by rules folder (`hazard test` hands its own over)
P = ParamSpec("P")
T = TypeVar("T")


def bind(pattern: StepPattern, target_fixture: str | None = None) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Register a function as the pytest-bdd step of a registry pattern."""
    name = parsers.parse(pattern.text) if pattern.has_arguments else pattern.text
    return step(name, pattern.type, target_fixture=target_fixture)


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--hazard-rules`: the rules folder the features are judged with (default: the project's rules/)."""
    parser.addoption("--hazard-rules", default=None, help="规则文件夹（默认为项目的 rules/）")


@pytest.fixture(scope="session")
def engine(request: pytest.FixtureRequest) -> Engine:
    """The engine of the rules the features are judged with, compiled once per run."""
    option = request.config.getoption("--hazard-rules")
    rules = str((Path(option) if option else DEFAULT_RULES).resolve())
    if rules not in ENGINES:
        ENGINES[rules] = Engine.from_path(Path(rules))
    return ENGINES[rules]


@pytest.fixture()
def scenario_state() -> dict[str, Any]:
    """What the given steps of one scenario set: date, facts, inspection block, context."""
    return {"date": "2025-06-01", "facts": {}, "inspection": {}, "context": {}}


@bind(registry.DATE_STEP)
def inspection_date(scenario_state: dict[str, Any], date: str) -> None:
    scenario_state["date"] = date


@bind(registry.FACTS_STEP)
def facts_table(scenario_state: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert tuple(header[:2]) == registry.FACTS_STEP.table, f"表头应为 | 事实 | 值 |，实际为 {header}"
    for code, raw in (row[:2] for row in rows):
        scenario_state["facts"][code.strip()] = table_value(raw)


@bind(registry.CONTEXT_STEP)
def context_table(scenario_state: dict[str, Any], datatable: list[list[str]]) -> None:
    """`channel`, `level`, `province` go to the inspection block; every other key to the context block."""
    header, *rows = datatable
    assert tuple(header[:2]) == registry.CONTEXT_STEP.table, f"表头应为 | 背景 | 值 |，实际为 {header}"
    for key, raw in (row[:2] for row in rows):
        block = "inspection" if key.strip() in FROM_INSPECTION_BLOCK else "context"
        scenario_state[block][key.strip()] = table_value(raw)


@bind(registry.ASSESS_STEP, target_fixture="assessment")
def run_assessment(engine: Engine, scenario_state: dict[str, Any]) -> Assessment:
    inspection = validate_inspection({"inspection": {"date": scenario_state["date"], **scenario_state["inspection"]},
                                      "context": scenario_state["context"], "facts": scenario_state["facts"]},
                                     engine.book)
    return engine.assess(inspection)


def _actions(assessment: Assessment, action: str) -> list[ActionOut]:
    """Actions produced by one action rule (A4, A4.shandong, A4.quarterly …)."""
    return [a for a in assessment.actions if action in a.rules]


def _listing(assessment: Assessment) -> str:
    return "、".join(f"{a.rules}:{a.status}" for a in assessment.actions) or "（无）"


@bind(registry.ACTION_REQUIRED)
def action_required(assessment: Assessment, action: str) -> None:
    assert [a for a in _actions(assessment, action) if a.status == "required"], \
        f"应有 {action}；实际：{_listing(assessment)}"


@bind(registry.ACTION_ABSENT)
def action_absent(assessment: Assessment, action: str) -> None:
    assert not _actions(assessment, action), f"不应有 {action}；实际：{_listing(assessment)}"


@bind(registry.ACTION_CONDITIONAL)
def action_conditional(assessment: Assessment, action: str, fact: str) -> None:
    found = [a for a in _actions(assessment, action) if a.status == "conditional"]
    assert found, f"{action} 应为视情况而定；实际：{_listing(assessment)}"
    deciding = [p.code for a in found for p in a.conditional_on]
    assert fact in deciding, f"{action} 取决于 {deciding}"


@bind(registry.ACTION_DEADLINE)
def action_deadline(assessment: Assessment, action: str, text: str) -> None:
    deadlines = [(str(a.deadline.date) if a.deadline.date else None, a.deadline.text)
                 for a in _actions(assessment, action)]
    assert any(text == date or text in words for date, words in deadlines), f"{action} 的期限为 {deadlines}"


@bind(registry.ACTION_KIND)
def action_kind(assessment: Assessment, action: str, kind: str) -> None:
    assert kind in registry.KIND_WORDS, "类型只能是 法定/政策"
    kinds = [a.kind for a in _actions(assessment, action)]
    assert set(kinds) == {registry.KIND_WORDS[kind]}, f"{action} 的类型为 {kinds}"


@bind(registry.ACTION_BASIS)
def action_basis(assessment: Assessment, action: str, text: str) -> None:
    texts = [b.text for a in _actions(assessment, action) for b in a.basis]
    texts += [a.source for a in _actions(assessment, action) if a.source]
    assert any(text in t for t in texts), f"{action} 的依据为 {texts}"


@bind(registry.ACTION_PARTY)
def action_party(assessment: Assessment, action: str, party: str) -> None:
    parties = [a.responsible for a in _actions(assessment, action)]
    assert any(party in p for p in parties), f"{action} 的责任主体为 {parties}"


@bind(registry.ACTION_TRIGGER)
def action_trigger(assessment: Assessment, action: str, trigger: str) -> None:
    triggers = [t.code for a in _actions(assessment, action) for t in a.triggered_by]
    assert trigger in triggers, f"{action} 的触发为 {triggers}"


def _finding(assessment: Assessment, criterion: str) -> Finding:
    for finding in assessment.findings:
        if finding.criterion == criterion:
            return finding
    raise AssertionError(f"判定结果中没有 {criterion}")


@bind(registry.STATUS_IS)
def status_is(assessment: Assessment, criterion: str, label: str) -> None:
    finding = _finding(assessment, criterion)
    labels = {**LABEL_TO_STATUS, finding.hazard_term: "hazard"}  # the standard's own word (重大隐患 …) also reads
    assert label in labels, f"判定只能是 {'/'.join(labels)}"
    detail = (f"；待补充：{'、'.join(finding.missing)}" if finding.missing else "") + (
        f"；原因：{finding.reason}" if finding.reason else "")
    assert finding.status == labels[label], f"{criterion} 判定为 {STATUS_LABELS[finding.status]}，期望 {label}{detail}"


@bind(registry.MISSING_INCLUDES)
def missing_includes(assessment: Assessment, criterion: str, fact: str) -> None:
    finding = _finding(assessment, criterion)
    assert fact in finding.missing, f"{criterion} 待补充的事实为 {finding.missing}"


@bind(registry.EVIDENCE_INCLUDES)
def evidence_includes(assessment: Assessment, criterion: str, fact: str) -> None:
    finding = _finding(assessment, criterion)
    assert fact in [e.code for e in finding.evidence], f"{criterion} 的证据为 {[e.code for e in finding.evidence]}"


@bind(registry.READING_INCLUDES)
def reading_includes(assessment: Assessment, criterion: str, text: str) -> None:
    finding = _finding(assessment, criterion)
    assert any(text in reading for reading in finding.readings), f"{criterion} 所依解读为 {finding.readings}"


@bind(registry.NO_READING)
def no_reading(assessment: Assessment, criterion: str) -> None:
    finding = _finding(assessment, criterion)
    assert not finding.readings, f"{criterion} 所依解读为 {finding.readings}"


@bind(registry.REASON_CONTAINS)
def reason_contains(assessment: Assessment, criterion: str, text: str) -> None:
    finding = _finding(assessment, criterion)
    assert finding.reason and text in finding.reason, f"{criterion} 的原因为 {finding.reason}"


@bind(registry.NOT_JUDGED_REASON)
def not_judged_reason_contains(assessment: Assessment, criterion: str, text: str) -> None:
    finding = _finding(assessment, criterion)
    assert finding.status == "not_judged" and finding.reason and text in finding.reason, (finding.status, finding.reason)


@bind(registry.NOTICE_CONTAINS)
def notice_contains(assessment: Assessment, text: str) -> None:
    assert any(text in n.text for n in assessment.notices), [n.text for n in assessment.notices]
