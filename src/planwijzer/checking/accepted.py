"""Warnings a plan accepts on purpose, each with its reason in data/plan.yaml: they are
counted, not repeated, so a new warning stands out. An accepted warning that no longer
occurs is itself a warning: the list stays true."""

from __future__ import annotations

from ..shared.problems import Report, Severity
from .entries import ValidatedPlan


def apply_accepted(result: ValidatedPlan, report: Report) -> None:
    accepted = {(a.melding, a.bij): i for i, a in enumerate(result.plan.aanvaarde_meldingen)}
    used: set[int] = set()
    kept = []
    for problem in report.problems:
        index = accepted.get((problem.code, problem.subject))
        if problem.severity is Severity.WARNING and problem.code and index is not None:
            report.accepted.append(problem)
            used.add(index)
        else:
            kept.append(problem)
    report.problems[:] = kept
    if report.errors:
        return  # a check an error stopped may be what raises it: 'no longer occurs' is unsure
    for (code, subject), index in accepted.items():
        if index not in used:
            pos = result.plan_doc.position(("aanvaarde_meldingen", index))
            report.warning(
                result.plan_doc.file,
                pos.line,
                pos.column,
                f"De aanvaarde melding '{code}' bij '{subject}' komt niet (meer) voor.",
                "Verwijder ze uit 'aanvaarde_meldingen' (of kijk de id na).",
            )
