"""How numbers and dates are written on every page: one style per language, one place.

Templates call these as filters (``number``, ``percent``, ``human_date``,
``period``), so no page writes a number or a date its own way. The symbols are the
page's language's (shared.interface): '1.234,5', '1 234,5', '1,234.5'.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ..shared.interface import _, ngettext, number_symbols, punctuation, singular
from ..shared.periods import Period, human_date

__all__ = [
    "count",
    "file_size",
    "human_date",
    "number",
    "percent",
    "period_label",
    "punctuation",
    "with_unit",
]


def number(value: float | int | Fraction, decimals: int | None = None) -> str:
    """'1.234,5' in Dutch: a point between thousands, a comma before decimals. Without
    ``decimals``, as many as the value has: a float as written in the YAML keeps them
    ('14.0' stays '14,0' next to '14,5', not a rounded-looking '14'); a value rounded to
    ``decimals`` drops its trailing zeros."""
    if isinstance(value, Fraction):
        value = float(value)
        decimals = 2 if decimals is None else decimals
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if decimals is not None:
        exact = exact.quantize(Decimal(1).scaleb(-decimals))
    text = f"{exact:,f}"
    if "." in text and decimals is not None:
        text = text.rstrip("0").rstrip(".")
    if exact == 0:
        text = text.removeprefix("-") or "0"
    group, decimal, _before_percent = number_symbols()
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def count(n: int, one: str, many: str) -> str:
    """'1 actie', '0 acties', '1.200 acties': the number the page's way, the noun by its
    language's rule ('0 action' in French)."""
    return f"{number(n)} {one if singular(n) else many}"


def percent(value: int | float) -> str:
    """'40%': as Dutch public-sector texts write it, without a space ('40 %' in French)."""
    return f"{number(value)}{number_symbols()[2]}%"


def period_label(period: Period | None) -> str:
    return period.label() if period else ""


def with_unit(value: float | int | Fraction, unit: str | None) -> str:
    """'1.200 gezinnen', '13,8%'."""
    if unit == "%":  # a Fraction (the line's value) to two decimals at most, as number()
        return percent(value)
    return f"{number(value)} {unit}" if unit else number(value)


def file_size(size: int) -> str:
    """'1,2 MB', '35 KB', '512 bytes': as a download link says it, in the page's
    language's units ('1,2 Mo', '35 ko', '512 octets')."""
    if size < 1000:
        return ngettext("%(n)s byte", "%(n)s bytes", size) % {"n": number(size)}
    if size < 1_000_000:
        return _("%(n)s KB") % {"n": number(round(size / 1000))}
    return _("%(n)s MB") % {"n": number(round(size / 1_000_000, 1), 1)}
