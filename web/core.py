"""The web app's request context: templates, the session and its user, CSRF-checked forms, pages and redirects.

Every web route takes `WebDep`; routes stay thin over `engine` and `ledger` (their use cases), as the API's do.
A refused request (not logged in, another's entry, a forged form) becomes a page, never a JSON error or a traceback.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Coroutine
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from api.documents import SERVER_SIDE
from api.errors import request_errors
from api.register import RegisterHandle
from documents.errors import DocumentError
from engine import clock
from engine.assess import STATUS_LABELS, Engine
from engine.rulebook import cite
from ledger import sessions
from ledger.errors import RegisterError
from ledger.identity import Actor
from ledger.service import Register
from ledger.vocab import Role
from web.session import CSRF_FIELD, CsrfRejected, LoginRequired, SessionCodec, WebSession, new_session, with_flash

HERE = Path(__file__).parent
STATIC = HERE / "static"
log = logging.getLogger("web")
templates = Jinja2Templates(directory=str(HERE / "templates"))
MESSAGES = {401: "请先登录", 403: "无权进行此操作", 404: "未找到", 405: "无法这样访问", 409: "操作冲突", 422: "填写有误",
            500: "内部错误", 503: "暂时无法使用"}
SERVER_DOCUMENT_FAULT = "文书暂时无法生成：服务器缺少所需的组件（如中文字体）。已记录此问题，请联系管理员。"
EXPIRED_FORM = "页面已过期（为安全起见，表单有时效）。请返回上一页，重新打开后再提交。"
NOT_VISIBLE = "请核对编号；你无权查看的记录也显示为未找到。"
GONE_DRAFT = ("未找到草稿", "它可能已经提交或删除；未提交的草稿列在首页。")
# refusals as a web user can act on them; the API keeps the register's and the documents' own words and hints,
# which name commands, event types and rule ids. code -> (message, details)
REFUSALS: dict[str, tuple[str, list[str]]] = {
    "register_unavailable": ("登记库暂时不可用，请稍后重试", ["提交检查时遇到此错误：稍后重新提交即可，不会重复登记。"]),
    "register_schema_mismatch": ("系统暂时无法使用（登记库与程序版本不一致），请联系管理员", []),
}
DOCUMENT_REFUSALS: dict[str, tuple[str, list[str]]] = {
    "not_listed": ("该隐患尚未下达挂牌督办通知，无法出具督办通知书", []),
    "no_listing_deadline": ("该隐患的挂牌督办尚未记录督办期限，无法出具督办通知书",
                            ["督办部门在隐患页面“下达挂牌督办通知”（填写文号和期限）后即可下载。"]),
    "missing_enterprise": ("检查记录未填写被检查企业，无法出具文书", []),
    "no_major_hazard": ("本次检查未判定出重大事故隐患，无需出具此文书", []),
    "no_order": ("本次检查不出具责令限期整改指令书",
                 ["指令书用于监管部门的执法检查、监督检查；企业自查请下载重大事故隐患报告。"]),
    "no_report_duty": ("本次检查无需报告重大事故隐患，不出具隐患报告", []),
}


@cache
def _static_version(name: str) -> str:
    return hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:10]


def static_url(name: str) -> str:
    """A static file's URL with a content hash, so browsers never keep a stale copy."""
    return f"/static/{name}?v={_static_version(name)}"


templates.env.globals.update(static_url=static_url, status_labels=STATUS_LABELS)
templates.env.filters["pair"] = lambda value: (value, value)  # a pick list whose values are its labels
templates.env.filters["cite"] = cite  # 条 and 项 as the engine cites them ("第十二条（二）", "判定标准第二十项")
templates.env.filters["stamp"] = clock.stamp  # a recorded moment (UTC) as people read it, in HAZARD_TIMEZONE


