"""Indicators: a basis, targets in time and measurements, and the judgement of the
latest measurement against the straight line from the basis to the next target.

Values are compared as the decimals the editor wrote (not as binary floats), so a
measurement exactly on the line is 'Op koers' on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
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


def exact(value: float) -> Fraction:
    """The decimal as written in the YAML ('1.1' is 11/10, not the float near it)."""
    return Fraction(Decimal(repr(value)))


@dataclass(frozen=True)
class DatedValue:
    date_text: str
    value: float
    note: str | None = None
    # Dates count from their first day: 2021 is 2021-01-01.
    day: date = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "day", parse_date(self.date_text))


@dataclass(frozen=True)
class Verdict:
    message: str  # the catalogue's message: see label
    key: str  # for a CSS class and a filter: gehaald, op-koers, niet-op-koers, ...
    expected: Fraction | None = None  # the line's value at the measurement's date

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

    def target_for(self, day: date) -> DatedValue:
        """The first target dated on or after ``day``; the last once past all."""
        return next((t for t in self.targets if t.day >= day), self.targets[-1])

    def expected_at(self, day: date) -> Fraction:
        """The straight line from the basis to the target that follows ``day``."""
        target = self.target_for(day)
        span = (target.day - self.basis.day).days
        done = Fraction((day - self.basis.day).days, span)
        start = exact(self.basis.value)
        return start + (exact(target.value) - start) * done

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
            return Verdict(ON_TRACK, "op-koers", expected)
        return Verdict(OFF_TRACK, "niet-op-koers", expected)

    def as_of(self, day: date) -> Indicator:
        """The indicator as it stood on ``day``: only the measurements made by then."""
        return replace(self, measurements=[m for m in self.measurements if m.day <= day])

    def points(self) -> list[tuple[str, DatedValue]]:
        """Every dated value with its kind, in time order: for the table."""
        rows = [(0, _("Basis"), self.basis)]
        rows += [(1, _("Streefwaarde"), t) for t in self.targets]
        rows += [(1, _("Meting"), m) for m in self.measurements]
        rows.sort(key=lambda row: (row[2].day, row[0]))
        return [(kind, value) for _order, kind, value in rows]
