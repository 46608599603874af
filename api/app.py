"""FastAPI app factory: HTTP to the engine; errors {code, message, errors: [{loc, code, msg, suggestion}]}; no rules here."""


import datetime as dt
from importlib import metadata
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, FastAPI, Query, Response
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool

import web
from api import catalog, documents, lint, register, register_documents
from api.body import StrictRoute
from api.deps import EngineDep, SettingsDep
from api.errors import ApiError, install_error_handlers, responses
from api.limits import BodyLimit
from api.openapi import install_request_schemas
from api.schemas import DATE_PATTERN, DetailQuery, HealthOut
from api.security import SecurityHeaders
from api.settings import Settings, get_settings
from engine import clock
from engine.assess import Assessment, Engine, Verdicts
from engine.checklist import Question, build_checklist
from engine.detail import Detail, to_json
from engine.errors import ProblemsError
from engine.inspection import (
    IMPLAUSIBLE_DATE_HINT,
    UNKNOWN_FACT_HINT,
    DateWindow,
    Inspection,
    coerce_fact,
    validate_inspection,
)
from engine.jsonout import verdicts_json
from engine.loader import load_file
from engine.rulebook import did_you_mean
from engine.scenarios import scenarios_by_criterion

INSPECTION_DOC = ("检查：`inspection`（date 必填，决定适用的标准版本；其余可选）、`context`（检查背景与历史，决定后续措施）"
                  "和 `facts`（事实代码 → 值，代码与取值见 Facts 与 POST /v1/checklists）。"
                  "格式与 `hazard assess` 的输入文件相同。")


def _version() -> str:
    try:
        return metadata.version("hazard-engine")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ApiError(422, "invalid_request", "日期不存在", [{"loc": ["query", "date"], "msg": f"不存在的日期 {text}",
                                                             "suggestion": "按 YYYY-MM-DD 填写，例如 2025-06-01"}]) from None


def load_examples(folder: Path) -> dict[str, dict[str, Any]]:
    """The example inspections as OpenAPI named examples (file stem → summary and value); bad files are skipped."""
    examples: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        doc, problems = load_file(path)
        if problems or not isinstance(doc.data, dict) or "inspection" not in doc.data:
            continue
        info = doc.data["inspection"] if isinstance(doc.data["inspection"], dict) else {}
        enterprise = info.get("enterprise") or {}
        enterprise = enterprise if isinstance(enterprise, dict) else {}
        summary = f"{path.stem}：{enterprise.get('name', '')}（{info.get('date', '')}）"
        examples[path.stem] = {"summary": summary, "value": doc.data}
    return examples


