"""The timeline: where a date or a period falls within the plan's years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..shared.build_date import build_date
from ..shared.periods import Period

if TYPE_CHECKING:
    from .entities import Action, Goal, Project
    from .follow_up import Milestone, ReportedState


@dataclass(frozen=True)
class TimelineBar:
    left: float  # percent of the plan period
    width: float
    starts_before: bool  # the period starts before the plan does
    ends_after: bool
    open_end: bool
    stopped: bool = False  # cut short where a report stopped it


class PlanTimeline:
    """The timeline questions of a Plan (mixed into it; uses its years, goals, actions)."""

    first_year: int
    last_year: int
    goals: list[Goal]
    actions: list[Action]
    judged_on: date | None  # the build's day (reference_day)

    @property
    def timeline_start(self) -> date:
        return date(self.first_year, 1, 1)

    @property
    def timeline_end(self) -> date:
        return date(self.last_year, 12, 31)

    def timeline_position(self, day: date) -> float:
        """Where a day falls on the plan's timeline, in percent (clamped to 0-100)."""
        span = (self.timeline_end - self.timeline_start).days + 1
        offset = (day - self.timeline_start).days
        return round(min(max(offset / span * 100, 0.0), 100.0), 3)

    def month_position(self, year: int, month: int) -> float:
        return self.timeline_position(date(year, month, 1))

    def timeline_bar(self, period: Period, stopped_on: date | None = None) -> TimelineBar:
        """The bar of ``period``; an action that a report stopped ends on that report's
        peildatum (never after its planned end)."""
        end = period.end or self.timeline_end
        stopped = stopped_on is not None and stopped_on < end
        if stopped_on is not None and stopped:
            end = max(stopped_on, period.start)
        left = self.timeline_position(period.start)
        right = self.timeline_position(end + timedelta(days=1))
        return TimelineBar(
            left=left,
            width=max(round(right - left, 3), 0.5),
            starts_before=period.start < self.timeline_start,
            ends_after=end > self.timeline_end,
            open_end=period.end is None and not stopped,
            stopped=stopped,
        )

    def stopped_early(self, action: Action) -> ReportedState | None:
        """The report entry that stopped ``action`` before its planned end: its bar and
        its end date stop at that report's peildatum."""
        stop = action.stopped
        if stop is None or action.period is None:
            return None
        planned = action.period.end or self.timeline_end
        return stop if stop.report.reference_date < planned else None

    def project_end(self, project: Project) -> date:
        """The last day of a project: its own end, else its action's, else the plan's;
        earlier when a report stopped its action."""
        action = project.action
        own = project.period.end if project.period else None
        end = own or (action.period.end if action.period else None) or self.timeline_end
        stop = action.stopped
        return min(end, stop.report.reference_date) if stop is not None else end

    def ended_projects(self, groups: list[tuple[str, list[Project]]]) -> int:
        """How many of these projects (each with its actions' entries) ended before the
        build's day: a gemeente page then says they ran, not that they run."""
        day = self.judged_on
        if day is None:
            return 0
        return sum(
            1 for _title, entries in groups if all(self.project_end(p) < day for p in entries)
        )

    def milestones_in_time(self) -> list[tuple[Action, Milestone]]:
        """Every action's current milestones, in date order (then plan order)."""
        pairs = [(a, m) for a in self.actions for m in a.milestones]
        return sorted(pairs, key=lambda pair: (pair[1].day, pair[0].position))

    def timeline_groups(self) -> list[tuple[Goal | None, list[Action]]]:
        """Actions with a period, grouped by the top-level goal they serve most."""
        members: dict[Goal | None, list[Action]] = {root: [] for root in [*self.goals, None]}
        for action in self.actions:
            if action.period:
                members[action.top_goal()].append(action)
        return [(root, actions) for root, actions in members.items() if actions]

    @property
    def today(self) -> date | None:
        """The build's date for the 'today' marker, only when the build names one
        (SOURCE_DATE_EPOCH): else the reader's browser places it, and two builds of
        the same data are the same, in any timezone, on any day."""
        return build_date()

    def today_position(self) -> float | None:
        """Where the build's 'today' falls on the timeline; None without a build date
        or outside the plan's years (the browser places or hides the marker then)."""
        today = self.today
        if today is None or not self.timeline_start <= today <= self.timeline_end:
            return None
        return self.timeline_position(today)
