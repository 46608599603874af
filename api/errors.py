"""One error shape for every failure: {code, message, errors: [{loc, code, msg, suggestion}]}; never a stack trace."""

from __future__ import annotations

import http
import logging
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.body import BodyRejected, declared_query
from api.schemas import DATE_PATTERN, ErrorOut
from engine.errors import ProblemsError
from engine.messages import pydantic_problem
from engine.rulebook import did_you_mean

log = logging.getLogger("api")

HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large", 415: "unsupported_media_type"}
HTTP_MESSAGES = {404: "没有这个地址", 405: "该地址不支持此请求方法", 415: "不支持的请求体类型"}
API_PATHS = ("/v1/", "/healthz", "/readyz", "/openapi.json", "/docs", "/redoc")  # answered in JSON, never as a page


class ApiError(Exception):
    """An error the API reports on purpose, with its status and located problems."""

    def __init__(self, status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None):
        self.status, self.code, self.message, self.errors = status, code, message, errors or []
        super().__init__(message)


def error_response(status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    """The JSON error body every endpoint uses."""
    return JSONResponse(status_code=status, content={"code": code, "message": message, "errors": errors or []},
                        headers=dict(headers) if headers else None)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the error statuses an operation may return."""
    described = {404: "未找到", 413: "请求体过大", 422: "请求或检查数据有误", 503: "登记库暂时不可用，请稍后重试"}
    return {s: {"model": ErrorOut, "description": described.get(s, "错误")} for s in statuses}


_SHAPES = {"dict_type": "应为 JSON 对象 {…}", "model_type": "应为 JSON 对象 {…}",
           "model_attributes_type": "应为 JSON 对象 {…}", "list_type": "应为 JSON 数组 […]"}


def request_errors(errors: Sequence[Mapping[str, Any]], request: Request) -> list[dict[str, Any]]:
    """FastAPI's request validation errors in Chinese: each with its location, pydantic's code and a message.

    A key the request may not have, a missing one and an unknown tag name the key and what is accepted (an unknown
    query parameter: the operation's own, the nearest first).
    """
    return [_request_error(error, request) for error in errors]


def _unknown_key(name: str, where: str, request: Request) -> str:
    accepted = declared_query(request) if where == "query" else None
    if accepted == []:
        return "该接口不接受查询参数：删除它"
    if not accepted:
        return "删除它，或核对拼写（可用的键见 /docs 中该接口的说明）"
    return did_you_mean(name, accepted, "删除它，或核对拼写。") + "可用：" + "、".join(accepted)


def _request_error(error: Mapping[str, Any], request: Request) -> dict[str, Any]:
    loc = [str(part) for part in error.get("loc", ())]
    kind, context = str(error.get("type", "")), dict(error.get("ctx") or {})
    message, suggestion = pydantic_problem(error)
    if kind == "extra_forbidden":
        suggestion = _unknown_key(loc[-1], loc[0], request)
    elif kind == "string_pattern_mismatch" and context.get("pattern") == DATE_PATTERN:
        message, suggestion = "应为日期 YYYY-MM-DD", "如 2025-06-01"
    elif kind in _SHAPES:  # a request is JSON: its words, not YAML's
        message = _SHAPES[kind]
        declared = request.headers.get("content-type", "")
        if len(loc) == 1 and "json" not in declared:  # the body not parsed at all: sent as text or a form
            suggestion = f"以 JSON 发送并声明 content-type: application/json（收到 {declared or '无'}）"
    elif kind == "missing" and loc == ["body"]:
        message, suggestion = "缺少请求体", "以 JSON 发送（content-type: application/json）"
    item: dict[str, Any] = {"loc": loc, "code": kind, "msg": message}
    return {**item, "suggestion": suggestion} if suggestion else item


BATCH_ITEM = re.compile(r"body\[(\d+)\]")


def _loc(path: str) -> list[str]:
    """`facts.<dotted fact code>` keeps the code whole; other paths split on dots."""
    head, _, rest = path.partition(".")
    return [head, rest] if head == "facts" and rest else path.split(".")


def _item(file: str) -> list[int]:
    """The index of a batch's inspection (`body[2]`) as the first element of its problems' loc; none for one body."""
    found = BATCH_ITEM.fullmatch(file)
    return [int(found.group(1))] if found else []


def _problems(error: ProblemsError) -> JSONResponse:
    errors = [{"loc": [*_item(p.file), *_loc(p.message.split("：", 1)[0])], "msg": p.message, "code": p.code,
               "suggestion": p.suggestion} for p in error.problems]
    return error_response(422, "invalid_inspection", f"检查数据有 {len(errors)} 个问题", errors)


def _default(exc: StarletteHTTPException) -> str:
    """The reason phrase Starlette puts in `detail` when the raiser gave none ("Not Found")."""
    return http.HTTPStatus(exc.status_code).phrase


def _page(request: Request, status: int, message: str, headers: Mapping[str, str] | None) -> Response | None:
    """The web app's error page when a browser asked for a page (not one of the API's JSON paths), else None."""
    page = getattr(request.app.state, "html_error", None)
    path = request.url.path
    if page is None or path.startswith(API_PATHS) or "text/html" not in request.headers.get("accept", ""):
        return None
    response: Response = page(request, status, message)
    response.headers.update(headers or {})
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Map validation, engine problems, HTTP errors and crashes to the one error shape."""

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = request_errors(exc.errors(), request)
        return error_response(422, "invalid_request", f"请求有 {len(errors)} 个问题", errors)

    @app.exception_handler(ProblemsError)
    async def on_problems(_: Request, exc: ProblemsError) -> JSONResponse:
        return _problems(exc)

    @app.exception_handler(ApiError)
    async def on_api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.errors)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        if isinstance(exc, BodyRejected):
            return error_response(422, exc.code, str(exc.detail), exc.errors)
        if exc.status_code == 400:  # FastAPI's "error parsing the body": not UTF-8, nested too deep, bad multipart
            return error_response(422, "invalid_request", "请求体无法解析（应为 UTF-8 编码的 JSON 或 multipart 表单）",
                                  [{"loc": ["body"], "msg": str(exc.detail)}])
        code = HTTP_CODES.get(exc.status_code, "http_error")
        message = HTTP_MESSAGES.get(exc.status_code, str(exc.detail)) if exc.detail == _default(exc) else str(exc.detail)
        page = _page(request, exc.status_code, message, exc.headers)  # a mistyped address in the web app
        return page if page is not None else error_response(exc.status_code, code, message, [], headers=exc.headers)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> Response:
        error_id = uuid.uuid4().hex[:12]  # quoted by the user, found in the log
        log.exception("unhandled error %s on %s %s", error_id, request.method, request.url.path, exc_info=exc)
        message = f"内部错误，结果不可用（已记录，编号 {error_id}；报告问题时请附上此编号）"
        headers = {"X-Error-Id": error_id}
        try:
            page = _page(request, 500, message, headers)
        except Exception:  # the page itself failed (e.g. the register is what broke): the plain answer below
            log.exception("the error page for %s failed too", error_id)
            page = None
        return page if page is not None else error_response(500, "internal_error", message, headers=headers)
