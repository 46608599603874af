"""Statistics SQL: one grouped pass over the entries (conditional counts by act dates), penalties, self-checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ledger.filters import Scope
from ledger.store import tables as t
from ledger.store.queries import deadline_on, in_scope, state_on
from ledger.vocab import RECTIFIED, SUPERVISORY

H = t.Hazard


@dataclass(frozen=True)
class Window:
    """A statistics period [start, end] and the date before which found entries are 存量 (stock)."""

    start: dt.date
    end: dt.date
    stock_before: dt.date
    as_of: dt.date  # overdue is asked of this date: the period's end, or today for a period not over yet
    today: dt.date


def _dimension(name: str, region_digits: int) -> ColumnElement[Any]:
    if name == "region":
        return func.substr(H.region_code, 1, region_digits).label("region")
    columns = {"status": H.state, "industry": H.industry, "channel": H.channel, "organ": H.organ, "level": H.level,
               "standard": H.standard, "criterion": H.criterion}
    return columns[name].label(name)


def _measures(w: Window) -> list[ColumnElement[Any]]:
    in_period = H.found_on.between(w.start, w.end)
    open_at_end = or_(H.closed_on.is_(None), H.closed_on > w.end)  # every row is found on or before the end
    overdue = and_(open_at_end, deadline_on(w.as_of, w.today) < w.as_of)  # the deadline in force that day
    stock = and_(H.found_on < w.stock_before, or_(H.closed_on.is_(None), H.closed_on >= w.stock_before))  # carried over
    count = func.count()
    return [
        count.filter(in_period).label("found"),
        count.filter(in_period, H.closed_on <= w.end).label("found_closed"),
        count.filter(in_period, state_on(w.as_of, w.today).in_(RECTIFIED)).label("found_rectified"),
        count.filter(H.closed_on.between(w.start, w.end)).label("closed"),
        count.filter(open_at_end).label("open"),
        count.filter(in_period, H.listed_on <= w.end).label("listed"),
        count.filter(overdue).label("overdue"),
        func.avg(H.days_to_close).filter(H.closed_on.between(w.start, w.end)).label("avg_days_to_close"),
        count.filter(stock).label("stock_found"),
        count.filter(stock, open_at_end).label("stock_open"),
        count.filter(H.found_on >= w.stock_before).label("increment_found"),
        count.filter(H.found_on >= w.stock_before, open_at_end).label("increment_open"),
    ]


def grouped(session: Session, scope: Scope, filters: dict[str, Any], window: Window, by: list[str],
            region_digits: int) -> list[dict[str, Any]]:
    """One row per group: counts found, closed, open, listed, overdue, stock and increment in the window."""
    dimensions = [_dimension(name, region_digits) for name in by]
    # an entry closed before both the period and the stock date counts in no measure: skip it
    relevant = or_(H.closed_on.is_(None), H.closed_on >= min(window.start, window.stock_before))
    conditions = [in_scope(scope, H.region_code, H.uscc), H.found_on <= window.end, relevant]
    if filters.get("region"):
        conditions.append(H.region_code.startswith(filters["region"]))
    conditions += [getattr(H, name) == value for name, value in filters.items()
                   if name != "region" and value is not None]
    query = select(*dimensions, *_measures(window)).where(*conditions)
    if dimensions:
        query = query.group_by(*dimensions).order_by(*dimensions)
    return [dict(row._mapping) for row in session.execute(query)]


def penalties_by_organ(session: Session, scope: Scope, region: str | None, start: dt.date,
                       end: dt.date) -> list[dict[str, Any]]:
    """Per finding organ: supervisory inspections, those that found major hazards, and those penalised (一案双罚)."""
    i = t.Inspection
    penalised = exists().where(t.Event.inspection_id == i.id, t.Event.type == "penalize")
    conditions = [in_scope(scope, i.region_code, i.uscc), i.date.between(start, end), i.channel.in_(SUPERVISORY)]
    if region:
        conditions.append(i.region_code.startswith(region))
    query = (select(i.organ.label("organ"), func.count().label("inspections"),
                    func.count().filter(i.major_hazard_found.is_(True)).label("with_major_hazards"),
                    func.count().filter(i.major_hazard_found.is_(True), penalised).label("penalised"))
             .where(*conditions).group_by(i.organ).order_by(i.organ))
    return [dict(row._mapping) for row in session.execute(query)]


def self_checks(session: Session, scope: Scope, region: str | None) -> list[dict[str, Any]]:
    """Per enterprise: name, region, 高危, first inspection date and last self-check led by its 主要负责人."""
    e, i = t.Enterprise, t.Inspection
    led = and_(i.channel == "企业自查", i.led_by_principal.is_(True))
    conditions = [in_scope(scope, e.region_code, e.uscc)]
    if region:
        conditions.append(e.region_code.startswith(region))
    query = (select(e.uscc, e.name, e.region_code, e.high_risk, e.principal,
                    func.min(i.date).label("known_since"), func.max(i.date).filter(led).label("last_self_check"))
             .join(i, i.uscc == e.uscc).where(*conditions).group_by(e.uscc, e.name, e.region_code, e.high_risk,
                                                                    e.principal).order_by(e.region_code, e.uscc))
    return [dict(row._mapping) for row in session.execute(query)]
