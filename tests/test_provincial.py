"""Provincial criteria: an edition or a criterion declares its provinces, decided from `inspection.province`
(the example provincial edition in tests/fixtures/provincial)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import app
from engine.assess import Assessment, Engine
from engine.checklist import build_checklist
from engine.inspection import validate_inspection

PROVINCIAL = Path(__file__).parent / "fixtures" / "provincial"
FACTS = {"profile.cold": True, "room.people": 7, "ammonia.detector": "失效"}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(PROVINCIAL)


def assess(engine: Engine, inspection: dict[str, Any], facts: dict[str, Any] = FACTS) -> Assessment:
    return engine.assess(validate_inspection({"inspection": {"date": "2025-06-01", **inspection}, "facts": facts},
                                             engine.book))


def status(assessment: Assessment) -> dict[str, tuple[str, str | None]]:
    return {f.criterion: (f.status, f.reason) for f in assessment.findings}


def test_a_provincial_edition_applies_in_its_province_only(engine: Engine) -> None:
    in_shandong = status(assess(engine, {"province": "山东"}))
    in_jiangsu = status(assess(engine, {"province": "江苏"}))
    assert in_shandong["shandong-2025.3"][0] == "hazard"
    assert in_jiangsu["shandong-2025.3"] == ("not_applicable", "本标准仅适用于：山东")


def test_a_provincial_criterion_of_a_national_edition_applies_in_its_province_only(engine: Engine) -> None:
    in_shandong = status(assess(engine, {"province": "山东"}))
    in_jiangsu = status(assess(engine, {"province": "江苏"}))
    assert in_jiangsu["national-2024.1.2"][0] == "hazard" and in_jiangsu["national-2024.1.1"][0] == "clear"
    assert in_shandong["national-2024.1.2"] == ("not_applicable", "本项仅适用于：江苏")
    assert in_shandong["national-2024.1.1"][0] == "clear"


def test_the_province_follows_the_enterprise_region_code(engine: Engine) -> None:
    result = assess(engine, {"enterprise": {"name": "某冷库", "region_code": "320102"}})
    assert result.inspection.province == "江苏" and status(result)["national-2024.1.2"][0] == "hazard"


def test_the_default_province_decides_when_none_is_given(engine: Engine) -> None:
    # the inspection block's default province (山东) is a given province, never an unknown one
    result = status(assess(engine, {}))
    assert result["shandong-2025.3"][0] == "hazard" and result["national-2024.1.2"][0] == "not_applicable"


def test_the_edition_use_says_whether_the_provincial_edition_applies(engine: Engine) -> None:
    uses = {u.family: u for u in assess(engine, {"province": "江苏"}).standards}
    assert uses["shandong-supplement"].applies is False and uses["national"].applies is True


@pytest.mark.parametrize("province", ["山东", "江苏", "浙江"])
def test_durable_rules_and_the_two_valued_pass_agree_on_provinces(engine: Engine, province: str) -> None:
    checked = Engine(engine.book, verify=True)
    try:
        for facts in (FACTS, {"profile.cold": True}, {"profile.cold": True, "room.people": 10}):
            inspection = validate_inspection({"inspection": {"date": "2025-06-01", "province": province},
                                              "facts": facts}, engine.book)
            assert checked.evaluate(inspection).status == engine.evaluate(inspection).status
    finally:
        checked.close()


def test_checklist_never_asks_the_province_and_follows_it_when_given(engine: Engine) -> None:
    date = dt.date(2025, 6, 1)
    everywhere = build_checklist(engine, {"profile.cold": True}, date)
    assert "context.province" not in [q.code for q in everywhere]
    assert {"room.people", "ammonia.detector"} <= {q.code for q in everywhere}
    jiangsu = {q.code: q.criteria for q in build_checklist(engine, {"profile.cold": True}, date, "江苏")}
    assert "ammonia.detector" not in jiangsu and "national-2024.1.2" in jiangsu["room.people"]
    shandong = {q.code: q.criteria for q in build_checklist(engine, {"profile.cold": True}, date, "山东")}
    assert "ammonia.detector" in shandong and "national-2024.1.2" not in shandong["room.people"]


def test_checklist_cli_takes_the_province_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text("profile.cold: true\n", encoding="utf-8")
    args = ["checklist", str(profile), "--date", "2025-06-01", "--rules", str(PROVINCIAL), "--format", "json"]
    result = CliRunner().invoke(app, [*args, "--province", "江苏"])
    assert result.exit_code == 0 and "ammonia.detector" not in [q["code"] for q in json.loads(result.output)]
    bad = CliRunner().invoke(app, [*args, "--province", "江东"])
    assert bad.exit_code == 2 and "inspection.province" in bad.stderr and "江东" in bad.stderr


def test_standards_say_which_provinces_an_edition_is_for() -> None:
    rows = {r["id"]: r for r in json.loads(CliRunner().invoke(
        app, ["standards", "--format", "json", "--rules", str(PROVINCIAL)]).output)}
    assert rows["shandong-2025"]["provinces"] == ["山东"] and rows["national-2024"]["provinces"] is None
