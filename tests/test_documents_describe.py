"""隐患描述 from the deciding branch: text alternatives, the engine's witness, and the fallbacks (no real rules)."""

from __future__ import annotations

from typing import Any

import pytest

from documents.describe import alternatives, answer, describe
from engine.logic import witness
from engine.models import AllOf, AnyOf, Condition, FactTest, NotOf


def cond(data: dict[str, Any]) -> Condition:
    """A condition tree from its YAML shape."""
    if "all" in data:
        return AllOf(all=[cond(c) for c in data["all"]])
    if "any" in data:
        return AnyOf(any=[cond(c) for c in data["any"]])
    if "not" in data:
        return NotOf(**{"not": cond(data["not"])})
    return FactTest(**data)


FREEZE = cond({"all": [{"fact": "f.present", "eq": True},
                       {"any": [{"fact": "f.own_room", "eq": False}, {"fact": "f.headcount", "gt": 9}]}]})
FREEZE_TEXT = "快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人的。"


def test_alternatives_split_at_comma_or_and_semicolons_outside_brackets() -> None:
    assert alternatives(FREEZE_TEXT) == ["快速冻结装置未设置在单独的作业间内", "快速冻结装置作业间内作业人员数量超过9人"]
    assert alternatives("A（甲，或者乙）的；") == ["A（甲，或者乙）"]
    assert alternatives("甲30%；其他建筑乙50%。") == ["甲30%", "其他建筑乙50%"]
    assert alternatives("甲，乙，丙。", commas=True) == ["甲", "乙", "丙"]


@pytest.mark.parametrize(("facts", "expected"), [
    ({"f.present": True, "f.own_room": True, "f.headcount": 10}, "快速冻结装置作业间内作业人员数量超过9人"),
    ({"f.present": True, "f.own_room": False, "f.headcount": 3}, "快速冻结装置未设置在单独的作业间内"),
    ({"f.present": True, "f.own_room": False, "f.headcount": 10}, "快速冻结装置未设置在单独的作业间内"),
])
def test_description_is_the_alternative_that_held(facts: dict[str, Any], expected: str) -> None:
    held = witness(FREEZE, facts)
    assert held is not None
    description = describe(FREEZE_TEXT, FREEZE, held.choices, ["unused"])
    assert (description.text, description.basis) == (expected, "clause")
    assert "或者" not in description.text


def test_witness_is_none_when_the_condition_does_not_hold_and_keeps_the_deciding_leaves() -> None:
    assert witness(FREEZE, {"f.present": True, "f.own_room": True, "f.headcount": 9}) is None
    assert witness(FREEZE, {"f.present": True}) is None  # unknown is not true
    held = witness(FREEZE, {"f.present": True, "f.own_room": True, "f.headcount": 12})
    assert held is not None
    assert [getattr(t, "fact", None) for t in held.tests] == ["f.present", "f.headcount"]
    negated = cond({"not": {"fact": "f.ok", "eq": True}})
    held = witness(negated, {"f.ok": False})
    assert held is not None and held.tests == [negated]


def test_alternatives_that_do_not_line_up_give_the_facts_instead_of_both_halves() -> None:
    five = cond({"any": [{"fact": f"f.c{i}", "eq": True} for i in range(5)]})
    held = witness(five, {"f.c3": True})
    assert held is not None
    description = describe("甲共用一套除尘系统，或者乙共用一套除尘系统、除尘系统互联互通的；", five, held.choices,
                           ["除尘系统是否互联互通：是"])
    assert description == type(description)("经查：除尘系统是否互联互通：是", "facts")


def test_a_text_of_one_clause_or_a_condition_without_any_is_said_whole() -> None:
    scope = cond({"all": [{"any": [{"fact": "f.metal", "eq": True}, {"fact": "f.wood", "eq": True}]},
                          {"fact": "f.airlock", "eq": False}]})
    held = witness(scope, {"f.metal": True, "f.airlock": False})
    assert held is not None
    text = "铝镁等金属粉尘、木质粉尘的干式除尘系统未设置锁气卸灰装置的；"
    assert describe(text, scope, held.choices, []).text == "铝镁等金属粉尘、木质粉尘的干式除尘系统未设置锁气卸灰装置"
    single = cond({"fact": "f.x", "eq": True})
    assert describe("甲或者乙的。", single, [], []).basis == "whole_text"


def test_a_lead_in_list_is_never_cut_into_clauses() -> None:
    two = cond({"any": [{"fact": "f.a", "eq": True}, {"fact": "f.b", "eq": True}]})
    held = witness(two, {"f.b": True})
    assert held is not None
    assert describe("有下列预兆之一：1. 甲；2. 乙", two, held.choices, ["乙：是"]).basis == "facts"


def test_answers_are_written_as_people_write_them() -> None:
    assert [answer(True), answer(False), answer([]), answer(["包装", "分割"]), answer(10.0, "t"), answer(None)] == \
        ["是", "否", "无", "包装、分割", "10 t", "（未回答）"]
