"""One Dutch way of writing numbers, on every page."""

from __future__ import annotations

from fractions import Fraction

import pytest

from planwijzer.rendering.formatting import (
    count,
    file_size,
    number,
    percent,
    punctuation,
    with_unit,
)
from planwijzer.shared.interface import speaking


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


@pytest.mark.parametrize(
    ("code", "sizes"),
    [
        ("nl", ["710 bytes", "1 byte", "48 KB", "1,2 MB"]),
        ("fr", ["710\u00a0octets", "1\u00a0octet", "48\u00a0ko", "1,2\u00a0Mo"]),
        ("en", ["710 bytes", "1 byte", "48 KB", "1.2 MB"]),
    ],
)
def test_file_sizes_in_the_units_of_the_language(code, sizes):
    with speaking(code):
        assert [file_size(n) for n in (710, 1, 48_200, 1_180_000)] == sizes


def test_punctuation_and_plural_follow_the_language():
    with speaking("fr"):
        assert punctuation(":") == "\u00a0:" and punctuation("?") == "\u202f?"
        assert punctuation(";") == "\u202f;" and punctuation(",") == ","
        assert count(0, "action", "actions") == "0 action"  # 0 is singular in French
        assert count(2, "action", "actions") == "2 actions"
    assert punctuation(":") == ":"
    assert count(0, "actie", "acties") == "0 acties"
