"""Dates and periods: dates that exist, periods in order and within the plan."""

from __future__ import annotations

from datetime import date

from ..loading import contract as schema
from ..loading.located import Source
from ..loading.yaml_nodes import PathKey, YamlDocument
from ..shared.periods import Period, parse_date
from ..shared.problems import Report

DATE_HINT = "Schrijf een jaar (2021), een maand (2021-04) of een dag (2021-04-15)."


def error_at(
    report: Report, doc: YamlDocument, path: PathKey, message: str, hint: str, *, key: bool = False
) -> None:
    pos = doc.position(path, key=key)
    report.error(doc.file, pos.line, pos.column, message, hint)


def readable_date(
    text: str, doc: YamlDocument, path: PathKey, report: Report, *, end: bool = False
) -> date | None:
    """The date ``text`` names, or None after an error at its line."""
    try:
        return parse_date(text, end=end)
    except ValueError as exc:
        error_at(report, doc, path, f"Ongeldige datum '{text}': {exc}.", DATE_HINT)
        return None


def check_period(
    periode: schema.Periode | None,
    path: PathKey,
    doc: YamlDocument,
    plan: schema.PlanBestand,
    report: Report,
    subject: str = "",
) -> None:
    if periode is None:
        return
    at = Source.of(doc, path)  # found only if there is something to report
    try:
        period = Period.parse(periode.van, periode.tot)
    except ValueError as exc:
        report.error(
            at.file,
            at.line,
            at.column,
            f"Ongeldige datum in de periode: {exc}.",
            DATE_HINT,
        )
        return
    if period.end is not None and period.start > period.end:
        report.error(
            at.file,
            at.line,
            at.column,
            f"De periode begint ({periode.van}) na haar einde ({periode.tot}).",
            "Wissel 'van' en 'tot' om, of verbeter een van beide.",
        )
        return
    first, last = plan.periode.van, plan.periode.tot
    if period.start.year < first or (period.end is not None and period.end.year > last):
        report.warning(
            at.file,
            at.line,
            at.column,
            f"De periode ({period.label()}) valt deels buiten de planperiode {first}-{last}.",
            "Dat mag; kijk na of het zo bedoeld is.",
            code="periode-buiten-planperiode",
            subject=subject,
        )
