"""Fire elements an inspector can answer: 符合/不符合 instead of two numbers, "checked, none found" for a group,
the exclusions asked first, and the renamed fact codes still accepted for one release (the real GB 35181-2017 rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from cli.main import app
from engine.assess import Engine
from engine.checklist import build_checklist
from engine.errors import ProblemsError
from engine.inspection import validate_inspection

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fire-crowded-premises.yaml"
FIRE = "fire-gb35181-2017"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["facts"]


def statuses(engine: Engine, facts: dict[str, Any], verify: bool = False) -> dict[str, str]:
    inspection = validate_inspection({"inspection": {"date": "2025-05-01", "scope": ["fire-gb35181"]}, "facts": facts},
                                     engine.book)
    checked = Engine(engine.book, verify=True) if verify else engine
    try:
        return dict(checked.evaluate(inspection).status)
    finally:
        if verify:
            checked.close()


# (element, facts that make only this comparison decide, compared fact, code value fact, check fact,
#  [(numbers, the check value that says the same)])
COMPARISONS = [
    ("6.2", {"fire.hazmat_premises.present": True, "fire.hazmat_premises.same_building": False,
             "fire.hazmat_premises.near_crowded_or_residential": True},
     "fire.hazmat_premises.separation", "fire.hazmat_premises.required_separation", "fire.hazmat_premises.separation_check",
     [((14, 20), "小于规定值的75%"), ((15, 20), "小于规定值但不小于其75%"), ((20, 20), "符合规定")]),
    ("6.3", {"fire.fuel_station.present": True, "fire.fuel_station.in_built_up_area": True},
     "fire.fuel_station.storage", "fire.fuel_station.level1_storage", "fire.fuel_station.storage_check",
     [((150, 150), "达到或超过一级站的规定"), ((100, 150), "未达到一级站的规定")]),
    ("6.5", {"fire.crowded_exits.exit_width": 14.4, "fire.crowded_exits.required_exit_width": 14.4},
     "fire.crowded_exits.exit_count", "fire.crowded_exits.required_exit_count", "fire.crowded_exits.exit_count_check",
     [((3, 4), "少于规定数量"), ((4, 4), "符合规定")]),
    ("6.5", {"fire.crowded_exits.exit_count": 4, "fire.crowded_exits.required_exit_count": 4},
     "fire.crowded_exits.exit_width", "fire.crowded_exits.required_exit_width", "fire.crowded_exits.exit_width_check",
     [((11, 14.4), "小于规定值的80%"), ((13, 14.4), "小于规定值但不小于其80%"), ((14.4, 14.4), "符合规定")]),
    ("7.1.2", {"fire.building_separation.occupied": False, "fire.building_separation.open_flame_present": False},
     "fire.building_separation.separation", "fire.building_separation.required_separation",
     "fire.building_separation.separation_check",
     [((10, 13), "小于规定值的80%"), ((11, 13), "小于规定值但不小于其80%"), ((13, 13), "符合规定")]),
    ("7.1.2", {"fire.building_separation.occupied": False, "fire.building_separation.separation": 13,
               "fire.building_separation.required_separation": 13, "fire.building_separation.open_flame_present": True},
     "fire.building_separation.open_flame_distance", "fire.building_separation.open_flame_required_distance",
     "fire.building_separation.open_flame_check", [((9, 10), "小于规定值"), ((10, 10), "符合规定")]),
    ("7.2.1", {"fire.compartment_area.altered": True},
     "fire.compartment_area.actual_area", "fire.compartment_area.allowed_area", "fire.compartment_area.area_check",
     [((1600, 1000), "超过规定值的1.5倍"), ((1200, 1000), "超过规定值但不超过其1.5倍"), ((900, 1000), "未超过规定值")]),
    ("7.3.3", {"fire.exits.blocked": False, "fire.exits.exit_width": 10, "fire.exits.required_exit_width": 10},
     "fire.exits.exit_count", "fire.exits.required_exit_count", "fire.exits.exit_count_check",
     [((1, 2), "少于规定数量"), ((2, 2), "符合规定")]),
    ("7.3.3", {"fire.exits.blocked": False, "fire.exits.exit_count": 2, "fire.exits.required_exit_count": 2},
     "fire.exits.exit_width", "fire.exits.required_exit_width", "fire.exits.exit_width_check",
     [((9, 10), "小于规定值"), ((10, 10), "符合规定")]),
    ("7.3.5", {"fire.shop_evacuation.present": True},
     "fire.shop_evacuation.distance", "fire.shop_evacuation.allowed_distance", "fire.shop_evacuation.distance_check",
     [((50, 37.5), "超过规定值的125%"), ((40, 37.5), "超过规定值但不超过其125%"), ((30, 37.5), "未超过规定值")]),
]


@pytest.mark.parametrize(("element", "setting", "measured", "required", "check", "pairs"), COMPARISONS,
                         ids=[f"{c[0]}-{c[2].rsplit('.', 1)[1]}" for c in COMPARISONS])
def test_the_code_value_check_decides_the_same_as_the_numbers(
        engine: Engine, base: dict[str, Any], element: str, setting: dict[str, Any], measured: str, required: str,
        check: str, pairs: list[tuple[tuple[float, float], str]]) -> None:
    seen = set()
    for (value, code_value), answer in pairs:
        common = {k: v for k, v in {**base, **setting}.items() if k not in (measured, required, check)}
        by_numbers = statuses(engine, {**common, measured: value, required: code_value})
        by_check = statuses(engine, {**common, check: answer}, verify=True)
        assert by_check == by_numbers, (answer, value, code_value)
        both = statuses(engine, {**common, measured: value, required: code_value, check: answer}, verify=True)
        assert both == by_numbers
        seen.add(by_numbers[f"{FIRE}.{element}"])
    assert seen == {"hazard", "clear"}, seen  # the pairs cover both outcomes


def test_one_way_answered_and_the_other_missing_is_decided(engine: Engine, base: dict[str, Any]) -> None:
    # the numbers clear it although the check is unanswered, and the check decides although a number is missing
    common = {k: v for k, v in base.items() if not k.startswith("fire.crowded_exits.exit_")}
    common = {k: v for k, v in common.items() if not k.startswith("fire.crowded_exits.required_exit_")}
    width_ok = {"fire.crowded_exits.exit_width_check": "符合规定"}
    assert statuses(engine, {**common, **width_ok, "fire.crowded_exits.exit_count": 4,
                             "fire.crowded_exits.required_exit_count": 4})[f"{FIRE}.6.5"] == "clear"
    assert statuses(engine, {**common, **width_ok, "fire.crowded_exits.exit_count": 4,
                             "fire.crowded_exits.exit_count_check": "少于规定数量"})[f"{FIRE}.6.5"] == "hazard"
    assert statuses(engine, {**common, **width_ok, "fire.crowded_exits.exit_count": 4})[f"{FIRE}.6.5"] == "undetermined"


def _element_facts(engine: Engine) -> dict[str, set[str]]:
    """Each element's own facts (what its condition reads, except the exclusions)."""
    book = engine.book
    from engine.rulebook import facts_used
    return {cid: {c for c in facts_used(crit.definition.when) if not c.startswith("fire.excl.")}
            for cid, crit in book.criteria.items() if cid.startswith((f"{FIRE}.6.", f"{FIRE}.7."))}


