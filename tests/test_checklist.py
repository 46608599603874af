"""Checklists from the real rules: only applicable articles, profile questions first."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from engine.assess import Engine
from engine.checklist import build_checklist

ROOT = Path(__file__).resolve().parent.parent
DATE = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


def test_textile_checklist_has_no_metallurgy_question(engine: Engine) -> None:
    profile = {"profile.sectors": ["纺织"], "profile.dust_explosion": True, "profile.ammonia_refrigeration": False,
               "profile.confined_space_toxic": True, "profile.blast_furnace": False,
               "profile.steel_furnace_capacity": 0.0}
    questions = build_checklist(engine, profile, DATE)
    articles = {q.article for q in questions if not q.profile}
    assert "第九条" in articles and "第十一条" in articles and "第十三条" in articles
    assert not {"第四条", "第五条", "第十二条"} & articles
    assert not [q.code for q in questions if q.code.startswith(("metallurgy.", "nonferrous."))]


def test_machinery_with_30t_arc_furnace_gets_extended_metallurgy_items(engine: Engine) -> None:
    result = CliRunner().invoke(app, ["checklist", str(ROOT / "examples/profiles/machinery-eaf-30t.yaml"),
                                      "--date", "2025-06-01", "--format", "json", "--rules", str(ROOT / "rules")])
    assert result.exit_code == 0, result.output
    criteria = {c for q in json.loads(result.output) for c in q["criteria"]}
    assert {"gongmao-2023.4.1", "gongmao-2023.4.2", "gongmao-2023.4.4", "gongmao-2023.4.8"} <= criteria
    assert "gongmao-2023.4.3" not in criteria  # the 解读 leaves item (三) to 冶金 enterprises only
    assert "gongmao-2023.7.1" in criteria


def test_profile_questions_come_first_when_profile_unknown(engine: Engine) -> None:
    questions = build_checklist(engine, {}, DATE)
    flags = [q.profile for q in questions]
    assert flags[0] and flags == sorted(flags, reverse=True)
    codes = [q.code for q in questions]
    assert len(codes) == len(set(codes)), "each fact is asked once"


def test_standards_json_lists_gongmao_with_63_of_64_items_and_its_2017_predecessor() -> None:
    result = CliRunner().invoke(app, ["standards", "--format", "json", "--rules", str(ROOT / "rules")])
    rows = {r["id"]: r for r in json.loads(result.output)}
    gongmao = rows["gongmao-2023"]
    assert gongmao["document_number"] == "应急管理部令第10号" and gongmao["criteria"] == 63
    assert gongmao["unconfirmed"] == 20 and gongmao["effective_from"] == "2023-05-15"
    assert gongmao["status"] == "partial" and gongmao["items_total"] == 64  # 第八条（四）: text incomplete, not encoded
    before = rows["gongmao-2017"]
    assert (before["status"], before["effective_from"], before["effective_until"]) == ("not_encoded", None, "2023-05-14")
