"""End to end on the real rules: a partly encoded standard and GB 35181-2025 are never reported as complete or as
不适用, whatever the answers; `hazard standards` says N of M and lists the known standards not encoded."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from cli.main import app
from engine.assess import Engine
from engine.inspection import validate_inspection

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

PARTIAL = {  # edition -> a profile under which it applies (every part of it)
    "coal-2021": {"profile.sectors": ["煤矿"], "profile.coal.mine_type": "井工煤矿", "profile.coal.gas_grade": "高瓦斯矿井",
                  "profile.coal.status": "生产矿井"},
    "metal-mines-2022": {"profile.sectors": ["金属非金属矿山"], "profile.mine_parts": ["地下矿山", "露天矿山", "尾矿库"],
                         "profile.metal_mine.surface_to_underground": True},
    "special-equipment-2024": {"profile.special_equipment": True, "profile.cylinder_filling": True,
                               "profile.equipment_types": ["锅炉", "压力容器", "气瓶", "压力管道", "电梯", "起重机械",
                                                           "客运索道", "大型游乐设施", "场（厂）内专用机动车辆"]},
    "road-transport-2023": {"profile.sectors": ["道路运输"],
                            "profile.road.business_types": ["道路旅客运输", "道路货物运输"]},
}


def answered(engine: Engine, edition: str, profile: dict[str, Any], seed: int) -> dict[str, Any]:
    """Every fact of the edition answered at random, the profile fixed so that the edition applies."""
    book, rng = engine.book, random.Random(seed)
    facts = {code: synth.synthetic_value(book.facts[code], rng) for code in synth.standard_fact_codes(book, edition)}
    return {**facts, **profile}


@pytest.mark.parametrize("edition", sorted(PARTIAL))
def test_a_partly_encoded_standard_is_never_complete_nor_inapplicable(engine: Engine, edition: str) -> None:
    # every fact answered: whether or not a hazard is found, the items not obtained stay 未判定 and nothing is complete
    # (tests/test_partial.py shows the same when every encoded criterion is clear)
    family = engine.book.standards[edition].family
    for seed in (1, 2, 3):
        facts = answered(engine, edition, PARTIAL[edition], seed)
        inspection = validate_inspection({"inspection": {"date": "2025-06-01", "scope": [family]}, "facts": facts},
                                         engine.book)
        assessment, verdicts = engine.assess(inspection), engine.verdicts(inspection)
        assert assessment.complete is False and verdicts.complete is False
        use = next(u for u in assessment.standards if u.family == family)
        assert use.partial and use.complete is False and use.coverage and use.not_judged
        gaps = [f for f in assessment.findings if f.role == "not_obtained"]
        assert gaps and all(f.status == "not_judged" for f in gaps), [(f.criterion, f.status) for f in gaps]
        assert assessment.summary.not_judged == len(gaps)
        assert not [f.criterion for f in assessment.findings if f.standard == use.edition and f.status == "undetermined"]


def test_gb35181_2025_findings_are_not_judged_never_not_applicable(engine: Engine) -> None:
    facts = yaml.safe_load((ROOT / "examples" / "fire-crowded-premises.yaml").read_text(encoding="utf-8"))["facts"]
    for date in ("2025-11-01", "2026-12-01"):
        inspection = validate_inspection({"inspection": {"date": date, "scope": ["fire-gb35181"]}, "facts": facts},
                                         engine.book)
        assessment = engine.assess(inspection)
        fire = [f for f in assessment.findings if f.standard.startswith("fire-gb35181")]
        assert fire and {f.status for f in fire} == {"not_judged"}
        assert all("GB 35181-2025" in (f.reason or "") and "未判定" in (f.reason or "") for f in fire)
        assert assessment.summary.not_applicable == 0 and assessment.summary.not_judged == len(fire)
        assert assessment.complete is False and not assessment.major_hazard_found
        use = next(u for u in assessment.standards if u.family == "fire-gb35181")
        assert (use.edition, use.status, use.complete) == ("fire-gb35181-2025", "not_encoded", False)


def test_gb35181_2025_status_is_in_every_output(engine: Engine, tmp_path: Path) -> None:
    data = yaml.safe_load((ROOT / "examples" / "fire-warehouse.yaml").read_text(encoding="utf-8"))
    data["inspection"]["date"] = "2026-01-15"
    path = tmp_path / "fire-2026.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    as_json = json.loads(CliRunner().invoke(app, ["assess", str(path), "--format", "json"]).output)
    assert as_json["summary"]["not_judged"] > 0 and as_json["summary"]["not_applicable"] == 0
    assert {f["status"] for f in as_json["findings"] if f["standard"].startswith("fire")} == {"not_judged"}
    text = CliRunner().invoke(app, ["assess", str(path)]).output
    assert "未判定（未编码）" in text and "现行有效但尚未编码" in text and "结论不完整" in text


def test_standards_lists_the_new_editions_with_encoded_and_missing_counts() -> None:
    rows = {r["id"]: r for r in json.loads(CliRunner().invoke(app, ["standards", "--format", "json"]).output)}
    coal, metal = rows["coal-2021"], rows["metal-mines-2022"]
    special, road = rows["special-equipment-2024"], rows["road-transport-2023"]
    assert (coal["status"], coal["criteria"], coal["items_total"]) == ("partial", 80, 81)
    assert (metal["status"], metal["criteria"], metal["items_total"]) == ("partial", 28, 64)
    assert (special["status"], special["criteria"], special["unconfirmed"]) == ("partial", 35, 10)
    assert "5.3" in special["not_judged"] and "5.10" in special["not_judged"]
    assert (road["status"], road["criteria"]) == ("partial", 6) and road["items_total"] is None
    assert rows["fire-gb35181-2025"]["status"] == "not_encoded"
    known = {r["id"] for r in rows.values() if r["status"] == "known_not_encoded"}
    assert {"electric-power-2022", "fishing-vessels-2022", "coal-regulation-2024"} <= known
    text = CliRunner().invoke(app, ["standards"]).output
    assert "部分编码：已编码 80 项（共 81 项）" in text and "部分编码：已编码 28 项（共 64 项）" in text
    assert "已知尚未编码的判定标准" in text and "电力：未编码" in text


def test_an_inspection_under_a_known_unencoded_standard_names_it(engine: Engine) -> None:
    inspection = validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": {"profile.sectors": ["电力"]}},
                                     engine.book)
    assessment = engine.assess(inspection)
    power = next(u for u in assessment.standards if u.family == "electric-power")
    assert power.status == "not_encoded" and "重大电力安全隐患判定标准" in power.title
    assert assessment.complete is False


def test_the_checklist_says_what_it_cannot_ask(engine: Engine, tmp_path: Path) -> None:
    from engine.checklist import build_checklist, checklist_notes

    profile = {"profile.sectors": ["煤矿", "电力"], "profile.coal.mine_type": "井工煤矿"}
    on = dt.date(2025, 6, 1)
    notes = checklist_notes(engine, profile, on)
    assert any("《煤矿重大事故隐患判定标准》" in n and "已编码 80 项（共 81 项" in n for n in notes)
    assert any("重大电力安全隐患判定标准" in n and "尚未编码" in n for n in notes)
    coal = [q for q in build_checklist(engine, profile, on) if q.standard == "coal-2021"]
    assert coal and all(q.coverage and "已编码 80 项" in q.coverage for q in coal)
    assert not any(n for n in checklist_notes(engine, {"profile.sectors": ["纺织"]}, on) if "煤矿" in n)
    fire_2026 = checklist_notes(engine, {"profile.fire_premises": ["其他场所"]}, dt.date(2026, 2, 1))
    assert any("GB 35181-2025" in n and "未判定" in n for n in fire_2026)
    path = tmp_path / "profile.yaml"
    path.write_text("profile.sectors: [煤矿]\n", encoding="utf-8")
    text = CliRunner().invoke(app, ["checklist", str(path), "--date", "2025-06-01"]).output
    assert "未编码、不判定：《煤矿重大事故隐患判定标准》" in text
