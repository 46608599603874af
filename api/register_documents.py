"""The register's documents as downloads: 隐患清单 of a filter, 指令书 of a stored inspection, 督办通知书, 月调度/季报.

Same visibility as the register's own endpoints (a bearer token; an enterprise sees only its own). The renderers run
in the thread pool; a document that cannot be made is a 422 with its code (a listing without a deadline …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Path, Query, Response
from starlette.concurrency import run_in_threadpool

from api.documents import CSV, PDF, SERVER_SIDE, XLSX, content_disposition
from api.errors import ApiError
from api.register import ERRORS, CallerDep, RegisterDep, RegisterRoute
from documents.errors import DocumentError
from engine import clock
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.service import Register
from ledger.stats import month_bounds, monthly, quarterly

router = APIRouter(prefix="/v1", route_class=RegisterRoute, tags=["register documents"], responses=ERRORS)
T = TypeVar("T")


def _made(make: Callable[[], T]) -> T:
    try:
        return make()
    except DocumentError as error:
        raise ApiError(500 if error.code in SERVER_SIDE else 422, error.code, error.message,
                       [{"loc": ["query", error.loc], "msg": error.message, "suggestion": error.suggestion}]) from error


def _file(data: bytes, media_type: str, name: str, ascii_name: str) -> Response:
    return Response(content=data, media_type=media_type,
                    headers={"Content-Disposition": content_disposition(name, ascii_name)})


def _hazard_list(register: Register, query: HazardFilter, caller: Actor, fmt: str) -> bytes:
    from documents.from_register import hazard_list
    from documents.tables import to_csv
    from documents.xlsx import hazard_list_xlsx

    listing = hazard_list(register.export(query, caller), register.engine.book)
    return hazard_list_xlsx(listing) if fmt == "xlsx" else to_csv(listing)


@router.get("/hazards.xlsx", response_class=Response, responses={200: {"content": {XLSX: {}}}})
async def hazards_workbook(query: Annotated[HazardFilter, Query()], register: RegisterDep, caller: CallerDep) -> Response:
    """隐患清单（xlsx）：筛选条件与 GET /v1/hazards 相同，不分页。"""
    data = await run_in_threadpool(lambda: _made(lambda: _hazard_list(register, query, caller, "xlsx")))
    return _file(data, XLSX, f"重大事故隐患清单-{clock.today()}.xlsx", "hazard-list.xlsx")


@router.get("/hazards.csv", response_class=Response, responses={200: {"content": {CSV: {}}}})
async def hazards_csv(query: Annotated[HazardFilter, Query()], register: RegisterDep, caller: CallerDep) -> Response:
    """隐患清单（csv，UTF-8 带 BOM）：筛选条件与 GET /v1/hazards 相同，不分页。"""
    data = await run_in_threadpool(lambda: _made(lambda: _hazard_list(register, query, caller, "csv")))
    return _file(data, CSV, f"重大事故隐患清单-{clock.today()}.csv", "hazard-list.csv")


def _order(register: Register, inspection_id: str, caller: Actor, deadline: dt.date | None) -> bytes:
    from documents.from_assessment import order_notice
    from documents.pdf import order_pdf

    record = register.inspection(inspection_id, caller, with_assessment=True)
    ordered = [register.hazard(h.hazard_id, caller).order_deadline for h in record.hazards]
    due = deadline or min((d for d in ordered if d is not None), default=None)
    assert record.assessment is not None  # asked for with the assessment
    return order_pdf(order_notice(record.assessment, register.engine.book, None, due))


@router.get("/inspections/{inspection_id}/order.pdf", response_class=Response, responses={200: {"content": {PDF: {}}}})
async def inspection_order(inspection_id: Annotated[str, Path(max_length=32)], register: RegisterDep, caller: CallerDep,
                           deadline: dt.date | None = None) -> Response:
    """已登记检查的责令限期整改指令书（PDF）；整改期限缺省取台账记录的责令整改期限。"""
    data = await run_in_threadpool(lambda: _made(lambda: _order(register, inspection_id, caller, deadline)))
    return _file(data, PDF, f"责令限期整改指令书-{inspection_id}.pdf", "order.pdf")


def _listing(register: Register, hazard_id: int, caller: Actor, addressee: str | None) -> bytes:
    from documents.from_register import listing_notice
    from documents.pdf import listing_pdf

    entry = register.hazard(hazard_id, caller)
    enterprise = register.enterprise(entry.uscc, caller)
    return listing_pdf(listing_notice(entry, enterprise, register.engine.book, addressee))


@router.get("/hazards/{hazard_id}/listing.pdf", response_class=Response, responses={200: {"content": {PDF: {}}}})
async def hazard_listing(hazard_id: int, register: RegisterDep, caller: CallerDep,
                         addressee: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    """挂牌督办隐患的重大事故隐患挂牌督办通知书（PDF）；须已记录督办文号和期限（list 或 list_notice 事项）。"""
    data = await run_in_threadpool(lambda: _made(lambda: _listing(register, hazard_id, caller, addressee)))
    return _file(data, PDF, f"重大事故隐患挂牌督办通知书-{hazard_id}.pdf", "listing.pdf")


def _workbook(register: Register, month: str, quarter: str, region: str | None, caller: Actor) -> bytes:
    from documents.from_register import stats_tables
    from documents.xlsx import stats_xlsx

    start, _ = month_bounds(month)
    today = register.today()
    tables = [("月调度", f"{start.year}年{start.month}月", monthly(register.db, month, region, caller, today)),
              ("季报", quarter.upper(), quarterly(register.db, quarter, region, caller, today))]
    return stats_xlsx(stats_tables(tables, caller.organ, register.engine.book.content_hash,
                                   register.engine.book.industry_label))


@router.get("/stats/workbook.xlsx", response_class=Response, responses={200: {"content": {XLSX: {}}}})
async def stats_workbook(register: RegisterDep, caller: CallerDep,
                         month: Annotated[str, Query(pattern=r"^\d{4}-\d{2}$", description="月调度的月份 YYYY-MM")],
                         quarter: Annotated[str, Query(pattern=r"^\d{4}[Qq][1-4]$", description="季报的季度 YYYYQn")],
                         region: Annotated[str | None, Query(max_length=12)] = None) -> Response:
    """月调度和季报工作簿（xlsx），按用户辖区（或其下级 region）统计。"""
    data = await run_in_threadpool(lambda: _made(lambda: _workbook(register, month, quarter, region, caller)))
    return _file(data, XLSX, f"月调度-季报-{month}-{quarter.upper()}.xlsx", "statistics.xlsx")
