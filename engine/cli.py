"""`hazard` command line: assess, checklist, lint, standards, schema."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console

from engine import clock
from engine.assess import Assessment, Engine
from engine.check import lint_path
from engine.cli_batch import (
    FailOn,
    Outcome,
    Source,
    assess_all,
    assess_source,
    exit_code,
    expand,
    fail_on_met,
    summary_table,
)
from engine.cli_checklist import read_checklist_input, render_questions
from engine.cli_help import localise
from engine.coverage import standard_line, standard_rows
from engine.detail import Detail, to_json
from engine.errors import Problem, ProblemsError
from engine.explain import render_assessment
from engine.inspection import Inspection
from engine.loader import unwritable
from engine.questions import open_questions
from engine.rulebook import load_rulebook, require_rulebook
from engine.schema import write_schemas

localise()
app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="重大事故隐患判定：按判定标准逐条判定检查表事实。\n\n例：hazard assess 检查.yaml；"
                       "hazard checklist 画像.yaml；hazard lint；hazard test <版本 id>；"
                       "hazard --install-completion（命令补全）")
DEFAULT_RULES = Path(__file__).resolve().parent.parent / "rules"
RulesOption = Annotated[Path, typer.Option("--rules", help="规则文件夹")]


FormatOption = Annotated[Literal["text", "json"], typer.Option("--format", help="输出格式")]
AssessFormatOption = Annotated[Literal["text", "json", "xlsx", "csv"], typer.Option(
    "--format", help="输出格式；xlsx 须配合 -o，csv 不带 -o 时写到标准输出")]
OutputOption = Annotated[Path | None, typer.Option("-o", "--output", help="输出文件（xlsx、csv 等格式）")]


@dataclass(frozen=True)
class OutputFormat:
    """An output format of `hazard assess` added by a layer above the engine (cli/main.py registers them)."""

    render: Callable[[Assessment, Engine, Inspection], bytes]
    binary: bool  # written only to a file (-o), never to the terminal


EXTRA_FORMATS: dict[str, OutputFormat] = {}  # xlsx and csv from documents/, filled by the composition root


def _version(value: bool) -> None:
    if value:
        try:
            number = version("hazard-engine")
        except PackageNotFoundError:
            number = "未安装"
        typer.echo(f"hazard-engine {number}（Python {sys.version.split()[0]}）")
        raise typer.Exit()


@app.callback()
def _main(show_version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                     help="显示版本号并退出")] = False) -> None:
    """重大事故隐患判定：按判定标准逐条判定检查表事实。"""


def console() -> Console:
    """Rich console: COLUMNS when set, the terminal's width on a terminal, else 160 columns (files and pipes)."""
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdigit() and int(columns) > 0 else (None if sys.stdout.isatty() else 160)
    return Console(width=width, soft_wrap=False)


def fail_input(problems: list[Problem], code: int) -> None:
    """Print every problem (sorted) and a count to stderr, then exit with the code (2 input, 3 rulebook, 1 lint)."""
    for problem in sorted(problems):
        sys.stderr.write(problem.render() + "\n")
    sys.stderr.write(f"共 {len(problems)} 个问题。\n")
    raise typer.Exit(code)


def _engine(rules: Path, verify: bool = False) -> Engine:
    try:
        return Engine.from_path(rules, verify)
    except ProblemsError as error:
        fail_input(error.problems, 3)
        raise  # unreachable


def engine_or_exit(rules: Path, verify: bool = False) -> Engine:
    """The compiled engine of a rules folder; a rulebook with problems exits 3 naming them."""
    return _engine(rules, verify)


def _parse_date(text: str) -> dt.date:
    day = clock.iso_date(text)
    if day is None:
        fail_input([Problem("--date", 1, 1, "invalid_date", f"日期 {text!r} 不存在或格式不对",
                             "按 YYYY-MM-DD 填写，例如 2025-06-01")], 2)
        raise AssertionError("unreachable: fail_input exits")
    return day


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


