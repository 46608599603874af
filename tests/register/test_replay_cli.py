"""A rule change's impact (replay writes nothing), the CLI on the embedded register, and the migrations both ways."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from register_fixtures import ROOT, cold_store
from typer.testing import CliRunner

from cli.main import app
from engine.assess import Engine
from ledger import integrity
from ledger.identity import Actor
from ledger.replay import ReplayQuery, replay
from ledger.service import Register
from ledger.store.db import Database


@pytest.fixture(scope="module")
def revised_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real rules with 第十二条（二）'s headcount threshold raised from 9 to 11 (a revised standard)."""
    rules = tmp_path_factory.mktemp("revised") / "rules"
    shutil.copytree(ROOT / "rules", rules)
    file = next(p for p in (rules / "gongmao-2023").glob("*.yaml") if "gongmao-2023.12.2" in p.read_text("utf-8"))
    text = file.read_text(encoding="utf-8")
    block = text[text.index("gongmao-2023.12.2"):]
    threshold = block[:block.index("ammonia.quick_freeze.headcount") + 200]
    assert "gt: 9" in threshold, "the fixture expects 12.2 to compare the headcount with gt: 9"
    file.write_text(text.replace(threshold, threshold.replace("gt: 9", "gt: 11", 1)), encoding="utf-8")
    return rules


def test_replay_reports_what_a_revised_rule_changes_and_writes_nothing(register: Register, people: dict[str, Actor],
                                                                       db: Database, revised_rules: Path) -> None:
    for date, headcount in (("2025-06-01", 10), ("2025-06-02", 12)):
        document = cold_store(date=date)
        document["facts"]["ammonia.quick_freeze.headcount"] = headcount
        register.submit(document, people["city"])
    before = integrity.check(db)
    progress: list[tuple[int, int]] = []
    report = replay(db, Engine.from_path(revised_rules), ReplayQuery(region="3710", standard="gongmao"),
                    lambda done, total: progress.append((done, total)))
    assert (report.inspections, report.changed, report.unchanged) == (2, 1, 1)
    assert [(c.criterion, c.new_hazards, c.no_longer_hazards) for c in report.by_criterion] == [
        ("gongmao-2023.12.2", 0, 1)]
    assert report.by_enterprise[0].no_longer_hazards == ["gongmao-2023.12.2"] and progress[-1] == (2, 2)
    assert integrity.check(db) == before  # nothing written
    elsewhere = replay(db, Engine.from_path(revised_rules), ReplayQuery(region="3701"))
    assert elsewhere.inspections == 0


def test_the_cli_submits_lists_shows_acts_and_counts(tmp_path: Path, engine: Engine) -> None:
    url = f"sqlite:///{tmp_path}/register.sqlite"
    run = CliRunner().invoke
    assert run(app, ["users", "add", "市局", "--role", "department", "--region", "371000", "--organ", "威海市应急管理局",
                     "--database", url]).exit_code == 0
    submitted = run(app, ["ledger", "submit", str(ROOT / "examples" / "cold-store-ammonia.yaml"), "--user", "市局",
                          "--idempotency-key", "demo", "--show", "--database", url])
    assert submitted.exit_code == 0, submitted.output
    assert "已登记入台账" in submitted.output and "挂牌督办" in submitted.output and "下一步" in submitted.output
    again = run(app, ["ledger", "submit", str(ROOT / "examples" / "cold-store-ammonia.yaml"), "--user", "市局",
                      "--idempotency-key", "demo", "--database", url])
    assert "重复提交" in again.output
    brief, whole = (json.loads(run(app, ["ledger", "submit", str(ROOT / "examples" / "cold-store-ammonia.yaml"), "--user",
                                        "市局", "--idempotency-key", "demo", "--format", "json", *detail,
                                        "--database", url]).output) for detail in ([], ["--detail", "full"]))
    assert brief["id"] == whole["id"] and brief["assessment"]["detail"] == "summary"
    assert len(brief["assessment"]["findings"]) == 10 and len(whole["assessment"]["findings"]) == 64
    assert "荣成海润水产食品有限公司" in run(app, ["ledger", "list", "--database", url]).output
    refused = run(app, ["ledger", "event", "1", "--type", "close", "--reason", "销号", "--user", "市局", "--database", url])
    assert refused.exit_code == 2 and "invalid_transition" in refused.output and "可办理" in refused.output
    acted = run(app, ["ledger", "event", "1", "--type", "escalate", "--reason", "督促", "--data", '{"measure": "约谈"}',
                      "--user", "市局", "--database", url])
    assert acted.exit_code == 0 and "约谈" in run(app, ["ledger", "show", "1", "--format", "json", "--database", url]).output
    counted = run(app, ["ledger", "stats", "--region", "37", "--from", "2025-01-01", "--database", url])
    assert counted.exit_code == 0 and "合计" in counted.output and "整改完成 = 期内发现" in counted.output
    assert run(app, ["ledger", "check", "--database", url]).exit_code == 0
    missing = run(app, ["ledger", "submit", str(ROOT / "examples" / "cold-store-ammonia.yaml"), "--database", url])
    assert missing.exit_code == 2 and "user_required" in missing.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("inspection:\n  date: 2025-06-01\nfacts:\n  profile.sectors: 轻工\n", encoding="utf-8")
    refused = run(app, ["ledger", "submit", str(bad), "--user", "市局", "--database", url])
    assert refused.exit_code == 2 and f"{bad}:4:3: invalid_fact_value: facts.profile.sectors" in refused.output
    for args, said in ((["event", "1", "--type", "teleport"],
                        "输入: union_tag_invalid: 未知的 type：'teleport' — type 可用：notify、"),
                       (["event", "1", "--type", "notify", "--data", '{"colour": 1}'], "未知的键 'colour' — 删除它"),
                       (["event", "1", "--type", "notify", "--on", "2025-13-01"], "应为日期 YYYY-MM-DD"),
                       (["event", "1", "--type", "notify", "--data", "{bad"],
                        "--data 不是合法的 JSON：第 1 行第 2 列：键应写在双引号中"),
                       (["list", "--state", "foo"], "state.0: enum: 取值应为 'registered'、")):
        refused = run(app, ["ledger", *args, "--reason", "x", "--user", "市局", "--database", url] if args[0] == "event"
                      else ["ledger", *args, "--database", url])
        assert refused.exit_code == 2 and said in refused.output and "Input should" not in refused.output, refused.output


def test_migrations_upgrade_from_empty_match_the_models_and_downgrade(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from ledger.store.tables import Base

    assert db.revision() == db.head()
    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata) == []
    db.downgrade("base")
    with db.engine.connect() as connection:
        tables = set(connection.dialect.get_table_names(connection)) - {"alembic_version"}
    assert db.revision() is None and tables == set()
    db.upgrade()
    assert db.revision() == db.head()
