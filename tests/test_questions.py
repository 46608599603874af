"""Open questions: only what can still change a verdict, grouped by standard and 条 (engine/questions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.assess import Engine
from engine.inspection import validate_inspection
from engine.questions import open_questions

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="module")
def mini() -> Engine:
    return Engine.from_path(MINI)


def ask(engine: Engine, facts: dict[str, object], date: str = "2025-06-01", profile_only: bool = False) -> dict[
        str, list[str]]:
    inspection = validate_inspection({"inspection": {"date": date}, "facts": facts}, engine.book)
    found = open_questions(engine, inspection, profile_only)
    return {q.code: q.criteria for q in found.questions()}


def test_nothing_answered_asks_the_profile_first_then_every_condition_fact(mini: Engine) -> None:
    inspection = validate_inspection({"inspection": {"date": "2025-06-01"}, "facts": {}}, mini.book)
    found = open_questions(mini, inspection)
    assert found.groups[0].standard is None and [q.code for q in found.groups[0].questions] == [
        "profile.kind", "profile.cold"]
    assert {(g.standard, g.article) for g in found.groups[1:]} == {("mini-2024", "第一条"), ("mini-2024", "第二条")}
    assert found.answered == 0 and found.undetermined > 0
    codes = [q.code for q in found.questions()]
    assert len(codes) == len(set(codes)), "each fact is asked once"


def test_a_profile_answer_that_rules_out_a_group_removes_its_questions(mini: Engine) -> None:
    asked = ask(mini, {"profile.kind": ["甲业"], "profile.cold": False})
    assert "alarm.state" not in asked  # 第一条 needs a cold store
    assert "profile.kind" not in asked and "profile.cold" not in asked  # answered
    assert "dust.controls" in asked and "mini-2024.2.1" in asked["dust.controls"]
    asked = ask(mini, {"profile.kind": ["乙业"], "profile.cold": True})
    assert "dust.controls" not in asked and "alarm.state" in asked  # 第二条 needs 甲业


def test_a_decided_criterion_asks_nothing_more(mini: Engine) -> None:
    # room.own false already makes 1.1 a hazard: room.people can no longer change it
    asked = ask(mini, {"profile.kind": ["乙业"], "profile.cold": True, "room.own": False})
    assert "room.people" not in asked
    assert asked == {"alarm.state": ["mini-2024.1.2"]}


def test_each_question_names_the_undetermined_criteria_it_can_decide(mini: Engine) -> None:
    asked = ask(mini, {"profile.kind": ["乙业"], "profile.cold": True, "room.own": True})
    assert asked["room.people"] == ["mini-2024.1.1"]


def test_profile_only_lists_the_scope_questions_alone(mini: Engine) -> None:
    assert list(ask(mini, {}, profile_only=True)) == ["profile.kind", "profile.cold"]
    assert ask(mini, {"profile.kind": ["乙业"], "profile.cold": False}, profile_only=True) == {}


def test_the_date_picks_the_edition_whose_questions_are_asked(mini: Engine) -> None:
    inspection = validate_inspection({"inspection": {"date": "2021-06-01"}, "facts": {}}, mini.book)
    found = open_questions(mini, inspection)
    assert {g.standard for g in found.groups[1:]} == {"mini-2020"}
