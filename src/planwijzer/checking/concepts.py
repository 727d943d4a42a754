"""Unfinished work is visible: every entry marked 'concept' is a warning, and so is a
published entry that refers to one (that reference waits until the concept is done).
The build leaves concepts out; the live preview shows them, marked."""

from __future__ import annotations

from ..loading.located import Source
from ..shared.problems import Report
from .entries import ValidatedPlan, walk_goals

_DONE = "Verwijder de regel 'concept: true' als het af is; tot dan staat het niet op de site."


def check_concepts(result: ValidatedPlan, report: Report) -> None:
    # A concept goal hides its whole subtree (assemble leaves it out).
    hidden_goals: set[str] = set()
    for goal in result.all_goals():  # top-down, in file order
        if goal.node.concept:
            _warn(
                report, goal.source, f"De doelstelling '{goal.node.id}' is nog een concept.", _DONE
            )
            hidden_goals.update(g.node.id for g in walk_goals([goal]))
    hidden_partners = {p.partner.id for p in result.partners if p.partner.concept}
    for partner in result.partners:
        if partner.partner.concept:
            name = partner.partner.id
            _warn(report, partner.source, f"De partner '{name}' is nog een concept.", _DONE)
    for entry in result.actions:
        action = entry.action
        if action.concept:
            _warn(report, entry.source, f"De actie '{action.id}' is nog een concept.", _DONE)
            continue
        waiting = [g for ids in action.bijdragen.values() for g in ids if g in hidden_goals]
        waiting += [p for p in [action.trekker, *action.partners] if p in hidden_partners]
        if waiting:
            _warn(
                report,
                entry.source,
                f"De actie '{action.id}' verwijst naar een concept ({', '.join(waiting)}): die "
                "verwijzing staat pas op de site als dat af is.",
                "Dat mag; kijk na of het zo bedoeld is.",
            )


def _warn(report: Report, source: Source, message: str, hint: str) -> None:
    report.warning(source.file, source.line, source.column, message, hint)
