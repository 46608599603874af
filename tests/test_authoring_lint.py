"""`hazard lint` for rule authors: features, one edition or file against the shared catalog, misspelt keys, API parity."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.main import app as api_app
from cli.main import app
from engine.rulebook import rule_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
MINI = FIXTURES / "mini"
BROKEN_FEATURES = FIXTURES / "features-broken"
HAZARD = ROOT / ".venv" / "bin" / "hazard"


def lint(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["lint", *args])
    return result.exit_code, result.output.splitlines()


def located(lines: list[str]) -> list[tuple[str, int, int, str]]:
    """(file name, line, col, code) of each `file:line:col: code: message` line."""
    found = []
    for line in lines:
        parts = line.split(":", 4)
        if len(parts) == 5 and parts[1].isdigit():
            found.append((Path(parts[0]).name, int(parts[1]), int(parts[2]), parts[3].strip()))
    return found


def test_feature_mistakes_are_located_coded_and_suggested() -> None:
    code, lines = lint(str(BROKEN_FEATURES), "--rules", str(MINI))
    assert code == 1
    assert located(lines) == [
        ("mistakes.feature", 11, 9, "unknown_criterion"),
        ("mistakes.feature", 16, 9, "unknown_fact"),
        ("mistakes.feature", 17, 20, "invalid_fact_value"),
        ("mistakes.feature", 19, 31, "unknown_fact"),
        ("mistakes.feature", 22, 7, "unknown_step"),
        ("mistakes.feature", 24, 30, "unknown_label"),
        ("mistakes.feature", 27, 14, "invalid_date"),
        ("mistakes.feature", 28, 7, "missing_assess"),
        ("syntax.feature", 6, 5, "gherkin_syntax"),
    ]
    text = "\n".join(lines)
    assert "未知事实 'room.peple' — 是否应为 'room.people'？" in text
    assert "步骤库中没有“检查日期是 \"2025-06-01\"” — 是否应为“检查日期为 \"{date}\"”？" in text
    assert "共 9 个问题" in text


def test_a_then_step_under_given_is_the_wrong_type(tmp_path: Path) -> None:
    feature = tmp_path / "x.feature"
    text = '# language: zh-CN\n功能: x\n  场景: y\n    假如 "mini-2024.1.1" 的判定为 "未发现"\n'
    feature.write_text(text, encoding="utf-8")
    code, lines = lint(str(feature), "--rules", str(MINI))
    assert code == 1 and located(lines) == [("x.feature", 4, 7, "wrong_step_type")]


def test_a_hazard_word_reads_only_for_the_standard_that_uses_it(tmp_path: Path) -> None:
    feature = tmp_path / "x.feature"
    steps = ['那么 "gongmao-2023.3.1" 的判定为 "重大隐患"', '而且 "city-gas-2023.4.1" 的判定为 "重大隐患"',
             '而且 "city-gas-2023.4.1" 的判定为 "重大事故隐患"', '而且 "gongmao-2023.3.1" 的判定为 "重大火灾隐患"']
    feature.write_text("# language: zh-CN\n功能: x\n  场景: y\n    当进行判定\n" + "".join(f"    {s}\n" for s in steps),
                       encoding="utf-8")
    code, lines = lint(str(feature), "--rules", str(ROOT / "rules"))
    assert code == 1 and located(lines) == [("x.feature", 5, 33, "unknown_label"), ("x.feature", 8, 33, "unknown_label")]
    assert "'重大隐患' 不是 gongmao-2023.3.1 所属标准的用语 — 该标准写作 '重大事故隐患'" in lines[0]


def test_a_feature_folder_that_names_no_edition_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "features" / "mini-2042"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "features" / "mini-2024" / "01-room.feature", folder)
    code, lines = lint(str(tmp_path / "features"), "--rules", str(MINI))
    assert code == 1 and located(lines) == [("01-room.feature", 1, 1, "unknown_edition")]
    assert "是否应为 'mini-2024'？" in lines[0]


def test_the_project_features_lint_clean_and_lint_without_arguments_covers_rules_and_features() -> None:
    assert lint("features") == (0, ["features: 未发现问题。"])
    code, lines = lint()
    assert code == 0 and lines[-1].endswith("rules、" + str(ROOT / "features") + ": 未发现问题。")


def test_the_step_library_matches_every_project_step() -> None:
    from authoring.features import lint_features
    from engine.rulebook import require_rulebook

    assert lint_features(ROOT / "features", require_rulebook(ROOT / "rules")) == []


@pytest.mark.parametrize("target", ["rules/gongmao-2023", "rules/gongmao-2023/12-ammonia.yaml", "rules/_facts/dust.yaml",
                                    "rules/actions"])
def test_one_edition_or_file_lints_against_the_shared_catalog(target: str) -> None:
    assert lint(str(ROOT / target)) == (0, [f"{ROOT / target}: 未发现问题。"])


def test_linting_one_edition_reports_its_own_problems_only(tmp_path: Path) -> None:
    book = tmp_path / "rules"
    shutil.copytree(MINI, book)
    (book / "std-2020" / "01-room.yaml").write_text("article: 第一条\ncriteria: []\n", encoding="utf-8")  # broken
    broken = (book / "std-2024" / "01-room.yaml").read_text(encoding="utf-8").replace("room.own", "room.onw", 1)
    (book / "std-2024" / "01-room.yaml").write_text(broken, encoding="utf-8")
    code, lines = lint(str(book / "std-2024"))
    assert code == 1 and [c for *_, c in located(lines)] == ["unknown_fact"]
    assert "是否应为 'room.own'？" in lines[0] and "std-2024/01-room.yaml" in lines[0]


def test_misspelt_keys_get_did_you_mean_and_bad_enums_a_chinese_message() -> None:
    code, lines = lint(str(FIXTURES / "misspelt_keys"))
    assert code == 1
    assert "未知的键 'applies-when'（位于 applies-when） — 是否应为 'applies_when'？" in lines[0]
    assert "criteria.0.confidence：取值应为 'confirmed_multiple'、'confirmed'、'partial'、'unconfirmed' 之一" in lines[1]
    assert "未知的键 'equals'（位于 criteria.0.when.equals） — 是否应为 'eq'？" in lines[2]


@pytest.mark.parametrize("folder", sorted(p for p in (FIXTURES / "broken").iterdir() if p.is_dir()),
                         ids=lambda p: p.name)
def test_the_cli_and_the_lint_endpoint_report_the_same_problems(folder: Path) -> None:
    result = CliRunner().invoke(app, ["lint", str(folder)])
    cli = [line.split(": ", 1) for line in result.stderr.splitlines() if line.count(":") >= 4]
    uploads = [("files", (p.relative_to(folder).as_posix(), p.read_bytes())) for p in rule_files(folder)]
    report = TestClient(api_app).post("/v1/rules:lint", files=uploads).json()
    api = [[p["location"], f"{p['code']}: {p['message']}" + (f" — {p['suggestion']}" if p["suggestion"] else "")]
           for p in report["problems"]]
    relative = [[_inside(where, folder), said] for where, said in cli]
    assert result.exit_code == 1 and relative == api and report["count"] == len(cli) > 0


def _inside(location: str, folder: Path) -> str:
    file, line, col = location.rsplit(":", 2)
    path = Path(file)
    inner = path.resolve().relative_to(folder.resolve()).as_posix() if path.resolve() != folder.resolve() else "."
    return f"{inner}:{line}:{col}"


def test_the_installed_command_lints_features() -> None:
    result = subprocess.run([str(HAZARD), "lint", str(BROKEN_FEATURES), "--rules", str(MINI)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 1 and "unknown_criterion" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("target", ["rules/gongmao-2023/第十一条.yaml", "features/nowhere.feature", "no-such-folder"])
def test_a_path_that_does_not_exist_is_an_error_not_a_clean_lint(target: str) -> None:
    code, lines = lint(str(ROOT / target))
    assert code == 1
    assert located(lines) == [(Path(target).name, 1, 1, "missing_path")]
    assert not any("未发现问题" in line for line in lines)


def test_lint_starts_without_the_register_stack() -> None:
    # lint on save: the engine's commands do not import SQLAlchemy/Alembic (the register's commands do)
    probe = ("import sys\nimport cli.main as m\nsys.argv = ['hazard', *sys.argv[1:]]\n"
             "try:\n    m.main()\nexcept SystemExit:\n    pass\n"
             "print('LOADED', 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)")
    python = sys.executable
    lint_run = subprocess.run([python, "-c", probe, "lint", str(ROOT / "rules" / "gongmao-2023")], cwd=ROOT,
                              capture_output=True, text=True, check=False)
    assert "LOADED False False" in lint_run.stdout, lint_run.stdout + lint_run.stderr
    assert "未发现问题" in lint_run.stdout
    ledger_run = subprocess.run([python, "-c", probe, "ledger", "--help"], cwd=ROOT, capture_output=True, text=True,
                                check=False)
    assert "LOADED True True" in ledger_run.stdout, ledger_run.stdout + ledger_run.stderr
