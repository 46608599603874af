"""Statistics of the register: counts by region, industry, channel, status and period; 月调度, 季报, 零处罚, ranking.

Counts use the act dates (found on, 销号 on), so a 现场核查 recorded late still counts in the month it took place.
The official 整改率 formula is not obtained (hazard-register-procedures.md §8 ✗); here the closure rate is "of the
entries found in the period, the share closed by its end", and the notes say so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ledger import selfcheck
from ledger.auth import scope_of
from ledger.errors import forbidden, invalid
from ledger.filters import Scope, region_filter
from ledger.identity import Actor
from ledger.store import stats_sql
from ledger.store.db import Database
from ledger.store.stats_sql import Window
from ledger.vocab import Role

Dimension = Literal["region", "industry", "channel", "status", "organ", "level", "standard", "criterion"]
DIMENSION_LABELS = {"region": "行政区划", "industry": "行业", "channel": "发现渠道", "status": "状态", "organ": "发现单位",
                    "level": "发现层级", "standard": "标准版本", "criterion": "判定项"}
STOCK_BEFORE = dt.date(2024, 1, 1)  # 治本攻坚: the stock is what was found in 2023 and earlier
RATE_NOTE = "整改率 = 期内发现且期末前已销号 / 期内发现（本系统口径；官方计算口径尚未取得）"
RECTIFIED_NOTE = "整改完成 = 期内发现、截至期末企业已报告整改完成的（含待核查、已核查和已销号的），按期末当日的状态"
ZERO_NOTE = "存量 = 分界日期前发现、在该日仍未销号的；动态清零：在账（存量与增量）= 0（治本攻坚三年行动，政策目标）"
NEXT_LEVEL = {0: 2, 2: 4, 4: 6, 6: 9, 9: 12, 12: 12}


class StatsQuery(BaseModel):
    """What to count: filters, the period, the grouping, and the stock date."""

    model_config = ConfigDict(extra="forbid")
    region: str | None = Field(default=None, description="行政区划代码或前缀（37、3710、371082）；缺省为用户辖区")
    industry: str | None = None
    channel: str | None = None
    start: dt.date | None = Field(default=None, description="统计期起（缺省当年 1 月 1 日）")
    end: dt.date | None = Field(default=None, description="统计期止（缺省今天）")
    by: list[Dimension] = Field(default_factory=lambda: list[Dimension](["region"]), description="分组维度")
    region_digits: int | None = Field(default=None, description="按行政区划分组时的位数：2 省、4 市、6 县、9 乡镇")
    stock_before: dt.date = Field(default=STOCK_BEFORE, description="存量/增量分界日期")

    @field_validator("region")
    @classmethod
    def _region(cls, value: str | None) -> str | None:
        return region_filter(value)


class StatsRow(BaseModel):
    """The counts of one group (or of the whole selection)."""

    key: dict[str, str | None]
    found: int
    found_closed: int = Field(description="期内发现且截至统计期止已销号的（整改率的分子）")
    found_rectified: int = Field(description="期内发现且截至统计期止已报告整改完成的（含待核查、已核查和已销号的）")
    closed: int
    open: int
    listed: int
    overdue: int
    closure_rate: float | None
    avg_days_to_close: float | None
    stock_found: int = Field(description="存量：分界日期前发现、在该日仍未销号的")
    stock_open: int = Field(description="存量中截至统计期止仍在账的")
    increment_found: int
    increment_open: int
    stock_cleared: bool = Field(description="存量清零：分界日期前发现的在账为 0")
    dynamic_zero: bool = Field(description="动态清零：在账（存量与增量）为 0")
    rank: int | None = None


class StatsTable(BaseModel):
    """A statistics table: what was asked, one row per group, the total, and notes on the definitions."""

    title: str
    region: str | None
    start: dt.date
    end: dt.date
    stock_before: dt.date
    by: list[str]
    rows: list[StatsRow]
    total: StatsRow
    notes: list[str]


def _row(values: dict[str, Any], by: list[str]) -> StatsRow:
    found = int(values["found"])
    avg = values["avg_days_to_close"]
    return StatsRow(key={name: values.get(name) for name in by}, found=found,
                    found_closed=int(values["found_closed"]), found_rectified=int(values["found_rectified"]),
                    closed=int(values["closed"]),
                    open=int(values["open"]), listed=int(values["listed"]), overdue=int(values["overdue"]),
                    closure_rate=round(int(values["found_closed"]) / found, 4) if found else None,
                    avg_days_to_close=round(float(avg), 1) if avg is not None else None,
                    stock_found=int(values["stock_found"]), stock_open=int(values["stock_open"]),
                    increment_found=int(values["increment_found"]), increment_open=int(values["increment_open"]),
                    stock_cleared=int(values["stock_open"]) == 0, dynamic_zero=int(values["open"]) == 0)


COUNTS = ("found", "found_closed", "found_rectified", "closed", "open", "listed", "overdue", "stock_found", "stock_open",
          "increment_found", "increment_open")


def _sum(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The total of grouped counts (one pass over the entries, not two); the mean days weighted by closures."""
    total: dict[str, Any] = {name: sum(int(r[name]) for r in rows) for name in COUNTS}
    weighted = [(float(r["avg_days_to_close"]), int(r["closed"])) for r in rows if r["avg_days_to_close"] is not None]
    closed = sum(n for _, n in weighted)
    total["avg_days_to_close"] = sum(days * n for days, n in weighted) / closed if closed else None
    return total


