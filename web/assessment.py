"""The stored inspection's assessment page (hazards first, then 待补充, the rest collapsed) and its documents."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from api.documents import CSV, PDF, XLSX, content_disposition, file_name
from api.register_documents import _order
from documents.errors import DocumentError
from engine.assess import Assessment, Engine, Finding
from ledger.errors import not_found
from ledger.vocab import Role
from web.core import WebDep, WebRoute, document_error_page

router = APIRouter(route_class=WebRoute, include_in_schema=False)
INSPECTION_ID = re.compile(r"^[0-9a-f]{32}$")
READERS = (Role.department, Role.enterprise, Role.admin)


def grouped(assessment: Assessment) -> dict[str, list[Finding]]:
    """Findings by status, hazards first (GB 35181 elements are shown with the criterion they make up)."""
    by: dict[str, list[Finding]] = {}
    for finding in assessment.findings:
        by.setdefault(finding.status, []).append(finding)
    return by


def _document(kind: str) -> tuple[Callable[[Assessment, Engine], bytes], str, str, str]:
    """The renderer, media type, Chinese name prefix and file suffix of a document of one stored inspection."""
    from documents.from_assessment import hazard_list, hazard_report
    from documents.pdf import report_pdf
    from documents.tables import to_csv
    from documents.xlsx import hazard_list_xlsx

    makers: dict[str, tuple[Callable[[Assessment, Engine], bytes], str, str, str]] = {
        "hazard-list.xlsx": (lambda a, e: hazard_list_xlsx(hazard_list(a, e.book)), XLSX, "重大事故隐患清单", ".xlsx"),
        "hazard-list.csv": (lambda a, e: to_csv(hazard_list(a, e.book)), CSV, "重大事故隐患清单", ".csv"),
        "report.pdf": (lambda a, e: report_pdf(hazard_report(a, e.book)), PDF, "重大事故隐患报告", ".pdf"),
    }
    return makers[kind]


DOCUMENTS = ("hazard-list.xlsx", "hazard-list.csv", "order.pdf", "report.pdf")


def documents_offered(assessment: Assessment, role: Role) -> list[tuple[str, str]]:
    """(file, button label) of the documents that make sense for this inspection and this user."""
    if not assessment.major_hazard_found:
        return []
    offered = [("hazard-list.xlsx", "下载重大事故隐患清单（Excel）"), ("hazard-list.csv", "下载隐患清单（CSV）")]
    if assessment.inspection.channel in ("执法检查", "监督检查") and role is not Role.enterprise:
        offered.append(("order.pdf", "下载责令限期整改指令书（PDF）"))
    offered.append(("report.pdf", "下载重大事故隐患报告（PDF）"))
    return offered


def _record(web: Any, inspection_id: str) -> Any:
    actor = web.require(*READERS)
    if not INSPECTION_ID.match(inspection_id):
        raise not_found("检查", inspection_id, ["path", "inspection_id"])
    return actor, web.register.inspection(inspection_id, actor, True)


@router.get("/checks/{inspection_id}")
def assessment_page(inspection_id: str, web: WebDep) -> Response:
    """The stored inspection: hazards with clause, evidence and follow-up actions; 待补充; the rest collapsed."""
    actor, record = _record(web, inspection_id)
    assessment: Assessment = record.assessment
    facts = web.engine.book.facts
    return web.render("assessment.html", record=record, a=assessment, by=grouped(assessment),
                      questions={code: fact.question for code, fact in facts.items()},
                      documents=documents_offered(assessment, actor.role), hazard_ids={
                          h.criterion: h.hazard_id for h in record.hazards})


@router.get("/checks/{inspection_id}/documents/{kind}")
async def download(inspection_id: str, kind: str, web: WebDep) -> Response:
    """A document of the stored inspection, with its Chinese file name."""
    actor, record = _record(web, inspection_id)
    if kind not in DOCUMENTS or kind not in dict(documents_offered(record.assessment, actor.role)):
        raise not_found("文书", kind, ["path", "kind"])
    if kind == "order.pdf":  # the register's: its deadline is the one the entries record
        media, name, suffix = PDF, "责令限期整改指令书", ".pdf"
        made: Callable[[], bytes] = lambda: _order(web.register, inspection_id, actor, None)  # noqa: E731
    else:
        make, media, name, suffix = _document(kind)
        made = lambda: make(record.assessment, web.engine)  # noqa: E731
    try:
        data = await run_in_threadpool(made)
    except DocumentError as error:
        return document_error_page(web.request, error, (f"/checks/{inspection_id}", "返回检查结果"))
    return Response(content=data, media_type=media, headers={
        "Content-Disposition": content_disposition(file_name(name, record.assessment, suffix), kind)})
