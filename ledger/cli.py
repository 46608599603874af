"""`hazard ledger …`: the register from the command line, on the embedded SQLite file unless told otherwise."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from pydantic import BaseModel, TypeAdapter, ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from engine import clock
from engine.assess import Engine
from engine.cli import DEFAULT_RULES, DetailOption, engine_or_exit
from engine.errors import ProblemsError
from engine.loader import LoadedDocument, load_file, unwritable
from engine.messages import json_problem, pydantic_problem, shown
from engine.rulebook import Rulebook
from ledger import auth, integrity, render, stats
from ledger.errors import RegisterError
from ledger.events import EventIn
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.replay import ReplayQuery, replay
from ledger.service import Register
from ledger.store.db import Database, database_url
from ledger.vocab import Role

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="重大事故隐患台账：登记检查、办理事项、查询、统计、规则变更影响。默认使用本机内嵌 SQLite 台账。")
DatabaseOption = Annotated[str | None, typer.Option(
    "--database", envvar="HAZARD_DATABASE_URL",
    help="数据库 URL（缺省：HAZARD_REGISTER_PATH 或 ~/.local/share/hazard-engine/register.sqlite）")]
UserOption = Annotated[str | None, typer.Option("--user", help="以该用户身份办理（hazard users add 创建）")]
FormatOption = Annotated[Literal["text", "json"], typer.Option("--format", help="text 或 json")]
RulesOption = Annotated[Path, typer.Option("--rules", help="规则文件夹")]
TABLES = "summary、monthly、quarterly、ranking、penalties、self-checks"
# the statistics workbook writer (月调度 / 季报 as xlsx), added by the composition root (cli/register_documents.py):
# the register does not depend on the document renderers
StatsWorkbook = Callable[[list[tuple[str, str, stats.StatsTable]], str | None, Rulebook], bytes]
STATS_WORKBOOK: list[StatsWorkbook] = []
LOCAL = Actor(name="本机", role=Role.admin)


def console() -> Console:
    """The terminal, wide enough for Chinese tables."""
    return Console(width=160, soft_wrap=False)


def fail(error: RegisterError | ProblemsError | ValidationError) -> None:
    """Print a refused request (code, message, each located problem) and exit 2."""
    describe(error)
    raise typer.Exit(2)


def describe(error: RegisterError | ProblemsError | ValidationError) -> None:
    """Write a refused request to stderr: its code and message, then each located problem."""
    if isinstance(error, ProblemsError):
        for problem in sorted(error.problems):
            sys.stderr.write(problem.render() + "\n")
        sys.stderr.write(f"共 {len(error.problems)} 个问题。\n")
    elif isinstance(error, ValidationError):
        for item in error.errors():
            message, suggestion = pydantic_problem(item)
            hint = f" — {suggestion}" if suggestion else ""
            where = ".".join(map(str, item["loc"])) or "输入"
            sys.stderr.write(f"{where}: {item['type']}: {message}{hint}\n")
    else:
        sys.stderr.write(f"{error.code}: {error.message}\n")
        for detail in error.errors:
            where = ".".join(map(str, detail.get("loc", [])))
            extra = f"（当前状态 {detail['current_state_label']}；可办理：{'、'.join(detail['allowed_labels']) or '无'}）" \
                if "current_state" in detail else ""
            sys.stderr.write(f"  {where}: {detail.get('msg', '')}{extra}\n")


@contextmanager
def refusals() -> Iterator[None]:
    """Turn a refused request into its message and exit code 2 (never a traceback)."""
    try:
        yield
    except (RegisterError, ProblemsError, ValidationError) as error:
        fail(error)


def open_database(url: str | None) -> Database:
    """The register's database, created or upgraded on first use."""
    with refusals():
        db = Database(database_url(url))
    db.ensure_schema()
    return db


def acting(db: Database, user: str | None, required: bool) -> Actor:
    """The acting user, or (for reading) the local operator, who sees the whole file."""
    if user is None:
        if required:
            fail(RegisterError(2, "user_required", "办理事项须指明用户：--user NAME（hazard users list 查看）"))
        return LOCAL
    with refusals():
        return auth.actor_of(auth.user(db, user))
    raise AssertionError  # unreachable: fail() exits


