"""`hazard lint`: one broken fixture per error code, asserted by code and line; the real rules are clean."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from engine.check import lint_rules
from engine.rulebook import load_rulebook

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = sorted(p for p in (FIXTURES / "broken").iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", BROKEN, ids=[p.name for p in BROKEN])
def test_broken_fixture_reports_its_code_at_its_line(folder: Path) -> None:
    code, line = (folder / "EXPECT").read_text().split()
    _, problems = lint_rules(folder)
    assert [(p.code, p.line) for p in problems] == [(code, int(line))]
    assert problems[0].suggestion, "every problem carries a suggestion"


def test_lint_cli_prints_file_line_col_and_exits_1() -> None:
    result = CliRunner().invoke(app, ["lint", str(FIXTURES / "broken" / "unknown_fact")])
    assert result.exit_code == 1
    assert "std/01.yaml:8:5: unknown_fact: 未知事实 'room.peple' — 是否应为 'room.people'？" in result.output
    assert "共 1 个问题" in result.output


def test_lint_collects_every_problem_across_files(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(FIXTURES / "broken" / "unknown_fact", tmp_path / "book")
    second = (FIXTURES / "broken" / "type_mismatch" / "std" / "01.yaml").read_text().replace("b-2024.1.1", "b-2024.2.1")
    (tmp_path / "book" / "std" / "02.yaml").write_text(second.replace("第一条", "第二条"))
    _, problems = load_rulebook(tmp_path / "book")
    assert [(Path(p.file).name, p.code) for p in problems] == [("01.yaml", "unknown_fact"), ("02.yaml", "type_mismatch")]


def test_every_issue_code_has_a_fixture() -> None:
    required = {"unknown_key", "unknown_fact", "type_mismatch", "unit_mismatch", "duplicate_id",
                "overlapping_editions", "missing_citation", "missing_applicability", "yaml_syntax", "duplicate_key"}
    assert required <= {p.name for p in BROKEN}


def test_real_rules_lint_clean() -> None:
    _, problems = lint_rules(Path(__file__).parent.parent / "rules")
    assert [p.render() for p in problems] == []


def test_standards_on_a_broken_rules_folder_reports_problems_not_a_traceback() -> None:
    result = CliRunner().invoke(app, ["standards", "--rules", str(FIXTURES / "broken" / "unknown_fact")])
    assert result.exit_code == 3 and "unknown_fact" in result.output and "Traceback" not in result.output


def test_alias_bomb_is_refused_before_it_is_expanded() -> None:
    import time

    from engine.loader import load_text

    laughs = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    laughs += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]  # 10^9 nodes if expanded
    started = time.perf_counter()
    doc, problems = load_text("\n".join(laughs), "bomb.yaml")
    assert time.perf_counter() - started < 2
    assert doc.data is None and [(p.code, p.line, p.col) for p in problems] == [("yaml_alias", 2, 10)]
