"""隐患台账: the register list with filters and paging, one hazard's page, and the events the user's role may apply."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from documents.from_register import hazard_description
from engine.messages import pydantic_message
from ledger.errors import RegisterError
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.models import HazardDetail
from ledger.vocab import CHANNELS, STATE_LABELS, Role, State
from web import event_forms, timeline
from web.core import Web, WebDep, WebRoute
from web.header_form import families

STATES_BUT_CLOSED = [(state, label) for state, label in STATE_LABELS.items() if state != State.closed]  # 已销号 once
router = APIRouter(route_class=WebRoute, include_in_schema=False)
READERS = (Role.department, Role.enterprise, Role.admin)
FILTER_FIELDS = ("region", "industry", "status", "listed", "overdue", "channel", "found_from", "found_to")
PER_PAGE = 25
FILTER_LABELS = {"region": "行政区划", "industry": "行业", "status": "状态", "listed": "挂牌督办", "overdue": "逾期",
                 "channel": "发现渠道", "found_from": "发现日期起", "found_to": "发现日期止", "page": "页码"}


def _filter(params: dict[str, str], today: dt.date) -> tuple[HazardFilter | None, dict[str, str]]:
    """The register filter of the list page's query, or None and the errors by field (nothing is listed)."""
    status = params.get("status", "")
    query: dict[str, Any] = {
        "region": params.get("region") or None, "industry": params.get("industry") or None,
        "channel": params.get("channel") or None, "found_from": params.get("found_from") or None,
        "found_to": params.get("found_to") or None, "per_page": PER_PAGE,
        "listed": {"yes": True, "no": False}.get(params.get("listed", "")),
        "overdue_on": today if params.get("overdue") == "yes" else None,
        "open": {"open": True, "closed": False}.get(status),
        "state": [status] if status in State.__members__ else None, "page": params.get("page") or 1}
    errors: dict[str, str] = {}
    if status and status not in ("open", "closed") and status not in State.__members__:
        errors["status"] = f"{FILTER_LABELS['status']}：无法识别 '{status}'，请从列表中选择"
    try:
        found = HazardFilter.model_validate(query)
    except ValidationError as error:
        names = {"overdue_on": "overdue", "state": "status", "open": "status"}
        for item in error.errors():
            field = str(item["loc"][0]) if item["loc"] else "found_to"  # the model's own check: the period's order
            name = names.get(field, field)
            errors.setdefault(name, f"{FILTER_LABELS.get(name, name)}：{pydantic_message(item)}")
        return None, errors
    return (None, errors) if errors else (found, {})


def filter_of(web: Web) -> tuple[HazardFilter | None, dict[str, str]]:
    """The filter of the request's query (the list page and its downloads)."""
    params = {k: v for k, v in web.request.query_params.items() if k in (*FILTER_FIELDS, "page")}
    return _filter(params, web.register.today())


