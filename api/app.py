"""FastAPI app factory: maps HTTP to the engine; errors as {code, message, errors: [{loc, msg}]}; no rule logic here."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Body, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.settings import Settings, get_settings
from engine.assess import Assessment, Engine
from engine.checklist import Question, build_checklist
from engine.errors import ProblemsError
from engine.inspection import coerce_fact, validate_inspection


def _error(status: int, code: str, message: str, errors: list[dict[str, Any]]) -> JSONResponse:
    return JSONResponse(status_code=status, content={"code": code, "message": message, "errors": errors})


def _loc(path: str) -> list[str]:
    """`facts.<dotted fact code>` keeps the code whole; other paths split on dots."""
    head, _, rest = path.partition(".")
    return [head, rest] if head == "facts" and rest else path.split(".")


def _problems(error: ProblemsError) -> JSONResponse:
    errors = [{"loc": _loc(p.message.split("：", 1)[0]), "msg": p.message, "code": p.code,
               "suggestion": p.suggestion} for p in error.problems]
    return _error(422, "invalid_inspection", f"检查数据有 {len(errors)} 个问题", errors)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app with one compiled engine (durable-rules state lives in this process)."""
    settings = settings or get_settings()
    engine = Engine.from_path(settings.rules)
    app = FastAPI(title="重大事故隐患判定 API", version="0.1.0",
                  description="按判定标准逐条判定检查表事实；引用条款，列出证据与待补充事实。")

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > settings.max_body_bytes:
            return _error(413, "body_too_large", f"请求体超过 {settings.max_body_bytes} 字节", [])
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def on_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in exc.errors()]
        return _error(422, "invalid_request", "请求格式不正确", errors)

    @app.exception_handler(ProblemsError)
    async def on_problems(_: Request, exc: ProblemsError) -> JSONResponse:
        return _problems(exc)

    @app.exception_handler(Exception)
    async def on_crash(_: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal_error", "引擎内部错误，结果不可用（已记录）", [])

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "rulebook": engine.book.content_hash,
                "standards": sorted(engine.book.standards), "criteria": len(engine.book.criteria)}

    @app.post("/v1/assessments", response_model=Assessment, tags=["assessments"])
    async def assess(inspection: Annotated[dict[str, Any], Body()]) -> Assessment:
        validated = validate_inspection(inspection, engine.book, "body")
        return await run_in_threadpool(engine.assess, validated)

    @app.post("/v1/assessments:batch", response_model=list[Assessment], tags=["assessments"])
    async def assess_batch(inspections: Annotated[list[dict[str, Any]], Body()]) -> list[Assessment]:
        if len(inspections) > settings.max_batch:
            raise HTTPException(413, f"一次最多 {settings.max_batch} 个检查")
        validated = [validate_inspection(item, engine.book, f"body[{i}]") for i, item in enumerate(inspections)]
        return [await run_in_threadpool(engine.assess, v) for v in validated]

    @app.post("/v1/checklists", response_model=list[Question], tags=["checklists"])
    def checklist(profile: Annotated[dict[str, Any], Body()], date: dt.date | None = None) -> list[Question]:
        facts = {}
        for code, raw in profile.items():
            fact = engine.book.facts.get(code)
            if fact is None:
                raise HTTPException(422, f"未知的事实代码 {code}")
            value, message, _ = coerce_fact(fact, raw)
            if message:
                raise HTTPException(422, f"{code}：{message}")
            facts[code] = value
        return build_checklist(engine, facts, date or dt.date.today())

    @app.get("/v1/standards", tags=["standards"])
    def standards() -> list[dict[str, Any]]:
        return [{"id": s.id, "title": s.title, "document_number": s.document_number,
                 "effective_from": s.effective_from, "effective_until": s.effective_until,
                 "criteria": len(engine.book.criteria_of(s.id))} for s in engine.book.standards.values()]

    @app.get("/v1/criteria/{criterion_id}", tags=["standards"])
    def criterion(criterion_id: str) -> dict[str, Any]:
        crit = engine.book.criteria.get(criterion_id)
        if crit is None:
            raise HTTPException(404, f"没有判定项 {criterion_id}")
        from engine.rulebook import facts_used

        d = crit.definition
        return {"id": d.id, "standard": crit.standard.id, "document_number": crit.standard.document_number,
                "article": crit.article.article, "item": d.item, "text": d.text, "confidence": d.confidence,
                "facts": facts_used(d.when)}

    @app.exception_handler(HTTPException)
    async def on_http(_: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", str(exc.detail), [])

    return app
