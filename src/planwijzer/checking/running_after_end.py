"""A report that calls an action running after the action's period ended: the site
would show a finished action as still going on, a year after it stopped, without a
word. A warning at the report's status, with the two ways out."""

from __future__ import annotations

from datetime import date

from ..shared.periods import human_date, parse_date
from ..shared.problems import Report
from .entries import ReportEntry, ValidatedPlan

# The default statuses that say an action still goes on (a plan's own keys may differ:
# only these are known to mean it).
RUNNING = ("gepland", "lopend", "vertraagd")


class RunningAfterEnd:
    """The actions' ends and the closing statuses, read once per check; then ``warn``
    per report."""

    def __init__(self, result: ValidatedPlan) -> None:
        self.ends: dict[str, tuple[date, object]] = {}
        for action in result.actions:
            period = action.action.periode
            if period is not None and period.tot is not None:
                try:
                    end = parse_date(str(period.tot), end=True)
                except ValueError:
                    continue  # an unreadable date has its own error
                self.ends[action.action.id] = (end, period.tot)
        statuses = result.plan.statussen
        finished = {s.sleutel for s in statuses if s.stops or s.sleutel == "afgerond"}
        self.closing = ", ".join(f"'{s}'" for s in sorted(finished)) or "'afgerond'"

    def warn(self, entry: ReportEntry, day: date, report: Report) -> None:
        """``entry`` has peildatum ``day``: every action it gives a running status while
        its period ('periode: tot') ended before that day."""
        for action_id, state in entry.report.acties.items():
            if state.status not in RUNNING or action_id not in self.ends:
                continue
            end, written = self.ends[action_id]
            if end >= day:
                continue
            where = entry.doc.position(("acties", action_id, "status"))
            on = human_date(str(entry.report.peildatum))
            report.warning(
                entry.doc.file,
                where.line,
                where.column,
                f"{entry.doc.file} geeft de actie '{action_id}' op {on} "
                f"de status '{state.status}', maar haar periode eindigde in "
                f"{human_date(str(written))}: de site zou ze tonen als nog bezig.",
                f"Geef de status die zegt hoe ze eindigde ({self.closing}), of verleng haar "
                "periode in de gegevens van de actie ('periode: tot').",
                code="bezig-na-einde",
                subject=f"{entry.stem}/{action_id}",
            )
