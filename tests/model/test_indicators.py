"""Stage 3, indicators: the verdict rule of the contract, case by case."""

from __future__ import annotations

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
        # 2022-01-01 is 731 of 1461 days from 2020 to 2024: the line is at 50.03...
        (50, "Niet op koers"),
        (51, "Op koers"),
        (100, "Streefwaarde gehaald"),
        (120, "Streefwaarde gehaald"),
    ],
)
def test_against_the_straight_line(measured, label):
    verdict = indicator(measurements=[(2022, measured)]).verdict
    assert verdict.label == label
    if label != "Streefwaarde gehaald":
        assert verdict.expected == Fraction(731 * 100, 1461)


def test_exactly_on_the_line_is_on_course():
    # Decimals as written: halfway from 0.3 to 0.1 is 0.2 exactly, not a float near it.
    on_line = indicator(
        direction="lager", basis=("2020-01-01", 0.3), targets=(("2020-01-03", 0.1),)
    )
    on_line.measurements = [DatedValue("2020-01-02", 0.2)]
    assert on_line.verdict.expected == Fraction(1, 5)
    assert on_line.verdict.label == "Op koers"


def test_the_first_target_on_or_after_the_measurement_draws_the_line():
    two = indicator(targets=((2022, 10), (2024, 100)), measurements=[(2023, 40)])
    # From the basis (2020, 0) to the target of 2024: at 2023-01-01 the line is 75.
    assert two.verdict.label == "Niet op koers"
    assert two.target_for(two.latest.day).date_text == "2024"
    past = indicator(targets=((2022, 10), (2023, 100)), measurements=[(2025, 90)])
    assert past.target_for(past.latest.day).date_text == "2023"  # past all: the last
    assert past.verdict.label == "Niet op koers"


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
        ("Streefwaarde", "2022"),
        ("Meting", "2023"),
        ("Streefwaarde", "2024"),
    ]
