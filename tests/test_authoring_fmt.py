"""`hazard fmt`: canonical layout of rule files, comments and meaning kept, `--check` for CI."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from authoring.fmt import format_file, format_text, rule_paths
from cli.main import app
from engine.loader import load_text

ROOT = Path(__file__).resolve().parent.parent
MESSY = ROOT / "tests" / "fixtures" / "fmt" / "messy"
EXPECTED = ROOT / "tests" / "fixtures" / "fmt" / "expected"
FILES = [p.relative_to(MESSY) for p in rule_paths([MESSY])]


@pytest.mark.parametrize("name", FILES, ids=str)
def test_a_messy_file_gets_the_canonical_layout(name: Path) -> None:
    formatted = format_file(MESSY / name)
    assert formatted.after == (EXPECTED / name).read_text(encoding="utf-8")
    assert format_text(formatted.after, EXPECTED / name) == formatted.after, "formatting twice changes nothing"


@pytest.mark.parametrize("name", FILES, ids=str)
def test_formatting_keeps_the_meaning_and_every_comment(name: Path) -> None:
    before = (MESSY / name).read_text(encoding="utf-8")
    after = (EXPECTED / name).read_text(encoding="utf-8")
    assert load_text(before, "a")[0].data == load_text(after, "a")[0].data
    comments = [line.split("#", 1)[1].strip() for line in before.splitlines() if "#" in line]
    assert all(comment in after for comment in comments)
    assert after.startswith("# yaml-language-server: $schema=../_schema/")


def test_the_project_rules_keep_their_meaning_and_comments_when_formatted() -> None:
    for path in rule_paths([ROOT / "rules"]):
        result = format_file(path)
        assert result.problem is None and result.after is not None
        assert load_text(result.before, "a")[0].data == load_text(result.after, "a")[0].data, path
        assert result.after.count("#") == result.before.count("#") + ("yaml-language-server" not in result.before), path


def test_check_lists_the_files_then_fmt_rewrites_them(tmp_path: Path) -> None:
    shutil.copytree(MESSY, tmp_path / "rules")
    check = CliRunner().invoke(app, ["fmt", "--check", str(tmp_path / "rules")])
    assert check.exit_code == 1 and check.output.count("格式不规范") == 3 and "需要格式化 3 个" in check.output
    diff = CliRunner().invoke(app, ["fmt", "--diff", str(tmp_path / "rules" / "std-2024" / "01-room.yaml")])
    assert diff.exit_code == 1 and "+        - {fact: room.own, eq: false}" in diff.output
    assert (tmp_path / "rules" / "std-2024" / "01-room.yaml").read_text(encoding="utf-8") == \
        (MESSY / "std-2024" / "01-room.yaml").read_text(encoding="utf-8"), "--check and --diff write nothing"
    done = CliRunner().invoke(app, ["fmt", str(tmp_path / "rules")])
    assert done.exit_code == 0 and "已格式化 3 个" in done.output
    for name in FILES:
        assert (tmp_path / "rules" / name).read_text(encoding="utf-8") == (EXPECTED / name).read_text(encoding="utf-8")
    again = CliRunner().invoke(app, ["fmt", "--check", str(tmp_path / "rules")])
    assert again.exit_code == 0 and "需要格式化 0 个" in again.output


def test_a_file_that_does_not_parse_is_exit_2_and_left_alone(tmp_path: Path) -> None:
    broken = tmp_path / "01.yaml"
    broken.write_text("article: 第一条\ncriteria: [\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", str(broken)])
    said = "01.yaml:3:1: yaml_syntax: 未格式化：缺少值（文件在列表或映射中途结束？）"
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert "已格式化 0 个，无法解析 1 个" in result.stdout
    assert broken.read_text(encoding="utf-8") == "article: 第一条\ncriteria: [\n"


@pytest.mark.parametrize(("text", "said"), [
    ('article: 第一条\nheading: !!bool "abc"\n',
     "01.yaml:2:10: invalid_scalar: 未格式化：无法读取的值：'abc' 不能按 !!bool 读取"),
    ("article: 第一条\narticle: 第二条\n", "01.yaml:2:1: duplicate_key: 未格式化：键 'article' 重复出现"),
])
def test_what_the_engine_would_not_read_is_said_in_its_words_and_left_alone(tmp_path: Path, text: str,
                                                                            said: str) -> None:
    # ruamel's constructors crashed on a tag they cannot build, and said a duplicate key in English
    broken = tmp_path / "01.yaml"
    broken.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["fmt", "--check", str(broken)])
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert broken.read_text(encoding="utf-8") == text


def test_the_installed_command_checks_formatted_files() -> None:
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "hazard"), "fmt", "--check", str(EXPECTED)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "需要格式化 0 个" in result.stdout
