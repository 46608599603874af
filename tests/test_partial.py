"""What is not encoded is said, never read as "no hazard": partial editions, editions in force but not encoded, known
standards not encoded (a tiny fixture rulebook)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import app
from engine.assess import Assessment, Engine
from engine.explain import summary_line
from engine.inspection import validate_inspection

PARTIAL = Path(__file__).parent / "fixtures" / "partial"
UNDERGROUND = {"profile.kind": ["甲业"], "profile.parts": ["地下"]}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(PARTIAL)


def assess(engine: Engine, facts: dict[str, Any], date: str = "2025-06-01", **inspection: Any) -> Assessment:
    return engine.assess(validate_inspection({"inspection": {"date": date, **inspection}, "facts": facts},
                                             engine.book))


def by_id(assessment: Assessment) -> dict[str, Any]:
    return {f.criterion: f for f in assessment.findings}


def use(assessment: Assessment, family: str) -> Any:
    return next(u for u in assessment.standards if u.family == family)


def test_every_encoded_item_answered_is_still_not_complete(engine: Engine) -> None:
    result = assess(engine, {**UNDERGROUND, "room.own": True, "room.people": 3}, scope=["part"])
    findings = by_id(result)
    assert findings["part-2024.1.1"].status == "clear"
    assert [findings[g].status for g in ("part-2024.1.2", "part-2024.1.3")] == ["not_judged", "not_judged"]
    assert findings["part-2024.2.x"].status == "not_applicable"  # no surface part: its missing items do not apply
    assert result.summary.not_judged == 2 and result.summary.undetermined == 0
    assert result.complete is False and result.major_hazard_found is False
    part = use(result, "part")
    assert (part.partial, part.items_encoded, part.items_total, part.complete) == (True, 1, 5, False)
    assert part.not_judged == ["一（二）", "一（三）", "二（2 项）"]
    assert "已编码 1 项（共 5 项" in part.coverage and "不能据此认定不存在其所列情形" in part.coverage


def test_a_partial_standard_is_complete_where_every_item_is_listed_and_no_gap_applies(engine: Engine) -> None:
    # 1 criterion + 4 listed items = the declared 5: no surface and no underground part, so no missing item applies
    result = assess(engine, {"profile.kind": ["甲业"], "profile.parts": []}, scope=["part"])
    assert {f.criterion: f.status for f in result.findings if f.standard == "part-2024"} == {
        "part-2024.1.1": "not_applicable", "part-2024.1.2": "not_applicable", "part-2024.1.3": "not_applicable",
        "part-2024.2.x": "not_applicable"}
    assert result.complete is True and use(result, "part").complete is True and use(result, "part").partial


def test_a_standard_with_items_not_even_listed_is_never_complete(tmp_path: Path) -> None:
    # the declared total exceeds what is encoded or listed: those items' scope is unknown, so nothing clears
    rules = tmp_path / "rules"
    shutil.copytree(PARTIAL, rules)
    standard = rules / "part-2024" / "standard.yaml"
    standard.write_text(standard.read_text(encoding="utf-8").replace("items_total: 5", "items_total: 6"),
                        encoding="utf-8")
    wider = Engine.from_path(rules)
    try:
        result = assess(wider, {"profile.kind": ["甲业"], "profile.parts": []}, scope=["part"])
    finally:
        wider.close()
    assert result.summary.not_judged == 0 and result.summary.undetermined == 0
    assert result.complete is False and use(result, "part").complete is False


def test_a_hazard_under_a_partial_standard_is_found(engine: Engine) -> None:
    result = assess(engine, {**UNDERGROUND, "room.own": True, "room.people": 10}, scope=["part"])
    assert by_id(result)["part-2024.1.1"].status == "hazard" and result.major_hazard_found


def test_a_partial_standard_that_does_not_apply_leaves_the_conclusion_complete(engine: Engine) -> None:
    result = assess(engine, {"profile.kind": ["乙业"], "exits.count": 2}, scope=["part", "old"])
    assert {f.status for f in result.findings if f.standard == "part-2024"} == {"not_applicable"}
    assert result.complete is True and use(result, "part").complete is None


def test_an_edition_in_force_but_not_encoded_is_not_judged_not_inapplicable(engine: Engine) -> None:
    result = assess(engine, {"profile.kind": ["乙业"], "exits.count": 1}, date="2026-03-01", scope=["old"])
    finding = by_id(result)["old-2020.1"]
    assert finding.status == "not_judged" and "现行有效但尚未编码" in finding.reason and "测试令第4号" in finding.reason
    assert result.summary.not_judged == 1 and result.summary.not_applicable == 0
    assert result.complete is False and result.major_hazard_found is False
    in_force = use(result, "old")
    assert (in_force.edition, in_force.status, in_force.complete) == ("old-2026", "not_encoded", False)
    assert "未判定（未编码）1 项" in summary_line(result) and "结论不完整" in summary_line(result)


def test_before_the_new_edition_the_old_one_judges(engine: Engine) -> None:
    result = assess(engine, {"profile.kind": ["乙业"], "exits.count": 1}, date="2025-12-31", scope=["old"])
    assert by_id(result)["old-2020.1"].status == "hazard"


def test_an_unencoded_edition_whose_scope_excludes_the_profile_is_not_applicable(engine: Engine) -> None:
    result = assess(engine, {"profile.kind": ["甲业"]}, date="2026-03-01", scope=["old"])
    assert by_id(result)["old-2020.1"].status == "not_applicable" and result.summary.not_judged == 0
    assert result.complete is True


def test_a_known_standard_not_encoded_is_named_when_the_profile_falls_under_it(engine: Engine) -> None:
    result = assess(engine, {"profile.kind": ["丙业"]})
    known = use(result, "third")
    assert (known.status, known.title, known.document_number) == ("not_encoded", "丙业重大事故隐患判定标准", "测试令第5号")
    assert "丙业" in known.reason and "尚未编码" in known.reason
    assert result.complete is False
    assert all(u.family != "future" for u in result.standards)  # not in force yet: not named


def test_a_known_standard_is_named_when_the_enterprise_declares_its_industry(engine: Engine) -> None:
    result = assess(engine, {"profile.kind": ["甲业"]}, enterprise={"name": "某企业", "industries": ["third"]})
    assert use(result, "third").status == "not_encoded"


def test_no_known_standard_is_named_for_other_profiles(engine: Engine) -> None:
    result = assess(engine, {"profile.kind": ["乙业"], "exits.count": 3}, scope=["old"])
    assert [u.family for u in result.standards if u.status == "not_encoded"] == []
    assert result.complete is True


@pytest.mark.parametrize("facts", [UNDERGROUND, {"profile.kind": ["丙业"]}, {"profile.kind": ["乙业"], "exits.count": 1}])
def test_verdicts_say_what_the_assessment_says(engine: Engine, facts: dict[str, Any]) -> None:
    for date in ("2025-06-01", "2026-03-01"):
        inspection = validate_inspection({"inspection": {"date": date}, "facts": facts}, engine.book)
        assessment, verdicts = engine.assess(inspection), engine.verdicts(inspection)
        assert [(v.criterion, v.status) for v in verdicts.verdicts] == [(f.criterion, f.status)
                                                                        for f in assessment.findings]
        assert (verdicts.summary, verdicts.complete, verdicts.standards) == \
            (assessment.summary, assessment.complete, assessment.standards)
        assert Assessment.model_validate(assessment.model_dump(mode="json")) == assessment


def test_verify_mode_agrees_with_gaps_and_unencoded_editions(engine: Engine) -> None:
    checked = Engine(engine.book, verify=True)
    try:
        for date in ("2025-06-01", "2026-03-01"):
            inspection = validate_inspection({"inspection": {"date": date}, "facts": UNDERGROUND}, engine.book)
            assert checked.evaluate(inspection).status == engine.evaluate(inspection).status
    finally:
        checked.close()


def test_standards_lists_counts_of_encoded_and_missing_items_and_the_known_ones() -> None:
    result = CliRunner().invoke(app, ["standards", "--format", "json", "--rules", str(PARTIAL)])
    rows = {r["id"]: r for r in json.loads(result.output)}
    part = rows["part-2024"]
    assert (part["status"], part["criteria"], part["items_total"]) == ("partial", 1, 5)
    assert part["not_judged"] == ["一（二）", "一（三）", "二（2 项）"]
    assert rows["old-2026"]["status"] == "not_encoded"
    assert rows["third-2022"]["status"] == "known_not_encoded" and rows["third-2022"]["encoded"] is False
    text = CliRunner().invoke(app, ["standards", "--rules", str(PARTIAL)]).output
    assert "部分编码：已编码 1 项（共 5 项）；未判定：一（二）、一（三）、二（2 项）" in text
    assert "已知尚未编码的判定标准" in text and "丙业：未编码" in text


def test_text_output_names_what_is_not_judged(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "inspection.yaml"
    path.write_text(json.dumps({"inspection": {"date": "2025-06-01", "scope": ["part"]},
                                "facts": {**UNDERGROUND, "room.own": True, "room.people": 3}}), encoding="utf-8")
    text = CliRunner().invoke(app, ["assess", str(path), "--rules", str(PARTIAL)]).output
    assert "本标准仅部分编码" in text and "未判定（未编码）" in text
    assert "暂未判定出重大事故隐患" in text and "结论不完整" in text and "未发现重大事故隐患" not in text
