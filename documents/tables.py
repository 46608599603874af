"""隐患清单 as columns: the one list of (header, width cap, cell) that both the xlsx sheet and the csv file use."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from documents.models import HazardList, HazardRow

Cell = str | int | dt.date | None


@dataclass(frozen=True)
class Column:
    """One column of the 隐患清单: its header, how wide it may grow (in Latin characters), and its cell."""

    header: str
    cap: int
    cell: Callable[[HazardRow], Cell]


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else "是" if value else "否"


COLUMNS: tuple[Column, ...] = (
    Column("序号", 6, lambda r: r.seq),
    Column("企业名称", 30, lambda r: r.enterprise),
    Column("统一社会信用代码", 20, lambda r: r.uscc),
    Column("所在地区", 24, lambda r: r.region),
    Column("行业", 14, lambda r: r.industry),
    Column("隐患描述", 50, lambda r: r.description),
    Column("判定依据", 44, lambda r: r.citation.marked),
    Column("证据", 50, lambda r: r.evidence),
    Column("发现方式", 10, lambda r: r.channel),
    Column("发现日期", 12, lambda r: r.found_on),
    Column("检查单位", 24, lambda r: r.inspecting_unit),
    Column("文书编号", 28, lambda r: r.document_number),
    Column("整改责任人", 12, lambda r: r.owner),
    Column("整改措施", 40, lambda r: r.measures),
    Column("整改期限", 12, lambda r: r.deadline),
    Column("整改状态", 10, lambda r: r.status),
    Column("是否挂牌督办", 14, lambda r: _yes_no(r.listed)),
    Column("督办单位", 24, lambda r: r.listing_organ),
    Column("督办文号", 24, lambda r: r.listing_number),
    Column("销号日期", 12, lambda r: r.closed_on),
    Column("隐患编号", 16, lambda r: r.hazard_id),
)
HEADERS = [c.header for c in COLUMNS]


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet cell: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cells(row: HazardRow) -> list[Cell]:
    """One row's cells in column order."""
    return [column.cell(row) for column in COLUMNS]


def to_csv(hazard_list: HazardList) -> bytes:
    """The list as CSV: UTF-8 with a byte-order mark (Excel then opens Chinese correctly), dates as YYYY-MM-DD.

    A CSV has one table only: the rulebook version is a last column of every row, and the criteria texts are in the
    xlsx workbook.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*HEADERS, "规则库版本"])
    for row in hazard_list.rows:
        values = ["" if v is None else v.isoformat() if isinstance(v, dt.date) else v for v in cells(row)]
        writer.writerow([*values, hazard_list.provenance.rulebook])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
