"""Register endpoints (bearer token): inspections, hazards and their events, enterprises, leads, statistics.

Thin: each handler calls one `ledger` use case; no SQL and no rule logic here. The register's database is opened
on the first register request, so an app that never serves one (the engine tests) needs no database.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, Header, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.body import StrictRoute
from api.errors import ApiError, error_response, request_errors, responses
from api.schemas import DetailQuery, ReadyOut
from api.settings import Settings
from engine.assess import Engine
from engine.detail import Detail
from ledger import auth, stats
from ledger.errors import RegisterError
from ledger.events import POSTABLE, EventIn
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.leads import LeadIn
from ledger.models import EnterpriseOut, HazardDetail, HazardRow, InspectionRecord, LeadOut, Page
from ledger.service import Register
from ledger.stats import OrganPenalties, SelfCheckDue, StatsQuery, StatsTable
from ledger.store.db import Database, database_url
from ledger.vocab import MAX_PAGE

SWITCH_INTERVAL = 0.0005  # seconds
RETRY_AFTER_SECONDS = 5  # a 503 of an unreachable or busy database
ERRORS = responses(401, 403, 404, 409, 413, 422, 503)
log = logging.getLogger("api.register")
SUBMIT_DOC = ("与 POST /v1/assessments 相同的检查文档（须含企业的统一社会信用代码和行政区划代码），"
              "可另加 `register` 块：`led_by`（企业自查带队人）、`lead_id`（举报核查对应的线索）、"
              "`rectify_by`（责令限期整改的期限，需判定含 A8）。")
bearer = HTTPBearer(auto_error=False, scheme_name="RegisterToken", description="`hazard users token NAME` 发放的令牌")


def _validation_code(errors: list[Any]) -> tuple[str, str]:
    kinds = {error.get("type") for error in errors}
    if "union_tag_invalid" in kinds:
        return "unknown_event_type", "未知的事件类型；可用：" + "、".join(sorted(t.value for t in POSTABLE))
    if "union_tag_not_found" in kinds:
        return "missing_event_type", "事件须写明 type"
    if "missing" in kinds:
        return "missing_field", "缺少必填项"
    if "extra_forbidden" in kinds:
        return "unknown_key", "有未知的键"
    return "invalid_request", f"请求有 {len(errors)} 个问题"


_METHODS: dict[str, set[str]] = {}  # path → every method its routes serve (for the Allow header of a 405)


class RegisterRoute(StrictRoute):
    """Strict JSON bodies (api/body.py); validation errors with the register's codes (unknown_event_type …)."""

    def __init__(self, path: str, *args: Any, **kwargs: Any):
        super().__init__(path, *args, **kwargs)
        _METHODS.setdefault(self.path_format, set()).update(self.methods or ())

    async def handle(self, scope: Any, receive: Any, send: Any) -> None:
        """A 405 lists every method of the path (GET and POST /v1/leads are two routes)."""
        if self.methods and scope["method"] not in self.methods:
            raise HTTPException(status_code=405, headers={"Allow": ", ".join(sorted(_METHODS[self.path_format]))})
        await super().handle(scope, receive, send)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """Wrap FastAPI's handler to recode its 422s."""
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as exc:
                code, message = _validation_code(list(exc.errors()))
                raise ApiError(422, code, message, request_errors(exc.errors(), request)) from None

        return route


class RegisterHandle:
    """Opens the register on first use (schema created or upgraded under a lock), once per process."""

    def __init__(self, settings: Settings, engine: Engine):
        self.settings, self.engine = settings, engine
        self._lock = threading.Lock()
        self._register: Register | None = None

    def get(self) -> Register:
        """The register of this process."""
        if self._register is None:
            with self._lock:
                if self._register is None:
                    try:
                        url = database_url(self.settings.database_url, self.settings.register_path)
                    except RegisterError as error:  # a setting that cannot be used: not ready (hazard serve checks it)
                        raise RegisterError(503, error.code, error.message, error.errors) from None
                    db = Database(url)
                    try:
                        db.ensure_schema()
                    except RegisterError:  # e.g. the database cannot be reached yet: the next request tries again
                        db.dispose()
                        raise
                    self._register = Register(db, self.engine)
        return self._register

    def close(self) -> None:
        """Close the register's connections (at app shutdown)."""
        if self._register is not None:
            self._register.db.dispose()
            self._register = None


async def get_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
    """The bearer token when it has a token's shape, or a 401 (no database is asked yet)."""
    token = credentials.credentials if credentials else None
    if not token:
        raise RegisterError(401, "unauthorized", "需要令牌：Authorization: Bearer <令牌>（由 hazard users token 发放）")
    if not auth.plausible(token):
        raise _unknown_token()
    return token


def _unknown_token() -> RegisterError:
    return RegisterError(401, "unauthorized", "令牌无效、已吊销或用户已停用")


TokenDep = Annotated[str, Depends(get_token)]


async def get_caller(request: Request, token: TokenDep) -> Actor:
    """The user holding the bearer token, or a 401 (the lookup runs in the thread pool)."""
    handle: RegisterHandle = request.app.state.register
    return await run_in_threadpool(_authenticate, handle, token)


