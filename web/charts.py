"""Charts drawn on the server as SVG geometry (no script, no remote asset); each page shows the numbers beside them."""

from __future__ import annotations

from dataclasses import dataclass, field

ROW, GAP, LABEL_WIDTH, PLOT_WIDTH = 28, 8, 150, 420
COLUMN_PLOT_HEIGHT, COLUMN_AREA = 200, 48
COLOURS = ("#1d70b8", "#d4351c", "#00703c", "#f47738")


@dataclass
class Bar:
    """One rectangle and its value."""

    x: float
    y: float
    width: float
    height: float
    value: float
    text: str
    colour: str


@dataclass
class Tick:
    """A grid line and its label."""

    at: float
    text: str


@dataclass
class Chart:
    """An SVG chart: its size, bars, an optional line, axis labels and legend."""

    title: str
    width: float
    height: float
    bars: list[Bar] = field(default_factory=list)
    labels: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, text
    ticks: list[Tick] = field(default_factory=list)
    line: list[tuple[float, float]] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # colour, name
    horizontal: bool = True

    @property
    def points(self) -> str:
        """The line as an SVG points attribute."""
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in self.line)


NICE = (1, 1.2, 1.6, 2, 4, 5, 8)  # × 10^n: axis ends whose quarter is a whole number from 4 on (4, 8, 12, 20, 40, 100 …)


def _nice_max(value: float) -> float:
    """The axis end: the smallest nice number at or above the largest value whose four ticks are whole numbers."""
    scale = 1.0
    while True:
        for m in NICE:
            top = m * scale
            if top >= max(value, 4) and (top / 4).is_integer():
                return top
        scale *= 10


def _ticks(top: float, scale: float, origin: float, horizontal: bool) -> list[Tick]:
    return [Tick(origin + top * k / 4 * scale if horizontal else origin - top * k / 4 * scale,
                 f"{top * k / 4:g}") for k in range(5)]


def horizontal_bars(title: str, categories: list[str], values: list[float | None], percent: bool = False) -> Chart:
    """One bar per category (e.g. open hazards by region); None (a rate of nothing found) is "—", not a 0 bar."""
    top = 100.0 if percent else _nice_max(max((v for v in values if v is not None), default=0))
    scale = PLOT_WIDTH / top
    chart = Chart(title, LABEL_WIDTH + PLOT_WIDTH + 50, max(1, len(categories)) * (ROW + GAP) + 30)
    for index, (name, value) in enumerate(zip(categories, values, strict=True)):
        y = index * (ROW + GAP) + 4
        text = "—" if value is None else f"{value:g}%" if percent else f"{value:g}"
        chart.bars.append(Bar(LABEL_WIDTH, y, (value or 0) * scale, ROW, value or 0, text, COLOURS[0]))
        chart.labels.append((LABEL_WIDTH - 8, y + ROW / 2 + 5, name))
    chart.ticks = _ticks(top, scale, LABEL_WIDTH, True)
    return chart


def columns_with_line(title: str, categories: list[str], series: list[tuple[str, list[float]]],
                      line: tuple[str, list[float]]) -> Chart:
    """Grouped columns per category (found and closed per month) with a line (open at month end)."""
    top = _nice_max(max([v for _, vs in series for v in vs] + line[1], default=0))
    scale = COLUMN_PLOT_HEIGHT / top
    width = max(1, len(categories)) * COLUMN_AREA
    chart = Chart(title, 50 + width + 20, COLUMN_PLOT_HEIGHT + 60, horizontal=False)
    base = COLUMN_PLOT_HEIGHT + 10
    bar_width = (COLUMN_AREA - 12) / max(1, len(series))
    for index, name in enumerate(categories):
        left = 50 + index * COLUMN_AREA + 6
        for number, (_, values) in enumerate(series):
            value = values[index]
            chart.bars.append(Bar(left + number * bar_width, base - value * scale, bar_width - 2, value * scale,
                                  value, f"{value:g}", COLOURS[number]))
        chart.labels.append((left + (COLUMN_AREA - 12) / 2, base + 20, name))
        chart.line.append((left + (COLUMN_AREA - 12) / 2, base - line[1][index] * scale))
    chart.ticks = _ticks(top, scale, base, False)
    chart.legend = [(COLOURS[n], name) for n, (name, _) in enumerate(series)] + [(COLOURS[3], line[0])]
    return chart
