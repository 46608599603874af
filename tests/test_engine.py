"""Engine semantics on a tiny fixture rulebook (never the real rules/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine.assess import Engine
from engine.errors import EvaluationError, ProblemsError
from engine.inspection import validate_inspection
from engine.runtime import Runtime

MINI = Path(__file__).parent / "fixtures" / "mini"
PROFILE = {"profile.kind": ["甲业"], "profile.cold": True}


@pytest.fixture(scope="module")
def mini() -> Engine:
    return Engine.from_path(MINI)


def statuses(engine: Engine, facts: dict[str, Any], date: str = "2025-06-01") -> dict[str, Any]:
    inspection = validate_inspection({"inspection": {"date": date}, "facts": facts}, engine.book)
    return {f.criterion: f for f in engine.assess(inspection).findings}


def test_or_with_one_true_branch_is_hazard_even_if_other_missing(mini: Engine) -> None:
    f = statuses(mini, {**PROFILE, "room.people": 10})["mini-2024.1.1"]
    assert f.status == "hazard" and [e.code for e in f.evidence] == ["room.people"]


@pytest.mark.parametrize(("people", "status"), [(9, "clear"), (10, "hazard")])
def test_threshold_edge(mini: Engine, people: int, status: str) -> None:
    assert statuses(mini, {**PROFILE, "room.own": True, "room.people": people})["mini-2024.1.1"].status == status


def test_missing_fact_is_undetermined_and_named(mini: Engine) -> None:
    f = statuses(mini, {**PROFILE, "room.own": True})["mini-2024.1.1"]
    assert f.status == "undetermined" and f.missing == ["room.people"]


def test_false_and_unknown_is_clear(mini: Engine) -> None:
    f = statuses(mini, {**PROFILE, "pressure.seal": 50})["mini-2024.2.3"]
    assert f.status == "clear"


def test_failed_device_counts_as_missing(mini: Engine) -> None:
    assert statuses(mini, {**PROFILE, "alarm.state": "失效"})["mini-2024.1.2"].status == "hazard"
    assert statuses(mini, {**PROFILE, "alarm.state": "有效"})["mini-2024.1.2"].status == "clear"


def test_fact_versus_fact_with_factor(mini: Engine) -> None:
    base = {**PROFILE, "frame.height": 10}
    assert statuses(mini, {**base, "frame.cantilever": 4.0})["mini-2024.2.2"].status == "clear"
    assert statuses(mini, {**base, "frame.cantilever": 4.01})["mini-2024.2.2"].status == "hazard"


def test_at_least_counts_three_valued(mini: Engine) -> None:
    base = {**PROFILE, "dust.controls": []}
    assert statuses(mini, base)["mini-2024.2.4"].status == "undetermined"
    assert statuses(mini, {**base, "frame.height": 10, "frame.cantilever": 5})["mini-2024.2.4"].status == "hazard"
    cleared = {**PROFILE, "dust.controls": ["泄爆"], "frame.height": 10, "frame.cantilever": 1}
    assert statuses(mini, cleared)["mini-2024.2.4"].status == "clear"


def test_scope_not_met_is_not_applicable_with_reason(mini: Engine) -> None:
    f = statuses(mini, {"profile.kind": ["乙业"], "profile.cold": False})
    assert f["mini-2024.1.1"].status == "not_applicable" and "制冷企业" in (f["mini-2024.1.1"].reason or "")
    assert f["mini-2024.2.1"].status == "not_applicable"


def test_unknown_profile_is_undetermined_not_applicable(mini: Engine) -> None:
    f = statuses(mini, {"room.own": False})["mini-2024.1.1"]
    assert f.status == "undetermined" and f.missing[:2] == ["profile.kind", "profile.cold"]


def test_no_facts_never_clear_or_hazard(mini: Engine) -> None:
    inspection = validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": {}}, mini.book)
    assessment = mini.assess(inspection)
    assert {f.status for f in assessment.findings} == {"undetermined"} and not assessment.complete


def test_inspection_date_picks_edition(mini: Engine) -> None:
    facts = {**PROFILE, "room.own": False, "room.people": 5}
    old = statuses(mini, facts, "2021-06-01")
    new = statuses(mini, facts, "2025-06-01")
    assert old["mini-2020.1.1"].status == "clear" and "mini-2024.1.1" not in old
    assert new["mini-2024.1.1"].status == "hazard" and "mini-2020.1.1" not in new


def test_no_edition_in_force_is_said(mini: Engine) -> None:
    inspection = validate_inspection({"inspection": {"date": "2019-06-01"}, "facts": PROFILE}, mini.book)
    assessment = mini.assess(inspection)
    assert assessment.standards[0].status == "no_edition_in_force"
    assert all(f.status == "not_applicable" and "没有现行有效" in (f.reason or "") for f in assessment.findings)


def test_notice_shown_when_condition_holds(mini: Engine) -> None:
    inspection = validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": PROFILE}, mini.book)
    assert [n.text for n in mini.assess(inspection).notices] == ["制冷方面另有规定的，适用其规定。"]


@pytest.mark.parametrize(("facts", "where", "code"), [
    ({"room.peple": 3}, "facts.room.peple", "unknown_fact"),
    ({"room.people": "10"}, "facts.room.people", "invalid_fact_value"),
    ({"room.own": 1}, "facts.room.own", "invalid_fact_value"),
    ({"alarm.state": "坏了"}, "facts.alarm.state", "invalid_fact_value"),
    ({"room.people": {"value": 3, "unit": "m"}}, "facts.room.people", "invalid_fact_value"),
])
def test_bad_facts_rejected_with_path(mini: Engine, facts: dict[str, Any], where: str, code: str) -> None:
    with pytest.raises(ProblemsError) as error:
        validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": facts}, mini.book)
    problem = error.value.problems[0]
    assert problem.code == code and where in problem.message and problem.suggestion


def test_an_unknown_fact_is_answered_with_the_nearest_code_or_where_codes_are_listed(mini: Engine) -> None:
    with pytest.raises(ProblemsError) as error:
        validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": {"room.peple": 3, "zz.qq": 1}}, mini.book)
    suggestions = {p.message.split("：")[0]: p.suggestion for p in error.value.problems}
    assert suggestions["facts.room.peple"] == "是否应为 'room.people'？"
    assert str(suggestions["facts.zz.qq"]).startswith("核对事实代码的拼写：hazard checklist 列出各问题及其代码")


def test_missing_date_rejected(mini: Engine) -> None:
    with pytest.raises(ProblemsError) as error:
        validate_inspection({"inspection": {}, "facts": {}}, mini.book)
    assert "inspection.date" in error.value.problems[0].message


def test_units_are_converted(mini: Engine) -> None:
    f = statuses(mini, {**PROFILE, "pressure.seal": {"value": 0.02, "unit": "MPa"}, "kind.grade": "甲",
                        "room.own": False})
    assert f["mini-2024.2.3"].status == "hazard"


def test_raising_action_is_an_error_never_no_hazard(mini: Engine) -> None:
    def explode(criterion_id: str) -> None:
        raise RuntimeError(f"boom in {criterion_id}")

    engine = Engine(mini.book)
    engine.runtime = Runtime(engine.rulesets + engine.action_rulesets, action_hook=explode)
    inspection = validate_inspection({"inspection": {"date": "2025-06-01"},
                                      "facts": {**PROFILE, "room.people": 10}}, mini.book)
    for _ in range(1100):  # the state is deleted even when an action fails (durable-rules keeps 1,024 sids)
        with pytest.raises(EvaluationError, match="boom"):
            engine.assess(inspection)


@pytest.mark.parametrize("facts", [{**PROFILE, "room.people": 10}, {}, {"room.own": True}],
                         ids=["fires", "empty", "partial-no-rule-fires"])
def test_state_is_deleted_after_each_assessment(mini: Engine, facts: dict[str, Any]) -> None:
    for _ in range(1100):  # more than durable-rules' 1,024 live sids per ruleset
        statuses(mini, facts)


@pytest.mark.parametrize(("people", "status"), [(7, "clear"), (8, "clear"), (9, "hazard"), (12, "hazard")])
def test_large_count_is_chained_on_durable_rules(mini: Engine, people: int, status: str) -> None:
    # elements 2.6..2.15 hold when people >= n: people=9 makes 2.6-2.9 (4) true; plus 2.1 (controls empty) = 5
    facts = {**PROFILE, "kind.grade": "甲", "room.people": people, "dust.controls": [], "frame.height": 10,
             "frame.cantilever": 1, "pressure.seal": 50, "room.own": True}
    assert statuses(mini, facts)["mini-2024.2.5"].status == status


def test_large_count_undetermined_names_element_facts(mini: Engine) -> None:
    f = statuses(mini, {**PROFILE, "kind.grade": "甲", "dust.controls": []})["mini-2024.2.5"]
    assert f.status == "undetermined" and "room.people" in f.missing


def test_more_rules_matching_one_fact_than_durable_allows(tmp_path: Path) -> None:
    # durable-rules fails with error 303 when 64 rules match one asserted fact; the compiler must split
    (tmp_path / "_facts").mkdir()
    facts = "\n".join(f"  - {{code: wide.f{n}, question: 问题{n}？, type: bool}}" for n in range(70))
    (tmp_path / "_facts" / "f.yaml").write_text(
        "facts:\n  - {code: profile.on, question: 适用？, type: bool, profile: true}\n" + facts + "\n")
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "standard.yaml").write_text(
        'id: w-2024\nfamily: w\ntitle: 宽\ndocument_number: 宽1号\neffective_from: "2024-01-01"\n'
        "confidence: confirmed\nsource: test\nscope: 全部\n")
    items = "".join(f"  - {{id: w-2024.1.{n}, item: （{n}）, text: 第{n}项。, confidence: confirmed, "
                    f"when: {{fact: wide.f{n}, eq: true}}}}\n" for n in range(70))
    (tmp_path / "w" / "01.yaml").write_text(
        "article: 第一条\napplies_when: {fact: profile.on, eq: true}\ncriteria:\n" + items)
    wide = Engine.from_path(tmp_path)
    answers = {"profile.on": True, **{f"wide.f{n}": True for n in range(70)}}
    found = statuses(wide, answers)
    assert len(wide.rulesets) == 2 and {f.status for f in found.values()} == {"hazard"} and len(found) == 70


def test_an_empty_scope_is_refused_and_an_unknown_family_named(mini: Engine) -> None:
    with pytest.raises(ProblemsError, match="empty_scope"):  # never "nothing applies, complete"
        validate_inspection({"inspection": {"date": "2025-06-01", "scope": []}, "facts": PROFILE}, mini.book)
    with pytest.raises(ProblemsError, match="unknown_standard"):
        validate_inspection({"inspection": {"date": "2025-06-01", "scope": ["nope"]}, "facts": {}}, mini.book)


@pytest.mark.parametrize("tiny", [3e-05, 7e-09, 1e-07, 2.5e-05])
def test_tiny_numbers_written_with_exponents_reach_durable_rules(mini: Engine, tiny: float) -> None:
    """durable-rules cannot parse `3e-05` (error 204): such values still assess, with the same verdicts."""
    result = statuses(mini, {**PROFILE, "frame.height": tiny, "frame.cantilever": tiny})
    assert result["mini-2024.2.2"].status == "hazard"  # cantilever > 0.4 × height
    assert statuses(mini, {**PROFILE, "frame.height": 10, "frame.cantilever": tiny})["mini-2024.2.2"].status == "clear"



def test_closed_engines_free_their_rulesets_and_refuse_to_run(mini: Engine) -> None:
    inspection = validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": {**PROFILE, "room.people": 10}},
                                     mini.book)
    expected = statuses(mini, {**PROFILE, "room.people": 10})
    engine = Engine(mini.book)
    assert {f.criterion: f.status for f in engine.assess(inspection).findings} == \
        {cid: f.status for cid, f in expected.items()}
    engine.close()
    with pytest.raises(EvaluationError, match="close"):
        engine.assess(inspection)
    before = _rss_mib()
    for _ in range(300):  # each engine registers its rulesets in durable-rules; close gives the memory back
        Engine(mini.book).close()
    assert _rss_mib() - before < 20


def _rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def test_unvalidated_models_still_refuse_wrong_keywords() -> None:
    from engine.assess import Summary
    from engine.fastmodel import build

    counts = {"hazard": 1, "clear": 2, "undetermined": 0, "not_applicable": 3}
    assert build(Summary, **counts) == Summary(**counts)
    assert build(Summary, **counts) == Summary(**counts)  # the second call takes the checked-keywords path
    with pytest.raises(TypeError, match="missing"):
        build(Summary, hazard=1)
    with pytest.raises(TypeError, match="unknown"):
        build(Summary, **counts, extra=1)
