"""The statistics page's charts (web/charts.py): whole-number ticks for counts, no bar for a rate of nothing."""

from __future__ import annotations

import pytest

from web import charts


@pytest.mark.parametrize("largest", [0, 1, 3, 4, 5, 6, 7, 9, 10, 13, 19, 37, 99, 101, 260, 999, 4321])
def test_count_axes_tick_at_whole_numbers_and_hold_the_largest_bar(largest: int) -> None:
    chart = charts.horizontal_bars("在账", ["甲", "乙"], [largest, 0])
    tick_values = [float(t.text) for t in chart.ticks]
    assert all(v.is_integer() for v in tick_values), tick_values  # 6 ticked at 2.5 and 7.5
    assert tick_values[-1] >= largest and tick_values[-1] <= max(8, 2.5 * largest)


def test_a_rate_of_nothing_found_is_a_dash_not_a_zero_bar() -> None:
    chart = charts.horizontal_bars("整改率", ["371082", "371003"], [None, 50.0], percent=True)
    assert [(b.text, b.width > 0) for b in chart.bars] == [("—", False), ("50%", True)]