def test_a_group_answer_decides_what_the_answers_one_by_one_decide(engine: Engine, base: dict[str, Any]) -> None:
    one_by_one = statuses(engine, base)
    hazards = {cid for cid, status in one_by_one.items() if status == "hazard" and cid.startswith(f"{FIRE}.")}
    own = _element_facts(engine)
    kept = set().union(*(own[cid] for cid in hazards if cid in own))
    answered_elsewhere = set().union(*own.values()) - kept
    grouped = {k: v for k, v in base.items() if k not in answered_elsewhere}
    groups = {"fire.group.direct.none_found": "逐项检查未发现", "fire.group.comprehensive.none_found": "逐项检查未发现"}
    assert statuses(engine, {**grouped, **groups}, verify=True) == one_by_one
    silent = statuses(engine, grouped)  # never "none found" by omission
    assert {silent[cid] for cid in own if cid not in hazards} == {"undetermined"}


def test_a_group_answer_is_stored_for_each_element_and_shown_as_evidence(engine: Engine, base: dict[str, Any]) -> None:
    facts = {k: v for k, v in base.items() if k.startswith(("profile.", "fire.excl."))}
    facts["fire.group.s4.none_found"] = "逐项检查未发现"
    inspection = validate_inspection({"inspection": {"date": "2025-05-01", "scope": ["fire-gb35181"]}, "facts": facts},
                                     engine.book)
    assert inspection.facts["fire.indoor_hydrants.none_found"] == "逐项检查未发现"
    assert "fire.fire_lane.none_found" not in inspection.facts  # another section: not answered
    findings = {f.criterion: f for f in engine.assess(inspection).findings}
    hydrants = findings[f"{FIRE}.7.4.3"]
    assert hydrants.status == "clear"
    assert [(e.code, e.value, e.via) for e in hydrants.evidence] == [
        ("fire.indoor_hydrants.none_found", "逐项检查未发现", "fire.group.s4.none_found")]
    assert findings[f"{FIRE}.7.1.1"].status == "undetermined"


