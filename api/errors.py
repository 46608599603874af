"""One error shape for every failure: {code, message, errors: [{loc, msg}]}; no stack trace reaches a client."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.body import BodyRejected
from api.schemas import ErrorOut
from engine.errors import ProblemsError

log = logging.getLogger("api")

HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large", 415: "unsupported_media_type"}


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


def _loc(path: str) -> list[str]:
    """`facts.<dotted fact code>` keeps the code whole; other paths split on dots."""
    head, _, rest = path.partition(".")
    return [head, rest] if head == "facts" and rest else path.split(".")


def _problems(error: ProblemsError) -> JSONResponse:
    errors = [{"loc": _loc(p.message.split("：", 1)[0]), "msg": p.message, "code": p.code,
               "suggestion": p.suggestion} for p in error.problems]
    return error_response(422, "invalid_inspection", f"检查数据有 {len(errors)} 个问题", errors)


def install_error_handlers(app: FastAPI) -> None:
    """Map validation, engine problems, HTTP errors and crashes to the one error shape."""

    @app.exception_handler(RequestValidationError)
    async def on_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in exc.errors()]
        return error_response(422, "invalid_request", "请求格式不正确", errors)

    @app.exception_handler(ProblemsError)
    async def on_problems(_: Request, exc: ProblemsError) -> JSONResponse:
        return _problems(exc)

    @app.exception_handler(ApiError)
    async def on_api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.errors)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if isinstance(exc, BodyRejected):
            return error_response(422, exc.code, str(exc.detail), exc.errors)
        if exc.status_code == 400:  # FastAPI's "error parsing the body": not UTF-8, nested too deep, bad multipart
            return error_response(422, "invalid_request", "请求体无法解析（应为 UTF-8 编码的 JSON 或 multipart 表单）",
                                  [{"loc": ["body"], "msg": str(exc.detail)}])
        code = HTTP_CODES.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), [], headers=exc.headers)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "internal_error", "引擎内部错误，结果不可用（已记录）")