def dump(data: BaseModel | list[Any] | bytes) -> None:
    """JSON to stdout, indented (`bytes`: JSON text already written, e.g. a record at its detail)."""
    if isinstance(data, bytes):
        sys.stdout.write(json.dumps(json.loads(data), ensure_ascii=False, indent=2) + "\n")
    elif isinstance(data, BaseModel):
        sys.stdout.write(data.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(json.dumps([d.model_dump(mode="json") for d in data], ensure_ascii=False, indent=2) + "\n")


def read_document(path: Path) -> LoadedDocument:
    """A YAML or JSON file with its positions (bad syntax is an input error with its location)."""
    doc, problems = load_file(path)
    if problems:
        fail(ProblemsError(problems))
    return doc


@app.command()
def submit(file: Path, user: UserOption = None, key: Annotated[str | None, typer.Option(
               "--idempotency-key", help="重试时使用同一个键，只登记一次")] = None,
           rectify_by: Annotated[str | None, typer.Option(help="责令限期整改的期限 YYYY-MM-DD（需判定含 A8）")] = None,
           led_by: Annotated[str | None, typer.Option(help="企业自查的带队人")] = None,
           lead: Annotated[int | None, typer.Option(help="举报核查所核查的线索编号")] = None,
           show_entries: Annotated[bool, typer.Option("--show", help="再逐条显示登记的隐患")] = False,
           fmt: FormatOption = "text", detail: DetailOption = "summary", rules: RulesOption = DEFAULT_RULES,
           database: DatabaseOption = None) -> None:
    """提交一次检查：判定并登记入台账（一个事务）；输出登记的隐患和下一步。"""
    db = open_database(database)
    actor = acting(db, user, required=True)
    source = read_document(file)
    document = source.data
    if isinstance(document, dict) and any(v is not None for v in (rectify_by, led_by, lead)):
        extras = {"rectify_by": rectify_by, "led_by": led_by, "lead_id": lead}
        document = {**document, "register": {k: v for k, v in extras.items() if v is not None}}
    register = Register(db, engine_or_exit(rules))
    with refusals():
        record, replayed = register.submit(document, actor, key, source)
    if fmt == "json":  # the record as the API answers it, its assessment at --detail
        dump(record.to_json(detail))
        return
    out = console()
    render.record(out, record, replayed)
    for hazard in record.hazards if show_entries else []:
        out.print()
        render.detail(out, register.hazard(hazard.hazard_id, actor))


@app.command("list")
def list_hazards(user: UserOption = None, region: Annotated[str | None, typer.Option(help="行政区划或前缀")] = None,
                 industry: str | None = None, state: Annotated[list[str] | None, typer.Option(help="状态，可多次")] = None,
                 open_only: Annotated[bool, typer.Option("--open", help="只列未销号的")] = False,
                 listed: Annotated[bool | None, typer.Option("--listed/--not-listed", help="挂牌督办")] = None,
                 overdue_on: Annotated[str | None, typer.Option(help="截至该日逾期的")] = None,
                 channel: str | None = None, criterion: str | None = None,
                 found_from: Annotated[str | None, typer.Option("--from", help="发现日期起")] = None,
                 found_to: Annotated[str | None, typer.Option("--to", help="发现日期止")] = None,
                 page: int = 1, per_page: int = 50, fmt: FormatOption = "text", database: DatabaseOption = None) -> None:
    """隐患清单（按辖区可见）。"""
    db = open_database(database)
    actor = acting(db, user, required=False)
    with refusals():
        query = HazardFilter(region=region, industry=industry, state=state or None, open=True if open_only else None,
                             listed=listed, overdue_on=overdue_on, channel=channel, criterion=criterion,
                             found_from=found_from, found_to=found_to, page=page, per_page=per_page)
        found = Register(db).hazards(query, actor)
    dump(found) if fmt == "json" else render.hazards(console(), found)


@app.command()
def show(hazard_id: int, user: UserOption = None, fmt: FormatOption = "text", database: DatabaseOption = None) -> None:
    """一条隐患：判定依据、期限、挂牌、时间线、历次发现、下一步。"""
    db = open_database(database)
    actor = acting(db, user, required=False)
    with refusals():
        found = Register(db).hazard(hazard_id, actor)
    dump(found) if fmt == "json" else render.detail(console(), found)


@app.command()
def event(hazard_id: int, kind: Annotated[str, typer.Option("--type", help="事项类型，如 notify、submit_plan、verify")],
          reason: Annotated[str, typer.Option(help="事由（必填）")], user: UserOption = None,
          on: Annotated[str | None, typer.Option(help="发生日期（缺省今天）")] = None,
          version: Annotated[int | None, typer.Option(help="你看到的版本号")] = None,
          data: Annotated[str | None, typer.Option(help="其余字段的 JSON，如 '{\"measure\": \"约谈\"}'")] = None,
          file: Annotated[Path | None, typer.Option(help="其余字段的 YAML/JSON 文件（如治理方案）")] = None,
          fmt: FormatOption = "text", database: DatabaseOption = None) -> None:
    """办理一个事项（一个事务；不允许的事项不改变任何内容，并说明当前状态和可办理的事项）。"""
    db = open_database(database)
    actor = acting(db, user, required=True)
    fields: dict[str, Any] = {}
    if file:
        given = read_document(file).data
        if not isinstance(given, dict):
            fail(RegisterError(2, "not_a_mapping", f"{file}:1:1：应为映射（键: 值，如 plan: …），收到{_kind_of(given)}"))
        fields.update(given)
    if data:
        try:
            given = json.loads(data)
        except json.JSONDecodeError as error:
            fail(RegisterError(2, "invalid_json", f"--data 不是合法的 JSON：{json_problem(error)}"))
        if not isinstance(given, dict):
            fail(RegisterError(2, "not_a_mapping", f"--data 应为 JSON 对象 {{…}}，收到{_kind_of(given)}"))
        fields.update(given)
    body = {**fields, "type": kind, "reason": reason, **({"on": on} if on else {}),
            **({"version": version} if version is not None else {})}  # 0 is refused, not ignored
    with refusals():
        parsed = TypeAdapter(EventIn).validate_python(body)
        found = Register(db).apply_event(hazard_id, parsed, actor)
    dump(found) if fmt == "json" else render.detail(console(), found)


def _date_option(text: str | None, option: str) -> dt.date | None:
    """An option's date (YYYY-MM-DD), None when not given; anything else is refused naming the option."""
    if text is None:
        return None
    day = clock.iso_date(text)
    if day is not None:
        return day
    raise RegisterError(2, "invalid_date", f"{option} 应为日期 YYYY-MM-DD（如 2025-06-01），收到 {text!r}",
                        [{"loc": [option], "msg": "应为日期 YYYY-MM-DD"}])


def _kind_of(value: Any) -> str:
    return "空值（空文件或 null）" if value is None else "列表" if isinstance(value, list) else f"单个值 {shown(value)}"


@app.command("stats")
def stats_command(user: UserOption = None, region: Annotated[str | None, typer.Option(help="行政区划或前缀")] = None,
                  by: Annotated[list[str] | None, typer.Option(help="分组：region、industry、channel、status")] = None,
                  start: Annotated[str | None, typer.Option("--from", help="统计期起")] = None,
                  end: Annotated[str | None, typer.Option("--to", help="统计期止（缺省今天）")] = None,
                  table: Annotated[str, typer.Option(help=TABLES)] = "summary",
                  month: Annotated[str | None, typer.Option(help="月调度的月份 YYYY-MM")] = None,
                  quarter: Annotated[str | None, typer.Option(help="季报的季度 YYYYQn")] = None,
                  fmt: Annotated[Literal["text", "json", "xlsx"], typer.Option(
                      "--format", help="text、json 或 xlsx（月调度和季报，须 -o）")] = "text",
                  output: Annotated[Path | None, typer.Option("-o", "--output", help="xlsx 输出文件")] = None,
                  database: DatabaseOption = None) -> None:
    """统计表：汇总、月调度、季报、量化排名、零处罚、主要负责人带队自查逾期；--format xlsx 写出月调度/季报工作簿。"""
    db = open_database(database)
    actor = acting(db, user, required=False)
    today = clock.today()
    out = console()
    if fmt == "xlsx":
        _stats_workbook(db, actor, table, today, month or today.strftime("%Y-%m"),
                        quarter or f"{today.year}Q{(today.month + 2) // 3}", region, output)
        return
    with refusals():
        if table in ("summary", "ranking"):
            query = stats.StatsQuery(region=region, start=start, end=end, by=by or ["region"])
            found = stats.ranking(db, query, actor, today) if table == "ranking" else stats.table(db, query, actor, today)
            dump(found) if fmt == "json" else render.stats_table(out, found)
        elif table in ("monthly", "quarterly"):
            if table == "monthly":
                found = stats.monthly(db, month or today.strftime("%Y-%m"), region, actor, today)
            else:
                found = stats.quarterly(db, quarter or f"{today.year}Q{(today.month + 2) // 3}", region, actor, today)
            dump(found) if fmt == "json" else render.stats_table(out, found)
        elif table == "penalties":
            rows = stats.penalties(db, region, _date_option(start, "--from") or dt.date(today.year, 1, 1),
                                   _date_option(end, "--to") or today, actor)
            dump(rows) if fmt == "json" else render.penalties(out, rows)
        elif table == "self-checks":
            due = stats.self_check_overdue(db, region, _date_option(end, "--to") or today, actor)
            dump(due) if fmt == "json" else render.self_checks(out, due)
        else:
            fail(RegisterError(2, "unknown_table", f"未知的统计表 {table}：可用 {TABLES}"))


def _stats_workbook(db: Database, actor: Actor, table: str, today: dt.date, month: str, quarter: str, region: str | None,
                    output: Path | None) -> None:
    """月调度 (of `month`) and 季报 (of `quarter`) in one workbook; `--table monthly|quarterly` keeps one of them."""
    if output is None or not STATS_WORKBOOK:
        fail(RegisterError(2, "output_required", "xlsx 须写入文件：加上 -o 月调度.xlsx"))
        return
    with refusals():
        tables: list[tuple[str, str, stats.StatsTable]] = []
        if table in ("summary", "monthly"):
            start, _ = stats.month_bounds(month)
            tables.append(("月调度", f"{start.year}年{start.month}月", stats.monthly(db, month, region, actor, today)))
        if table in ("summary", "quarterly"):
            tables.append(("季报", quarter.upper(), stats.quarterly(db, quarter, region, actor, today)))
    data = STATS_WORKBOOK[0](tables, actor.organ, Engine.from_path(DEFAULT_RULES).book)
    try:
        output.write_bytes(data)
    except OSError as error:
        fail(ProblemsError([unwritable(str(output), error)]))
    typer.echo(f"已写入 {output}")


@app.command("replay")
def replay_command(rules: Annotated[Path, typer.Option("--rules", help="另一套规则（如修订后的标准）")],
                   start: Annotated[str | None, typer.Option("--from", help="检查日期起")] = None,
                   end: Annotated[str | None, typer.Option("--to", help="检查日期止")] = None,
                   region: str | None = None, standard: Annotated[str | None, typer.Option(
                       help="只重判使用该标准族或版本的检查")] = None,
                   fmt: FormatOption = "text", database: DatabaseOption = None) -> None:
    """用另一套规则重判已保存的检查，报告哪些结论会变（不写入任何内容）。"""
    db = open_database(database)
    engine = engine_or_exit(rules)
    with refusals():
        query = ReplayQuery(start=start, end=end, region=region, standard=standard)
    columns = (TextColumn("重判检查"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("replay", total=None)
        report = replay(db, engine, query, lambda done, total: bar.update(task, completed=done, total=total))
    dump(report) if fmt == "json" else render.replay(console(), report)


@app.command()
def check(database: DatabaseOption = None) -> None:
    """完整性检查：逐条重放事件核对状态、历次发现、未登记的判定结果；有问题时退出码 1。"""
    report = integrity.check(open_database(database))
    counts = "，".join(f"{name} {n}" for name, n in report.counts.items())
    for problem in report.problems:
        sys.stderr.write(problem + "\n")
    typer.echo(f"完整性检查：{counts}；问题 {len(report.problems)} 个。")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def migrate(revision: Annotated[str, typer.Option(help="目标版本（head 为最新）")] = "head",
            down: Annotated[bool, typer.Option("--down", help="降级到该版本（base 为清空）")] = False,
            database: DatabaseOption = None) -> None:
    """升级（或降级）台账数据库结构。"""
    db = Database(database_url(database))
    db.downgrade(revision) if down else db.upgrade(revision)
    typer.echo(f"{db.url}：数据库结构版本 {db.revision() or '（空）'}")