def test_a_hazard_found_stays_a_hazard_under_a_group_answer(engine: Engine, base: dict[str, Any]) -> None:
    facts = {**base, "fire.group.comprehensive.none_found": "逐项检查未发现"}
    assert statuses(engine, facts)[f"{FIRE}.5.3.3.a"] == statuses(engine, base)[f"{FIRE}.5.3.3.a"] == "hazard"


def test_the_exclusions_come_right_after_the_profile_and_group_answers_after_their_members(engine: Engine) -> None:
    questions = build_checklist(engine, {"profile.fire_premises": ["人员密集场所"], "profile.sectors": ["其他"]},
                                dt.date(2025, 6, 1))
    codes = [q.code for q in questions]
    first_fire = next(i for i, q in enumerate(questions) if not q.profile)
    assert codes[first_fire:first_fire + 3] == ["fire.excl.expert_review_measures", "fire.excl.suspended",
                                                "fire.excl.not_major_judgement"]
    assert all(q.screening for q in questions[first_fire:first_fire + 3])
    group = codes.index("fire.group.direct.none_found")
    members = [codes.index(m) for m in engine.book.facts["fire.group.direct.none_found"].expands_to]
    assert group == max(members) + 1


def test_an_old_fact_code_is_accepted_for_one_release_with_a_notice(engine: Engine, base: dict[str, Any],
                                                                    tmp_path: Path) -> None:
    renamed = {engine.book.facts[new].replaces[0] if engine.book.facts[new].replaces else new: value
               for new, value in base.items()}
    assert "fire.e_6_5.exits" in renamed and "fire.crowded_exits.exit_count" not in renamed
    old = validate_inspection({"inspection": {"date": "2025-05-01", "scope": ["fire-gb35181"]}, "facts": renamed},
                              engine.book)
    assert old.facts == validate_inspection({"inspection": {"date": "2025-05-01", "scope": ["fire-gb35181"]},
                                             "facts": base}, engine.book).facts
    assessment = engine.assess(old)
    notice = next(d for d in assessment.deprecations if d.old == "fire.e_6_5.exits")
    assert notice.new == "fire.crowded_exits.exit_count" and "已更名" in notice.message
    path = tmp_path / "old.yaml"
    path.write_text(yaml.safe_dump({"inspection": {"date": "2025-05-01", "scope": ["fire-gb35181"]},
                                    "facts": {"profile.fire_premises": ["人员密集场所"], "fire.e_6_5.exits": 3}},
                                   allow_unicode=True), encoding="utf-8")
    text = CliRunner().invoke(app, ["assess", str(path)]).output
    assert "提示：事实代码 'fire.e_6_5.exits' 已更名为 'fire.crowded_exits.exit_count'" in text


def test_old_and_new_code_together_is_an_error(engine: Engine) -> None:
    with pytest.raises(ProblemsError, match="duplicate_fact"):
        validate_inspection({"inspection": {"date": "2025-05-01"},
                             "facts": {"fire.e_6_5.exits": 3, "fire.crowded_exits.exit_count": 3}}, engine.book)
