"""统计: a department's dashboard (open by region and industry, found vs closed per month, rates), charts beside tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Response
from pydantic import ValidationError

from engine.messages import pydantic_message
from ledger import stats
from ledger.errors import RegisterError
from ledger.identity import Actor
from ledger.selfcheck import add_months
from ledger.stats import StatsQuery, StatsTable
from ledger.store.db import Database
from ledger.vocab import Role
from web import charts
from web.core import WebDep, WebRoute
from web.header_form import families

router = APIRouter(route_class=WebRoute, include_in_schema=False)
VIEWERS = (Role.department, Role.admin, Role.rule_author)
MAX_MONTHS = 24
LABELS = {"region": "行政区划", "industry": "行业", "start": "统计期起", "end": "统计期止"}


def _query(params: dict[str, str], today: dt.date) -> tuple[StatsQuery, dict[str, str]]:
    raw: dict[str, Any] = {k: params.get(k) or None for k in ("region", "industry", "start", "end")}
    try:
        query = StatsQuery.model_validate(raw)
    except ValidationError as error:
        errors = {str(e["loc"][0]): f"{LABELS.get(str(e['loc'][0]), '')}：{pydantic_message(e)}" for e in error.errors()}
        return StatsQuery(), errors
    end = query.end or today
    start = query.start or end.replace(month=1, day=1)
    if start > end:
        return StatsQuery(), {"start": "统计期起不能晚于统计期止"}
    return query.model_copy(update={"start": start, "end": end}), {}


def months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar months of a period (clipped to it), at most the last MAX_MONTHS."""
    found, first = [], start.replace(day=1)
    while first <= end:
        last = add_months(first, 1) - dt.timedelta(days=1)
        found.append((max(first, start), min(last, end)))
        first = add_months(first, 1)
    return found[-MAX_MONTHS:]


def monthly_series(db: Database, query: StatsQuery, actor: Actor, today: dt.date) -> list[tuple[str, Any]]:
    """(YYYY-MM, totals) per month of the period: found and closed in the month, open at its end."""
    assert query.start is not None and query.end is not None
    return [(first.strftime("%Y-%m"), stats.table(db, query.model_copy(update={"start": first, "end": last, "by": []}),
                                                   actor, today).total) for first, last in months(query.start, query.end)]


@router.get("/stats")
def dashboard(web: WebDep) -> Response:
    """The dashboard of the user's region (or a region below it)."""
    actor = web.require(*VIEWERS)
    params = {k: v for k, v in web.request.query_params.items() if k in LABELS}
    today = web.register.today()
    query, errors = _query(params, today)
    if errors:
        query, _ = _query({}, today)
    db = web.register.db
    try:
        by_region = stats.table(db, query.model_copy(update={"by": ["region"]}), actor, today)
        by_industry = stats.table(db, query.model_copy(update={"by": ["industry"]}), actor, today)
        per_month = monthly_series(db, query, actor, today)
    except RegisterError as refused:
        if refused.status not in (403, 422):  # a region outside the user's own, or not a region: said on its field
            raise
        errors = {"region": refused.message}
        query, _ = _query({}, today)
        by_region = stats.table(db, query.model_copy(update={"by": ["region"]}), actor, today)
        by_industry = stats.table(db, query.model_copy(update={"by": ["industry"]}), actor, today)
        per_month = monthly_series(db, query, actor, today)
    names = {family: web.engine.book.industry_label(family) for family, _ in families(web.engine)}
    return web.render("stats.html", params=params, errors=errors, query=query, region=by_region, industry=by_industry,
                      per_month=per_month, names=names, families=families(web.engine),
                      charts=_charts(by_region, by_industry, per_month, names))


def _charts(by_region: StatsTable, by_industry: StatsTable, per_month: list[tuple[str, Any]],
            names: dict[str, str]) -> dict[str, charts.Chart]:
    regions = [str(r.key.get("region") or "（未知）") for r in by_region.rows]
    industries = [names.get(str(r.key.get("industry")), str(r.key.get("industry"))) for r in by_industry.rows]
    return {
        "region": charts.horizontal_bars("在账重大事故隐患（按行政区划）", regions, [r.open for r in by_region.rows]),
        "industry": charts.horizontal_bars("在账重大事故隐患（按行业）", industries, [r.open for r in by_industry.rows]),
        "rate": charts.horizontal_bars("整改率（按行政区划，期内发现且已销号的比例）", regions,
                                       [None if r.closure_rate is None else round(r.closure_rate * 100, 1)
                                        for r in by_region.rows], percent=True),
        "months": charts.columns_with_line(
            "逐月发现与销号（动态清零）", [m[5:] for m, _ in per_month],
            [("发现", [t.found for _, t in per_month]), ("销号", [t.closed for _, t in per_month])],
            ("月末在账", [t.open for _, t in per_month])),
    }
