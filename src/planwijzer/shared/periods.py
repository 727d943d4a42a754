"""Periods written as YYYY, YYYY-MM or YYYY-MM-DD, read as whole days."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .interface import month_name, pgettext

MONTH_NAMES = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


# Dates a plan can mean; outside them a typo is far likelier (and a timeline of
# ten thousand years cannot be drawn).
FIRST_YEAR = 1900
LAST_YEAR = 2199


def parse_date(text: str, *, end: bool = False) -> date:
    """First day of what ``text`` names, or with end=True its last day.

    Raises ValueError with a Dutch message for an impossible month or day.
    """
    return _parse_date(str(text), end)


# A plan writes few distinct dates many times (a living plan of 10.000 actions
# 232.000 times, in the check and again in the model); an error is never kept.
@lru_cache(maxsize=4096)
def _parse_date(text: str, end: bool) -> date:
    parts = [int(p) for p in str(text).split("-")]
    year = parts[0]
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"het jaar {year} ligt niet tussen {FIRST_YEAR} en {LAST_YEAR}")
    if len(parts) == 1:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = parts[1]
    if not 1 <= month <= 12:
        raise ValueError(f"maand {month} bestaat niet")
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, last if end else 1)
    try:
        return date(year, month, parts[2])
    except ValueError:
        raise ValueError(
            f"dag {parts[2]} bestaat niet in {MONTH_NAMES[month - 1]} {year}"
        ) from None


@dataclass(frozen=True)
class Period:
    """A closed range of days; ``end`` is None for an open-ended period."""

    start: date
    end: date | None
    start_text: str
    end_text: str | None

    @classmethod
    def parse(cls, start: str, end: str | None) -> Period:
        return cls(
            parse_date(start),
            parse_date(end, end=True) if end else None,
            str(start),
            str(end) if end else None,
        )

    def label(self) -> str:
        """One Dutch style for every period, as precise as the data: '2021 – 2025' for
        whole years, 'april 2020 – december 2022' for whole months, days otherwise;
        one year or month alone when it starts and ends there ('2021')."""
        start = self.start_label
        if self.end is None:
            return pgettext("periode", "vanaf %(begin)s") % {"begin": start}
        end = self.end_label
        return start if start == end else f"{start} – {end}"

    @property
    def precision(self) -> str:
        """'jaar', 'maand' or 'dag': the coarsest unit that states this period exactly."""
        end = self.end
        if self.start.day != 1 or (end is not None and end.day != _last_day(end)):
            return "dag"
        if self.start.month != 1 or (end is not None and end.month != 12):
            return "maand"
        return "jaar"

    @property
    def start_label(self) -> str:
        return _written(self.start, self.precision)

    @property
    def end_label(self) -> str:
        return _written(self.end, self.precision) if self.end else pgettext("periode", "open")

    def years(self, last_year: int) -> list[int]:
        """The calendar years this period touches, an open end running to ``last_year``."""
        end_year = self.end.year if self.end else max(last_year, self.start.year)
        return list(range(self.start.year, end_year + 1))


def _last_day(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def _written(day: date, precision: str) -> str:
    if precision == "jaar":
        return str(day.year)
    month = f"{month_name(day.month)} {day.year}"
    return month if precision == "maand" else f"{day.day} {month}"


def human_date(text: str | None) -> str:
    """'2021-04' as 'april 2021', '2021-04-15' as '15 april 2021'."""
    return _human(text)


def _human(text: str | None) -> str:
    if not text:
        return ""
    parts = text.split("-")
    if len(parts) == 1:
        return parts[0]
    month = month_name(int(parts[1]))
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"