def _authenticate(handle: RegisterHandle, token: str) -> Actor:
    actor = auth.authenticate(handle.get().db, token)
    if actor is None:
        raise _unknown_token()
    return actor


CallerDep = Annotated[Actor, Depends(get_caller)]


async def get_register(request: Request, _caller: CallerDep) -> Register:
    """The app's register, once the caller is known (no database is opened for a request without a token)."""
    handle: RegisterHandle = request.app.state.register
    return handle.get()


RegisterDep = Annotated[Register, Depends(get_register)]
router = APIRouter(prefix="/v1", route_class=RegisterRoute, responses=ERRORS)


def _json(model: Any, status: int = 200, headers: dict[str, str] | None = None, detail: Detail = "full") -> Response:
    record = isinstance(model, InspectionRecord)
    content = model.to_json(detail) if record else model.__pydantic_serializer__.to_json(model)
    return Response(content=content, status_code=status, media_type="application/json", headers=headers)


@router.post("/inspections", status_code=201, response_model=InspectionRecord, tags=["register"],
             responses={200: {"model": InspectionRecord, "description": "同一 Idempotency-Key 的重试：返回原记录"}})
async def submit_inspection(document: Annotated[dict[str, Any], Body(description=SUBMIT_DOC)], request: Request,
                            token: TokenDep, idempotency_key: Annotated[str | None, Header(
                                alias="Idempotency-Key", max_length=200, description="重试时原样重发，只登记一次")] = None,
                            detail: DetailQuery = "summary") -> Response:
    """提交检查：校验、判定、保存并登记入台账（一个事务）；重大事故隐患按企业×判定项登记或追加为再次发现。"""
    handle: RegisterHandle = request.app.state.register
    record, replayed = await run_in_threadpool(_submit, handle, token, document, idempotency_key)
    return _json(record, 200 if replayed else 201, {"Idempotent-Replayed": "true"} if replayed else None, detail)


def _submit(handle: RegisterHandle, token: str, document: Any, key: str | None) -> tuple[InspectionRecord, bool]:
    # the hot path in one trip to the thread pool: the token is still looked up before the document is judged
    return handle.get().submit(document, _authenticate(handle, token), key)


@router.get("/inspections/{inspection_id}", response_model=InspectionRecord, tags=["register"])
def get_inspection(inspection_id: Annotated[str, Path(max_length=32)], register: RegisterDep, caller: CallerDep,
                   assessment: bool = True, detail: DetailQuery = "summary") -> Response:
    """已保存的检查（提交时的判定与规则版本），以及它登记的隐患。"""
    return _json(register.inspection(inspection_id, caller, assessment), detail=detail)


@router.get("/hazards", response_model=Page[HazardRow], tags=["register"])
def list_hazards(query: Annotated[HazardFilter, Query()], register: RegisterDep, caller: CallerDep) -> Page[HazardRow]:
    """隐患清单：按行政区划、行业、状态、挂牌、逾期、渠道、判定项、发现日期筛选，分页。"""
    return register.hazards(query, caller)


@router.get("/hazards/{hazard_id}", response_model=HazardDetail, tags=["register"])
def get_hazard(hazard_id: int, register: RegisterDep, caller: CallerDep, as_of: dt.date | None = None) -> HazardDetail:
    """一条隐患：判定依据、证据、期限、挂牌督办、治理方案、时间线、历次发现和下一步可办理的事项。"""
    return register.hazard(hazard_id, caller, as_of)


@router.post("/hazards/{hazard_id}/events", status_code=201, response_model=HazardDetail, tags=["register"])
def post_event(hazard_id: int, event: Annotated[EventIn, Body()], register: RegisterDep,
               caller: CallerDep) -> HazardDetail:
    """办理一个事项（告知、治理方案、整改、申请销号、核查、销号、挂牌/摘牌、延期、停产/复产、函告约谈、处罚）。"""
    return register.apply_event(hazard_id, event, caller)


@router.get("/enterprises/{uscc}", response_model=EnterpriseOut, tags=["register"])
def get_enterprise(uscc: Annotated[str, Path(max_length=18)], register: RegisterDep, caller: CallerDep) -> EnterpriseOut:
    """企业：登记信息、在账与已销号隐患数、最近一次主要负责人带队的自查。"""
    return register.enterprise(uscc, caller)


@router.post("/leads", status_code=201, response_model=LeadOut, tags=["register"])
def add_lead(lead: LeadIn, register: RegisterDep, caller: CallerDep) -> LeadOut:
    """登记群众举报线索（可匿名）；线索不是隐患，经举报核查的检查确认后才登记隐患。"""
    return register.add_lead(lead, caller)


