"""Download buttons' targets: the register's documents (api/register_documents.py makes them) behind the session.

隐患清单 of the 台账's current filter (xlsx, csv), 督办通知书 of a listed hazard, 月调度/季报 workbook of the
dashboard's region; the documents of one stored inspection are in `web.assessment`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from api.documents import CSV, PDF, XLSX, content_disposition
from api.register_documents import _hazard_list, _listing, _workbook
from documents.errors import DocumentError
from ledger.vocab import Role
from web.core import WebDep, WebRoute, document_error_page, error_page
from web.hazards import READERS, filter_of

router = APIRouter(route_class=WebRoute, include_in_schema=False)


async def _file(web: WebDep, make: Callable[[], bytes], media: str, name: str, ascii_name: str,
                back: tuple[str, str] | None = None) -> Response:
    try:
        data = await run_in_threadpool(make)
    except DocumentError as error:
        return document_error_page(web.request, error, back)
    return Response(content=data, media_type=media, headers={"Content-Disposition": content_disposition(name, ascii_name)})


@router.get("/hazards/export.{fmt}")
async def export(fmt: str, web: WebDep) -> Response:
    """重大事故隐患清单 of the list's filter (every page)."""
    actor = web.require(*READERS)
    if fmt not in ("xlsx", "csv"):
        return error_page(web.request, 404, "没有这种格式的隐患清单")
    found, errors = filter_of(web)
    if found is None:  # never the whole register under a filter the user did not get
        return error_page(web.request, 422, "筛选条件有误，未导出隐患清单", list(errors.values()))
    query = found.model_copy(update={"page": 1})
    today = web.register.today()
    return await _file(web, lambda: _hazard_list(web.register, query, actor, fmt), XLSX if fmt == "xlsx" else CSV,
                       f"重大事故隐患清单-{today}.{fmt}", f"hazard-list.{fmt}")


@router.get("/hazards/{hazard_id}/listing.pdf")
async def listing(hazard_id: int, web: WebDep) -> Response:
    """重大事故隐患挂牌督办通知书 of a listed hazard."""
    actor = web.require(*READERS)
    return await _file(web, lambda: _listing(web.register, hazard_id, actor, None), PDF,
                       f"重大事故隐患挂牌督办通知书-{hazard_id}.pdf", "listing.pdf",
                       back=(f"/hazards/{hazard_id}", "返回该隐患"))


def quarter_of(day: dt.date) -> str:
    """2025-05-10 → 2025Q2."""
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


@router.get("/stats/workbook.xlsx")
async def workbook(web: WebDep, month: str = "", region: str = "") -> Response:
    """月调度 (the month) and 季报 (its quarter) of the user's region, or of a region below it."""
    actor = web.require(Role.department, Role.admin, Role.rule_author)
    try:
        day = dt.date.fromisoformat(f"{month}-01") if month else web.register.today()
    except ValueError:
        return error_page(web.request, 422, f"月份应写成 YYYY-MM，收到 {month}")
    return await _file(web, lambda: _workbook(web.register, day.strftime("%Y-%m"), quarter_of(day), region or None,
                                              actor), XLSX, f"月调度-季报-{day:%Y-%m}-{quarter_of(day)}.xlsx",
                       "statistics.xlsx")