def _scope(actor: Actor, region: str | None) -> Scope:
    """The actor's scope, once statistics are theirs to see and the region asked lies within it."""
    if actor.role is Role.enterprise:
        raise forbidden("统计只对监管部门、规则编写者和管理员开放")
    scope = scope_of(actor)
    wanted = region_filter(region)
    if wanted and scope.region and not wanted.startswith(scope.region):  # else: zeros that look like a real answer
        raise forbidden(f"行政区划 {region} 不在你的辖区（{actor.region_code}）内：只能统计本辖区及其下级",
                        ["query", "region"])
    return scope


PERIOD_NOTE = "状态按当前状态分组；在账按统计期止日、逾期按统计期止日（统计期未结束的按今天）判断"


def table(db: Database, query: StatsQuery, actor: Actor, today: dt.date, title: str = "重大事故隐患统计") -> StatsTable:
    """Counts grouped as asked, within the actor's region."""
    scope = _scope(actor, query.region)
    end = query.end or today
    start = query.start or end.replace(month=1, day=1)
    if start > end:
        raise invalid("period_reversed", f"统计期起 {start} 晚于统计期止 {end}", ["query", "start"])
    region = query.region or (scope.region or None)
    digits = query.region_digits or NEXT_LEVEL.get(len(region or ""), 12)
    window = Window(start, end, query.stock_before, min(end, today), today)
    filters = {"region": query.region, "industry": query.industry, "channel": query.channel}
    with db.read() as session:
        rows = stats_sql.grouped(session, scope, filters, window, list(query.by), digits)
    total = _sum(rows)
    return StatsTable(title=title, region=region, start=start, end=end, stock_before=query.stock_before,
                      by=list(query.by), rows=[_row(r, list(query.by)) for r in rows], total=_row(total, []),
                      notes=[RATE_NOTE, RECTIFIED_NOTE, ZERO_NOTE, PERIOD_NOTE])


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """'2025-06' → (2025-06-01, 2025-06-30)."""
    try:
        start = dt.date.fromisoformat(f"{month}-01")
    except ValueError:
        raise invalid("invalid_month", f"月份应写成 YYYY-MM，收到 {month!r}", ["query", "month"]) from None
    return start, selfcheck.add_months(start, 1) - dt.timedelta(days=1)


