"""One Dutch way of writing a period, as precise as the data and no more."""

from __future__ import annotations

import pytest

from planwijzer.shared.periods import Period, parse_date


@pytest.mark.parametrize(
    ("start", "end", "written"),
    [
        ("2020-04", "2022-12", "april 2020 – december 2022"),  # whole months
        ("2020", "2025", "2020 – 2025"),  # whole years
        ("2021-01-01", "2025-12-31", "2021 – 2025"),  # days that make whole years
        ("2021", "2021-12", "2021"),  # one whole year
        ("2021-04", "2021-04", "april 2021"),
        ("2020", "2022-06", "januari 2020 – juni 2022"),  # mixed: the finer unit
        ("2021-04-15", "2021-06-30", "15 april 2021 – 30 juni 2021"),
        ("2022", None, "vanaf 2022"),
        ("2022-03", None, "vanaf maart 2022"),
    ],
)
def test_a_period_is_written_one_way(start, end, written):
    period = Period.parse(start, end)
    assert period.label() == written
    if end is not None:  # the table columns use the same precision
        assert written in (period.start_label, f"{period.start_label} – {period.end_label}")


def test_a_date_written_again_is_read_once_and_an_error_every_time():
    """A living plan writes few dates many times (232.000 at 10.000 actions)."""
    from planwijzer.shared import periods

    periods._parse_date.cache_clear()
    assert parse_date("2024-05") == parse_date("2024-05") == parse_date("2024-05", end=False)
    assert parse_date("2024-05", end=True).day == 31
    info = periods._parse_date.cache_info()
    assert (info.misses, info.hits) == (2, 2)
    for _ in range(2):
        with pytest.raises(ValueError, match="maand 13 bestaat niet"):
            parse_date("2024-13")