def _json(body: bytes) -> Response:
    return Response(content=body, media_type="application/json")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app with one compiled engine (durable-rules state lives in this process)."""
    settings = settings or get_settings()
    clock.zone()  # a misconfigured HAZARD_TIMEZONE stops the start, not the first request
    clock.date_window_settings()
    engine = Engine.from_path(settings.rules)
    app = FastAPIOffline(title="重大事故隐患判定 API", version=_version(),  # /docs and /redoc without a CDN
                         description="按判定标准逐条判定检查表事实；引用条款，列出证据与待补充事实。"
                                     "错误一律为 JSON {code, message, errors: [{loc, code, msg, suggestion}]}（中文）。")
    app.router.route_class = StrictRoute
    app.state.engine = engine
    app.state.settings = settings
    app.state.scenarios = scenarios_by_criterion(settings.features_dir, engine.book.criteria,
                                                 base=settings.features_dir.parent)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    install_error_handlers(app)
    _assessment_routes(app, load_examples(settings.examples_dir))
    app.include_router(catalog.router)
    app.include_router(lint.router)
    app.include_router(documents.router)
    register.install(app, settings, engine)
    app.include_router(register_documents.router)
    web.install(app, settings)  # the web app's pages (web/)
    install_request_schemas(app, engine.book, settings.max_batch)

    @app.get("/healthz", response_model=HealthOut, tags=["meta"])
    def healthz() -> HealthOut:
        """存活检查，以及本进程使用的规则版本（内容哈希）。"""
        return HealthOut(status="ok", version=_version(), rulebook=engine.book.content_hash,
                         standards=sorted(engine.book.standards), criteria=len(engine.book.criteria))

    return app


def _assess(engine: Engine, inspection: dict[str, Any], dates: DateWindow, detail: Detail) -> bytes:
    """Validate, assess and serialise in one thread-pool call: none of it runs on the event loop."""
    return to_json(engine.assess(validate_inspection(inspection, engine.book, "body", None, dates)), detail)


def _assessed(engine: Engine, inspection: Inspection, detail: Detail) -> bytes:
    return to_json(engine.assess(inspection), detail)


def _verdicts(engine: Engine, inspection: dict[str, Any], dates: DateWindow) -> bytes:
    """Validate, decide and serialise in one thread-pool call."""
    return verdicts_json(engine.verdicts(validate_inspection(inspection, engine.book, "body", None, dates)))


def _validate_all(engine: Engine, inspections: list[dict[str, Any]], dates: DateWindow) -> list[Inspection]:
    """Every inspection of a batch validated, or the problems of all of them (none assessed)."""
    validated, problems = [], []
    for index, item in enumerate(inspections):
        try:
            validated.append(validate_inspection(item, engine.book, f"body[{index}]", None, dates))
        except ProblemsError as error:
            problems += error.problems
    if problems:
        raise ProblemsError(problems)
    return validated


def _assessment_routes(app: FastAPI, examples: dict[str, dict[str, Any]]) -> None:
    @app.post("/v1/assessments", response_model=Assessment, tags=["assessments"], responses=responses(413, 422))
    async def assess(inspection: Annotated[dict[str, Any], Body(description=INSPECTION_DOC, openapi_examples=examples)],
                     engine: EngineDep, settings: SettingsDep, detail: DetailQuery = "summary") -> Response:
        """判定一次检查：每个判定项给出 重大事故隐患 / 未发现 / 待补充 / 不适用，并引用条款。"""
        return _json(await run_in_threadpool(_assess, engine, inspection, settings.dates, detail))

    @app.post("/v1/verdicts", response_model=Verdicts, tags=["assessments"], responses=responses(413, 422))
    async def verdicts(inspection: Annotated[dict[str, Any], Body(description=INSPECTION_DOC, openapi_examples=examples)],
                       engine: EngineDep, settings: SettingsDep) -> Response:
        """只判定不解释：每个判定项的结论与尚缺的事实（填表过程中实时刷新用）；条款、证据与后续措施见 /v1/assessments。"""
        return _json(await run_in_threadpool(_verdicts, engine, inspection, settings.dates))

    @app.post("/v1/assessments:batch", response_model=list[Assessment], tags=["assessments"],
              responses=responses(413, 422))
    async def assess_batch(inspections: Annotated[list[dict[str, Any]], Body(description="检查列表（有上限）")],
                           engine: EngineDep, settings: SettingsDep, detail: DetailQuery = "summary") -> Response:
        """一次判定多个检查；任何一个有误则整体 422，不返回部分结果。"""
        if len(inspections) > settings.max_batch:
            raise ApiError(422, "batch_too_large", f"一次最多 {settings.max_batch} 个检查",
                           [{"loc": ["body"], "msg": f"收到 {len(inspections)} 个检查"}])
        validated = await run_in_threadpool(_validate_all, engine, inspections, settings.dates)
        results = [await run_in_threadpool(_assessed, engine, v, detail) for v in validated]
        return _json(b"[" + b",".join(results) + b"]")

    @app.post("/v1/checklists", response_model=list[Question], tags=["checklists"], responses=responses(413, 422))
    def checklist(profile: Annotated[dict[str, Any], Body(description="企业画像：事实代码 → 值（通常是 profile.* 事实）")],
                  engine: EngineDep, settings: SettingsDep, date: Annotated[str | None, Query(
                      description="检查日期 YYYY-MM-DD，默认今天", pattern=DATE_PATTERN, examples=["2025-06-01"])] = None,
                  ) -> list[Question]:
        """适用于该画像的检查问题（画像问题在前）。"""
        on = _parse_date(date) if date else clock.today()
        outside = settings.dates.outside(on)  # the dates an inspection may have: a checklist for 1990 is a typo too
        if outside:
            raise ApiError(422, "implausible_date", outside, [{"loc": ["query", "date"], "msg": outside,
                                                               "code": "implausible_date",
                                                               "suggestion": IMPLAUSIBLE_DATE_HINT}])
        facts, errors = {}, []
        for code, raw in profile.items():
            fact = engine.book.facts.get(code)
            if fact is not None and raw is None:
                continue  # unanswered, as in an inspection
            if fact is None:
                errors.append({"loc": ["body", code], "msg": f"未知的事实代码 {code}", "code": "unknown_fact",
                               "suggestion": did_you_mean(code, list(engine.book.facts), UNKNOWN_FACT_HINT)})
                continue
            value, message, hint = coerce_fact(fact, raw)
            if message:
                errors.append({"loc": ["body", code], "msg": f"{code}：{message}", "code": "invalid_fact_value",
                               "suggestion": hint})
            facts[code] = value
        if errors:
            raise ApiError(422, "invalid_profile", f"画像有 {len(errors)} 个问题", errors)
        return build_checklist(engine, facts, on)
