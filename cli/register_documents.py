"""The register's documents from the command line: `hazard ledger export | notice | listing` and the statistics workbook.

They sit at the composition root because they join two layers: the register (ledger/) and the renderers (documents/).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

from cli.documents import DeadlineOption, _date, _or_exit
from engine.assess import Engine
from engine.cli import DEFAULT_RULES, RulesOption, write_output
from engine.rulebook import Rulebook
from ledger import cli as ledger_cli
from ledger.filters import HazardFilter
from ledger.service import Register
from ledger.stats import StatsTable

OutputOption = Annotated[Path, typer.Option("-o", "--output", help="输出文件")]


def export(output: OutputOption,
           fmt: Annotated[Literal["xlsx", "csv"], typer.Option("--format", help="xlsx 或 csv")] = "xlsx",
           user: ledger_cli.UserOption = None,
           region: Annotated[str | None, typer.Option(help="行政区划或前缀")] = None,
           industry: str | None = None, channel: str | None = None, criterion: str | None = None,
           open_only: Annotated[bool, typer.Option("--open", help="只导出未销号的")] = False,
           listed: Annotated[bool | None, typer.Option("--listed/--not-listed", help="挂牌督办")] = None,
           overdue_on: Annotated[str | None, typer.Option(help="截至该日逾期的")] = None,
           found_from: Annotated[str | None, typer.Option("--from", help="发现日期起")] = None,
           found_to: Annotated[str | None, typer.Option("--to", help="发现日期止")] = None,
           rules: RulesOption = DEFAULT_RULES, database: ledger_cli.DatabaseOption = None) -> None:
    """导出重大事故隐患清单（xlsx 或 csv），筛选条件与 hazard ledger list 相同。"""
    from documents.from_register import hazard_list
    from documents.tables import to_csv
    from documents.xlsx import hazard_list_xlsx

    db = ledger_cli.open_database(database)
    actor = ledger_cli.acting(db, user, required=False)
    with ledger_cli.refusals():
        query = HazardFilter(region=region, industry=industry, channel=channel, criterion=criterion,
                             open=True if open_only else None, listed=listed, overdue_on=overdue_on,
                             found_from=found_from, found_to=found_to)
        entries = Register(db).export(query, actor)
    listing = hazard_list(entries, Engine.from_path(rules).book if entries else None)
    write_output(output, hazard_list_xlsx(listing) if fmt == "xlsx" else to_csv(listing))


def notice(inspection_id: str, output: OutputOption, user: ledger_cli.UserOption = None,
           deadline: DeadlineOption = None, rules: RulesOption = DEFAULT_RULES,
           database: ledger_cli.DatabaseOption = None) -> None:
    """出具已登记检查的责令限期整改指令书（PDF）；整改期限缺省取台账记录的责令整改期限。"""
    from documents.from_assessment import order_notice
    from documents.pdf import order_pdf

    db = ledger_cli.open_database(database)
    actor = ledger_cli.acting(db, user, required=False)
    register = Register(db)
    with ledger_cli.refusals():
        record = register.inspection(inspection_id, actor, with_assessment=True)
        ordered = [register.hazard(h.hazard_id, actor).order_deadline for h in record.hazards]
    assessment = record.assessment
    assert assessment is not None  # asked for with the assessment
    book = Engine.from_path(rules).book
    due = _or_exit(lambda: _date(deadline)) or min((d for d in ordered if d is not None), default=None)
    # the findings' evidence stands for the facts: it holds the answers that decided each hazard
    write_output(output, _or_exit(lambda: order_pdf(order_notice(assessment, book, None, due))))


def listing(hazard_id: int, output: OutputOption, user: ledger_cli.UserOption = None,
            addressee: Annotated[str | None, typer.Option(help="主送单位（负责整改落实的政府或部门；缺省为企业）")] = None,
            rules: RulesOption = DEFAULT_RULES, database: ledger_cli.DatabaseOption = None) -> None:
    """出具挂牌督办隐患的重大事故隐患挂牌督办通知书（PDF）。"""
    from documents.from_register import listing_notice
    from documents.pdf import listing_pdf

    db = ledger_cli.open_database(database)
    actor = ledger_cli.acting(db, user, required=False)
    register = Register(db)
    with ledger_cli.refusals():
        entry = register.hazard(hazard_id, actor)
        enterprise = register.enterprise(entry.uscc, actor)
    book = Engine.from_path(rules).book
    write_output(output, _or_exit(lambda: listing_pdf(listing_notice(entry, enterprise, book, addressee))))


def stats_workbook(tables: list[tuple[str, str, StatsTable]], organ: str | None, book: Rulebook) -> bytes:
    """月调度 / 季报 as an xlsx workbook (`hazard ledger stats --format xlsx -o …`)."""
    from documents.from_register import stats_tables
    from documents.xlsx import stats_xlsx

    return stats_xlsx(stats_tables(tables, organ, book.content_hash, book.industry_label))


def register(app: typer.Typer) -> None:
    """Add the register's document commands to `hazard ledger` and the workbook to `hazard ledger stats`."""
    app.command(epilog="例：hazard ledger export --region 3710 --open -o 隐患清单.xlsx")(export)
    app.command(epilog="例：hazard ledger notice <检查编号> -o 指令书.pdf")(notice)
    app.command(epilog="例：hazard ledger listing 1 -o 督办通知书.pdf")(listing)
    ledger_cli.STATS_WORKBOOK.append(stats_workbook)


