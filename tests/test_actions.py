"""Follow-up actions: the issue's must-show on real examples, deadlines as dates, context validation, cross-check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from cli.main import app
from engine.actions import render_deadline
from engine.assess import Assessment, Engine
from engine.errors import EvaluationError, ProblemsError
from engine.inspection import validate_inspection
from engine.models import Deadline

ROOT = Path(__file__).resolve().parent.parent
CITY_LEVEL = ROOT / "examples" / "aluminium-plant.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


def _assess(engine: Engine, path: Path, **inspection: Any) -> Assessment:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["inspection"].update(inspection)
    return engine.assess(validate_inspection(raw, engine.book))


def _by_rule(assessment: Assessment) -> dict[str, Any]:
    return {rule: a for a in assessment.actions for rule in a.rules}


def test_city_level_inspection_lists_posted_supervision_report_and_plan_with_dates(engine: Engine) -> None:
    result = CliRunner().invoke(app, ["assess", str(CITY_LEVEL), "--format", "json", "--rules", str(ROOT / "rules")])
    assessment = json.loads(result.stdout)
    assert assessment["major_hazard_found"] and assessment["inspection"]["level"] == "市"
    actions = {rule: a for a in assessment["actions"] for rule in a["rules"]}
    posted = actions["P1"]
    assert posted["kind"] == "policy" and posted["status"] == "required" and "治本攻坚" in posted["source"]
    report = actions["A4"]
    assert report["status"] == "required" and "职工代表大会" in report["text"]
    assert any(b["instrument"] == "安全生产法" and b["article"] == "第四十一条第二款" for b in report["basis"])
    plan = actions["A6"]
    assert "安监总局令第16号" in plan["basis"][0]["instrument"] and "应急预案" in plan["text"]
    assert actions["A4.quarterly"]["deadline"]["date"] == "2025-07-15"
    assert actions["A4.annual"]["deadline"]["date"] == "2026-01-31"
    assert [f["code"] for f in posted["triggered_by"] if f["kind"] == "finding"] == ["gongmao-2023.5.8"]


def test_same_facts_found_by_the_enterprise_itself_list_no_posted_supervision(engine: Engine) -> None:
    regulator = _by_rule(_assess(engine, CITY_LEVEL))
    own = _by_rule(_assess(engine, CITY_LEVEL, channel="企业自查"))
    assert "P1" in regulator and "P1" not in own
    assert "A8" in regulator and "A8" not in own
    assert {"A1", "A4", "A5", "A6"} <= set(own)


def test_unknown_history_makes_closure_conditional_with_its_questions(engine: Engine) -> None:
    closure = _by_rule(_assess(engine, CITY_LEVEL))["A20"]
    assert closure.status == "conditional"
    assert {"context.penalties_180d", "context.penalties_365d"} <= {p.code for p in closure.conditional_on}


def test_required_actions_come_first_immediate_before_dated_before_relative(engine: Engine) -> None:
    actions = _assess(engine, ROOT / "examples" / "fireworks-retail-shop.yaml").actions
    statuses = [a.status for a in actions]
    assert statuses == sorted(statuses, key=lambda s: s != "required")
    required = [a for a in actions if a.status == "required"]
    assert required[0].deadline.kind == "immediately"
    kinds = [a.deadline.kind for a in required]
    assert kinds.index("next_quarter") < kinds.index("before_event")


def test_no_major_hazard_no_actions(engine: Engine) -> None:
    assert _assess(engine, ROOT / "examples" / "machinery-clean.yaml").actions == []


@pytest.mark.parametrize(("date", "kind", "extra", "expected"), [
    ("2025-06-01", "next_quarter", {"day": 15}, dt.date(2025, 7, 15)),
    ("2025-11-20", "next_quarter", {"day": 15}, dt.date(2026, 1, 15)),
    ("2025-01-01", "next_quarter", {"day": 15}, dt.date(2025, 4, 15)),
    ("2025-12-31", "next_year", {"month": 1, "day": 31}, dt.date(2026, 1, 31)),
    ("2025-06-01", "days_after_inspection", {"days": 30}, dt.date(2025, 7, 1)),
])
def test_deadlines_that_run_from_the_inspection_become_dates(date: str, kind: str, extra: dict[str, int],
                                                             expected: dt.date) -> None:
    assert render_deadline(Deadline(kind=kind, **extra), dt.date.fromisoformat(date)).date == expected  # type: ignore[arg-type]


def test_deadlines_from_a_later_event_stay_relative_and_name_it() -> None:
    review = render_deadline(Deadline(kind="after_event", event="收到恢复生产书面申请", days=10), dt.date(2025, 6, 1))
    assert review.date is None and review.text == "收到恢复生产书面申请之日起 10 日内"
    power = render_deadline(Deadline(kind="before_event", event="停止供电", hours=24), dt.date(2025, 6, 1))
    assert power.date is None and power.text == "停止供电前 24 小时"


@pytest.mark.parametrize(("change", "where", "words"), [
    ({"context": {"penalties_180": 2}}, "context.penalties_180", "penalties_180d"),
    ({"context": {"penalties_180d": "two"}}, "context.penalties_180d", "应为数字"),
    ({"context": {"channel": "企业自查"}}, "context.channel", "inspection"),
    ({"facts": {"context.real_danger": True}}, "facts.context.real_danger", "context"),
    ({"facts": {"finding.major_hazard": True}}, "facts.finding.major_hazard", "由引擎"),
    ({"inspection": {"date": "2025-06-01", "province": "山东省"}}, "inspection.province", "不在允许范围内"),
])
def test_bad_context_is_rejected_naming_the_field(engine: Engine, change: dict[str, Any], where: str,
                                                  words: str) -> None:
    raw: dict[str, Any] = {"inspection": {"date": "2025-06-01"}, "facts": {}}
    raw.update(change)
    with pytest.raises(ProblemsError) as caught:
        validate_inspection(raw, engine.book)
    rendered = "\n".join(p.render() for p in caught.value.problems)
    assert where in rendered and words in rendered, rendered


def test_a_failing_action_rule_is_an_error_not_silence(engine: Engine) -> None:
    raw = yaml.safe_load(CITY_LEVEL.read_text(encoding="utf-8"))
    inspection = validate_inspection(raw, engine.book)
    original = engine.runtime._action_hook
    def explode(rule_id: str) -> None:
        if rule_id == "A8":
            raise RuntimeError("boom")
    engine.runtime._action_hook = explode
    try:
        with pytest.raises(EvaluationError, match="A8"):
            engine.assess(inspection)
    finally:
        engine.runtime._action_hook = original


def test_action_text_output_separates_required_and_conditional() -> None:
    result = CliRunner().invoke(app, ["assess", str(CITY_LEVEL), "--rules", str(ROOT / "rules")])
    assert "后续措施（" in result.stdout and "视情况而定的措施" in result.stdout and "〔政策〕" in result.stdout
