"""Issue 34's speed targets next to what one run of ``make bench`` measured.

Each target is a (label, measured value, limit) row; a missing figure (a size the run
left out) says so instead of passing. Used by bench.py; kept apart so the targets are
read in one place.
"""

from __future__ import annotations

from collections.abc import Callable


def _row(label: str, value: float | None, limit: float, unit: str) -> str:
    if value is None:
        return f"| {label} | niet gemeten in deze run | ≤ {limit:g}{unit} | — |"
    verdict = "gehaald" if value <= limit else "niet gehaald"
    return f"| {label} | {value:g}{unit} | ≤ {limit:g}{unit} | {verdict} |"


def _get(source: dict | None, key: str, pick: Callable[[dict], float]) -> float | None:
    if not source or key not in source:
        return None
    return pick(source[key])


def _at(figures: dict | None, actions: int, key: str) -> float | None:
    """A figure of a case measured at the target's size only."""
    return figures[key] if figures and figures["actions"] == actions else None


def targets(
    builds: list[dict],
    living: dict | None,
    serve: dict[int, dict],
    languages: dict | None,
) -> str:
    by_n = {r["actions"]: r for r in builds}
    rows = [
        _row("build van 1.000 acties", _get(by_n, 1000, lambda r: r["build_s"]), 1.5, " s"),
        _row(
            "build van 10.000 acties tegenover Hugo",
            _get(by_n, 10000, lambda r: r["hugo_ratio"]),
            2.0,
            " ×",
        ),
        _row(
            "live voorbeeld, één regel van een actie, 1.000 acties",
            _get(serve, 1000, lambda r: r["median_s"]),
            0.25,
            " s",
        ),
        _row(
            "live voorbeeld, één regel van een actie, 100 acties",
            _get(serve, 100, lambda r: r["median_s"]),
            0.1,
            " s",
        ),
        _row("`check` van 10.000 acties", _get(by_n, 10000, lambda r: r["check_s"]), 1.0, " s"),
        _row(
            "levend plan tegenover het gewone plan, 10.000 acties",
            _at(living, 10000, "ratio"),
            1.3,
            " ×",
        ),
        _row(
            "twee talen tegenover één taal, 1.000 acties",
            _at(languages, 1000, "ratio"),
            1.3,
            " ×",
        ),
        _row(
            "piekgeheugen bij 10.000 acties, alle processen samen",
            _get(by_n, 10000, lambda r: r["peak_mb"]),
            400,
            " MB",
        ),
    ]
    head = "| doel (issue 34) | gemeten | grens | |\n|---|---|---|---|"
    return "\n".join([head, *rows])
