"""煤矿 2021 (the largest edition: 80 criteria): it compiles within durable-rules' limits, every criterion is decided on
fully answered inspections of the mine types it covers, and the 81st 情形 is never cleared."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest

from engine.assess import Engine
from engine.compile import MAX_PROPERTIES, MAX_RULES
from engine.inspection import validate_inspection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import synth

COAL = "coal-2021"
PROFILES = [  # between them every article applies somewhere
    {"profile.coal.mine_type": "井工煤矿", "profile.coal.gas_grade": "高瓦斯矿井", "profile.coal.status": "生产矿井",
     "profile.coal.hydro_type": "复杂", "profile.coal.rock_burst": True, "profile.coal.spontaneous_combustion": True,
     "profile.coal.outsourced": True, "profile.coal.restructuring": "改制期间"},
    {"profile.coal.mine_type": "井工煤矿", "profile.coal.gas_grade": "煤与瓦斯突出矿井", "profile.coal.status": "建设矿井",
     "profile.coal.hydro_type": "简单", "profile.coal.rock_burst": False, "profile.coal.spontaneous_combustion": False,
     "profile.coal.outsourced": False, "profile.coal.restructuring": "已完成改制"},
    {"profile.coal.mine_type": "井工煤矿", "profile.coal.gas_grade": "低瓦斯矿井", "profile.coal.status": "改扩建矿井",
     "profile.coal.hydro_type": "中等", "profile.coal.rock_burst": True, "profile.coal.spontaneous_combustion": True,
     "profile.coal.outsourced": True, "profile.coal.restructuring": "未改制"},
    {"profile.coal.mine_type": "露天煤矿", "profile.coal.status": "生产矿井", "profile.coal.spontaneous_combustion": True,
     "profile.coal.outsourced": False, "profile.coal.restructuring": "未改制"},
]


def full(engine: Engine, profile: dict[str, Any], seed: int) -> Any:
    book, rng = engine.book, random.Random(seed)
    facts = {code: synth.synthetic_value(book.facts[code], rng) for code in synth.standard_fact_codes(book, COAL)
             if not book.facts[code].profile}
    data = {"inspection": {"date": "2025-06-01", "scope": ["coal"]},
            "facts": {"profile.sectors": ["煤矿"], **profile, **facts}}
    return validate_inspection(data, book)


def test_the_coal_edition_compiles_within_durable_rules_limits(engine: Engine) -> None:
    rulesets = [r for r in engine.rulesets if r.edition == COAL]
    assert sum(len(r.criteria) for r in rulesets) == 80
    assert all(len(r.criteria) <= MAX_RULES and len(r.layout.properties) <= MAX_PROPERTIES for r in rulesets)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_coal_criterion_is_decided_on_fully_answered_mines(engine: Engine, seed: int) -> None:
    checked = Engine(engine.book, verify=True)
    decided: dict[str, set[str]] = {}
    try:
        for profile in PROFILES:
            inspection = full(engine, profile, seed)
            statuses = checked.evaluate(inspection).status
            assert statuses == engine.evaluate(inspection).status
            coal = {cid: s for cid, s in statuses.items() if cid.startswith(COAL + ".") and cid != f"{COAL}.x.81"}
            assert "undetermined" not in coal.values(), [c for c, s in coal.items() if s == "undetermined"]
            assert statuses[f"{COAL}.x.81"] == "not_judged"
            for cid, status in coal.items():
                decided.setdefault(cid, set()).add(status)
    finally:
        checked.close()
    never = sorted(cid for cid, statuses in decided.items() if statuses == {"not_applicable"})
    assert len(decided) == 80 and not never, never


def test_a_coal_mine_is_never_complete_and_says_why(engine: Engine) -> None:
    assessment = engine.assess(full(engine, PROFILES[0], 1))
    assert assessment.complete is False
    use = next(u for u in assessment.standards if u.family == "coal")
    assert (use.partial, use.items_encoded, use.items_total, use.complete) == (True, 80, 81, False)
    assert any(u.family == "coal-regulation" and u.status == "not_encoded" for u in assessment.standards)


def test_coal_is_a_known_family_and_its_regulation_is_named_from_its_effective_date(engine: Engine) -> None:
    def uses(date: str) -> dict[str, str]:
        enterprise = {"name": "某煤矿", "industries": ["coal"]}
        inspection = validate_inspection({"inspection": {"date": date, "enterprise": enterprise},
                                          "facts": {"profile.sectors": ["煤矿"]}}, engine.book)
        return {u.family: u.status for u in engine.assess(inspection).standards}

    assert uses("2025-06-01")["coal"] == "applied" and uses("2025-06-01")["coal-regulation"] == "not_encoded"
    assert "coal-regulation" not in uses("2024-04-30")


def test_a_coal_mine_is_not_asked_gongmao_questions_and_a_gongmao_plant_no_coal_questions(engine: Engine) -> None:
    import datetime as dt

    from engine.checklist import build_checklist

    on = dt.date(2025, 6, 1)
    mine = build_checklist(engine, {"profile.sectors": ["煤矿"], "profile.coal.mine_type": "井工煤矿"}, on)
    asked = {q.standard for q in mine if not q.profile}
    assert "coal-2021" in asked and "gongmao-2023" not in asked  # other families stay until their profile is answered
    gongmao_only = {"profile.dust_explosion", "profile.ammonia_refrigeration", "profile.confined_space_toxic",
                    "profile.metal_smelting", "profile.blast_furnace", "profile.steel_furnace_capacity"}
    assert not gongmao_only & {q.code for q in mine}
    plant = build_checklist(engine, {"profile.sectors": ["机械"], "profile.dust_explosion": False}, on)
    assert "coal-2021" not in {q.standard for q in plant}
    assert not [q.code for q in plant if q.code.startswith(("coal.", "profile.coal."))]
