"""How often the 主要负责人 must lead a self-check of major hazards, and when an enterprise's is overdue.

Policy, not statute: "at least once a quarter, monthly in 高危行业 (危险化学品, 烟花爆竹, 矿山, 金属冶炼 …)" comes from the
治本攻坚 seed as issue 14 states it. The numeric self-inspection frequencies are NOT obtained in the reference texts
(followup-actions.md §6: ◐, frequencies ✗), so the intervals below are the issue's and flagged as such.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

SOURCE = "治本攻坚三年行动（issue 14 所述：主要负责人每季度至少带队自查一次，高危行业每月）；法定频次未取得（✗）"
HIGH_RISK_FAMILIES = {"chemical": "危险化学品", "fireworks": "烟花爆竹", "coal": "矿山", "metal-mines": "矿山"}
HIGH_RISK_FACTS = {"profile.metal_smelting": "金属冶炼"}  # a profile answer that makes an enterprise 高危
MONTHS_HIGH_RISK, MONTHS_OTHER = 1, 3


def high_risk(industries: list[str], facts: dict[str, Any]) -> bool:
    """True for an enterprise of a 高危行业, by its standard families or a profile answer of its inspection."""
    return any(family in HIGH_RISK_FAMILIES for family in industries) or any(
        facts.get(code) is True for code in HIGH_RISK_FACTS)


def interval_months(is_high_risk: bool) -> int:
    """Months between two self-checks led by the 主要负责人."""
    return MONTHS_HIGH_RISK if is_high_risk else MONTHS_OTHER


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def due_date(last: dt.date | None, known_since: dt.date, is_high_risk: bool) -> dt.date:
    """When the next self-check is due: one interval after the last one (or after the register first knew them)."""
    return add_months(last or known_since, interval_months(is_high_risk))