@router.get("/hazards")
def hazard_list(web: WebDep) -> Response:
    """The register: filters (region, industry, status, 挂牌督办, overdue, channel, period), newest first, paged."""
    actor = web.require(*READERS)
    params = {k: v for k, v in web.request.query_params.items() if k in (*FILTER_FIELDS, "page")}
    query, errors = filter_of(web)
    page = web.register.hazards(query, actor) if query else None  # never the whole list under a wrong filter
    pages = max(1, -(-page.total // page.per_page)) if page else 1
    kept = {k: v for k, v in params.items() if v and k != "page"}
    described = {h.id: hazard_description(h, web.engine.book) for h in page.items} if page else {}
    return web.render("hazards.html", page=page, pages=pages, params=params, errors=errors, described=described,
                      link=lambda n: "/hazards?" + urlencode({**kept, "page": n}), kept=urlencode(kept),
                      families=families(web.engine), channels=CHANNELS, states=STATES_BUT_CLOSED)


def _allowed(detail: HazardDetail) -> list[tuple[str, str]]:
    """(event type, label) of the next steps this user may take (role, and the listing organ on a listed entry)."""
    return [(kind.value, kind.label) for kind in detail.yours]


def _hazard_page(web: Web, actor: Actor, detail: HazardDetail, open_form: str | None = None,
                 errors: dict[str, str] | None = None, values: Any = None, status: int = 200) -> Response:
    allowed = _allowed(detail)
    forms = {kind: event_forms.fields_of(kind) for kind, _ in allowed}
    names = {f.name for f in forms.get(open_form or "", [])}
    anchors = {key: f"e-{open_form}-{key}" if key in names else f"do-{open_form}" for key in errors or {}}
    return web.render("hazard.html", status=status, h=detail, description=hazard_description(detail, web.engine.book),
                      allowed=allowed, forms=forms, open_form=open_form,
                      event_details=timeline.of_timeline(detail.timeline),
                      errors=errors or {}, anchors=anchors, values=values or {}, today=web.register.today())


@router.get("/hazards/{hazard_id}")
def hazard_page(hazard_id: int, web: WebDep) -> Response:
    """One entry: the verdict and rulebook that decided it, its timeline, sightings and the user's next steps."""
    actor = web.require(*READERS)
    return _hazard_page(web, actor, web.register.hazard(hazard_id, actor))


@router.get("/hazards/{hazard_id}/events/{kind}")
def event_form(hazard_id: int, kind: str, web: WebDep) -> Response:
    """A form's address opened (reloaded, bookmarked): the hazard's page at that form."""
    web.require(*READERS)
    return web.redirect(f"/hazards/{hazard_id}#do-{quote(kind, safe='')}")


@router.post("/hazards/{hazard_id}/events/{kind}")
async def post_event(hazard_id: int, kind: str, web: WebDep) -> Response:
    """Apply one event (the register checks role, state and dates; a refusal changes nothing)."""
    actor = web.require(*READERS)
    form = await web.form()
    detail = await run_in_threadpool(web.register.hazard, hazard_id, actor)
    if kind not in dict(_allowed(detail)):
        raise RegisterError(403, "forbidden", f"{actor.role.label}用户现在不能办理此事项")
    version = str(form.get("version") or "")
    event, errors = event_forms.parse(kind, form, int(version) if version.isdigit() else None)
    if event is None:
        return _hazard_page(web, actor, detail, kind, errors, form, status=400)
    try:
        await run_in_threadpool(web.register.apply_event, hazard_id, event, actor)
    except RegisterError as refused:
        if refused.status == 404 and not _about_a_field(refused):
            raise  # the hazard itself is gone from this user's view
        fresh = await run_in_threadpool(web.register.hazard, hazard_id, actor)
        return _hazard_page(web, actor, fresh, kind, refusal_errors(kind, refused), form, status=refused.status)
    return web.redirect(f"/hazards/{hazard_id}", flash=f"已办理：{event_forms.label(kind)}")


STALE = "该隐患刚被他人更新，本页已按最新状态刷新：请核对后再提交"


def _about_a_field(refused: RegisterError) -> bool:
    return any(list(e.get("loc", []))[:1] == ["body"] for e in refused.errors)


def refusal_errors(kind: str, refused: RegisterError) -> dict[str, str]:
    """The register's refusal as the form's errors: each once, on the field it is about, under the field's label."""
    labels = {f.name: f.label for f in event_forms.fields_of(kind)}
    if refused.code == "version_conflict":
        return {"event": STALE}
    errors: dict[str, str] = {}
    for item in refused.errors or [{}]:
        loc = [str(part) for part in item.get("loc", [])]
        field = ".".join(loc[1:]) if loc[:1] == ["body"] else ""
        field = field if field in labels else ""
        message = str(item.get("msg") or refused.message)
        if field and not message.startswith(labels[field]):
            message = f"{labels[field]}：{message}"
        if message not in errors.values():
            errors.setdefault(field or "event", message)
    return errors
