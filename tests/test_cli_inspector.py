"""The inspector's CLI through its real entry point: batches, output order, labels, yes/no, checklist, help."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner, Result

from cli.main import app
from engine import cli as engine_cli
from engine.assess import Engine

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
HAZARD = str(ROOT / ".venv" / "bin" / "hazard")
COLD_STORE = EXAMPLES / "cold-store-ammonia.yaml"
CLEAN = EXAMPLES / "machinery-clean.yaml"
INCOMPLETE = EXAMPLES / "incomplete-checklist.yaml"
QUICK_FREEZE = {"profile.sectors": ["轻工"], "profile.ammonia_refrigeration": True, "ammonia.quick_freeze.present": True,
                "ammonia.quick_freeze.own_room": False}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_path(ROOT / "rules")


Run = Callable[..., Result]


@pytest.fixture()
def hazard(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setattr(engine_cli, "_engine", lambda rules, verify=False: engine)  # compile once for the module

    def run(*args: str, stdin: str | None = None) -> Result:
        return CliRunner().invoke(app, list(args), input=stdin)
    return run


def inspection(tmp_path: Path, name: str, facts: dict[str, object], **block: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"inspection": {"date": "2025-06-01", "scope": ["gongmao"], **block}, "facts": facts},
                               ensure_ascii=False), encoding="utf-8")
    return path


# batches: several files, a folder, stdin, progress, summary, --fail-on

def test_several_files_end_with_a_summary_table(hazard: Run) -> None:
    result = hazard("assess", str(COLD_STORE), str(CLEAN), "--summary")
    assert result.exit_code == 0, result.output
    assert "汇总（2 份检查）" in result.output
    rows = [line for line in result.output.splitlines() if "examples/" in line]
    assert "荣成海润水产食品有限公司" in rows[0] and "发现重大事故隐患" in rows[0] and " 1 " in rows[0]
    assert "某某机械制造有限公司" in rows[1] and "未发现重大事故隐患" in rows[1]


def test_a_folder_is_every_inspection_in_it_each_printed_then_summed_up(hazard: Run) -> None:
    result = hazard("assess", str(EXAMPLES))
    assert result.exit_code == 0
    count = len(list(EXAMPLES.glob("*.yaml")))
    assert f"汇总（{count} 份检查）" in result.output and result.output.count("重大事故隐患判定  ") == count
    assert "machinery-eaf-30t" not in result.output, "sub-folders (profiles) are not inspections"


def test_stdin_is_one_inspection(hazard: Run) -> None:
    body = json.dumps({"inspection": {"date": "2025-06-01", "scope": ["gongmao"]}, "facts": QUICK_FREEZE})
    result = hazard("assess", "-", "--format", "json", stdin=body)
    assert result.exit_code == 0 and json.loads(result.output)["major_hazard_found"] is True


def test_a_progress_bar_goes_to_stderr_and_json_batches_stay_json(hazard: Run) -> None:
    result = hazard("assess", str(COLD_STORE), str(CLEAN), "--format", "json", "--progress")
    data = json.loads(result.stdout)
    assert [Path(d["file"]).name for d in data] == ["cold-store-ammonia.yaml", "machinery-clean.yaml"]
    assert data[0]["assessment"]["major_hazard_found"] is True and data[1]["problems"] == []
    assert "判定" in result.stderr and "2/2" in result.stderr and "汇总（2 份检查）" in result.stderr


def test_a_bad_file_in_a_batch_is_reported_and_the_others_still_assessed(hazard: Run, tmp_path: Path) -> None:
    bad = inspection(tmp_path, "bad.json", {"profile.sektors": ["轻工"]})
    result = hazard("assess", str(COLD_STORE), str(bad), "--summary")
    assert result.exit_code == 2
    assert "bad.json:1:72: unknown_fact" in result.stderr and "是否应为 'profile.sectors'" in result.stderr
    assert "输入有误" in result.stdout and "发现重大事故隐患" in result.stdout


@pytest.mark.parametrize(("files", "fail_on", "code"), [
    ([COLD_STORE], "hazard", 1), ([CLEAN], "hazard", 0), ([CLEAN, COLD_STORE], "hazard", 1),
    ([INCOMPLETE], "incomplete", 1), ([CLEAN], "incomplete", 0), ([INCOMPLETE], None, 0)])
def test_fail_on_gives_scripts_an_exit_code(hazard: Run, files: list[Path], fail_on: str | None, code: int) -> None:
    args = ["assess", *map(str, files), "--summary"] + (["--fail-on", fail_on] if fail_on else [])
    assert hazard(*args).exit_code == code


def test_batches_refuse_file_formats_and_missing_paths(hazard: Run, tmp_path: Path) -> None:
    assert hazard("assess", str(EXAMPLES), "--format", "csv").exit_code == 2
    missing = hazard("assess", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2 and "missing_file" in missing.stderr


# what people read: order, collapsed rows, width, labels

def test_hazards_come_first_then_undetermined_and_the_rest_one_row_per_standard(hazard: Run, tmp_path: Path) -> None:
    facts = {**QUICK_FREEZE, "ammonia.quick_freeze.own_room": None}
    path = inspection(tmp_path, "partial.json", {**facts, "ammonia.quick_freeze.headcount": 12,
                                                 "ammonia.processing_ac.direct_evaporation": []})
    text = hazard("assess", str(path)).output
    sections = re.findall(r"^\s+(重大事故隐患|待补充|未发现|不适用) \d+ 项", text, re.M)
    assert sections == ["重大事故隐患", "待补充", "未发现", "不适用"]
    collapsed = [line for line in text.splitlines() if re.match(r"^\s+《工贸企业重大事故隐患判\S*\s+不适用\s", line)]
    assert len(collapsed) == 1, "one row for all the not-applicable criteria of the standard"
    every = hazard("assess", str(path), "--all").output
    assert "第五条（一）–（十三）" in every and "第五条（一）" not in text
    assert not re.findall(r"^\s+(重大事故隐患|待补充) \d+ 项", every, re.M), "--all lists rows in file order"


def test_columns_80_is_honoured_by_the_installed_command() -> None:
    result = subprocess.run([HAZARD, "assess", str(COLD_STORE)], capture_output=True, text=True, check=False,
                            env={**os.environ, "COLUMNS": "80"})
    assert result.returncode == 0
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80


def test_evidence_is_labelled_in_chinese_in_every_format(hazard: Run, tmp_path: Path) -> None:
    path = inspection(tmp_path, "freeze.json", QUICK_FREEZE)
    data = json.loads(hazard("assess", str(path), "--format", "json").output)
    finding = next(f for f in data["findings"] if f["criterion"] == "gongmao-2023.12.2")
    evidence = {e["code"]: (e["value"], e["value_label"]) for e in finding["evidence"]}
    assert evidence["ammonia.quick_freeze.own_room"] == (False, "否")
    assert evidence["ammonia.quick_freeze.present"] == (True, "是")
    text = hazard("assess", str(path)).output
    assert "是否设置在单独的作业间内？ 否" in text.replace("\n", "") or " 否" in text
    assert "True" not in text and "False" not in text
    table = hazard("assess", str(path), "--format", "csv").output
    assert "快速冻结装置未设置在单独的作业间内" in table and "False" not in table  # the answer 否 as a statement


# yes / no

@pytest.mark.parametrize(("yes", "no"), [("是", "否"), (True, False)])
def test_yes_no_answers_read_the_same_in_chinese(hazard: Run, tmp_path: Path, yes: object, no: object) -> None:
    facts = {**QUICK_FREEZE, "profile.ammonia_refrigeration": yes, "ammonia.quick_freeze.present": yes,
             "ammonia.quick_freeze.own_room": no}
    for name, text in (("a.json", json.dumps({"inspection": {"date": "2025-06-01", "scope": ["gongmao"]}, "facts": facts},
                                             ensure_ascii=False)),
                       ("a.yaml", "inspection: {date: '2025-06-01', scope: [gongmao]}\nfacts:\n" + "".join(
                           f"  {k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in facts.items()))):
        (tmp_path / name).write_text(text, encoding="utf-8")
        data = json.loads(hazard("assess", str(tmp_path / name), "--format", "json").output)
        assert data["major_hazard_found"] is True, name


def test_any_other_yes_no_answer_names_both_spellings(hazard: Run, tmp_path: Path) -> None:
    path = inspection(tmp_path, "maybe.json", {**QUICK_FREEZE, "ammonia.quick_freeze.own_room": "也许"})
    result = hazard("assess", str(path))
    assert result.exit_code == 2 and "应为 是/否（或 true/false）" in result.stderr


# checklist

def test_the_checklist_honours_the_files_scope_and_lists_nothing_once_decided(hazard: Run) -> None:
    questions = json.loads(hazard("checklist", str(COLD_STORE), "--format", "json").output)
    assert questions == []  # every gongmao criterion is decided; fire questions are out of scope
    text = hazard("checklist", str(COLD_STORE)).output
    assert "范围：gongmao" in text and "没有还能改变结论的问题" in text


def test_a_partly_answered_inspection_lists_only_questions_that_can_change_a_verdict(hazard: Run, tmp_path: Path) -> None:
    path = inspection(tmp_path, "partial.json", QUICK_FREEZE)
    codes = [q["code"] for q in json.loads(hazard("checklist", str(path), "--format", "json").output)]
    assert "ammonia.quick_freeze.headcount" not in codes  # 12.2 is already a hazard
    assert "ammonia.processing_ac.direct_evaporation" in codes and "profile.sectors" not in codes
    assert not [c for c in codes if c.startswith("fire.")]


def test_scope_and_date_options_override_the_file(hazard: Run, tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text("profile.sectors: [房屋市政工程]\n", encoding="utf-8")
    in_2023 = json.loads(hazard("checklist", str(profile), "--date", "2023-06-01", "--scope", "construction",
                                "--format", "json").output)
    in_2025 = json.loads(hazard("checklist", str(profile), "--date", "2025-06-01", "--scope", "construction",
                                "--format", "json").output)
    assert {q["standard"] for q in in_2023} - {None} == {"construction-2022"}
    assert {q["standard"] for q in in_2025} - {None} == {"construction-2024"}
    bad = hazard("checklist", str(profile), "--scope", "constructoin")
    assert bad.exit_code == 2 and "unknown_standard" in bad.stderr


def test_profile_only_and_help_texts(hazard: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("{}\n", encoding="utf-8")
    asked = ("checklist", str(empty), "--date", "2025-06-01", "--format", "json")
    profile = json.loads(hazard(*asked, "--profile-only").output)
    everything = json.loads(hazard(*asked).output)
    assert profile and all(q["standard"] is None for q in profile) and len(profile) < len(everything) / 10
    text = hazard("checklist", str(empty), "--profile-only", "--date", "2025-06-01").output
    assert "说明：按企业实际从事的生产经营活动选择" in text


# version, completion, help

def test_version_and_completion() -> None:
    version = subprocess.run([HAZARD, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0 and version.stdout.startswith("hazard-engine ")
    # the version is said without loading the register (SQLAlchemy, Alembic: most of a second)
    loaded = subprocess.run([sys.executable, "-c", "import sys; sys.argv = ['hazard', '--version']\n"
                             "from cli.main import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
                             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('ledger', 'alembic')))"],
                            capture_output=True, text=True, check=True)
    assert loaded.stdout.splitlines()[-1] == "[]"
    help_text = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"}).output
    assert "--install-completion" in help_text and "为当前 shell 安装命令补全" in help_text
    assert "显示帮助并退出" in help_text and "Show this message" not in help_text


@pytest.mark.parametrize("command", ["assess", "checklist", "lint", "standards", "schema", "notice", "report", "test",
                                    "fmt", "serve"])
def test_every_command_has_chinese_help_with_an_example(command: str) -> None:
    text = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output
    assert "例：" in text and "选项" in text and "Show this message" not in text


def test_format_is_shown_as_its_choices_and_a_wrong_one_is_said_in_chinese() -> None:
    text = CliRunner().invoke(app, ["assess", "--help"], env={"COLUMNS": "200"}).output
    assert "text|json|xlsx|csv" in text
    wrong = CliRunner().invoke(app, ["assess", str(COLD_STORE), "--format", "xml"])
    assert wrong.exit_code == 2 and "选项 --format 的值 'xml' 无效，可选：'text'、'json'" in wrong.output


@pytest.mark.parametrize(("args", "said"), [
    (["asess"], "没有命令 'asess'（是否应为 'assess'"),
    (["ledger", "show", "abc"], "hazard_id 的值无效：应为整数"),
    (["assess", "--nope"], "没有选项 --nope"),
    (["serve", "--port", "70000"], "--port 的值无效：应不大于 65535"),  # was an OverflowError, exit 70
    (["serve", "--workers", "0"], "--workers 的值无效：应不小于 1"),
    (["fmt", "--check", "/nonexistent"], "/nonexistent:1:1: missing_path: 路径不存在"),  # said "需要格式化 0 个"
    (["test", "gongmao-2023", "--features", "/nonexistent"], "--features 指定的文件夹不存在"),  # said "全部通过"
    (["ledger", "list", "--format", "xml"], "选项 --format 的值 'xml' 无效"),  # printed text, exit 0
])
def test_usage_mistakes_are_said_in_chinese(args: list[str], said: str) -> None:
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 2 and said in result.output, result.output
    assert "No such" not in result.output and "Input should" not in result.output


def test_serve_on_a_port_in_use_says_so_before_loading_anything() -> None:
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        done = subprocess.run([str(ROOT / ".venv" / "bin" / "hazard"), "serve", "--port", str(port)],
                              capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and done.stderr == (
        f"port_unavailable: 无法在 127.0.0.1:{port} 上监听（端口已被占用） — 换一个端口，如 hazard serve --port {port + 1}，"
        "或先停止占用它的程序\n")


def test_an_output_that_cannot_be_written_is_said_in_words(tmp_path: Path) -> None:
    for target, said in ((tmp_path / "no" / "x.pdf", "无法写入：所在文件夹不存在"),
                         (tmp_path, "无法写入：这是文件夹，请写文件名")):
        result = CliRunner().invoke(app, ["notice", str(COLD_STORE), "-o", str(target)])
        assert result.exit_code == 2 and f"{target}:1:1: unwritable_output: {said}" in result.output, result.output
        assert "Errno" not in result.output
