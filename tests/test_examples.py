"""Examples: committed snapshots of each assessment (JSON and text), and the CLI contract on them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from authoring.snapshots import check_snapshot, example_snapshots
from cli.main import app
from engine.assess import Assessment, Engine
from engine.inspection import parse_inspection, validate_inspection
from engine.loader import load_file

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SNAPSHOTS = ROOT / "tests" / "snapshots"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_matches_snapshot(engine: Engine, example: Path) -> None:
    for suffix, actual in example_snapshots(engine, example).items():
        failure = check_snapshot(SNAPSHOTS / f"{example.stem}{suffix}", actual)
        assert failure is None, failure


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_cli_prints_the_text_snapshot(example: Path) -> None:
    text = CliRunner().invoke(app, ["assess", str(example), "--rules", str(ROOT / "rules")])
    assert text.exit_code == 0, text.output
    assert text.output == (SNAPSHOTS / f"{example.stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_removing_every_fact_leaves_nothing_decided(engine: Engine, example: Path) -> None:
    doc, _ = load_file(example)
    emptied = validate_inspection({**doc.data, "facts": {}}, engine.book)
    assessment = engine.assess(emptied)
    assert not assessment.complete and not assessment.major_hazard_found
    decided = [f.criterion for f in assessment.findings if f.status in ("hazard", "clear")]
    assert decided == []


def test_cli_json_has_the_documented_shape() -> None:
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "--format", "json", "--rules", str(ROOT / "rules")])
    data = json.loads(result.output)
    assert {"major_hazard_found", "complete", "findings", "actions", "standards"} <= set(data)
    assert {"criterion", "status", "standard", "article", "item", "text", "evidence", "missing", "reason"} <= set(
        data["findings"][0])


@pytest.mark.parametrize(("text", "expected"), [
    ("inspection: {date: '2025-06-01'}\nfacts: {profile.sektors: [轻工]}\n", "unknown_fact"),
    ("inspection: {date: '2025-06-01'}\nfacts: {profile.dust_explosion: 也许}\n", "invalid_fact_value"),
    ("inspection: {date: '2025-06-01'}\nfacts: {profile.sectors: [造船]}\n", "invalid_fact_value"),
    ("inspection: {}\nfacts: {}\n", "missing"),
    ("inspection: {date: '2025-06-01'\nfacts: {}\n", "yaml_syntax"),
    ('{"inspection": {"date": "2025-06-01"}, "facts": {"profile.dust_explosion": "true"}}', "invalid_fact_value"),
])
def test_bad_inspection_exits_2_with_location_and_no_output(tmp_path: Path, text: str, expected: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["assess", str(bad), "--format", "json", "--rules", str(ROOT / "rules")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "bad.yaml:" in result.stderr and expected in result.stderr


def test_a_file_saved_as_gbk_is_named_as_such(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("inspection:\n  date: 2025-06-01\n  organ: 威海市应急管理局\nfacts: {}\n".encode("gbk"))
    result = CliRunner().invoke(app, ["assess", str(gbk), "--rules", str(ROOT / "rules")])
    assert result.exit_code == 2
    assert "gbk.yaml:3:1: unreadable_file: 文件不是 UTF-8 编码（看起来是 GBK/GB18030，第 3 行起） — 用编辑器另存为 UTF-8" \
        in result.stderr and "codec" not in result.stderr


@pytest.mark.parametrize(("text", "where", "message", "suggestion"), [
    ("inspection:\n  date: '2025-06-01'\n  inspectors: [张三, 李四\nfacts: {}\n", "4:6",
     "列表 [ … ] 未闭合或缺少逗号（从第 3 行开始）", "右方括号"),
    ("inspection:\n\tdate: '2025-06-01'\n", "2:1", "不能用制表符（Tab）缩进", "空格"),
    ("inspection:\n  date：2025-06-01\n  organ: 威海市应急管理局\n", "3:8", "此处不能出现冒号", "第 2 行用了中文冒号“：”"),
    ("inspection:\n  date: '2025-06-01\nfacts: {}\n", "4:1", "引号未闭合（从第 2 行开始）", "引号"),
    ("inspection:\n  date: '2025-06-01'\n organ: x\n", "3:2", "缩进不一致（从第 1 行开始）", "左对齐"),
    ("inspection: {date: '2025-06-01'}\nfacts: {profile.sectors: @轻工}\n", "2:26", "值不能以 “@” 开头", "引号"),
])
def test_a_yaml_mistake_is_said_in_chinese_where_it_is(tmp_path: Path, text: str, where: str, message: str,
                                                      suggestion: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["assess", str(bad), "--rules", str(ROOT / "rules")])
    assert result.exit_code == 2 and f"bad.yaml:{where}: yaml_syntax: {message} — " in result.stderr, result.stderr
    assert suggestion in result.stderr.split(" — ", 1)[1]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_assessment_built_without_validation_is_what_validation_gives(engine: Engine, example: Path) -> None:
    """The hot path builds result models without validating them: prove validation would accept them unchanged."""
    assessment = engine.assess(parse_inspection(example.read_text(encoding="utf-8"), str(example), engine.book))
    dumped = assessment.model_dump(mode="json")
    assert Assessment.model_validate(dumped).model_dump(mode="json") == dumped


def test_encoded_fact_is_the_json_of_the_projected_values(engine: Engine) -> None:
    # the runtime writes JSON text directly; it must say exactly what json.dumps of the projected values says,
    # on partial answers (examples) and on every fact answered (synthetic inspections: the batch path), twice over
    inspections = [(p.name, parse_inspection(p.read_text(encoding="utf-8"), p.name, engine.book))
                   for p in sorted((ROOT / "examples").glob("*.yaml"))]
    inspections += [(std, synth.full_inspection(engine, seed, std)) for std, s in engine.book.standards.items()
                    if s.encoded for seed in (1, 2)]
    batched = 0
    for name, inspection in inspections * 2:
        for ruleset in engine.rulesets + engine.action_rulesets:
            expected = {**ruleset.values(inspection.facts), "sid": "7"}
            assert json.loads(ruleset.encode(inspection.facts, "7")) == expected, (name, ruleset.name)
            batched += inspection.facts.keys() >= {code for code, _ in ruleset.layout.writers}
    assert batched


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_verdicts_are_the_assessment_without_its_explanation(engine: Engine, path: Path) -> None:
    inspection = parse_inspection(path.read_text(encoding="utf-8"), path.name, engine.book)
    assessment, verdicts = engine.assess(inspection), engine.verdicts(inspection)
    assert [(v.criterion, v.status, v.missing) for v in verdicts.verdicts] == \
        [(f.criterion, f.status, f.missing) for f in assessment.findings]
    assert (verdicts.summary, verdicts.major_hazard_found, verdicts.complete, verdicts.standards) == \
        (assessment.summary, assessment.major_hazard_found, assessment.complete, assessment.standards)