@router.get("/leads", response_model=Page[LeadOut], tags=["register"])
def list_leads(register: RegisterDep, caller: CallerDep, status: str | None = None,
               page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
               per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> Page[LeadOut]:
    """辖区内的举报线索（只对监管部门开放）。"""
    return register.leads(caller, status, page, per_page)


@router.get("/leads/{lead_id}", response_model=LeadOut, tags=["register"])
def get_lead(lead_id: int, register: RegisterDep, caller: CallerDep) -> LeadOut:
    """一条举报线索及其核查结论。"""
    return register.lead(lead_id, caller)


@router.get("/stats", response_model=StatsTable, tags=["statistics"])
def get_stats(query: Annotated[StatsQuery, Query()], register: RegisterDep, caller: CallerDep) -> StatsTable:
    """统计：按行政区划（任意前缀）、行业、渠道、状态分组；发现、在账、销号、整改率、挂牌、逾期、平均销号天数、存量与增量。"""
    return stats.table(register.db, query, caller, register.today())


@router.get("/stats/monthly", response_model=StatsTable, tags=["statistics"])
def get_monthly(month: Annotated[str, Query(description="YYYY-MM")], register: RegisterDep, caller: CallerDep,
                region: str | None = None) -> StatsTable:
    """月调度表：下一级行政区划逐行，本月新增、本月销号、月末在账、挂牌、逾期。"""
    return stats.monthly(register.db, month, region, caller, register.today())


@router.get("/stats/quarterly", response_model=StatsTable, tags=["statistics"])
def get_quarterly(quarter: Annotated[str, Query(description="YYYYQn，如 2025Q2")], register: RegisterDep,
                  caller: CallerDep, region: str | None = None) -> StatsTable:
    """季报：下一级行政区划 × 行业。"""
    return stats.quarterly(register.db, quarter, region, caller, register.today())


@router.get("/stats/ranking", response_model=StatsTable, tags=["statistics"])
def get_ranking(query: Annotated[StatsQuery, Query()], register: RegisterDep, caller: CallerDep) -> StatsTable:
    """量化排名：下一级行政区划按整改率（高在前）、逾期数（少在前）排序。"""
    return stats.ranking(register.db, query, caller, register.today())


@router.get("/stats/penalties", response_model=list[OrganPenalties], tags=["statistics"])
def get_penalties(register: RegisterDep, caller: CallerDep, start: dt.date, end: dt.date,
                  region: str | None = None) -> list[OrganPenalties]:
    """零处罚：各检查机关发现重大事故隐患但未作出行政处罚的检查数。"""
    return stats.penalties(register.db, region, start, end, caller)


@router.get("/stats/self-checks", response_model=list[SelfCheckDue], tags=["statistics"])
def get_self_checks(register: RegisterDep, caller: CallerDep, as_of: dt.date | None = None, region: str | None = None,
                    all_enterprises: bool = False) -> list[SelfCheckDue]:
    """主要负责人带队自查：截至某日逾期的企业（all_enterprises=true 列出全部）。"""
    return stats.self_check_overdue(register.db, region, as_of or register.today(), caller, not all_enterprises)


@router.get("/me", tags=["register"])
def who_am_i(caller: CallerDep) -> dict[str, Any]:
    """令牌对应的用户、角色和辖区。"""
    return {**caller.model_dump(mode="json"), "role_label": caller.role.label, "level": caller.level}


def install(app: FastAPI, settings: Settings, engine: Engine) -> None:
    """Add the register to an app: its routes, its error mapping and (if configured) a token on the engine routes."""
    # A thread inside a write transaction waits for the GIL after each database call while other threads assess;
    # with the default 5 ms switch interval that convoy, not the database, bounded POST /v1/inspections.
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
    app.state.register = handle = RegisterHandle(settings, engine)
    app.router.add_event_handler("shutdown", handle.close)

    @app.exception_handler(RegisterError)
    async def on_register_error(_: Request, exc: RegisterError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        if exc.status == 503:
            log.warning("register unavailable (%s): %s", exc.code, exc.__cause__ or exc.message)
            headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
        return error_response(exc.status, exc.code, exc.message, exc.errors, headers=headers)

    @app.get("/readyz", response_model=ReadyOut, tags=["meta"], responses=responses(503))
    def readyz() -> ReadyOut:
        """就绪检查：登记库可以连接，且其结构版本与本程序一致；否则 503（负载均衡据此暂不派请求给本实例）。"""
        db = handle.get().db
        return ReadyOut(status="ok", database=db.dialect, schema_revision=db.ready())

    app.include_router(router)
    if settings.engine_token_required:
        _guard_engine_routes(app)


def _guard_engine_routes(app: FastAPI) -> None:
    """With `engine_token_required`, the stateless engine endpoints under /v1 need a register token too."""

    @app.middleware("http")
    async def require_token(request: Request, call_next: Callable[[Request], Coroutine[Any, Any, Response]]) -> Response:
        if request.url.path.startswith("/v1/"):
            header = request.headers.get("authorization", "")
            token = header[7:] if header.lower().startswith("bearer ") else ""
            handle: RegisterHandle = request.app.state.register
            actor = await run_in_threadpool(auth.authenticate, handle.get().db, token) if auth.plausible(token) else None
            valid = actor is not None
            if not valid:
                return error_response(401, "unauthorized", "此服务要求令牌：Authorization: Bearer <令牌>",
                                      headers={"WWW-Authenticate": "Bearer"})
        return await call_next(request)