def quarter_bounds(quarter: str) -> tuple[dt.date, dt.date]:
    """'2025Q2' → (2025-04-01, 2025-06-30)."""
    year, _, number = quarter.upper().partition("Q")
    if not (year.isdigit() and len(year) == 4 and number in ("1", "2", "3", "4")):
        raise invalid("invalid_quarter", f"季度应写成 YYYYQn（如 2025Q2），收到 {quarter!r}", ["query", "quarter"])
    start = dt.date(int(year), 3 * int(number) - 2, 1)
    return start, selfcheck.add_months(start, 3) - dt.timedelta(days=1)


def monthly(db: Database, month: str, region: str | None, actor: Actor, today: dt.date) -> StatsTable:
    """月调度: per region one level down, the month's new and closed entries and the open ones at its end."""
    start, end = month_bounds(month)
    query = StatsQuery(region=region, start=start, end=end, by=["region"])
    return table(db, query, actor, today, f"重大事故隐患排查治理月调度表（{start.year}年{start.month}月）")


def quarterly(db: Database, quarter: str, region: str | None, actor: Actor, today: dt.date) -> StatsTable:
    """季报: per region one level down × industry, for the quarter."""
    start, end = quarter_bounds(quarter)
    query = StatsQuery(region=region, start=start, end=end, by=["region", "industry"])
    return table(db, query, actor, today, f"重大事故隐患排查治理季报（{quarter.upper()}）")


def ranking(db: Database, query: StatsQuery, actor: Actor, today: dt.date) -> StatsTable:
    """量化排名: regions one level down ranked by closure rate (high first), then overdue count (low first)."""
    ranked = table(db, query.model_copy(update={"by": ["region"]}), actor, today, "重大事故隐患治理量化排名")
    order = sorted(ranked.rows, key=lambda r: (-(r.closure_rate if r.closure_rate is not None else -1), r.overdue))
    for place, row in enumerate(order, start=1):
        row.rank = place
    ranked.rows = order
    return ranked


class OrganPenalties(BaseModel):
    """One finding organ's supervisory inspections and how many that found major hazards imposed no penalty."""

    organ: str | None
    inspections: int
    with_major_hazards: int
    penalised: int
    zero_penalty: int = Field(description="发现重大事故隐患但未作出行政处罚的检查（零处罚/只检查不处罚）")


def penalties(db: Database, region: str | None, start: dt.date, end: dt.date, actor: Actor) -> list[OrganPenalties]:
    """零处罚: per organ, supervisory inspections that found major hazards and imposed no penalty."""
    scope = _scope(actor, region)
    with db.read() as session:
        rows = stats_sql.penalties_by_organ(session, scope, region_filter(region), start, end)
    return [OrganPenalties(**row, zero_penalty=row["with_major_hazards"] - row["penalised"]) for row in rows]


class SelfCheckDue(BaseModel):
    """An enterprise's self-check led by its 主要负责人: the last one, the interval, and whether it is overdue."""

    uscc: str
    name: str
    region_code: str
    principal: str | None
    high_risk: bool
    interval_months: int
    last_self_check: dt.date | None
    due: dt.date
    overdue: bool


def self_check_overdue(db: Database, region: str | None, as_of: dt.date, actor: Actor,
                       only_overdue: bool = True) -> list[SelfCheckDue]:
    """Enterprises whose 主要负责人-led self-check is overdue as of a date (policy interval, see ledger.selfcheck)."""
    scope = _scope(actor, region)
    with db.read() as session:
        rows = stats_sql.self_checks(session, scope, region_filter(region))
    found = []
    for row in rows:
        due = selfcheck.due_date(row["last_self_check"], row["known_since"], row["high_risk"])
        item = SelfCheckDue(uscc=row["uscc"], name=row["name"], region_code=row["region_code"],
                            principal=row["principal"], high_risk=row["high_risk"],
                            interval_months=selfcheck.interval_months(row["high_risk"]),
                            last_self_check=row["last_self_check"], due=due, overdue=due < as_of)
        if item.overdue or not only_overdue:
            found.append(item)
    return found
