"""The living plan: reports, the state of each action, and roll-ups over goals.

The rules are the contract's, so that any reader computes the same figures:
an action's current status, progress and toelichting each come from the latest
report (by peildatum) that gives that field; a goal's roll-up counts the actions
that contribute to it or to a goal below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from functools import cached_property
from math import floor
from typing import Protocol

from ..loading.located import Source
from ..shared.periods import parse_date


class Goal(Protocol):
    """A goal of the tree, as the reports see it (entities.Goal; no import circle)."""

    id: str
    position: int


class Action(Protocol):
    """An action, as the reports see it (entities.Action)."""

    id: str
    position: int
    state: ActionState

    def top_goal(self) -> Goal | None: ...


KIND_LABELS = {
    "jaarplan": "Jaarplan",
    "voortgangsrapport": "Voortgangsrapport",
    "evaluatie": "Evaluatie",
}


@dataclass(frozen=True)
class Status:
    key: str
    label: str
    rank: int  # order in plan.yaml: the order of counts and filters


MILESTONE_STATES = {None: ("planned", "Gepland"), True: ("reached", "Gehaald")}
MILESTONE_STATES[False] = ("missed", "Niet gehaald")


@dataclass(frozen=True)
class Milestone:
    title: str
    date_text: str
    reached: bool | None  # None: planned
    day: date = field(init=False, compare=False)  # the first day of date_text

    def __post_init__(self) -> None:
        object.__setattr__(self, "day", parse_date(self.date_text))

    @property
    def state_key(self) -> str:
        """'planned', 'reached' or 'missed': for a CSS class."""
        return MILESTONE_STATES[self.reached][0]

    @property
    def state_label(self) -> str:
        return MILESTONE_STATES[self.reached][1]


@dataclass(eq=False, repr=False)
class Report:
    def __repr__(self) -> str:
        return f"Report({self.stem!r})"

    stem: str
    title: str
    kind: str  # jaarplan | voortgangsrapport | evaluatie
    period_label: str | None  # what it covers, in words ('2021', 'januari – juni 2022')
    reference_text: str  # the peildatum as written
    narrative: str | None
    source: Source
    url: str = ""
    entries: list[ReportedState] = field(default_factory=list)  # in plan order

    @cached_property
    def reference_date(self) -> date:
        return parse_date(self.reference_text)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def sort_key(self) -> tuple[date, str]:
        return (self.reference_date, self.stem)

    def groups(self) -> list[tuple[Goal | None, list[ReportedState]]]:
        """The entries under the top-level goal their action serves most, in tree order."""
        members: dict[Goal | None, list[ReportedState]] = {}
        for entry in self.entries:
            members.setdefault(entry.action.top_goal(), []).append(entry)
        roots = [g for g in members if g is not None]
        order = sorted(roots, key=lambda g: g.position) + ([None] if None in members else [])
        return [(root, members[root]) for root in order]

    def milestones(self) -> list[tuple[Action, Milestone]]:
        """Every milestone the report names, in date order."""
        pairs = [(e.action, m) for e in self.entries for m in e.milestones]
        return sorted(pairs, key=lambda pair: pair[1].day)


@dataclass(eq=False, repr=False)
class ReportedState:
    """What one report says of one action."""

    def __repr__(self) -> str:
        return f"ReportedState({self.report.stem!r}, {self.action.id!r})"

    report: Report
    action: Action
    status: Status | None
    progress: int | None
    explanation: str | None
    milestones: list[Milestone]


@dataclass(frozen=True)
class ActionState:
    """An action's current state: each field from the latest report that gives it."""

    status: Status | None
    progress: int | None
    explanation: str | None
    reported: bool  # some report gives its status or progress
    status_from: Report | None = None  # the report each field comes from
    progress_from: Report | None = None
    explanation_from: Report | None = None

    @classmethod
    def of(cls, history: list[ReportedState]) -> ActionState:
        def latest(attribute: str) -> ReportedState | None:
            return next((h for h in reversed(history) if getattr(h, attribute) is not None), None)

        status, progress, note = latest("status"), latest("progress"), latest("explanation")
        return cls(
            status=status.status if status else None,
            progress=progress.progress if progress else None,
            explanation=note.explanation if note else None,
            reported=status is not None or progress is not None,
            status_from=status.report if status else None,
            progress_from=progress.report if progress else None,
            explanation_from=note.report if note else None,
        )


def current_milestones(history: list[ReportedState]) -> list[Milestone]:
    """Every milestone the reports name, the latest report's word on each (by title),
    in date order."""
    latest: dict[str, Milestone] = {}
    for state in history:
        for milestone in state.milestones:
            latest.pop(milestone.title, None)
            latest[milestone.title] = milestone
    return sorted(latest.values(), key=lambda m: m.day)


def round_half_up(value: Fraction) -> int:
    return floor(value + Fraction(1, 2))


@dataclass(frozen=True)
class Rollup:
    """The state of a group of actions: how many reported, per status, mean progress."""

    total: int
    reported: int
    counts: list[tuple[Status, int]]  # every status with at least one action
    mean_progress: int | None  # of those with a progress, rounded .5 upward

    @classmethod
    def of(cls, actions: list[Action], statuses: list[Status]) -> Rollup:
        """The current state of ``actions``."""
        states = [a.state for a in actions]
        return cls.count(len(actions), sum(1 for s in states if s.reported), states, statuses)

    @classmethod
    def of_report(cls, report: Report, statuses: list[Status], total: int) -> Rollup:
        """What one report says, on its own, of the plan's ``total`` actions."""
        said = [e for e in report.entries if e.status is not None or e.progress is not None]
        return cls.count(total, len(said), report.entries, statuses)

    @classmethod
    def count(
        cls,
        total: int,
        reported: int,
        states: list[ActionState] | list[ReportedState],
        statuses: list[Status],
    ) -> Rollup:
        counts = {s.key: 0 for s in statuses}
        for state in states:
            if state.status is not None:
                counts[state.status.key] += 1
        progress = [s.progress for s in states if s.progress is not None]
        mean = round_half_up(Fraction(sum(progress), len(progress))) if progress else None
        return cls(
            total=total,
            reported=reported,
            counts=[(s, counts[s.key]) for s in statuses if counts[s.key]],
            mean_progress=mean,
        )


class PlanProgress:
    """The living plan's questions of a Plan (mixed into it; uses its actions,
    statuses and reports)."""

    actions: list[Action]
    statuses: list[Status]
    reports: list[Report]  # newest first
    _rollups: dict[str | None, Rollup]

    def contributing_actions(self, goal: Goal) -> list[Action]: ...  # Plan's own

    def rollup(self, goal: Goal | None = None) -> Rollup:
        """The state of the actions under ``goal`` (of the whole plan without one).
        Kept: every goal page shows the roll-ups of its part of the tree."""
        key = goal.id if goal is not None else None
        found = self._rollups.get(key)
        if found is None:
            actions = self.actions if goal is None else self.contributing_actions(goal)
            found = self._rollups[key] = Rollup.of(actions, self.statuses)
        return found

    def report_summary(self, report: Report) -> Rollup:
        """What one report says, counted: per status, mean progress."""
        return Rollup.of_report(report, self.statuses, len(self.actions))

    @cached_property
    def has_progress(self) -> bool:
        """Whether any report gives a status or progress: else cards, trees and filters
        say nothing about it (a plan with only planned milestones)."""
        return any(a.state.reported for a in self.actions)

    @property
    def latest_report(self) -> Report | None:
        """The report with the latest peildatum: the state the home page shows."""
        return self.reports[0] if self.reports else None
