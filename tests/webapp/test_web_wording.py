"""How the web form words the catalog's questions where the form differs from a YAML file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from engine.assess import Engine
from ledger.identity import Actor
from ledger.vocab import Role
from web import header_form
from web.checklist import build_layout
from web.hazards import _filter

ROOT = Path(__file__).resolve().parents[2]


def test_a_list_question_says_to_tick_none_of_these_rather_than_leave_it_empty() -> None:
    # "（没有则不选）" is YAML's []; on the form an unticked question is 未检查, so following it left criteria 待补充
    engine = Engine.from_path(ROOT / "rules")
    layout = build_layout(engine, dt.date(2025, 6, 1), None)
    engine.close()
    lists = {q.code: q.question for q in layout.questions.values() if q.kind == "list"}
    assert lists and not [code for code, text in lists.items() if "没有则不选" in text]
    assert lists["ammonia.processing_ac.direct_evaporation"].endswith("（没有请选“以上都没有”）")
    assert any(text.endswith("（可多选；没有请选“以上都没有”）") for text in lists.values())


def test_a_region_outside_the_departments_is_refused_on_the_first_step() -> None:
    # it was accepted here and refused only at 提交检查, after the whole checklist had been answered
    engine = Engine.from_path(ROOT / "rules")
    values = {"uscc": "91371082MA3F7W2K55", "name": "某家具厂", "region_code": "370102", "industries": ["gongmao"],
              "date": "2025-06-03", "channel": "执法检查", "level": "区县"}
    county = Actor(name="x", role=Role.department, region_code="371082", organ="荣成市应急管理局")
    header, errors = header_form.validate(values, county, engine, dt.date(2025, 6, 10))
    assert header is None and list(errors) == ["region_code"] and "不在你的辖区 371082 内" in errors["region_code"]
    _, inside = header_form.validate({**values, "region_code": "371082104"}, county, engine, dt.date(2025, 6, 10))
    assert inside == {}
    province = Actor(name="y", role=Role.department, region_code="370000", organ="山东省应急管理厅")
    assert header_form.validate(values, province, engine, dt.date(2025, 6, 10))[1] == {}
    engine.close()


def test_the_register_list_says_a_reversed_period_on_its_field() -> None:
    query, errors = _filter({"found_from": "2025-06-01", "found_to": "2025-01-01"}, dt.date(2025, 7, 1))
    assert query is None and list(errors) == ["found_to"] and "晚于发现日期止" in errors["found_to"]
    query, errors = _filter({"channel": "执法"}, dt.date(2025, 7, 1))
    assert query is None and list(errors) == ["channel"]
