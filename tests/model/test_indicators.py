"""Stage 3, indicators: the verdict rule of the contract, case by case."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from planwijzer.loading.located import Source
from planwijzer.model.indicators import DatedValue, Indicator


def indicator(direction="hoger", targets=((2024, 100),), measurements=(), basis=(2020, 0)):
    return Indicator(
        id="x",
        title="X",
        description=None,
        unit=None,
        direction=direction,
        basis=DatedValue(str(basis[0]), basis[1]),
        targets=[DatedValue(str(d), v) for d, v in targets],
        measurements=[DatedValue(str(d), v) for d, v in measurements],
        source_text=None,
        source=Source("data/indicatoren.yaml"),
    )


def test_no_measurement_yet():
    assert indicator().verdict.label == "Nog geen meting"


@pytest.mark.parametrize(
    ("measured", "label"),
    [
        # A year is its last day: 2022-12-31 is 730 of 1461 days from the end of 2020 to
        # the end of 2024: the line is at 49.97...
        (49, "Niet op koers"),
        (50, "Op koers"),
        (100, "Streefwaarde gehaald"),
        (120, "Streefwaarde gehaald"),
    ],
)
def test_against_the_straight_line(measured, label):
    verdict = indicator(measurements=[(2022, measured)]).verdict
    assert verdict.label == label
    if label != "Streefwaarde gehaald":
        assert verdict.expected == Fraction(730 * 100, 1461)
        # As precise as the data; 49 measured is below 50 shown, 50 measured on or above.
        assert verdict.shown == Decimal(50)


def test_a_date_stands_for_its_last_day():
    assert DatedValue("2023", 1).day == date(2023, 12, 31)
    assert DatedValue("2023-02", 1).day == date(2023, 2, 28)
    assert DatedValue("2023-02-10", 1).day == date(2023, 2, 10)


def test_the_line_runs_through_every_target_as_the_chart_draws_it():
    # The energy scans: basis 0 in 2020, targets 600 in 2023 and 1.200 in 2025, 710 in
    # December 2023. A line from the basis straight to 2025 expected 939,24 there.
    scans = indicator(
        targets=((2023, 600), (2025, 1200)), measurements=[("2022-12", 420), ("2023-12", 710)]
    )
    verdict = scans.verdict
    assert (verdict.label, verdict.expected, verdict.shown) == ("Op koers", 600, Decimal(600))
    states = [(t.date_text, state) for t, state in scans.target_states()]
    assert states == [("2023", "gehaald"), ("2025", None)]
    assert scans.next_target.date_text == "2025"
    # Halfway between the targets the line is halfway between their values.
    assert scans.expected_at(date(2024, 12, 31)) == 600 + Fraction(600 * 366, 731)


def test_a_passed_target_not_reached_by_its_date_is_not_met():
    late = indicator(targets=((2022, 10), (2024, 100)), measurements=[(2022, 5), (2023, 40)])
    assert [state for _t, state in late.target_states()] == ["niet gehaald", None]
    # At the end of 2023 the line from 10 (2022) to 100 (2024) is at 54,9...: 55 shown.
    assert late.verdict.label == "Niet op koers"
    assert late.verdict.expected == 10 + Fraction(90 * 365, 731) and late.verdict.shown == 55


def test_past_the_last_target_the_line_stays_at_it():
    past = indicator(targets=((2022, 10), (2023, 100)), measurements=[(2025, 90)])
    assert past.verdict.expected == 100 and past.verdict.label == "Niet op koers"


def test_expected_values_have_the_datas_precision_unless_that_would_contradict():
    falling = indicator(direction="lager", basis=(2020, 14.5), targets=((2025, 10),))
    falling.measurements = [DatedValue("2023", 13.8)]
    verdict = falling.verdict
    assert verdict.label == "Niet op koers"
    assert 11.8 < verdict.expected < 11.81 and verdict.shown == Decimal("11.8")
    # 10,02 expected, 10 measured: '10 expected, 10 measured, not on course' would
    # contradict itself; one decimal more says why.
    near = indicator(basis=(2023, 0), targets=((2026, 30),), measurements=[(2024, 10)])
    assert near.verdict.label == "Niet op koers" and near.verdict.shown == Decimal("10.02")
    near.measurements = [DatedValue("2024", 12)]
    assert near.verdict.shown == Decimal(10)


def test_exactly_on_the_line_is_on_course():
    # Decimals as written: halfway from 0.3 to 0.1 is 0.2 exactly, not a float near it.
    on_line = indicator(
        direction="lager", basis=("2020-01-01", 0.3), targets=(("2020-01-03", 0.1),)
    )
    on_line.measurements = [DatedValue("2020-01-02", 0.2)]
    assert on_line.verdict.expected == Fraction(1, 5)
    assert on_line.verdict.label == "Op koers"


def test_lower_is_better():
    falling = indicator(direction="lager", basis=(2020, 20), targets=((2024, 10),))
    falling.measurements = [DatedValue("2022", 14)]
    assert falling.verdict.label == "Op koers"
    falling.measurements = [DatedValue("2022", 16)]
    assert falling.verdict.label == "Niet op koers"
    falling.measurements = [DatedValue("2023", 9.5)]
    assert falling.verdict.label == "Streefwaarde gehaald"


def test_the_latest_measurement_decides():
    both = indicator(measurements=[(2021, 90), (2022, 20)])
    assert both.verdict.label == "Niet op koers"


def test_points_in_time_order_for_the_table():
    mixed = indicator(targets=((2022, 10), (2024, 100)), measurements=[(2021, 5), (2023, 40)])
    assert [(kind, v.date_text) for kind, v in mixed.points()] == [
        ("Basis", "2020"),
        ("Meting", "2021"),
        ("Streefwaarde, niet gehaald", "2022"),
        ("Meting", "2023"),
        ("Streefwaarde", "2024"),
    ]


def test_huge_and_tiny_values_are_shown_without_error():
    huge = indicator(basis=(2020, 0), targets=((2024, 1e30),), measurements=[(2022, 1e29)])
    assert huge.verdict.label == "Niet op koers" and huge.verdict.shown > 4 * 10**29
    tiny = indicator(basis=(2020, 0), targets=((2024, 1e-9),), measurements=[(2022, 1e-10)])
    assert tiny.verdict.label == "Niet op koers" and tiny.verdict.shown > Decimal("1e-10")
