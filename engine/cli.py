"""`hazard` command line: assess, checklist, lint, standards, schema."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console

from engine.assess import Assessment, Engine
from engine.check import lint_path
from engine.checklist import build_checklist
from engine.errors import EvaluationError, Problem, ProblemsError
from engine.explain import render_assessment
from engine.inspection import DateWindow, Inspection, coerce_fact, parse_inspection
from engine.loader import load_file
from engine.rulebook import load_rulebook, require_rulebook
from engine.schema import write_schemas

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="重大事故隐患判定：按判定标准逐条判定检查表事实。")
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
    try:
        if len(text) != 10:  # fromisoformat also takes 20250601 and week dates; the checklist speaks YYYY-MM-DD
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        fail_input([Problem("--date", 1, 1, "invalid_date", f"日期 {text!r} 不存在或格式不对",
                             "按 YYYY-MM-DD 填写，例如 2025-06-01")], 2)
        raise  # unreachable


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


VerifyOption = Annotated[bool, typer.Option(help="另用三值逻辑独立判定每一项，须与 durable-rules 一致")]


def assess_file(file: Path, rules: Path, verify: bool = False) -> tuple[Engine, Inspection, Assessment]:
    """Load the rules, read and validate one inspection file, assess it; bad input exits 2, an evaluation error 4."""
    engine = _engine(rules, verify)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        fail_input([Problem(str(file), 1, 1, "unreadable_file", f"无法读取：{error}", "确认文件存在且为 UTF-8")], 2)
    try:
        inspection = parse_inspection(text, str(file), engine.book, DateWindow.from_env())
    except ProblemsError as error:
        fail_input(error.problems, 2)
    try:
        assessment = engine.assess(inspection)
    except EvaluationError as error:
        sys.stderr.write(f"判定出错：{error}\n")
        raise typer.Exit(4) from error
    return engine, inspection, assessment


def write_output(path: Path, data: bytes) -> None:
    """Write a produced file and say where; a path that cannot be written is bad input (exit 2)."""
    try:
        path.write_bytes(data)
    except OSError as error:
        fail_input([Problem(str(path), 1, 1, "unwritable_output", f"无法写入：{error}", "确认文件夹存在且可写")], 2)
    typer.echo(f"已写入 {path}")


@app.command()
def assess(file: Path, fmt: AssessFormatOption = "text", rules: RulesOption = DEFAULT_RULES,
           verify: VerifyOption = False, output: OutputOption = None) -> None:
    """判定一次检查（YAML 或 JSON）。输入有误时退出码 2，判定出错时退出码 4，均不输出任何判定。"""
    extra = EXTRA_FORMATS.get(fmt)
    if fmt not in ("text", "json") and extra is None:
        fail_input([Problem("--format", 1, 1, "unknown_format", f"本安装不支持输出格式 {fmt!r}",
                             "安装完整的 hazard-engine（含 documents）")], 2)
    if extra is not None and extra.binary and output is None:
        fail_input([Problem("--output", 1, 1, "output_required", f"{fmt} 格式须写入文件", f"加上 -o 文件名.{fmt}")], 2)
    engine, inspection, assessment = assess_file(file, rules, verify)
    if extra is not None:
        data = extra.render(assessment, engine, inspection)
        if output is None:
            sys.stdout.buffer.write(data)
        else:
            write_output(output, data)
        return
    if fmt == "json" and output is not None:
        write_output(output, json.dumps(assessment.model_dump(mode="json"), ensure_ascii=False, indent=2).encode())
    elif fmt == "json":
        _dump(assessment.model_dump(mode="json"))
    else:
        render_assessment(assessment, engine.book, console())


@app.command()
def checklist(profile: Path, date: Annotated[str | None, typer.Option(help="检查日期 YYYY-MM-DD，默认今天")] = None,
              fmt: FormatOption = "text", rules: RulesOption = DEFAULT_RULES) -> None:
    """列出适用于该企业画像的检查问题（画像问题在前）。"""
    engine = _engine(rules)
    doc, problems = load_file(profile)
    if problems:
        fail_input(problems, 2)
    data = doc.data.get("facts", doc.data) if isinstance(doc.data, dict) else None
    if not isinstance(data, dict):
        fail_input([Problem(str(profile), 1, 1, "invalid_profile", "画像应为 事实代码: 值 的映射",
                             "例如 profile.sectors: [某行业]")], 2)
        return
    facts, bad = {}, []
    for code, raw in data.items():
        fact = engine.book.facts.get(code)
        if fact is None:
            bad.append(Problem(str(profile), *doc.where(("facts", code) if "facts" in doc.data else (code,)),
                               "unknown_fact", f"未知的事实代码 '{code}'", "见 hazard checklist 输出中的代码"))
            continue
        value, message, hint = coerce_fact(fact, raw)
        if message:
            bad.append(Problem(str(profile), 1, 1, "invalid_fact_value", f"{code}：{message}", hint))
        facts[code] = value
    if bad:
        fail_input(bad, 2)
    on = _parse_date(date) if date else dt.date.today()
    questions = build_checklist(engine, facts, on)
    if fmt == "json":
        _dump([q.model_dump() for q in questions])
        return
    out = console()
    out.print(f"[bold]检查表[/bold]（{on}，共 {len(questions)} 个问题）")
    group = None
    for q in questions:
        heading = "画像（先回答，可排除整组问题）" if q.profile else f"{q.standard} {q.article}"
        if heading != group:
            out.print(f"\n[bold cyan]{heading}[/bold cyan]")
            group = heading
        kind = q.type + (f"，单位 {q.unit}" if q.unit else "") + (f"，可选：{'/'.join(q.allowed)}" if q.allowed else "")
        out.print(f"  {q.code}  {q.question}  [dim]（{kind}）[/dim]", highlight=False)


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
    problems = [problem for path in targets for problem in lint_problems(path, rules)]
    if problems:
        fail_input(problems, 1)
    typer.echo(f"{'、'.join(map(str, targets))}: 未发现问题。")


@app.command()
def standards(fmt: FormatOption = "text", rules: RulesOption = DEFAULT_RULES) -> None:
    """列出已知的判定标准版本、施行日期和判定项数量。"""
    try:
        book = require_rulebook(rules)
    except ProblemsError as error:
        fail_input(error.problems, 3)
        raise  # unreachable
    rows = []
    for std in sorted(book.standards.values(), key=lambda s: (s.family, s.effective_from)):
        crits = book.criteria_of(std.id)
        rows.append({
            "id": std.id, "family": std.family, "title": std.title, "document_number": std.document_number,
            "effective_from": std.effective_from.isoformat(),
            "effective_until": std.effective_until.isoformat() if std.effective_until else None,
            "encoded": std.encoded, "criteria": sum(1 for c in crits if c.definition.role == "criterion"),
            "elements": sum(1 for c in crits if c.definition.role == "element"),
            "unconfirmed": sum(1 for c in crits if c.definition.confidence.flagged),
        })
    if fmt == "json":
        _dump(rows)
        return
    for r in rows:
        until = r["effective_until"] or "现行"
        counts = f"判定项 {r['criteria']}（原文未核实 {r['unconfirmed']}）" if r["encoded"] else "尚未编码"
        if r["elements"]:
            counts += f"，综合判定要素 {r['elements']}"
        typer.echo(f"{r['id']:<22} 《{r['title']}》（{r['document_number']}）{r['effective_from']} — {until}  {counts}")
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
