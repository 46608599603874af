"""Document downloads of one inspection: 隐患清单 (xlsx, csv), 指令书 and 隐患报告 (pdf), with Chinese file names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Body, Query, Response
from starlette.concurrency import run_in_threadpool

from api.body import StrictRoute
from api.deps import EngineDep
from api.errors import ApiError, responses
from documents.errors import DocumentError
from documents.from_assessment import hazard_list, hazard_report, order_notice
from documents.pdf import order_pdf, report_pdf
from documents.tables import to_csv
from documents.xlsx import hazard_list_xlsx
from engine.assess import Assessment, Engine
from engine.inspection import DateWindow, Inspection, validate_inspection

router = APIRouter(prefix="/v1/documents", tags=["documents"], route_class=StrictRoute)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"
PDF = "application/pdf"
BODY_DOC = "检查：与 POST /v1/assessments 的请求体相同（inspection、context、facts）。"
SERVER_SIDE = ("cjk_font_missing", "pdf_failed")  # the server lacks something: not the client's fault
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def content_disposition(name: str, ascii_name: str) -> str:
    """`attachment` with an ASCII fallback and the Chinese name as RFC 5987 `filename*` (UTF-8, percent-encoded)."""
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def file_name(kind: str, assessment: Assessment, suffix: str) -> str:
    """重大事故隐患清单-<企业名称>-<检查日期>.xlsx: characters a file system refuses become '_'."""
    enterprise = assessment.inspection.enterprise
    parts = [kind] + ([enterprise.name] if enterprise else []) + [assessment.inspection.date.isoformat()]
    return _UNSAFE.sub("_", "-".join(parts)) + suffix


def _download(data: bytes, media_type: str, name: str, ascii_name: str) -> Response:
    return Response(content=data, media_type=media_type,
                    headers={"Content-Disposition": content_disposition(name, ascii_name)})


async def _produce(engine: Engine, body: dict[str, Any],
                   make: Callable[[Assessment, Inspection], bytes]) -> tuple[Assessment, bytes]:
    """Validate, assess and make the document in the thread pool; a document that cannot be made is a coded error."""

    def run() -> tuple[Assessment, bytes]:
        inspection = validate_inspection(body, engine.book, "body", None, DateWindow.from_env())
        assessment = engine.assess(inspection)
        return assessment, make(assessment, inspection)
    try:
        return await run_in_threadpool(run)
    except DocumentError as error:
        status = 500 if error.code in SERVER_SIDE else 422
        loc = ["query", error.loc] if error.loc == "deadline" else error.loc.split(".")
        raise ApiError(status, error.code, error.message,
                       [{"loc": loc, "msg": error.message, "suggestion": error.suggestion}]) from error


InspectionBody = Annotated[dict[str, Any], Body(description=BODY_DOC)]


def _file(media_type: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {media_type: {}}, "description": "文件下载（Content-Disposition 含中文文件名）"},
            **responses(413, 422)}


@router.post("/hazard-list.xlsx", response_class=Response, responses=_file(XLSX))
async def hazard_list_workbook(inspection: InspectionBody, engine: EngineDep) -> Response:
    """重大事故隐患清单（Excel）：每个重大事故隐患一行，另附判定项原文和版本说明。"""
    assessment, data = await _produce(
        engine, inspection, lambda a, i: hazard_list_xlsx(hazard_list(a, engine.book, i.facts)))
    return _download(data, XLSX, file_name("重大事故隐患清单", assessment, ".xlsx"), "hazard-list.xlsx")


@router.post("/hazard-list.csv", response_class=Response, responses=_file(CSV))
async def hazard_list_csv(inspection: InspectionBody, engine: EngineDep) -> Response:
    """重大事故隐患清单（CSV，UTF-8 带 BOM，Excel 可直接打开）。"""
    assessment, data = await _produce(engine, inspection, lambda a, i: to_csv(hazard_list(a, engine.book, i.facts)))
    return _download(data, CSV, file_name("重大事故隐患清单", assessment, ".csv"), "hazard-list.csv")


@router.post("/order.pdf", response_class=Response, responses=_file(PDF))
async def order(inspection: InspectionBody, engine: EngineDep,
                deadline: Annotated[dt.date | None, Query(description="整改期限 YYYY-MM-DD；不填则留空白")] = None,
                ) -> Response:
    """责令限期整改指令书（PDF）：监管部门的检查发现重大事故隐患时。"""
    assessment, data = await _produce(
        engine, inspection, lambda a, i: order_pdf(order_notice(a, engine.book, i.facts, deadline)))
    return _download(data, PDF, file_name("责令限期整改指令书", assessment, ".pdf"), "order.pdf")


@router.post("/report.pdf", response_class=Response, responses=_file(PDF))
async def report(inspection: InspectionBody, engine: EngineDep,
                 paper: Annotated[Literal["a4", "a5"], Query(description="纸张")] = "a4",
                 addressee: Annotated[str | None, Query(max_length=100, description="报送单位")] = None) -> Response:
    """重大事故隐患报告（PDF）：企业报告重大事故隐患（现状及原因、危害程度和整改难易程度、治理方案）。"""
    assessment, data = await _produce(
        engine, inspection, lambda a, i: report_pdf(hazard_report(a, engine.book, i.facts, addressee), paper))
    return _download(data, PDF, file_name("重大事故隐患报告", assessment, ".pdf"), "report.pdf")