VerifyOption = Annotated[bool, typer.Option(help="另用三值逻辑独立判定每一项，须与 durable-rules 一致")]


def _assessed(engine: Engine, source: Source) -> tuple[Inspection, Assessment]:
    """One inspection assessed, or the process ends: bad input exits 2, a failed evaluation 4, nothing printed."""
    outcome = assess_source(engine, source)
    if outcome.problems:
        fail_input(outcome.problems, 2)
    if outcome.error is not None or outcome.inspection is None or outcome.assessment is None:
        sys.stderr.write(f"判定出错：{outcome.error}\n")
        raise typer.Exit(4)
    return outcome.inspection, outcome.assessment


def assess_file(file: Path, rules: Path, verify: bool = False) -> tuple[Engine, Inspection, Assessment]:
    """Load the rules, read and validate one inspection file, assess it; bad input exits 2, an evaluation error 4."""
    engine = _engine(rules, verify)
    inspection, assessment = _assessed(engine, Source(str(file), file))
    return engine, inspection, assessment


def write_output(path: Path, data: bytes) -> None:
    """Write a produced file and say where; a path that cannot be written is bad input (exit 2)."""
    try:
        path.write_bytes(data)
    except OSError as error:
        fail_input([unwritable(str(path), error)], 2)
    typer.echo(f"已写入 {path}")


InputsArgument = Annotated[list[str], typer.Argument(
    help="检查文件（YAML 或 JSON）、文件夹（其中的 .yaml/.yml/.json，不含子文件夹）或 -（标准输入），可给多个",
    show_default=False)]
FailOnOption = Annotated[FailOn | None, typer.Option(
    "--fail-on", help="供脚本使用：发现重大事故隐患（hazard）或结论不完整（incomplete）时退出码 1", show_default=False)]
AllOption = Annotated[bool, typer.Option("--all", help="列出每一项（默认：隐患和待补充逐项列出，其余每个标准一行）")]
SummaryOption = Annotated[bool, typer.Option("--summary", help="批量判定时只输出汇总表")]
DetailOption = Annotated[Detail, typer.Option("--detail", help="JSON 详略：summary 不适用项按原因各一行；full 逐项全列")]
ProgressOption = Annotated[bool | None, typer.Option(
    "--progress/--no-progress", help="批量判定时显示进度条（默认：终端上显示）", show_default=False)]
ASSESS_EPILOG = ("例：hazard assess 检查.yaml；hazard assess 检查.yaml --format json；hazard assess examples/ --summary；"
                 "cat 检查.json | hazard assess -；hazard assess 检查.yaml --fail-on hazard（发现隐患时退出码 1）")


def _as_json(assessment: Assessment, detail: Detail) -> Any:
    return json.loads(to_json(assessment, detail))


def _single(engine: Engine, source: Source, fmt: str, output: Path | None, show_all: bool, detail: Detail) -> Assessment:
    inspection, assessment = _assessed(engine, source)
    extra = EXTRA_FORMATS.get(fmt)
    if extra is not None:
        data = extra.render(assessment, engine, inspection)
        if output is None:
            sys.stdout.buffer.write(data)
        else:
            write_output(output, data)
    elif fmt == "json" and output is not None:
        write_output(output, json.dumps(_as_json(assessment, detail), ensure_ascii=False, indent=2).encode())
    elif fmt == "json":
        _dump(_as_json(assessment, detail))
    else:
        render_assessment(assessment, engine.book, console(), show_all)
    return assessment


def _batch(engine: Engine, sources: list[Source], fmt: str, show_all: bool, summary: bool, progress: bool,
           detail: Detail) -> list[Outcome]:
    outcomes = assess_all(engine, sources, progress)
    for outcome in outcomes:
        for problem in outcome.problems:
            sys.stderr.write(problem.render() + "\n")
        if outcome.error is not None:
            sys.stderr.write(f"{outcome.source.name}: 判定出错：{outcome.error}\n")
    out = console()
    if fmt == "json":
        _dump([{"file": o.source.name, "assessment": _as_json(o.assessment, detail) if o.assessment else None,
                "problems": [p.render() for p in o.problems], "error": o.error} for o in outcomes])
        out = Console(stderr=True, width=out.width, soft_wrap=False)  # the summary must not break the JSON
    elif not summary:
        for outcome in outcomes:
            if outcome.assessment is not None:
                out.rule(outcome.source.name)
                render_assessment(outcome.assessment, engine.book, out, show_all)
    out.print(summary_table(outcomes))
    return outcomes


