"""How numbers and dates are written on every page: one Dutch style, one place.

Templates call these as filters (``number``, ``percent``, ``human_date``,
``period``), so no page writes a number or a date its own way.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ..shared.periods import Period, human_date

__all__ = [
    "count",
    "file_size",
    "human_date",
    "number",
    "percent",
    "period_label",
    "with_unit",
]


def number(value: float | int | Fraction, decimals: int | None = None) -> str:
    """'1.234,5': a point between thousands, a comma before decimals. Without
    ``decimals``, as many as the value has (a float as written in the YAML)."""
    if isinstance(value, Fraction):
        value = float(value)
        decimals = 2 if decimals is None else decimals
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if decimals is not None:
        exact = exact.quantize(Decimal(1).scaleb(-decimals))
    text = f"{exact:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def count(n: int, singular: str, plural: str) -> str:
    """'1 actie', '0 acties', '1.200 acties': the number the Dutch way, the noun by it."""
    return f"{number(n)} {singular if n == 1 else plural}"


def percent(value: int | float) -> str:
    """'40%': as Dutch public-sector texts write it, without a space."""
    return f"{number(value)}%"


def period_label(period: Period | None) -> str:
    return period.label() if period else ""


def with_unit(value: float | int | Fraction, unit: str | None) -> str:
    """'1.200 gezinnen', '13,8%'."""
    if unit == "%":  # a Fraction (the line's value) to two decimals at most, as number()
        return f"{number(value)}%"
    return f"{number(value)} {unit}" if unit else number(value)


def file_size(size: int) -> str:
    """'1,2 MB', '35 KB', '512 bytes': as a download link says it."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{number(round(size / 1000))} KB"
    return f"{number(round(size / 1_000_000, 1))} MB"
