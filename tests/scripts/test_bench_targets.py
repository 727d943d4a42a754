"""scripts/bench_targets.py: each of issue 34's targets with its figure, at its size only."""

from __future__ import annotations

from bench_targets import targets

BUILDS = [
    {"actions": 1000, "build_s": 1.4, "hugo_ratio": 5.0, "check_s": 0.2, "peak_mb": 150},
    {"actions": 10000, "build_s": 9.0, "hugo_ratio": 2.5, "check_s": 0.9, "peak_mb": 390},
]


def rows(text: str) -> dict[str, str]:
    lines = [line.split(" | ") for line in text.splitlines()[2:]]
    return {cells[0].lstrip("| "): cells[-1].rstrip(" |") for cells in lines}


def test_each_target_says_whether_it_is_met():
    verdicts = rows(
        targets(
            BUILDS,
            {"actions": 10000, "ratio": 1.25},
            {1000: {"median_s": 0.3}, 100: {"median_s": 0.05}},
            {"actions": 1000, "ratio": 1.2},
        )
    )
    assert verdicts == {
        "build van 1.000 acties": "gehaald",
        "build van 10.000 acties tegenover Hugo": "niet gehaald",
        "live voorbeeld, één regel van een actie, 1.000 acties": "niet gehaald",
        "live voorbeeld, één regel van een actie, 100 acties": "gehaald",
        "`check` van 10.000 acties": "gehaald",
        "levend plan tegenover het gewone plan, 10.000 acties": "gehaald",
        "twee talen tegenover één taal, 1.000 acties": "gehaald",
        "piekgeheugen bij 10.000 acties, alle processen samen": "gehaald",
    }


def test_a_figure_measured_at_another_size_is_not_judged():
    text = targets([], {"actions": 20, "ratio": 1.0}, {20: {"median_s": 0.01}}, None)
    assert "gehaald" not in text
    assert text.count("niet gemeten in deze run") == 8