@app.command(epilog=ASSESS_EPILOG)
def assess(inputs: InputsArgument, fmt: AssessFormatOption = "text", rules: RulesOption = DEFAULT_RULES,
           verify: VerifyOption = False, output: OutputOption = None, fail_on: FailOnOption = None,
           show_all: AllOption = False, summary: SummaryOption = False, progress: ProgressOption = None,
           detail: DetailOption = "summary") -> None:
    """判定检查文件：一份或多份（文件、文件夹、标准输入）。输入有误时退出码 2，判定出错时退出码 4。

    一份检查有误时不输出任何判定；批量判定时其余检查照常判定，最后列出汇总表（企业、隐患、待补充、文件）。
    """
    extra = EXTRA_FORMATS.get(fmt)
    if fmt not in ("text", "json") and extra is None:
        fail_input([Problem("--format", 1, 1, "unknown_format", f"本安装不支持输出格式 {fmt!r}",
                             "安装完整的 hazard-engine（含 documents）")], 2)
    if extra is not None and extra.binary and output is None:
        fail_input([Problem("--output", 1, 1, "output_required", f"{fmt} 格式须写入文件", f"加上 -o 文件名.{fmt}")], 2)
    sources, problems = expand(inputs)
    if problems:
        fail_input(problems, 2)
    engine = _engine(rules, verify)
    if len(sources) == 1 and not Path(inputs[0]).is_dir():
        assessment = _single(engine, sources[0], fmt, output, show_all, detail)
        raise typer.Exit(1 if fail_on_met(assessment, fail_on) else 0)
    if fmt not in ("text", "json") or output is not None:
        fail_input([Problem("--format", 1, 1, "batch_format", f"批量判定只输出 text 或 json 到终端（收到 {fmt}、-o）",
                            "xlsx、csv 和 -o 请逐份检查生成")], 2)
    outcomes = _batch(engine, sources, fmt, show_all, summary, sys.stderr.isatty() if progress is None else progress,
                      detail)
    raise typer.Exit(exit_code(outcomes, fail_on))


CHECKLIST_EPILOG = ("例：hazard checklist 画像.yaml --date 2025-06-01；hazard checklist 检查.yaml（按其日期和范围，"
                    "只列出还能改变结论的问题）；hazard checklist 检查.yaml --profile-only；"
                    "hazard checklist 画像.yaml --scope <标准族>")
ScopeOption = Annotated[list[str] | None, typer.Option(
    "--scope", help="只列出这些标准族（可多次给出；默认：检查文件的 scope，否则全部）", show_default=False)]
ProvinceOption = Annotated[str | None, typer.Option(help="企业所在省份（决定地方性条款）；默认：检查文件中的，否则山东",
                                                   show_default=False)]
ProfileOnlyOption = Annotated[bool, typer.Option("--profile-only", help="只列出画像问题（决定哪些条款适用）")]


@app.command(epilog=CHECKLIST_EPILOG)
def checklist(profile: Annotated[Path, typer.Argument(help="企业画像（事实代码: 值）或检查文件（可部分回答）")],
              date: Annotated[str | None, typer.Option(help="检查日期 YYYY-MM-DD；默认：检查文件的日期，否则今天")] = None,
              fmt: FormatOption = "text", rules: RulesOption = DEFAULT_RULES, scope: ScopeOption = None,
              profile_only: ProfileOnlyOption = False,
              province: ProvinceOption = None) -> None:
    """列出还能改变判定结论的检查问题：画像问题在前，再按标准和条；已回答或已不影响结论的问题不再列出。"""
    engine = _engine(rules)
    on = _parse_date(date) if date else None
    try:
        inspection = read_checklist_input(profile, engine.book, on, scope, province)
    except ProblemsError as error:
        fail_input(error.problems, 2)
        return
    found = open_questions(engine, inspection, profile_only)
    if fmt == "json":
        _dump([q.model_dump() for q in found.questions()])
        return
    render_questions(found, console())


