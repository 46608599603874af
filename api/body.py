r"""JSON request bodies read strictly: one parse, and what Python's json module lets through is refused with its path.

`json.loads` keeps the last of duplicate keys (`"headcount": 10, "headcount": 5` silently becomes 5), accepts lone
UTF-16 surrogates (`"\ud800"`, which then cannot be written back as UTF-8) and nests as deep as its C stack allows.
Each of these is a 422 naming the field, before any validation runs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from engine.loader import MAX_DEPTH
from engine.messages import json_problem

MAX_ERRORS = 100
LARGE_BODY = 64 * 1024  # parsed off the event loop from this size on
_SURROGATE = re.compile("[\ud800-\udfff]")


class BodyRejected(HTTPException):
    """A body refused before validation; FastAPI re-raises HTTPExceptions from body parsing as they are."""

    def __init__(self, code: str, message: str, errors: list[dict[str, Any]]):
        super().__init__(status_code=422, detail=message)
        self.code = code
        self.errors = errors


class _Duplicated(dict[str, Any]):
    """A JSON object that had repeated keys (the repeats are kept to report them with their path)."""

    repeated: list[str]


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    repeated = []
    for key, value in pairs:
        if key in result:
            repeated.append(key)
        result[key] = value
    if not repeated:
        return result
    marked = _Duplicated(result)
    marked.repeated = repeated
    return marked


def _bad_text(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


def body_problems(data: Any) -> list[dict[str, Any]]:
    """Repeated keys, lone surrogates and nesting deeper than MAX_DEPTH, each with its path (iterative walk)."""
    errors: list[dict[str, Any]] = []
    pending: list[tuple[Any, list[str | int]]] = [(data, ["body"])]
    while pending and len(errors) < MAX_ERRORS:
        node, path = pending.pop()
        if len(path) > MAX_DEPTH + 1:
            errors.append({"loc": path, "code": "too_deep", "msg": f"嵌套超过 {MAX_DEPTH} 层",
                           "suggestion": "检查请求结构；检查数据不超过 5 层"})
            break
        if isinstance(node, dict):
            for key in getattr(node, "repeated", ()):
                errors.append({"loc": [*path, key], "code": "duplicate_key", "msg": f"键 '{key}' 重复出现",
                               "suggestion": "每个键只写一次（JSON 解析器通常只保留最后一个，结果会悄悄改变）"})
            for key, value in node.items():
                if _bad_text(key):
                    errors.append(_surrogate([*path, key.encode("utf-8", "backslashreplace").decode()]))
                else:
                    pending.append((value, [*path, key]))
        elif isinstance(node, list):
            pending.extend((item, [*path, index]) for index, item in enumerate(node))
        elif isinstance(node, str) and _bad_text(node):
            errors.append(_surrogate(path))
    return errors


def _surrogate(path: list[str | int]) -> dict[str, Any]:
    return {"loc": path, "code": "invalid_text", "msg": "文本含有孤立的 UTF-16 代理字符（如 \\ud800），不是有效的 Unicode",
            "suggestion": "删除该字符；中文请直接以 UTF-8 发送"}


def parse_json(body: bytes) -> Any:
    """Parse a JSON body or raise BodyRejected with every located problem."""
    try:
        data = json.loads(body, object_pairs_hook=_pairs)
    except json.JSONDecodeError as error:
        raise BodyRejected("invalid_request", "请求体不是合法的 JSON", [
            {"loc": ["body"], "code": "invalid_json", "msg": json_problem(error),
             "suggestion": "检查引号、逗号和括号；键和文本用双引号"}]) from None
    except RecursionError:
        raise BodyRejected("invalid_request", "请求体嵌套过深", [
            {"loc": ["body"], "code": "too_deep", "msg": f"嵌套超过 {MAX_DEPTH} 层",
             "suggestion": "检查请求结构"}]) from None
    except (ValueError, UnicodeDecodeError):  # an integer of 5,000 digits; bytes that are not UTF-8
        raise BodyRejected("invalid_request", "请求体无法读取", [
            {"loc": ["body"], "code": "invalid_json", "msg": "不是 UTF-8 编码，或数字位数过多",
             "suggestion": "以 UTF-8 发送；数字不超过 15 位"}]) from None
    errors = body_problems(data)
    if errors:
        raise BodyRejected("invalid_request", f"请求体有 {len(errors)} 个问题", errors)
    return data


class StrictRequest(Request):
    """A request whose `json()` is `parse_json` (large bodies parsed in the thread pool)."""

    async def json(self) -> Any:
        """The parsed body, parsed once."""
        if not hasattr(self, "_json"):
            body = await self.body()
            self._json = await run_in_threadpool(parse_json, body) if len(body) > LARGE_BODY else parse_json(body)
        return self._json


def declared_query(request: Request) -> list[str] | None:
    """The query parameters the matched API operation declares (None for a route outside the OpenAPI document)."""
    path = getattr(request.scope.get("route"), "path_format", None)
    operation = request.app.openapi().get("paths", {}).get(path, {}).get(request.method.lower())
    if operation is None:
        return None
    return [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]


def _unknown_query(request: Request) -> list[dict[str, Any]]:
    """An API operation's undeclared query parameters (`?detial=full` is refused, not silently ignored)."""
    if not request.url.path.startswith("/v1/"):
        return []
    declared = declared_query(request)
    if declared is None:
        return []
    return [{"type": "extra_forbidden", "loc": ("query", name), "msg": "Extra inputs are not permitted", "input": value}
            for name, value in request.query_params.multi_items() if name not in declared]


class StrictRoute(APIRoute):
    """Route class of every router: its endpoint sees a StrictRequest; an API operation refuses unknown parameters."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """Wrap FastAPI's handler so body parsing goes through `StrictRequest.json`."""
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            if request.scope.get("query_string"):
                unknown = _unknown_query(request)
                if unknown:
                    raise RequestValidationError(unknown)
            return await handler(StrictRequest(request.scope, request.receive))

        return strict
