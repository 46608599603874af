"""新建检查: the header step, the checklist that judges as it is answered, drafts, and submission to the register."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from engine.errors import ProblemsError
from ledger import drafts
from ledger.errors import RegisterError
from ledger.identity import Actor
from ledger.store.forms import DraftRecord
from ledger.vocab import CHANNELS, LEVELS, Role
from web import header_form
from web.checklist import Layout, LiveState, build_layout, document, live_state, read_answers, typed_answers
from web.core import Web, WebDep, WebRoute, templates

router = APIRouter(route_class=WebRoute, include_in_schema=False)
INSPECTORS = (Role.department, Role.enterprise)
MAX_LAYOUTS = 64


def _header_page(web: Web, actor: Actor, values: dict[str, Any], errors: dict[str, str], action: str,
                 query: str = "", status: int = 200) -> Response:
    register = web.register
    choices = drafts.enterprise_choices(register.db, actor, query)
    return web.render("check_new.html", status=status, values=values, errors=errors, action=action, query=query,
                      choices=choices, families=header_form.families(web.engine), channels=CHANNELS, levels=LEVELS,
                      labels=header_form.LABELS)


@router.get("/checks/new")
def new_check(web: WebDep, q: str = "", uscc: str = "") -> Response:
    """Step 1: the enterprise (picked from the register or new) and the inspection's particulars."""
    actor = web.require(*INSPECTORS)
    picked = next((c for c in drafts.enterprise_choices(web.register.db, actor, uscc) if c.uscc == uscc), None) \
        if uscc else None
    if picked is None and actor.role is Role.enterprise:
        picked = next(iter(drafts.enterprise_choices(web.register.db, actor, actor.uscc or "")), None)
    values = header_form.defaults(actor, web.register.today(), picked)
    return _header_page(web, actor, values, {}, "/checks/new", q)


@router.post("/checks/new")
async def create_draft(web: WebDep) -> Response:
    """Check the particulars and start a draft; then the checklist."""
    actor = web.require(*INSPECTORS)
    values = header_form.read(await web.form())
    header, errors = header_form.validate(values, actor, web.engine, web.register.today())
    if header is None:
        return _header_page(web, actor, values, errors, "/checks/new", status=400)
    draft_id = drafts.start(web.register.db, actor, values["name"], header)
    return web.redirect(f"/checks/drafts/{draft_id}")


@router.get("/checks/drafts/{draft_id}/header")
def edit_header(draft_id: str, web: WebDep) -> Response:
    """Change a draft's particulars (the answers are kept)."""
    actor = web.require(*INSPECTORS)
    found = drafts.get(web.register.db, draft_id, actor)
    return _header_page(web, actor, header_form.values_of(found.header), {}, f"/checks/drafts/{draft_id}/header")


@router.post("/checks/drafts/{draft_id}/header")
async def save_header(draft_id: str, web: WebDep) -> Response:
    """Store the changed particulars."""
    actor = web.require(*INSPECTORS)
    drafts.get(web.register.db, draft_id, actor)
    values = header_form.read(await web.form())
    header, errors = header_form.validate(values, actor, web.engine, web.register.today())
    if header is None:
        return _header_page(web, actor, values, errors, f"/checks/drafts/{draft_id}/header", status=400)
    drafts.save_header(web.register.db, draft_id, actor, values["name"], header)
    return web.redirect(f"/checks/drafts/{draft_id}", flash="检查信息已更新")


def layout_of(web: Web, header: dict[str, Any]) -> Layout:
    """The form for a header's date and scope (built once per date and scope in this process)."""
    info = header.get("inspection") or {}
    date, scope = dt.date.fromisoformat(info["date"]), info.get("scope")
    cache: dict[tuple[dt.date, tuple[str, ...] | None], Layout] = web.request.app.state.web_layouts
    key = (date, tuple(scope) if scope else None)
    if key not in cache:
        if len(cache) >= MAX_LAYOUTS:
            cache.clear()
        cache[key] = build_layout(web.engine, date, scope)
    return cache[key]


def _checklist_page(web: Web, found: DraftRecord, answers: dict[str, Any], state: LiveState,
                    errors: dict[str, str], status: int = 200) -> Response:
    layout = layout_of(web, found.header)
    anchors = {code: layout.questions[code].html_id if code in layout.questions else "checklist" for code in errors}
    return web.render("checklist.html", status=status, draft=found, info=found.header["inspection"], layout=layout,
                      answers=answers, state=state, errors=errors, anchors=anchors)


@router.get("/checks/drafts/{draft_id}")
def checklist(draft_id: str, web: WebDep) -> Response:
    """The checklist of a draft: profile first, then only the questions that can still change a verdict."""
    actor = web.require(*INSPECTORS)
    found = drafts.get(web.register.db, draft_id, actor)
    state = live_state(web.engine, layout_of(web, found.header), found.header, found.answers)
    return _checklist_page(web, found, found.answers, state, {})


def _live_json(state: LiveState, layout: Layout) -> bytes:
    macros = templates.env.get_template("_checklist.html").module
    groups = {g.id: {"show": state.groups[g.id].show, "html": str(macros.verdict(g, state.groups[g.id]))}  # type: ignore[attr-defined]
              for g in layout.groups if g.id != "g-profile"}
    body = {"visible": sorted(state.visible), "groups": groups, "errors": state.errors,
            "summary": str(macros.summary(layout, state)), "complete": state.verdicts.complete}  # type: ignore[attr-defined]
    return json.dumps(body, ensure_ascii=False).encode()