PathLinter = Callable[[Path, Path], "list[Problem] | None"]
PATH_LINTERS: list[PathLinter] = []  # e.g. the feature linter of authoring/ (registered by cli/main.py)
DEFAULT_LINT_PATHS: list[Path] = [DEFAULT_RULES]  # the composition root adds features/


def lint_problems(path: Path, rules: Path) -> list[Problem]:
    """The problems of one path: the first registered linter that takes it, else the rule linter."""
    for linter in PATH_LINTERS:
        found = linter(path, rules)
        if found is not None:
            return found
    return lint_path(path)


LINT_EPILOG = "例：hazard lint rules/<版本 id>（只检查一个版本，与共享事实目录一起）；hazard lint features；hazard lint"


@app.command(epilog=LINT_EPILOG)
def lint(paths: Annotated[list[Path] | None, typer.Argument(
            help="规则文件夹、某个版本文件夹、某个规则文件，或 features 文件夹/.feature 文件；缺省为 rules 和 features",
            show_default=False)] = None,
         rules: RulesOption = DEFAULT_RULES) -> None:
    """检查规则文件和场景文件：每个问题一行 file:line:col: code: message — 建议，有问题时退出码 1。"""
    targets = paths or [p for p in DEFAULT_LINT_PATHS if p.exists()]
    missing = [Problem(str(p), 1, 1, "missing_path", "路径不存在，未检查任何内容",
                       "检查拼写；hazard lint rules 检查整个规则文件夹") for p in targets if not p.exists()]
    if missing:  # nothing linted is never "no problems" (whichever linter would have taken the path)
        fail_input(missing, 1)
    problems = [problem for path in targets for problem in lint_problems(path, rules)]
    if problems:
        fail_input(problems, 1)
    typer.echo(f"{'、'.join(map(str, targets))}: 未发现问题。")


@app.command(epilog="例：hazard standards；hazard standards --format json（版本、施行日期、判定项数）")
def standards(fmt: FormatOption = "text", rules: RulesOption = DEFAULT_RULES) -> None:
    """列出已知的判定标准版本、施行日期和判定项数量。"""
    try:
        book = require_rulebook(rules)
    except ProblemsError as error:
        fail_input(error.problems, 3)
        raise  # unreachable
    rows = standard_rows(book)
    if fmt == "json":
        _dump(rows)
        return
    encoded = [r for r in rows if r["status"] != "known_not_encoded"]
    known = [r for r in rows if r["status"] == "known_not_encoded"]
    for r in encoded:
        typer.echo(standard_line(r))
    if known:
        typer.echo(f"\n已知尚未编码的判定标准（{len(known)} 项，均未判定）：")
        for r in known:
            typer.echo(standard_line(r))
        for note in book.known_notes:
            typer.echo(note)
    statute = sum(1 for a in book.actions.values() if a.definition.kind == "statute")
    typer.echo(f"后续措施规则 {len(book.actions)} 条（法定 {statute}，政策 {len(book.actions) - statute}）")


@app.command(epilog="例：hazard schema（规则或事实目录有变化后运行，并提交 rules/_schema/）")
def schema(out: Annotated[Path, typer.Option(help="输出文件夹")] = DEFAULT_RULES / "_schema",
           rules: RulesOption = DEFAULT_RULES) -> None:
    """重新生成规则文件的 JSON Schema（条件中的 fact: 列出事实目录中的全部代码，供编辑器补全）。"""
    book, problems = load_rulebook(rules)
    if problems:
        fail_input(problems, 3)
    for path in write_schemas(out, list(book.facts)):
        typer.echo(f"写入 {path}")


if __name__ == "__main__":
    app()
