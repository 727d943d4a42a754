"""Indicators: a basis, targets in time and measurements, and the judgement of the
latest measurement against the line the chart draws: from the basis through every
target in date order.

Values are compared as the decimals the editor wrote (not as binary floats), so a
measurement exactly on the line is 'Op koers' on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from itertools import pairwise
from typing import Protocol

from ..loading.located import Source
from ..shared.interface import N_, _
from ..shared.periods import parse_date


class Measured(Protocol):
    """What an indicator measures: an action or a goal (entities; no import circle)."""

    id: str
    title: str
    url: str


# Verdicts in the page's language: translated where shown (Verdict.label).
REACHED = N_("Streefwaarde gehaald")
ON_TRACK = N_("Op koers")
OFF_TRACK = N_("Niet op koers")
NOT_MEASURED = N_("Nog geen meting")
NO_TARGET = N_("Geen streefwaarde")  # measured, but the indicator names no target
# A target whose date has passed, next to the verdict on the next one.
TARGET_MET = N_("gehaald")
TARGET_MISSED = N_("niet gehaald")


def exact(value: float) -> Fraction:
    """The decimal as written in the YAML ('1.1' is 11/10, not the float near it)."""
    return Fraction(Decimal(repr(value)))


@dataclass(frozen=True)
class DatedValue:
    date_text: str
    value: float
    note: str | None = None
    # A date stands for the end of what it names: a target '2023' is due on 31 December
    # 2023, a measurement '2023-12' tells how things stood at the end of that month.
    day: date = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "day", parse_date(self.date_text, end=True))

    @property
    def decimals(self) -> int:
        """How many decimals the value was written with ('14.5': 1, '600': 0)."""
        exponent = Decimal(repr(self.value)).normalize().as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


@dataclass(frozen=True)
class Verdict:
    message: str  # the catalogue's message: see label
    key: str  # for a CSS class and a filter: gehaald, op-koers, niet-op-koers, ...
    expected: Fraction | None = None  # the line's value at the measurement's date
    # ``expected`` as a page shows it: at the data's precision (see Indicator.shown).
    shown: Decimal | None = None

    @property
    def label(self) -> str:
        return _(self.message)


@dataclass(eq=False, repr=False)
class Indicator:
    def __repr__(self) -> str:
        return f"Indicator({self.id!r})"

    id: str
    title: str
    description: str | None
    unit: str | None
    direction: str  # hoger | lager
    basis: DatedValue
    targets: list[DatedValue]
    measurements: list[DatedValue]
    source_text: str | None
    source: Source
    measures: list[Measured] = field(default_factory=list)
    url: str = ""

    @property
    def source_link(self) -> str | None:
        """The source when it is a web address: the page links it."""
        text = (self.source_text or "").strip()
        return text if text.startswith(("https://", "http://")) and " " not in text else None

    @property
    def latest(self) -> DatedValue | None:
        return self.measurements[-1] if self.measurements else None

    def better_or_equal(self, value: Fraction, than: Fraction) -> bool:
        return value >= than if self.direction == "hoger" else value <= than

    def expected_at(self, day: date) -> Fraction:
        """The drawn line at ``day``: from the basis through every target in date
        order (``check`` keeps them in order), level after the last target."""
        points = [self.basis, *self.targets]
        if day <= self.basis.day:
            return exact(self.basis.value)
        for before, after in pairwise(points):
            if day <= after.day:
                done = Fraction((day - before.day).days, (after.day - before.day).days)
                start = exact(before.value)
                return start + (exact(after.value) - start) * done
        return exact(points[-1].value)

    @property
    def decimals(self) -> int:
        """The precision of the data: the most decimals any value was written with."""
        values = [self.basis, *self.targets, *self.measurements]
        return max(v.decimals for v in values)

    def shown(self, expected: Fraction, measured: Fraction) -> Decimal:
        """``expected`` at the data's precision; one decimal more while the rounded
        number would compare with ``measured`` otherwise than the line does (10,02
        against 10 measured, not '10 expected, 10 measured: not on course')."""
        first, on_line = self.decimals, self.better_or_equal(measured, expected)
        with localcontext() as exact_enough:  # room for any float a YAML file can hold
            exact_enough.prec = 400
            value = Decimal(expected.numerator) / Decimal(expected.denominator)
            for decimals in range(first, first + 7):  # at most six more
                rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
                if self.better_or_equal(measured, Fraction(rounded)) == on_line:
                    break
            return rounded

    def target_states(self) -> list[tuple[DatedValue, str | None]]:
        """Each target with TARGET_MET or TARGET_MISSED once its date has passed (by the
        latest measurement): met when a measurement by that date reached it; None for
        a target still ahead."""
        latest = self.latest
        states: list[tuple[DatedValue, str | None]] = []
        for target in self.targets:
            if latest is None or target.day > latest.day:
                states.append((target, None))
                continue
            met = any(
                m.day <= target.day and self.better_or_equal(exact(m.value), exact(target.value))
                for m in self.measurements
            )
            states.append((target, TARGET_MET if met else TARGET_MISSED))
        return states

    @property
    def next_target(self) -> DatedValue | None:
        """The first target after the latest measurement, if any."""
        latest = self.latest
        return next((t for t in self.targets if latest is None or t.day > latest.day), None)

    @property
    def verdict(self) -> Verdict:
        latest = self.latest
        if latest is None:
            return Verdict(NOT_MEASURED, "geen-meting")
        if not self.targets:
            return Verdict(NO_TARGET, "geen-streefwaarde")
        value = exact(latest.value)
        if self.better_or_equal(value, exact(self.targets[-1].value)):
            return Verdict(REACHED, "gehaald")
        expected = self.expected_at(latest.day)
        if self.better_or_equal(value, expected):
            return Verdict(ON_TRACK, "op-koers", expected, self.shown(expected, value))
        return Verdict(OFF_TRACK, "niet-op-koers", expected, self.shown(expected, value))

    def as_of(self, day: date) -> Indicator:
        """The indicator as it stood on ``day``: only the measurements made by then."""
        return replace(self, measurements=[m for m in self.measurements if m.day <= day])

    def points(self) -> list[tuple[str, DatedValue]]:
        """Every dated value with its kind, in time order: for the table."""
        rows = [(0, _("Basis"), self.basis)]
        for target, state in self.target_states():
            kind = _("Streefwaarde, %(stand)s") % {"stand": _(state)} if state else None
            rows.append((1, kind or _("Streefwaarde"), target))
        rows += [(1, _("Meting"), m) for m in self.measurements]
        rows.sort(key=lambda row: (row[2].day, row[0]))
        return [(kind, value) for _order, kind, value in rows]