class Web:
    """One request as the web app sees it."""

    def __init__(self, request: Request):
        self.request = request
        self.codec: SessionCodec = request.app.state.web_codec.get()
        found = self.codec.read(request)
        self.session: WebSession = found or new_session()
        self._dirty = found is None
        self._actor: Actor | None = None
        self.flash = self.session.flash
        if self.flash:
            self.session, self._dirty = with_flash(self.session, None), True

    @property
    def engine(self) -> Engine:
        """The app's compiled rules."""
        engine: Engine = self.request.app.state.engine
        return engine

    @property
    def register(self) -> Register:
        """The app's register (opened on first use)."""
        handle: RegisterHandle = self.request.app.state.register
        return handle.get()

    def actor(self) -> Actor | None:
        """The logged-in user, if the session names one that is still valid."""
        if self._actor is None and self.session.user and self.session.fingerprint:
            self._actor = sessions.session_actor(self.register.db, self.session.user, self.session.fingerprint)
        return self._actor

    def require(self, *roles: Role) -> Actor:
        """The logged-in user (else a redirect to the login page); with `roles`, one of them (else a 403 page)."""
        actor = self.actor()
        if actor is None:
            url = self.request.url
            raise LoginRequired(url.path + (f"?{url.query}" if url.query else ""))
        if roles and actor.role not in roles:
            raise RegisterError(403, "forbidden", f"{actor.role.label}用户不能使用此页面")
        return actor

    def set_session(self, session: WebSession) -> None:
        """Replace the session (login, logout); the cookie is written with the response."""
        self.session, self._dirty, self._actor = session, True, None

    def csrf_token(self) -> str:
        """This session's form token."""
        return self.codec.csrf_token(self.session)

    async def form(self) -> FormData:
        """The posted form, after checking its CSRF token."""
        form = await self.request.form()
        token = form.get(CSRF_FIELD)
        if not self.codec.csrf_valid(self.session, token if isinstance(token, str) else None):
            raise CsrfRejected()
        return form

    def _finish(self, response: Response) -> Response:
        if self._dirty:
            self.codec.write(response, self.session, self.request.url.scheme == "https")
        response.headers["Cache-Control"] = "no-store"
        return response

    def render(self, template: str, status: int = 200, **context: Any) -> Response:
        """A page from a template, with the user (unless `actor` is given), the CSRF token and the one-time message."""
        if "actor" not in context:
            context["actor"] = self.actor() if self.session.user else None
        page = templates.TemplateResponse(self.request, template, {
            "csrf_token": self.csrf_token(), "flash": self.flash, "path": self.request.url.path, **context},
            status_code=status)
        return self._finish(page)

    def redirect(self, url: str, flash: str | None = None) -> Response:
        """A 303 to `url` (after a POST), optionally with a message shown once on the next page."""
        if flash:
            self.session, self._dirty = with_flash(self.session, flash), True
        return self._finish(RedirectResponse(url, status_code=303))

    def json(self, content: bytes) -> Response:
        """A JSON answer to the page's script."""
        return self._finish(Response(content=content, media_type="application/json"))


def get_web(request: Request) -> Web:
    """The request's `Web`."""
    return Web(request)


WebDep = Annotated[Web, Depends(get_web)]


def error_page(request: Request, status: int, message: str, details: list[str] | None = None,
               title: str | None = None, back: tuple[str, str] | None = None) -> Response:
    """A page saying what went wrong (never a traceback); its heading is `title`, else the status's.

    `back` (address, words) is the page the user came from, offered before the way home.
    """
    web = Web(request)
    try:
        actor = web.actor()  # the header shows who is logged in
    except RegisterError:  # the register's database is what failed (503): the page goes without the user's name
        actor = None
    return web.render("error.html", status=status, title=title or MESSAGES.get(status, "出错了"), message=message,
                      details=details or [], actor=actor, back=back)


def refusal_page(request: Request, refused: RegisterError) -> Response:
    """The register's refusal as a page: said once, in words a web user can act on."""
    if refused.code == "not_found":  # "未找到隐患 7" heads the page; its detail ("没有可见的隐患 7") would say it again
        where = refused.errors[0].get("loc") if refused.errors else None
        if where == ["path", "draft_id"]:  # e.g. the back button after submitting: the id says nothing to the user
            return error_page(request, 404, GONE_DRAFT[1], title=GONE_DRAFT[0])
        return error_page(request, 404, NOT_VISIBLE, title=refused.message)
    if refused.code in REFUSALS:
        message, details = REFUSALS[refused.code]
        return error_page(request, refused.status, message, details)
    details = [str(e.get("msg", "")) for e in refused.errors if e.get("msg") and e.get("msg") != refused.message]
    return error_page(request, refused.status, refused.message, details)


def document_error_page(request: Request, error: DocumentError, back: tuple[str, str] | None = None) -> Response:
    """A document that cannot be made: why, for the web page's user (the server's own faults stay a 500)."""
    hint = [error.suggestion] if error.suggestion else []
    if error.code in SERVER_SIDE:  # the server's own fault: its details (font paths, typst's words) go to the log
        log.error("document not made (%s): %s — %s", error.code, error.message, error.suggestion)
        return error_page(request, 500, SERVER_DOCUMENT_FAULT, back=back)
    message, details = DOCUMENT_REFUSALS.get(error.code, (error.message, hint))
    return error_page(request, 422, message, details, title="无法出具文书", back=back)


class WebRoute(APIRoute):
    """Route class of the web pages: refusals become pages (login redirect, 403, 404, 409) instead of JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """Wrap FastAPI's handler."""
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except LoginRequired as exc:
                return RedirectResponse(f"/login?next={quote(exc.next_url, safe='')}", status_code=303)
            except CsrfRejected:
                return error_page(request, 403, EXPIRED_FORM, title="未能提交")  # the message says why
            except RegisterError as exc:
                return refusal_page(request, exc)
            except RequestValidationError as exc:  # /hazards/abc: no such page; a bad query value: say which
                errors = request_errors(exc.errors(), request)
                if any(e["loc"][0] == "path" for e in errors):
                    return error_page(request, 404, "没有这个地址")
                return error_page(request, 422, "地址中的参数有误", [f"{e['loc'][-1]}：{e['msg']}" for e in errors])

        return route
