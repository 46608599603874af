"""Document commands and formats of `hazard`: 隐患清单 (assess --format xlsx|csv), 指令书 (notice), 隐患报告 (report)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal, TypeVar

import typer

from documents.errors import DocumentError
from engine.assess import Assessment, Engine
from engine.cli import DEFAULT_RULES, EXTRA_FORMATS, OutputFormat, RulesOption, assess_file, write_output
from engine.inspection import Inspection

T = TypeVar("T")


def _or_exit(make: Callable[[], T]) -> T:
    """Run a document step; a document that cannot be made is bad input: its coded message, exit 2."""
    try:
        return make()
    except DocumentError as error:
        sys.stderr.write(error.render() + "\n")
        raise typer.Exit(2) from error


# the renderers are imported when used: XlsxWriter and typst would add time to every `hazard` command
def _xlsx(assessment: Assessment, engine: Engine, inspection: Inspection) -> bytes:
    from documents.from_assessment import hazard_list
    from documents.xlsx import hazard_list_xlsx

    return _or_exit(lambda: hazard_list_xlsx(hazard_list(assessment, engine.book, inspection.facts)))


def _csv(assessment: Assessment, engine: Engine, inspection: Inspection) -> bytes:
    from documents.from_assessment import hazard_list
    from documents.tables import to_csv

    return _or_exit(lambda: to_csv(hazard_list(assessment, engine.book, inspection.facts)))


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise DocumentError("invalid_date", "--deadline", f"日期 {text!r} 无法识别",
                            "写成 YYYY-MM-DD，如 2025-07-01") from error


OutOption = Annotated[Path, typer.Option("-o", "--output", help="输出的 PDF 文件")]


DeadlineOption = Annotated[str | None, typer.Option(help="整改期限 YYYY-MM-DD；不填则留空白由执法人员填写")]
PaperOption = Annotated[Literal["a4", "a5"], typer.Option(help="纸张：a4 或 a5")]


def notice(file: Path, output: OutOption, rules: RulesOption = DEFAULT_RULES, deadline: DeadlineOption = None) -> None:
    """出具责令限期整改指令书（PDF）：监管部门检查发现重大事故隐患时。"""
    from documents.from_assessment import order_notice
    from documents.pdf import order_pdf

    engine, inspection, assessment = assess_file(file, rules)
    pdf = _or_exit(lambda: order_pdf(order_notice(assessment, engine.book, inspection.facts, _date(deadline))))
    write_output(output, pdf)


def report(file: Path, output: OutOption, rules: RulesOption = DEFAULT_RULES,
           paper: PaperOption = "a4",
           addressee: Annotated[str | None, typer.Option(help="报送单位；不填则留空白")] = None) -> None:
    """出具重大事故隐患报告（PDF）：企业向负有安全生产监督管理职责的部门报告。"""
    from documents.from_assessment import hazard_report
    from documents.pdf import report_pdf

    engine, inspection, assessment = assess_file(file, rules)
    pdf = _or_exit(lambda: report_pdf(hazard_report(assessment, engine.book, inspection.facts, addressee), paper))
    write_output(output, pdf)


def register(app: typer.Typer) -> None:
    """Add the document formats to `hazard assess` and the notice / report commands to `hazard`."""
    EXTRA_FORMATS["xlsx"] = OutputFormat(_xlsx, binary=True)
    EXTRA_FORMATS["csv"] = OutputFormat(_csv, binary=False)
    app.command(epilog="例：hazard notice 检查.yaml -o 指令书.pdf --deadline 2025-07-01")(notice)
    app.command(epilog="例：hazard report 检查.yaml -o 隐患报告.pdf --paper a5")(report)
