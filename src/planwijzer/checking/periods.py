"""Periods of actions and projects: dates that exist, in order, within the plan."""

from __future__ import annotations

from ..loading import contract as schema
from ..loading.located import Source
from ..loading.yaml_nodes import PathKey, YamlDocument
from ..shared.periods import Period
from ..shared.problems import Report


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
            "Schrijf een jaar (2021), een maand (2021-04) of een dag (2021-04-15).",
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

