"""Login, logout and the home page."""

from __future__ import annotations

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from ledger import drafts, sessions
from ledger.vocab import Role
from web.core import WebDep, WebRoute
from web.session import logged_in, new_session

router = APIRouter(route_class=WebRoute, include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only a path on this site (never //host or a scheme) may follow a login."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/")
def home(web: WebDep) -> Response:
    """The start page: what this user can do."""
    actor = web.require()
    mine = drafts.mine(web.register.db, actor) if actor.role in (Role.department, Role.enterprise) else []
    return web.render("home.html", drafts=mine)


@router.get("/login")
def login_form(web: WebDep, next: str | None = None) -> Response:
    """The login form."""
    return web.render("login.html", next=_safe_next(next), errors={}, name="")


@router.post("/login")
async def login(web: WebDep) -> Response:
    """Check the name and password (argon2id), then start a new session."""
    form = await web.form()
    name, password = str(form.get("name") or "").strip(), str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or ""))
    errors = {}
    if not name:
        errors["name"] = "请输入用户名"
    if not password:
        errors["password"] = "请输入密码"
    found = None if errors else await run_in_threadpool(sessions.login, web.register.db, name, password)
    if found is None:
        if not errors:
            errors["password"] = "用户名或密码不正确"
        return web.render("login.html", status=400 if errors else 200, next=target, errors=errors, name=name)
    web.set_session(logged_in(*found))
    return web.redirect(target, flash=f"已登录：{found[0].name}（{found[0].role.label}）")


@router.get("/logout")
def logout_page(web: WebDep) -> Response:
    """Logging out is a form (POST, with its CSRF token): an address typed or followed goes to the home page."""
    return web.redirect("/")


@router.post("/logout")
async def logout(web: WebDep) -> Response:
    """End the session."""
    await web.form()
    web.set_session(new_session())
    return web.redirect("/login", flash="已退出登录")
