"""Excel workbooks (XlsxWriter): the 重大事故隐患清单 with its criteria texts, and the 月调度 / 季报 statistics.

XlsxWriter writes a styled 10,000-row list about three times faster than openpyxl did (bench/RESULTS.md,
"Documents"); the tests read every workbook back with openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from documents.models import Citation, HazardList, Provenance, StatsTable, StatsTables
from documents.tables import COLUMNS, HEADERS, Cell, cells, display_width

DATE_FORMAT = "yyyy-mm-dd"
_BORDER = {"border": 1, "border_color": "#999999"}


class _Formats:
    """The cell formats of one workbook (XlsxWriter formats belong to the workbook that made them)."""

    def __init__(self, book: Workbook):
        self.text = book.add_format({**_BORDER, "text_wrap": True, "valign": "top"})
        self.date = book.add_format({**_BORDER, "text_wrap": True, "valign": "top", "num_format": DATE_FORMAT})
        self.header = book.add_format({**_BORDER, "bold": True, "bg_color": "#DDE5F0", "text_wrap": True,
                                       "valign": "vcenter", "align": "center"})
        self.total = book.add_format({**_BORDER, "bold": True})
        self.rate = book.add_format({**_BORDER, "num_format": "0.0%"})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.left = book.add_format({"align": "left"})


def _new_book() -> tuple[Workbook, io.BytesIO, _Formats]:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    return book, out, _Formats(book)


def _header(sheet: Worksheet, row: int, headers: Sequence[str], fmt: _Formats) -> None:
    sheet.write_row(row, 0, headers, fmt.header)


def _write_row(sheet: Worksheet, row: int, values: Sequence[Cell], fmt: _Formats) -> None:
    """One row: dates as dates (with their format), blanks still bordered, everything else as its value."""
    for col, value in enumerate(values):
        if isinstance(value, dt.date):
            sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), fmt.date)
        elif value is None:
            sheet.write_blank(row, col, None, fmt.text)
        elif isinstance(value, str):
            sheet.write_string(row, col, value, fmt.text)  # never read as a formula or a number
        else:
            sheet.write(row, col, value, fmt.text)


def _fit_widths(sheet: Worksheet, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[Cell]]) -> None:
    """Each column as wide as its longest cell (CJK counted double), within its cap; longer text wraps."""
    for index, (header, cap) in enumerate(columns):
        widest = max([display_width(header)] + [display_width(_shown(r[index])) for r in rows])
        sheet.set_column(index, index, min(widest, cap) + 2)


def _shown(value: Cell) -> str:
    return "" if value is None else "2025-01-01" if isinstance(value, dt.date) else str(value)


def _provenance_sheet(book: Workbook, prov: Provenance, fmt: _Formats, notes_label: str = "说明") -> None:
    sheet = book.add_worksheet("版本说明")
    lines: list[tuple[str, str]] = [(f"判定标准：《{e.title}》", f"{e.document_number or ''}"
                                     + (f"，{e.effective_from.isoformat()} 起施行" if e.effective_from else ""))
                                    for e in prov.editions]
    lines += [("规则库版本", prov.rulebook), ("软件版本", f"hazard-engine {prov.engine_version}")]
    lines += [("原文未经核实", item) for item in prov.unconfirmed]
    lines += [(notes_label, item) for item in prov.notes]  # the tool's own definitions: not unverified law
    _header(sheet, 0, ["项目", "内容"], fmt)
    for row, (name, value) in enumerate(lines, start=1):
        _write_row(sheet, row, [name, value], fmt)
    _fit_widths(sheet, [("项目", 50), ("内容", 80)], lines)


def hazard_list_xlsx(hazard_list: HazardList) -> bytes:
    """The 隐患清单 workbook: the list (frozen header, filter, dates as dates), the criteria texts, the versions."""
    book, out, fmt = _new_book()
    sheet = book.add_worksheet(hazard_list.title[:31])
    _header(sheet, 0, HEADERS, fmt)
    rows = [cells(row) for row in hazard_list.rows]
    for number, values in enumerate(rows, start=1):
        _write_row(sheet, number, values, fmt)
    sheet.freeze_panes(1, 1)  # the header row and the 序号 column stay in view
    sheet.autofilter(0, 0, max(len(rows), 1), len(HEADERS) - 1)
    _fit_widths(sheet, [(c.header, c.cap) for c in COLUMNS], rows)
    _criteria_sheet(book, hazard_list, fmt)
    _provenance_sheet(book, hazard_list.provenance, fmt)
    book.close()
    return out.getvalue()


def _criteria_sheet(book: Workbook, hazard_list: HazardList, fmt: _Formats) -> None:
    sheet = book.add_worksheet("判定项原文")
    headers = ["判定项", "标准名称", "文号", "条", "项", "原文", "原文核实"]
    _header(sheet, 0, headers, fmt)
    seen = dict.fromkeys(c.criterion for c in hazard_list.criteria)
    by_id = {c.criterion: c for c in hazard_list.criteria}
    rows: list[list[Cell]] = [[c.criterion, c.standard_title, c.document_number, c.article, c.item, c.text,
                               _checked(c)] for c in (by_id[i] for i in seen)]
    for number, values in enumerate(rows, start=1):
        _write_row(sheet, number, values, fmt)
    sheet.freeze_panes(1, 0)
    _fit_widths(sheet, list(zip(headers, (22, 40, 24, 10, 8, 70, 12), strict=True)), rows)


def _checked(citation: Citation) -> str:
    """核实情况 of a cited criterion: its wording and, where inferred, its article number."""
    said = "原文未经核实" if citation.unconfirmed else "已核实"
    return (said + ("；条号为推定，未经核实" if citation.article_unconfirmed else "")
            + "".join(f"；按解读判定：{reading}" for reading in citation.readings))


STATS_HEADERS = ("地区", "行业", "排查发现重大事故隐患", "其中：挂牌督办", "已报告整改完成", "已整改", "已销号",
                 "逾期未整改", "期末存量（未销号）", "整改率")
_COUNTS = ("found", "listed", "reported", "rectified", "closed", "overdue", "stock_open")
# 整改率 = 已整改 ÷ 排查发现, as a formula over the row's own cells
_RATE_OF = (xl_col_to_name(2 + _COUNTS.index("rectified")), xl_col_to_name(2 + _COUNTS.index("found")))
# said to the department that receives the workbook: no file of this repository, no source-confidence mark
RATE_NOTE = "注：整改率按本系统口径计算（已整改数 ÷ 排查发现数，已整改指期内发现且已经核查销号的）；官方计算口径未取得。"


def stats_xlsx(stats: StatsTables) -> bytes:
    """月调度 / 季报 by region × industry: one sheet per table, a 合计 row of SUM formulas, 整改率 as a formula."""
    book, out, fmt = _new_book()
    for table in stats.tables:
        _stats_sheet(book, table, stats.organ, fmt)
    _provenance_sheet(book, stats.provenance, fmt, notes_label="统计口径说明")
    book.close()
    return out.getvalue()


def _stats_sheet(book: Workbook, table: StatsTable, organ: str | None, fmt: _Formats) -> None:
    sheet = book.add_worksheet(f"{table.kind} {table.period}"[:31])
    width = len(STATS_HEADERS)
    sheet.merge_range(0, 0, 0, width - 1, f"重大事故隐患排查治理{table.kind}表（{table.period}）", fmt.title)
    sheet.write_string(1, 0, f"填报单位：{organ or ''}")
    sheet.write_string(1, 4, f"统计期间：{table.start.isoformat()} 至 {table.end.isoformat()}", fmt.left)
    _header(sheet, 2, STATS_HEADERS, fmt)
    first = 3  # zero-based: the spreadsheet's row 4
    ordered = sorted(table.rows, key=lambda r: (r.region, r.industry))
    for number, row in enumerate(ordered, start=first):
        _write_row(sheet, number, [row.region, row.industry, *(getattr(row, name) for name in _COUNTS)], fmt)
        _rate(sheet, number, fmt)
    last = first + len(ordered) - 1
    total = last + 1
    sheet.write_string(total, 0, "合计", fmt.total)
    sheet.write_blank(total, 1, None, fmt.text)
    for col in range(2, 2 + len(_COUNTS)):
        letter = xl_col_to_name(col)
        formula = f"=SUM({letter}{first + 1}:{letter}{last + 1})" if last >= first else 0
        _formula_or_value(sheet, total, col, formula, fmt.total)
    _rate(sheet, total, fmt)
    sheet.write_string(total + 2, 0, RATE_NOTE)
    sheet.freeze_panes(3, 2)
    for index, header in enumerate(STATS_HEADERS):
        sheet.set_column(index, index, max(display_width(header), 10) + 2)
    sheet.set_column(0, 0, max([display_width(r.region) for r in ordered] + [10]) + 2)
    sheet.set_column(1, 1, max([display_width(r.industry) for r in ordered] + [8]) + 2)


def _formula_or_value(sheet: Worksheet, row: int, col: int, value: Any, cell_format: Format) -> None:
    if isinstance(value, str):
        sheet.write_formula(row, col, value, cell_format)
    else:
        sheet.write_number(row, col, value, cell_format)


def _rate(sheet: Worksheet, row: int, fmt: _Formats) -> None:
    (rectified, found), excel_row = _RATE_OF, row + 1
    sheet.write_formula(row, len(STATS_HEADERS) - 1,
                        f'=IF({found}{excel_row}=0,"",{rectified}{excel_row}/{found}{excel_row})', fmt.rate)
