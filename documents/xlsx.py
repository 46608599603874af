"""Excel workbooks (openpyxl): the 重大事故隐患清单 with its criteria texts, and the 月调度 / 季报 statistics."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from documents.models import HazardList, Provenance, StatsTable, StatsTables
from documents.tables import COLUMNS, HEADERS, Cell, cells, display_width

DATE_FORMAT = "yyyy-mm-dd"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
# cells take one of two named styles (registered once per workbook): setting border and alignment per cell costs
# openpyxl a hash of every style object, which made a 10,000-row list take 15 s
_TEXT, _DATE = "隐患清单文字", "隐患清单日期"


def _styles(book: Workbook) -> None:
    book.add_named_style(NamedStyle(name=_TEXT, border=_BORDER, alignment=_WRAP))
    book.add_named_style(NamedStyle(name=_DATE, border=_BORDER, alignment=_WRAP, number_format=DATE_FORMAT))


def _header(sheet: Worksheet, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = sheet.cell(row=row, column=col, value=text)
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _write_row(sheet: Worksheet, row: int, values: Sequence[Cell]) -> None:
    for col, value in enumerate(values, start=1):
        sheet.cell(row=row, column=col, value=value).style = _DATE if isinstance(value, dt.date) else _TEXT


def _fit_widths(sheet: Worksheet, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[Cell]]) -> None:
    """Each column as wide as its longest cell (CJK counted double), within its cap; longer text wraps."""
    for index, (header, cap) in enumerate(columns):
        widest = max([display_width(header)] + [display_width(_shown(r[index])) for r in rows])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(widest, cap) + 2


def _shown(value: Cell) -> str:
    return "" if value is None else "2025-01-01" if isinstance(value, dt.date) else str(value)


def _provenance_sheet(book: Workbook, prov: Provenance) -> None:
    sheet = book.create_sheet("版本说明")
    lines: list[tuple[str, str]] = [(f"判定标准：《{e.title}》", f"{e.document_number or ''}"
                                     + (f"，{e.effective_from.isoformat()} 起施行" if e.effective_from else ""))
                                    for e in prov.editions]
    lines += [("规则库版本", prov.rulebook), ("软件版本", f"hazard-engine {prov.engine_version}")]
    lines += [("原文未经核实", item) for item in prov.unconfirmed]
    _header(sheet, 1, ["项目", "内容"])
    for row, (name, value) in enumerate(lines, start=2):
        _write_row(sheet, row, [name, value])
    _fit_widths(sheet, [("项目", 50), ("内容", 80)], lines)


def hazard_list_xlsx(hazard_list: HazardList) -> bytes:
    """The 隐患清单 workbook: the list (frozen header, filter, dates as dates), the criteria texts, the versions."""
    book = Workbook()
    _styles(book)
    sheet = book.active
    assert sheet is not None  # a new workbook always has its first sheet
    sheet.title = hazard_list.title[:31]
    _header(sheet, 1, HEADERS)
    rows = [cells(row) for row in hazard_list.rows]
    for number, values in enumerate(rows, start=2):
        _write_row(sheet, number, values)
    sheet.freeze_panes = "B2"  # the header row and the 序号 column stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(len(rows) + 1, 1)}"
    _fit_widths(sheet, [(c.header, c.cap) for c in COLUMNS], rows)
    _criteria_sheet(book, hazard_list)
    _provenance_sheet(book, hazard_list.provenance)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _criteria_sheet(book: Workbook, hazard_list: HazardList) -> None:
    sheet = book.create_sheet("判定项原文")
    headers = ["判定项", "标准名称", "文号", "条", "项", "原文", "原文核实"]
    _header(sheet, 1, headers)
    seen = dict.fromkeys(c.criterion for c in hazard_list.criteria)
    by_id = {c.criterion: c for c in hazard_list.criteria}
    rows: list[list[Cell]] = [[c.criterion, c.standard_title, c.document_number, c.article, c.item, c.text,
                               "原文未经核实" if c.unconfirmed else "已核实"] for c in (by_id[i] for i in seen)]
    for number, values in enumerate(rows, start=2):
        _write_row(sheet, number, values)
    sheet.freeze_panes = "A2"
    _fit_widths(sheet, list(zip(headers, (22, 40, 24, 10, 8, 70, 12), strict=True)), rows)


STATS_HEADERS = ("地区", "行业", "排查发现重大事故隐患", "其中：挂牌督办", "已整改", "已销号", "逾期未整改",
                 "期末存量（未销号）", "整改率")
_COUNTS = ("found", "listed", "rectified", "closed", "overdue", "stock_open")


def stats_xlsx(stats: StatsTables) -> bytes:
    """月调度 / 季报 by region × industry: one sheet per table, a 合计 row of SUM formulas, 整改率 as a formula."""
    book = Workbook()
    _styles(book)
    first = book.active
    assert first is not None
    book.remove(first)
    for table in stats.tables:
        _stats_sheet(book, table, stats.organ)
    _provenance_sheet(book, stats.provenance)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _stats_sheet(book: Workbook, table: StatsTable, organ: str | None) -> None:
    sheet = book.create_sheet(f"{table.kind} {table.period}"[:31])
    width = len(STATS_HEADERS)
    heading = sheet.cell(row=1, column=1, value=f"重大事故隐患排查治理{table.kind}表（{table.period}）")
    heading.font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.cell(row=2, column=1, value=f"填报单位：{organ or ''}")
    period = sheet.cell(row=2, column=5, value=f"统计期间：{table.start.isoformat()} 至 {table.end.isoformat()}")
    period.alignment = Alignment(horizontal="left")
    _header(sheet, 3, STATS_HEADERS)
    first = 4
    for number, row in enumerate(sorted(table.rows, key=lambda r: (r.region, r.industry)), start=first):
        _write_row(sheet, number, [row.region, row.industry, *(getattr(row, name) for name in _COUNTS)])
        _rate(sheet, number)
    last = first + len(table.rows) - 1
    total = last + 1
    _write_row(sheet, total, ["合计", ""])
    sheet.cell(row=total, column=1).font = _HEADER_FONT
    for col in range(3, 3 + len(_COUNTS)):
        letter = get_column_letter(col)
        cell = sheet.cell(row=total, column=col, value=f"=SUM({letter}{first}:{letter}{last})" if last >= first else 0)
        cell.border, cell.font = _BORDER, _HEADER_FONT
    _rate(sheet, total)
    note = ("注：整改率 = 已整改 ÷ 排查发现；官方计算口径未取得（见 hazard-register-procedures.md §8），"
            "按本表口径计算。")
    sheet.cell(row=total + 2, column=1, value=note)
    sheet.freeze_panes = "C4"
    for index, header in enumerate(STATS_HEADERS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(display_width(header), 10) + 2
    sheet.column_dimensions["A"].width = max([display_width(r.region) for r in table.rows] + [10]) + 2
    sheet.column_dimensions["B"].width = max([display_width(r.industry) for r in table.rows] + [8]) + 2


def _rate(sheet: Worksheet, row: int) -> None:
    cell = sheet.cell(row=row, column=len(STATS_HEADERS), value=f'=IF(C{row}=0,"",E{row}/C{row})')
    cell.number_format, cell.border = "0.0%", _BORDER
