"""An indicator's chart, drawn at build time: coordinates for an inline SVG.

No script and no request: the page carries the drawing, its text alternative and
(next to it, in the template) the same figures as a table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from ..model.indicators import DatedValue, Indicator
from ..shared.interface import _, punctuation
from ..shared.periods import human_date
from .formatting import number, with_unit

WIDTH, HEIGHT = 480, 300
# Room for the axis labels, at the size a phone needs (planwijzer.css: 18 units, which
# is 12 px or more once the chart is scaled to a 375 px screen): the last year's label
# stays inside the box, '1.500' and '100%' fit left of the axis.
LEFT, RIGHT, TOP, BOTTOM = 66, 30, 16, 44


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str  # what a screen reader hears: 'Meting december 2021: 180 gezinnen'


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    target_line: str  # SVG 'points': basis, then every target
    measured_line: str  # basis, then every measurement
    basis: Point
    targets: list[Point]
    measurements: list[Point]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    description: str  # the text alternative


def _nice_step(span: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) that gives four or five ticks."""
    raw = span / 4 if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def axis_label(value: float, unit: str | None) -> str:
    """The axis says the number; the unit stands once, in the caption ('%' excepted)."""
    # A computed tick: '400', not '400,0' (only a value as written keeps its zeros).
    tick = int(value) if float(value).is_integer() else round(value, 6)
    return with_unit(tick, "%") if unit == "%" else number(tick)


def indicator_chart(indicator: Indicator) -> Chart:
    values = [indicator.basis, *indicator.targets, *indicator.measurements]
    first = min(v.day for v in values)
    last = max(max(v.day for v in values), date(first.year + 1, 12, 31))
    low = min(0.0, *(v.value for v in values))
    high = max(v.value for v in values)
    step = _nice_step(high - low)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if high == low:
        high = low + step
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    days = (last - first).days

    def x(day: date) -> float:
        return round(LEFT + (day - first).days / days * (right - LEFT), 1)

    def y(value: float) -> float:
        return round(bottom - (value - low) / (high - low) * (bottom - TOP), 1)

    def point(kind: str, v: DatedValue) -> Point:
        label = _("%(soort)s %(datum)s: %(waarde)s") % {
            "soort": kind,
            "datum": human_date(v.date_text),
            "waarde": with_unit(v.value, indicator.unit),
        }
        return Point(x(v.day), y(v.value), label)

    basis = point(_("Basis"), indicator.basis)
    targets = [point(_("Streefwaarde"), t) for t in indicator.targets]
    measured = [point(_("Meting"), m) for m in indicator.measurements]
    ticks = math.floor((high - low) / step + 0.5)
    y_ticks = [
        Tick(y(low + i * step), axis_label(round(low + i * step, 10), indicator.unit))
        for i in range(ticks + 1)
    ]
    # A year stands for its last day (model.indicators): '2023' under the end of 2023,
    # where a target or measurement dated 2023 stands.
    years = [y for y in range(first.year, last.year + 1) if first <= date(y, 12, 31) <= last]
    every = max(1, math.ceil(len(years) / 8))  # at most eight year labels
    x_ticks = [Tick(x(date(year, 12, 31)), str(year)) for year in years][::every]
    parts = [basis.label, *(p.label for p in targets), *(p.label for p in measured)]
    description = (
        f"{indicator.title}. "
        + f"{punctuation(';')} ".join(parts)
        + ". "
        + _("Oordeel: %(oordeel)s.") % {"oordeel": indicator.verdict.label}
    )
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right=right,
        top=TOP,
        bottom=bottom,
        target_line=" ".join(f"{p.x},{p.y}" for p in [basis, *targets]),
        measured_line=" ".join(f"{p.x},{p.y}" for p in [basis, *measured]) if measured else "",
        basis=basis,
        targets=targets,
        measurements=measured,
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        description=description,
    )