@router.post("/checks/drafts/{draft_id}/live")
async def live(draft_id: str, web: WebDep) -> Response:
    """The page script's refresh after each answer: verdicts per 条 and the questions to show (answers saved)."""
    actor = web.require(*INSPECTORS)
    form = await web.form()
    found = await run_in_threadpool(drafts.get, web.register.db, draft_id, actor)
    layout = layout_of(web, found.header)
    answers = read_answers(layout, form)

    def decide() -> bytes:
        drafts.save_answers(web.register.db, draft_id, actor, answers)
        return _live_json(live_state(web.engine, layout, found.header, answers), layout)
    return web.json(await run_in_threadpool(decide))


def draft_key(draft_id: str) -> str:
    """The Idempotency-Key a draft is submitted under: a second 确认提交 stores nothing twice."""
    return f"web-draft-{draft_id}"


def _confirmed(form: Any, action: str) -> bool:
    """The confirmation page's button: 提交检查 and 删除草稿 act only on a second, confirmed POST."""
    return action in ("submit", "discard") and form.get("confirm") == "1"


@router.post("/checks/drafts/{draft_id}")
async def act_on_draft(draft_id: str, web: WebDep) -> Response:
    """The form's buttons: 更新判定 and 保存草稿 keep the answers; 提交检查 and 删除草稿 keep them and ask first."""
    actor = web.require(*INSPECTORS)
    form = await web.form()
    db = web.register.db
    action = str(form.get("action") or "refresh")
    try:
        found = drafts.get(db, draft_id, actor)
    except RegisterError as gone:
        submitted = (web.register.submitted_under(actor, draft_key(draft_id))
                     if action == "submit" and _confirmed(form, action) else None)
        if gone.status != 404 or submitted is None:
            raise
        return web.redirect(f"/checks/{submitted}", flash="检查已提交")  # a second tap on 确认提交: it went through
    if _confirmed(form, action):  # the confirmation form carries no answers: those saved on the way there count
        if action == "discard":
            drafts.discard(db, draft_id, actor)
            return web.redirect("/", flash="草稿已删除")
        return await _submit(web, actor, found, layout_of(web, found.header), found.answers)
    layout = layout_of(web, found.header)
    answers = read_answers(layout, form)
    drafts.save_answers(db, draft_id, actor, answers)
    if action == "discard":
        return web.redirect(f"/checks/drafts/{draft_id}/discard")
    message = "草稿已保存，可随时从首页继续填写" if action == "save" else None
    state = live_state(web.engine, layout, found.header, answers)
    if state.errors:
        return _checklist_page(web, found, answers, state, state.errors, status=400)
    if action == "submit":
        return web.redirect(f"/checks/drafts/{draft_id}/submit")
    target = next((q.html_id for g in layout.groups for q in g.questions
                   if q.code in state.visible and q.code not in answers), "summary")
    return web.redirect(f"/checks/drafts/{draft_id}#{target}", flash=message)


@router.get("/checks/drafts/{draft_id}/submit")
def confirm_submit(draft_id: str, web: WebDep) -> Response:
    """提交检查, asked first: what the saved answers decide, how many 条 still wait, and that it cannot be undone."""
    actor = web.require(*INSPECTORS)
    found = drafts.get(web.register.db, draft_id, actor)
    layout = layout_of(web, found.header)
    state = live_state(web.engine, layout, found.header, found.answers)
    if state.errors:  # reached by its address with answers that cannot be submitted: the checklist says which
        return _checklist_page(web, found, found.answers, state, state.errors, status=400)
    return web.render("check_confirm.html", kind="submit", draft=found, info=found.header["inspection"],
                      summary=state.verdicts.summary)


@router.get("/checks/drafts/{draft_id}/discard")
def confirm_discard(draft_id: str, web: WebDep) -> Response:
    """删除草稿, asked first: the draft and all its answers cannot be brought back."""
    actor = web.require(*INSPECTORS)
    found = drafts.get(web.register.db, draft_id, actor)
    return web.render("check_confirm.html", kind="discard", draft=found, info=found.header["inspection"],
                      answered=len(found.answers))


async def _submit(web: Web, actor: Actor, found: DraftRecord, layout: Layout, answers: dict[str, Any]) -> Response:
    """Submit to the register (validated, assessed, stored, registered in one transaction); the draft is removed."""
    facts, errors = typed_answers(layout, web.engine, answers)
    if not errors:
        try:
            record, _ = await run_in_threadpool(web.register.submit, document(found.header, facts), actor,
                                                draft_key(found.id))
        except ProblemsError as problems:
            errors = {f"problem{i}": p.message for i, p in enumerate(problems.problems)}
        except RegisterError as refused:
            if refused.status == 404:
                raise
            errors = {"submit": refused.message, **{f"detail{i}": str(e.get("msg")) for i, e in enumerate(refused.errors)
                                                    if e.get("msg") and e.get("msg") != refused.message}}
        else:
            drafts.discard(web.register.db, found.id, actor)
            registered = len(record.hazards)
            return web.redirect(f"/checks/{record.id}", flash="检查已提交" + (
                f"，{registered} 项重大事故隐患已登记入台账" if registered else "，未登记重大事故隐患"))
    state = live_state(web.engine, layout, found.header, answers)
    return _checklist_page(web, found, answers, state, errors, status=400)
