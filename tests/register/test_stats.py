"""Statistics by region, industry and period on both databases: act dates, stock and increment, 零处罚, self-checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from register_fixtures import OTHER_USCC, cleared_cold_store, cold_store
from test_events import ev, walk_to_closure_request

from engine import clock
from ledger import integrity, stats
from ledger.errors import RegisterError
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.service import Register
from ledger.stats import StatsQuery

END = dt.date(2025, 6, 30)


@pytest.fixture()
def registered(register: Register, people: dict[str, Actor]) -> dict[str, int]:
    """The cold store found 2025-06-01 and closed 2025-06-30; a 文登 plant found 2023-12-10 (stock) with an order."""
    cold, _ = register.submit(cold_store(), people["city"])
    hazard = cold.hazards[0].hazard_id
    recheck, _ = register.submit(cleared_cold_store(), people["city"])
    walk_to_closure_request(register, people, hazard, recheck.id)
    for who, event in (("county", ev("verify", on="2025-06-27")), ("city", ev("delist", on="2025-06-28")),
                       ("county", ev("close", on="2025-06-30"))):
        register.apply_event(hazard, event, people[who])
    old = cold_store(date="2023-12-10", channel="监督检查", level="区县", organ="威海市文登区应急管理局",
                     document_number="（文）应急检〔2023〕88号")
    old["inspection"]["enterprise"] = {**old["inspection"]["enterprise"], "uscc": OTHER_USCC, "region_code": "371003",
                                       "name": "文登某冷库"}
    old["register"] = {"rectify_by": "2024-01-31"}
    stock, _ = register.submit(old, people["other_county"])
    return {"closed": hazard, "stock": stock.hazards[0].hazard_id}


def test_counts_by_county_use_act_dates_and_split_stock_from_increment(register: Register, people: dict[str, Actor],
                                                                       registered: dict[str, int]) -> None:
    got = stats.table(register.db, StatsQuery(region="3710", start=dt.date(2025, 1, 1), end=END), people["city"], END)
    rows = {row.key["region"]: row for row in got.rows}
    assert sorted(rows) == ["371003", "371082"]
    rongcheng, wendeng = rows["371082"], rows["371003"]
    assert (rongcheng.found, rongcheng.closed, rongcheng.open, rongcheng.listed) == (1, 1, 0, 1)
    assert rongcheng.closure_rate == 1.0 and rongcheng.avg_days_to_close == 29.0 and rongcheng.dynamic_zero
    assert (wendeng.found, wendeng.open, wendeng.stock_found, wendeng.stock_open, wendeng.overdue) == (0, 1, 1, 1, 1)
    assert not wendeng.stock_cleared and wendeng.closure_rate is None
    assert (got.total.found, got.total.open, got.total.increment_open, got.total.stock_open) == (1, 1, 0, 1)
    before_closure = stats.table(register.db, StatsQuery(region="3710", end=dt.date(2025, 6, 29)), people["city"], END)
    assert before_closure.total.open == 2 and before_closure.total.closed == 0  # 销号 counts from its act date


def test_monthly_and_quarterly_tables(register: Register, people: dict[str, Actor], registered: dict[str, int]) -> None:
    june = stats.monthly(register.db, "2025-06", "3710", people["city"], END)
    assert june.title.endswith("（2025年6月）") and june.total.found == 1 and june.total.closed == 1
    quarter = stats.quarterly(register.db, "2025q2", "3710", people["city"], END)
    assert [(r.key["region"], r.key["industry"], r.found) for r in quarter.rows] == [
        ("371003", "gongmao", 0), ("371082", "gongmao", 1)]
    with pytest.raises(RegisterError):
        stats.quarterly(register.db, "2025Q5", None, people["city"], END)


def test_a_period_not_over_counts_overdue_as_of_today_not_as_of_its_end(register: Register, people: dict[str, Actor],
                                                                        registered: dict[str, int]) -> None:
    # the 文登 entry's order ran to 2024-01-31: in the 2024Q1 table it is overdue only once that day has passed
    early = stats.quarterly(register.db, "2024Q1", "3710", people["city"], dt.date(2024, 1, 20))
    assert early.total.open == 1 and early.total.overdue == 0  # asked of today, not of 03-31 (still to come)
    on_the_day = stats.monthly(register.db, "2024-01", "3710", people["city"], dt.date(2024, 1, 31))
    assert on_the_day.total.overdue == 0
    later = stats.monthly(register.db, "2024-02", "3710", people["city"], dt.date(2024, 2, 10))
    assert later.total.overdue == 1
    over = stats.quarterly(register.db, "2024Q1", "3710", people["city"], dt.date(2024, 4, 2))
    assert over.total.overdue == 1  # the quarter is over: asked of its end


def test_overdue_as_of_a_past_date_reads_the_deadline_then_in_force(register: Register, people: dict[str, Actor],
                                                                    registered: dict[str, int],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # the 文登 entry's order ran to 2024-01-31; the enterprise asked in time, the extension came three weeks late
    stock = registered["stock"]
    for day, event, who in ((dt.date(2024, 1, 25), ev("request_extension", until="2024-03-31"), "other_enterprise"),
                            (dt.date(2024, 2, 20), ev("grant_extension"), "other_county")):
        monkeypatch.setattr(clock, "now", lambda day=day: dt.datetime.combine(day, dt.time(2), dt.UTC))  # recorded then
        Register(register.db, register.engine, today=lambda day=day: day).apply_event(stock, event, people[who])
    monkeypatch.undo()

    # 2024-02-10 was past the deadline then in force: the later extension does not rewrite that day's figures
    early_february = StatsQuery(region="3710", start=dt.date(2024, 2, 1), end=dt.date(2024, 2, 10))
    assert stats.table(register.db, early_february, people["city"], END).total.overdue == 1
    assert stats.monthly(register.db, "2024-02", "3710", people["city"], dt.date(2024, 4, 2)).total.overdue == 0
    assert stats.monthly(register.db, "2024-04", "3710", people["city"], dt.date(2024, 5, 2)).total.overdue == 1
    listed = {day: [h.id for h in register.hazards(HazardFilter(overdue_on=day, region="3710"), people["city"]).items]
              for day in (dt.date(2024, 2, 10), dt.date(2024, 2, 25), dt.date(2024, 4, 1))}
    assert listed == {dt.date(2024, 2, 10): [stock], dt.date(2024, 2, 25): [], dt.date(2024, 4, 1): [stock]}
    flags = {day: register.hazard(stock, people["city"], day).overdue
             for day in (dt.date(2024, 1, 31), dt.date(2024, 2, 10), dt.date(2024, 2, 25), dt.date(2024, 4, 1))}
    assert list(flags.values()) == [False, True, False, True]
    rows = register.hazards(HazardFilter(region="3710", as_of=dt.date(2024, 2, 10)), people["city"]).items
    assert {h.id: h.overdue for h in rows} == {stock: True, registered["closed"]: False}
    assert register.hazard(stock, people["city"]).deadline == dt.date(2024, 3, 31)  # the entry shows today's
    assert integrity.check(register.db).ok


def test_rectification_reported_is_counted_as_of_the_day_asked(register: Register, people: dict[str, Actor],
                                                                registered: dict[str, int]) -> None:
    # the cold store: 整改完成 reported 06-24, 销号 06-30; a table ending on a day reads the state it was in that day
    def counts(end: dt.date) -> tuple[int, int, int]:
        total = stats.table(register.db, StatsQuery(region="3710", start=dt.date(2025, 6, 1), end=end), people["city"],
                            END).total
        return total.found, total.found_rectified, total.found_closed

    assert [counts(dt.date(2025, 6, day)) for day in (23, 24, 29, 30)] == [(1, 0, 0), (1, 1, 0), (1, 1, 0), (1, 1, 1)]
    from documents.from_register import stats_tables

    until = stats.table(register.db, StatsQuery(region="3710", start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 25)),
                        people["city"], END)
    row = next(r for r in stats_tables([("月调度", "6月1日至25日", until)], None, "hash").tables[0].rows if r.found)
    assert (row.found, row.reported, row.rectified) == (1, 1, 0)  # reported, not yet verified and closed
    assert integrity.check(register.db).ok


def test_the_workbook_rate_is_the_closure_rate_and_never_above_100_percent(register: Register, people: dict[str, Actor],
                                                                          registered: dict[str, int]) -> None:
    # from 06-10 the cold store (found 06-01) is only closed in the period: one 销号, nothing found and rectified
    from documents.from_register import stats_tables

    table = stats.table(register.db, StatsQuery(region="3710", start=dt.date(2025, 6, 10), end=END), people["city"], END)
    assert (table.total.found, table.total.found_closed, table.total.closed) == (0, 0, 1)
    june = stats.monthly(register.db, "2025-06", "3710", people["city"], END)
    book = stats_tables([("季报", "6月10日起", table), ("月调度", "2025年6月", june)], "威海市应急管理局", "hash")
    later, whole = ([(r.found, r.rectified, r.closed) for r in t.rows] for t in book.tables)
    assert tuple(map(sum, zip(*later, strict=True))) == (0, 0, 1)
    assert all(rectified <= found for found, rectified, _ in later + whole)
    assert [(r.found, r.rectified) for r in book.tables[1].rows if r.found] == [
        (row.found, round(row.closure_rate * row.found)) for row in june.rows if row.found and row.closure_rate is not None]


def test_a_county_sees_only_its_own_region(register: Register, people: dict[str, Actor],
                                           registered: dict[str, int]) -> None:
    got = stats.table(register.db, StatsQuery(end=END), people["county"], END)
    assert got.region == "371082" and got.total.found == 1 and got.total.stock_found == 0
    with pytest.raises(RegisterError) as caught:
        stats.table(register.db, StatsQuery(end=END), people["enterprise"], END)
    assert caught.value.status == 403
    # another region, or a wider one, is refused: its zeros (or the county's own counts under "37") would look real
    for region in ("371003", "3710", "37", "3701"):
        with pytest.raises(RegisterError) as outside:
            stats.table(register.db, StatsQuery(region=region, end=END), people["county"], END)
        assert outside.value.status == 403 and "不在你的辖区" in outside.value.message
        with pytest.raises(RegisterError):
            stats.monthly(register.db, "2025-06", region, people["county"], END)
        with pytest.raises(RegisterError):
            stats.penalties(register.db, region, dt.date(2025, 1, 1), END, people["county"])
        with pytest.raises(RegisterError):
            stats.self_check_overdue(register.db, region, END, people["county"])
    assert stats.table(register.db, StatsQuery(region="371082", end=END), people["county"], END).total.found == 1


def test_ranking_puts_the_best_closure_rate_first(register: Register, people: dict[str, Actor],
                                                  registered: dict[str, int]) -> None:
    ranked = stats.ranking(register.db, StatsQuery(region="3710", start=dt.date(2023, 1, 1), end=END),
                           people["city"], END)
    assert [(r.key["region"], r.rank) for r in ranked.rows] == [("371082", 1), ("371003", 2)]


def test_zero_penalty_inspections_per_organ(register: Register, people: dict[str, Actor],
                                            registered: dict[str, int]) -> None:
    def by_organ() -> dict[str | None, tuple[int, int, int]]:
        got = stats.penalties(register.db, "3710", dt.date(2023, 1, 1), END, people["city"])
        return {p.organ: (p.inspections, p.with_major_hazards, p.zero_penalty) for p in got}

    assert by_organ() == {"威海市应急管理局": (2, 1, 1), "威海市文登区应急管理局": (1, 1, 1)}
    register.apply_event(registered["stock"], ev("penalize", document_number="（文）应急罚〔2024〕3号",
                                                 enterprise_fine=30000, person="某负责人", person_fine=10000),
                         people["other_county"])
    assert by_organ()["威海市文登区应急管理局"] == (1, 1, 0)


def test_self_checks_led_by_the_principal_and_the_overdue_ones(register: Register, people: dict[str, Actor],
                                                               registered: dict[str, int]) -> None:
    check = cold_store(date="2025-06-10", channel="企业自查", level=None, organ=None)
    check["register"] = {"led_by": "王海涛"}
    register.submit(check, people["enterprise"])
    due = stats.self_check_overdue(register.db, "3710", dt.date(2025, 7, 1), people["city"], only_overdue=False)
    found = {d.uscc: (d.last_self_check, d.interval_months, d.overdue) for d in due}
    assert found[people["enterprise"].uscc] == (dt.date(2025, 6, 10), 3, False)
    assert found[OTHER_USCC] == (None, 3, True)
    overdue = stats.self_check_overdue(register.db, "3710", dt.date(2025, 7, 1), people["city"])
    assert [d.uscc for d in overdue] == [OTHER_USCC]


def test_every_high_risk_family_is_a_family_of_the_rulebook() -> None:
    # a misspelt family (it was "metal-nonmetal-mines") never matches, and its mines were asked quarterly, not monthly
    from engine.rulebook import load_rulebook
    from ledger import selfcheck

    book, problems = load_rulebook(Path(__file__).resolve().parents[2] / "rules")
    assert problems == []
    families = set(book.families())
    assert set(selfcheck.HIGH_RISK_FAMILIES) <= families, set(selfcheck.HIGH_RISK_FAMILIES) - families
    assert selfcheck.high_risk(["metal-mines"], {}) and selfcheck.interval_months(True) == 1
