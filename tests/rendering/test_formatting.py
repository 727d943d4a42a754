"""One Dutch way of writing numbers, on every page."""

from __future__ import annotations

from fractions import Fraction

import pytest

from planwijzer.rendering.formatting import number, percent, with_unit


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (1234.5, "1.234,5"),
        (119000, "119.000"),
        (13.8, "13,8"),
        (10.0, "10,0"),  # as written: '14,0' next to '14,5' is not a rounded 14
        (10, "10"),
        (0.1, "0,1"),
        (-2500.25, "-2.500,25"),
        (1234567.891, "1.234.567,891"),
        (Fraction(1, 3), "0,33"),
        (-0.0, "0,0"),
    ],
)
def test_numbers_are_written_the_dutch_way(value, written):
    assert number(value) == written


def test_percent_and_units():
    assert percent(40) == "40%"
    assert with_unit(13.8, "%") == "13,8%"
    assert with_unit(1200, "gezinnen") == "1.200 gezinnen"
    assert with_unit(3, None) == "3"
