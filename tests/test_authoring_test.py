"""`hazard test`: an edition's features and its examples' snapshots, failures said in Chinese."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
EXAMPLE = """\
inspection: {date: "2025-06-01"}
facts: {profile.kind: [甲业], profile.cold: true, room.own: false}
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A small project: the mini rules, their features, one example and an empty snapshots folder."""
    shutil.copytree(MINI, tmp_path / "rules")
    shutil.copytree(ROOT / "tests" / "fixtures" / "features", tmp_path / "features")
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "cold-room.yaml").write_text(EXAMPLE, encoding="utf-8")
    (tmp_path / "snapshots").mkdir()
    return tmp_path


def hazard_test(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["test", *args, "--rules", str(project / "rules"),
                                      "--features", str(project / "features"), "--examples", str(project / "examples"),
                                      "--snapshots", str(project / "snapshots")])
    return result.exit_code, result.output


def test_an_edition_passes_once_its_snapshots_are_written(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UPDATE_SNAPSHOTS", raising=False)
    code, output = hazard_test(project, "mini-2024")
    assert code == 1
    assert "✗ 示例 cold-room.yaml 快照" in output and "快照" in output and "UPDATE_SNAPSHOTS=1" in output
    code, output = hazard_test(project, "mini-2024", "--update-snapshots")
    assert code == 0 and "全部通过" in output
    assert (project / "snapshots" / "cold-room.json").exists() and (project / "snapshots" / "cold-room.txt").exists()
    code, output = hazard_test(project, "mini-2024")
    assert code == 0 and "1 处场景，1 个示例快照" in output and "通过 5 个，失败 0 个" in output


def test_a_failing_step_is_named_with_its_line_and_reason(project: Path) -> None:
    feature = project / "features" / "mini-2024" / "01-room.feature"
    text = feature.read_text(encoding="utf-8")
    changed = text.replace('那么 "mini-2024.1.2" 的判定为 "重大事故隐患"', '那么 "mini-2024.1.2" 的判定为 "未发现"')
    feature.write_text(changed, encoding="utf-8")
    line = next(n for n, row in enumerate(feature.read_text(encoding="utf-8").splitlines(), 1)
                if '"mini-2024.1.2" 的判定为 "未发现"' in row)
    code, output = hazard_test(project, str(feature))
    assert code == 1
    assert "✗ " in output and "场景「报警装置失效判定为重大事故隐患」" in output
    assert f'第 {line} 行  那么 "mini-2024.1.2" 的判定为 "未发现"' in output
    assert "原因：mini-2024.1.2 判定为 重大事故隐患，期望 未发现" in output
    assert "失败 1 个" in output


def test_a_changed_snapshot_shows_the_difference(project: Path) -> None:
    hazard_test(project, "mini-2024", "--update-snapshots")
    snapshot = project / "snapshots" / "cold-room.txt"
    changed = snapshot.read_text(encoding="utf-8").replace("发现重大事故隐患", "未发现重大事故隐患")
    snapshot.write_text(changed, encoding="utf-8")
    code, output = hazard_test(project, "mini-2024")
    assert code == 1 and "快照 cold-room.txt 与本次判定结果不同" in output
    assert "-未发现重大事故隐患" in output and "+发现重大事故隐患" in output


def test_an_unknown_edition_is_exit_2_with_a_suggestion(project: Path) -> None:
    result = CliRunner().invoke(app, ["test", "mini-2042", "--rules", str(project / "rules")])
    assert result.exit_code == 2 and "unknown_edition" in result.stderr and "是否应为 'mini-2024'？" in result.stderr


def test_the_installed_command_runs_one_real_edition() -> None:
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "hazard"), "test", "chemical-2017"], capture_output=True,
                            text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "hazard test chemical-2017" in result.stdout and "全部通过" in result.stdout
