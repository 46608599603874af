"""`hazard` command line: assess, checklist, lint, standards, schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from engine.assess import Engine
from engine.checklist import build_checklist, checklist_notes
from engine.coverage import standard_line, standard_rows
from engine.errors import EvaluationError, Problem, ProblemsError
from engine.explain import render_assessment
from engine.inspection import coerce_fact, parse_inspection
from engine.loader import load_file
from engine.models import PROVINCE_FACT
from engine.rulebook import load_rulebook, require_rulebook
from engine.schema import write_schemas

app = typer.Typer(add_completion=False, no_args_is_help=True, help="重大事故隐患判定：按判定标准逐条判定检查表事实。")
DEFAULT_RULES = Path(__file__).resolve().parent.parent / "rules"
RulesOption = Annotated[Path, typer.Option("--rules", help="规则文件夹")]
FormatOption = Annotated[str, typer.Option("--format", help="text 或 json")]


def _console() -> Console:
    return Console(width=160, soft_wrap=False)


def _fail_input(problems: list[Problem], code: int) -> None:
    for problem in sorted(problems):
        sys.stderr.write(problem.render() + "\n")
    sys.stderr.write(f"共 {len(problems)} 个问题。\n")
    raise typer.Exit(code)


def _engine(rules: Path, verify: bool = False) -> Engine:
    try:
        return Engine.from_path(rules, verify)
    except ProblemsError as error:
        _fail_input(error.problems, 3)
        raise  # unreachable


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


VerifyOption = Annotated[bool, typer.Option(help="另用三值逻辑独立判定每一项，须与 durable-rules 一致")]


@app.command()
def assess(file: Path, fmt: FormatOption = "text", rules: RulesOption = DEFAULT_RULES,
           verify: VerifyOption = False) -> None:
    """判定一次检查（YAML 或 JSON）。输入有误时退出码 2，判定出错时退出码 4，均不输出任何判定。"""
    engine = _engine(rules, verify)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        _fail_input([Problem(str(file), 1, 1, "unreadable_file", f"无法读取：{error}", "确认文件存在且为 UTF-8")], 2)
    try:
        inspection = parse_inspection(text, str(file), engine.book)
    except ProblemsError as error:
        _fail_input(error.problems, 2)
    try:
        assessment = engine.assess(inspection)
    except EvaluationError as error:
        sys.stderr.write(f"判定出错：{error}\n")
        raise typer.Exit(4) from error
    if fmt == "json":
        _dump(assessment.model_dump(mode="json"))
    else:
        render_assessment(assessment, engine.book, _console())


@app.command()
def checklist(profile: Path, date: Annotated[str | None, typer.Option(help="检查日期 YYYY-MM-DD，默认今天")] = None,
              fmt: FormatOption = "text", rules: RulesOption = DEFAULT_RULES,
              province: Annotated[str | None, typer.Option(help="企业所在省份，省级条款按它取舍")] = None,
              ) -> None:
    """列出适用于该企业画像的检查问题（画像问题在前）。"""
    engine = _engine(rules)
    doc, problems = load_file(profile)
    if problems:
        _fail_input(problems, 2)
    data = doc.data.get("facts", doc.data) if isinstance(doc.data, dict) else None
    if not isinstance(data, dict):
        _fail_input([Problem(str(profile), 1, 1, "invalid_profile", "画像应为 事实代码: 值 的映射",
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
        _fail_input(bad, 2)
    provinces = engine.book.facts[PROVINCE_FACT].values if PROVINCE_FACT in engine.book.facts else ()
    if province is not None and province not in provinces:
        _fail_input([Problem(str(profile), 1, 1, "invalid_value", f"未知的省份 '{province}'",
                             f"可选：{'、'.join(provinces)}")], 2)
    on = dt.date.fromisoformat(date) if date else dt.date.today()
    questions = build_checklist(engine, facts, on, province)
    if fmt == "json":
        _dump([q.model_dump() for q in questions])
        return
    console = _console()
    console.print(f"[bold]检查表[/bold]（{on}，共 {len(questions)} 个问题）")
    for note in checklist_notes(engine, facts, on):
        console.print(f"[magenta]未编码、不判定：{note}[/magenta]")
    group = None
    for q in questions:
        heading = "画像（先回答，可排除整组问题）" if q.profile else \
            f"{q.standard} 排除情形（先回答：成立时整组要素不判定为隐患）" if q.screening else f"{q.standard} {q.article}"
        if heading != group:
            console.print(f"\n[bold cyan]{heading}[/bold cyan]")
            group = heading
        kind = q.type + (f"，单位 {q.unit}" if q.unit else "") + (f"，可选：{'/'.join(q.allowed)}" if q.allowed else "")
        console.print(f"  {q.code}  {q.question}  [dim]（{kind}）[/dim]", highlight=False)


@app.command()
def lint(path: Annotated[Path, typer.Argument(help="规则文件夹或文件")] = DEFAULT_RULES) -> None:
    """检查规则文件：每个问题一行 file:line:col: code: message，有问题时退出码 1。"""
    _, problems = load_rulebook(path)
    if problems:
        _fail_input(problems, 1)
    typer.echo(f"{path}: 未发现问题。")


@app.command()
def standards(fmt: FormatOption = "text", rules: RulesOption = DEFAULT_RULES) -> None:
    """列出已知的判定标准版本、施行日期和判定项数量。"""
    try:
        book = require_rulebook(rules)
    except ProblemsError as error:
        _fail_input(error.problems, 3)
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


@app.command()
def schema(out: Annotated[Path, typer.Option(help="输出文件夹")] = DEFAULT_RULES / "_schema") -> None:
    """重新生成规则文件的 JSON Schema。"""
    for path in write_schemas(out):
        typer.echo(f"写入 {path}")


if __name__ == "__main__":
    app()
