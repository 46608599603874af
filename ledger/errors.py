"""Errors the register reports on purpose: an HTTP-like status, a stable code, a Chinese message, located details."""

from __future__ import annotations

import re
from typing import Any


class RegisterError(Exception):
    """A refused request (bad input, not found, not allowed, a conflict): nothing was written. Or a 503 (`unavailable`)."""

    def __init__(self, status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None):
        self.status, self.code, self.message, self.errors = status, code, message, errors or []
        super().__init__(message)


def not_found(what: str, key: object, loc: list[str]) -> RegisterError:
    """The one answer for "absent" and "not yours": an entry another enterprise owns is simply not found."""
    return RegisterError(404, "not_found", f"未找到{what} {key}", [{"loc": loc, "msg": f"没有可见的{what} {key}"}])


def forbidden(message: str, loc: list[str] | None = None) -> RegisterError:
    """The actor's role may not do this (said only where the target's existence reveals nothing)."""
    return RegisterError(403, "forbidden", message, [{"loc": loc or ["token"], "msg": message}])


def invalid(code: str, message: str, loc: list[str], suggestion: str = "") -> RegisterError:
    """A 422 naming the field and what to do."""
    return RegisterError(422, code, message, [{"loc": loc, "msg": message, "code": code, "suggestion": suggestion}])


def unavailable() -> RegisterError:
    """The database could not be reached or stayed busy: a 503, to be retried.

    Whether a write whose commit was cut off took effect cannot be known here; a submission retried with the same
    Idempotency-Key is stored once either way.
    """
    message = "登记库暂时不可用（数据库无法连接、连接中断或持续繁忙），请稍后重试"
    retry = "提交检查时遇到此错误：稍后重新提交即可（接口或命令行请带同一 Idempotency-Key），不会重复登记"
    return RegisterError(503, "register_unavailable", message, [{"loc": ["register"], "msg": retry}])


def schema_mismatch(revision: str | None, head: str | None) -> RegisterError:
    """The database's schema is not the one this version needs (migrated by a newer version): a 503."""
    return RegisterError(503, "register_schema_mismatch", f"登记库结构版本 {revision} 与本程序所需的 {head} 不一致",
                         [{"loc": ["register"], "msg": "数据库已由较新的版本迁移：请把本实例升级到同一版本"}])


def invalid_url(url: str, error: Exception) -> RegisterError:
    """A database URL that cannot be used (a typo in the scheme, a driver not installed)."""
    shown = re.sub(r"//[^/@]*@", "//***@", url)  # never echo a user or password
    return RegisterError(2, "invalid_database_url", f"无法使用数据库 URL {shown}：{type(error).__name__}",
                         [{"loc": ["HAZARD_DATABASE_URL"], "msg": "应为 postgresql+psycopg://用户:密码@主机/库名、"
                           "sqlite:///文件路径，或 SQLite 文件的路径",
                           "suggestion": "检查 --database 或 HAZARD_DATABASE_URL 的写法"}])
