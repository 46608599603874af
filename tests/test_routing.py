"""Routing between standards (工贸 第二条) and the merged checklist of a mixed profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from engine.assess import Assessment, Engine
from engine.checklist import build_checklist
from engine.inspection import validate_inspection
from engine.rulebook import facts_used

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "machinery-aluminium-hazchem.yaml"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


def _assess(engine: Engine, **changes: object) -> Assessment:
    raw = yaml.safe_load(EXAMPLE.read_text())
    raw["facts"].update(changes)
    return engine.assess(validate_inspection(raw, engine.book))


def _routing(assessment: Assessment, family: str) -> str:
    [notice] = [n for n in assessment.notices if n.standard == "gongmao-2023" and n.routes_to == family]
    assert notice.routing is not None
    return notice.routing


def test_gongmao_enterprise_with_hazchem_storage_is_also_judged_under_chemical(engine: Engine) -> None:
    result = _assess(engine)
    by_id = {f.criterion: f for f in result.findings}
    assert by_id["chemical-2017.20"].status == "hazard"
    assert by_id["gongmao-2023.11.9"].status == "hazard"
    assert "一并判定" in _routing(result, "chemical")
    uses = {u.family: u.applies for u in result.standards}
    assert uses["chemical"] is True and uses["gongmao"] is True and uses["fireworks"] is False


def test_gas_user_is_told_the_city_gas_standard_is_for_operators(engine: Engine) -> None:
    result = _assess(engine)
    assert "不适用" in _routing(result, "city-gas") and "燃气经营者" in _routing(result, "city-gas")
    assert all(f.status == "not_applicable" for f in result.findings if f.standard == "city-gas-2023")


def test_enterprise_running_its_own_gas_station_gets_city_gas_questions_and_findings(engine: Engine) -> None:
    result = _assess(engine, **{"profile.sectors": ["机械", "城镇燃气"]})
    assert "一并判定" in _routing(result, "city-gas")
    city_gas = [f for f in result.findings if f.standard == "city-gas-2023"]
    assert city_gas and all(f.status != "not_applicable" for f in city_gas if f.role == "criterion")
    assert {f.hazard_term for f in city_gas} == {"重大隐患"}


def test_fire_routing_asks_the_question_that_decides_it(engine: Engine) -> None:
    result = _assess(engine)
    question = engine.book.facts["profile.fire_premises"].question
    assert _routing(result, "fire-gb35181") == f"《重大火灾隐患判定方法》是否适用尚待确认，请回答：{question}"
    answered = _assess(engine, **{"profile.fire_premises": ["其他场所"]})
    assert "一并判定" in _routing(answered, "fire-gb35181")


def test_special_inspection_scope_says_the_other_standard_was_not_covered(engine: Engine) -> None:
    raw = yaml.safe_load(EXAMPLE.read_text())
    raw["inspection"]["scope"] = ["gongmao"]
    result = engine.assess(validate_inspection(raw, engine.book))
    title = engine.book.standards["chemical-2017"].title
    assert _routing(result, "chemical") == f"《{title}》本次未判定：本次检查范围未涵盖该标准"
    assert not [f for f in result.findings if f.standard == "chemical-2017"]


MIXED_PROFILE = {
    "profile.sectors": ["机械"], "profile.dust_explosion": True, "profile.gas_use": True,
    "profile.hazardous_chemicals": True, "profile.special_equipment": True, "profile.ammonia_refrigeration": False,
    "profile.confined_space_toxic": False, "profile.metal_smelting": False, "profile.blast_furnace": False,
    "profile.steel_furnace_capacity": 0.0,
}


def test_mixed_profile_checklist_merges_standards_and_asks_each_fact_once(engine: Engine) -> None:
    questions = build_checklist(engine, MIXED_PROFILE, dt.date(2025, 6, 1))
    codes = [q.code for q in questions]
    assert len(codes) == len(set(codes)), "each shared fact is asked once"
    criteria = {c for q in questions for c in q.criteria}
    standards = {c.split(".", 1)[0] for c in criteria}
    assert {"gongmao-2023", "chemical-2017", "fire-gb35181-2017"} <= standards
    assert not {"fireworks-2017", "construction-2024", "city-gas-2023"} & standards
    assert "gongmao-2023.7.5" in criteria and "gongmao-2023.11.9" in criteria  # 机械 gas burner; aluminium dust
    assert not any(c.startswith(("gongmao-2023.4.", "gongmao-2023.12.")) for c in criteria)
    shared = next(q for q in questions if q.code == "mgmt.special_workers_certified")
    assert {c.split(".", 1)[0] for c in shared.criteria} >= {"gongmao-2023", "chemical-2017"}


def test_mixed_profile_checklist_asks_what_rules_out_a_group_before_the_group(engine: Engine) -> None:
    questions = build_checklist(engine, MIXED_PROFILE, dt.date(2025, 6, 1))
    position = {q.code: i for i, q in enumerate(questions)}
    flags = [q.profile for q in questions]
    assert flags == sorted(flags, reverse=True), "profile questions first"
    assert {"profile.fire_premises", "chemical.hazchem_producer_or_trader"} <= {q.code for q in questions if q.profile}
    for q in questions:
        for criterion in q.criteria:
            for condition, _ in engine.book.criteria[criterion].applicability():
                for code in facts_used(condition):
                    if code in position:
                        assert position[code] <= position[q.code], f"{code} 应先于 {q.code} 询问"
