"""How the web form words the catalog's questions where the form differs from a YAML file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from engine.assess import Engine
from web.checklist import build_layout

ROOT = Path(__file__).resolve().parents[2]


def test_a_list_question_says_to_tick_none_of_these_rather_than_leave_it_empty() -> None:
    # "（没有则不选）" is YAML's []; on the form an unticked question is 未检查, so following it left criteria 待补充
    layout = build_layout(Engine.from_path(ROOT / "rules"), dt.date(2025, 6, 1), None)
    lists = {q.code: q.question for q in layout.questions.values() if q.kind == "list"}
    assert lists and not [code for code, text in lists.items() if "没有则不选" in text]
    assert lists["ammonia.processing_ac.direct_evaporation"].endswith("（没有请选“以上都没有”）")
    assert any(text.endswith("（可多选；没有请选“以上都没有”）") for text in lists.values())
