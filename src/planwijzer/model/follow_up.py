"""The living plan: reports, the state of each action, and roll-ups over goals.

The rules are the contract's, so that any reader computes the same figures:
an action's status, progress and toelichting each come from the latest report (by
peildatum) that gives that field; the toelichting belongs to the state only when it
comes from the report of the status (else it is history, with its date); a goal's
roll-up counts the actions that contribute to it or to a goal below it, and its mean
progress leaves out actions in a status that stops them. A ``Snapshot`` applies the
rules as of one day: the current state (every report, milestones judged on the build's
day) or the state of one report (the reports up to its peildatum, judged on it).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from functools import cached_property
from math import floor
from typing import Protocol

from ..loading.located import Source
from ..shared.interface import N_, _
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
    "jaarplan": N_("Jaarplan"),
    "voortgangsrapport": N_("Voortgangsrapport"),
    "evaluatie": N_("Evaluatie"),
}


@dataclass(frozen=True)
class Status:
    key: str
    label: str
    rank: int  # order in plan.yaml: the order of counts and filters
    stops: bool = False  # ends an action unfinished: left out of the mean progress


# Labels in the page's language: translated where shown (shared.interface).
MILESTONE_STATES = {None: ("planned", N_("Gepland")), True: ("reached", N_("Gehaald"))}
MILESTONE_STATES[False] = ("missed", N_("Niet gehaald"))
UNREPORTED = ("unreported", N_("Niet gemeld"))


@dataclass(frozen=True)
class Milestone:
    title: str
    date_text: str
    reached: bool | None  # None: planned
    # Its date has passed (on the day it is judged) and no report says reached or missed.
    unreported: bool = False
    day: date = field(init=False, compare=False)  # the first day of date_text
    due: date = field(init=False, compare=False)  # the last day of date_text

    def __post_init__(self) -> None:
        object.__setattr__(self, "day", parse_date(self.date_text))
        object.__setattr__(self, "due", parse_date(self.date_text, end=True))

    def judged_on(self, day: date | None) -> Milestone:
        """This milestone as a reader on ``day`` sees it: 'Niet gemeld' once past due."""
        if day is None or self.reached is not None or self.due >= day:
            return self
        return replace(self, unreported=True)

    @property
    def _state(self) -> tuple[str, str]:
        return UNREPORTED if self.unreported else MILESTONE_STATES[self.reached]

    @property
    def state_key(self) -> str:
        """'planned', 'reached', 'missed' or 'unreported': for a CSS class."""
        return self._state[0]

    @property
    def state_label(self) -> str:
        return _(self._state[1])


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
    approved_on: str | None = None  # the approval's date as written; None: a draft
    approved_by: str | None = None

    @cached_property
    def reference_date(self) -> date:
        return parse_date(self.reference_text)

    @property
    def kind_label(self) -> str:
        return _(KIND_LABELS[self.kind])

    @property
    def sort_key(self) -> tuple[date, str]:
        return (self.reference_date, self.stem)

    def groups(self) -> list[tuple[Goal | None, list[ReportedState]]]:
        """The entries under the top-level goal their action serves most, in tree order."""
        grouped = by_top_goal([e.action for e in self.entries])
        return [(root, [self._by_action[a.id] for a in actions]) for root, actions in grouped]

    def said_of(self, action: Action) -> ReportedState | None:
        """What this report says of ``action``; None when it does not name it."""
        return self._by_action.get(action.id)

    @cached_property
    def _by_action(self) -> dict[str, ReportedState]:  # asked once the plan is assembled
        return {e.action.id: e for e in self.entries}

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
    """An action's state: each field from the latest report that gives it."""

    status: Status | None
    progress: int | None
    # Only the toelichting of the report the status (else the progress) comes from:
    # an older one explains an older state and stays in the history, with its date.
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
        basis = status or progress
        if note is not None and (basis is None or note.report is not basis.report):
            note = None
        return cls(
            status=status.status if status else None,
            progress=progress.progress if progress else None,
            explanation=note.explanation if note else None,
            reported=basis is not None,
            status_from=status.report if status else None,
            progress_from=progress.report if progress else None,
            explanation_from=note.report if note else None,
        )

    @property
    def source(self) -> Report | None:
        """The report the state comes from (its status's, else its progress's)."""
        return self.status_from or self.progress_from


def current_milestones(history: list[ReportedState], judged_on: date | None) -> list[Milestone]:
    """Every milestone the reports name, the latest report's word on each (by title),
    as a reader on ``judged_on`` sees it, in date order."""
    latest: dict[str, Milestone] = {}
    for state in history:
        for milestone in state.milestones:
            latest.pop(milestone.title, None)
            latest[milestone.title] = milestone
    return sorted((m.judged_on(judged_on) for m in latest.values()), key=lambda m: m.day)


def round_half_up(value: Fraction) -> int:
    return floor(value + Fraction(1, 2))


@dataclass(frozen=True)
class Rollup:
    """The state of a group of actions: how many reported, per status, mean progress."""

    total: int
    reported: int
    counts: list[tuple[Status, int]]  # every status with at least one action
    mean_progress: int | None  # of those with a progress, rounded .5 upward
    mean_over: int = 0  # how many actions the mean counts

    @property
    def stopped(self) -> list[tuple[Status, int]]:
        """The counts of statuses that stop an action: never in the mean."""
        return [(status, n) for status, n in self.counts if status.stops]

    @property
    def stopped_labels(self) -> list[tuple[str, int]]:
        return [(status.label, n) for status, n in self.stopped]

    @classmethod
    def of(cls, states: list[ActionState], statuses: list[Status]) -> Rollup:
        """The state of a group of actions, one ``ActionState`` each."""
        counts = {s.key: 0 for s in statuses}
        for state in states:
            if state.status is not None:
                counts[state.status.key] += 1
        progress = [
            s.progress
            for s in states
            if s.progress is not None and not (s.status is not None and s.status.stops)
        ]
        mean = round_half_up(Fraction(sum(progress), len(progress))) if progress else None
        return cls(
            total=len(states),
            reported=sum(1 for s in states if s.reported),
            counts=[(s, counts[s.key]) for s in statuses if counts[s.key]],
            mean_progress=mean,
            mean_over=len(progress),
        )


def by_top_goal(actions: list[Action]) -> list[tuple[Goal | None, list[Action]]]:
    """``actions`` under the top-level goal each serves most, in tree order; those
    without a goal last."""
    members: dict[Goal | None, list[Action]] = {}
    for action in actions:
        members.setdefault(action.top_goal(), []).append(action)
    roots = sorted((g for g in members if g is not None), key=lambda g: g.position)
    return [(root, members[root]) for root in [*roots, *([None] if None in members else [])]]


class Snapshot:
    """The plan as of one day: what the reports up to and including that peildatum
    say of each action, milestones as a reader on ``judged_on`` sees them."""

    def __init__(
        self,
        actions: list[Action],
        statuses: list[Status],
        upto: Report | None,
        judged_on: date | None,
    ) -> None:
        self.actions = actions
        self.statuses = statuses
        self.report = upto  # None: every report (the current state)
        self.judged_on = judged_on
        self._states: dict[str, tuple[ActionState, list[Milestone]]] = {}

    def history(self, action: Action) -> list[ReportedState]:
        if self.report is None:
            return action.history
        day = self.report.reference_date
        return [h for h in action.history if h.report.reference_date <= day]

    def _of(self, action: Action) -> tuple[ActionState, list[Milestone]]:
        found = self._states.get(action.id)
        if found is None:
            history = self.history(action)
            found = (ActionState.of(history), current_milestones(history, self.judged_on))
            self._states[action.id] = found
        return found

    def state(self, action: Action) -> ActionState:
        return self._of(action)[0]

    def milestones(self, action: Action) -> list[Milestone]:
        return self._of(action)[1]

    def rollup(self, actions: list[Action] | None = None) -> Rollup:
        """The state of ``actions`` (every action of the plan without)."""
        chosen = self.actions if actions is None else actions
        return Rollup.of([self.state(a) for a in chosen], self.statuses)

    def followed(self) -> list[Action]:
        """The actions some report up to this day names, in plan order."""
        return [a for a in self.actions if self.history(a)]

    def groups(self) -> list[tuple[Goal | None, list[Action]]]:
        return by_top_goal(self.followed())


class PlanProgress:
    """The living plan's questions of a Plan (mixed into it; uses its actions,
    statuses and reports)."""

    actions: list[Action]
    statuses: list[Status]
    reports: list[Report]  # newest first
    last_year: int
    judged_on: date | None  # the build's day (reference_day): milestones, period over
    _rollups: dict[str | None, Rollup]
    _snapshots: dict[str | None, Snapshot]

    def contributing_actions(self, goal: Goal) -> list[Action]: ...  # Plan's own

    def as_of(self, report: Report | None = None) -> Snapshot:
        """The plan as of ``report``'s peildatum, milestones judged on that day: what
        its page and its PDF show. Without a report: the current state (every report,
        milestones judged on the build's day), which every other page shows."""
        key = report.stem if report is not None else None
        found = self._snapshots.get(key)
        if found is None:
            judged = report.reference_date if report is not None else self.judged_on
            found = Snapshot(self.actions, self.statuses, report, judged)
            self._snapshots[key] = found
        return found

    def rollup(self, goal: Goal | None = None) -> Rollup:
        """The current state of the actions under ``goal`` (of the whole plan without
        one). Kept: every goal page shows the roll-ups of its part of the tree."""
        key = goal.id if goal is not None else None
        found = self._rollups.get(key)
        if found is None:
            actions = self.actions if goal is None else self.contributing_actions(goal)
            found = self._rollups[key] = Rollup.of([a.state for a in actions], self.statuses)
        return found

    def report_summary(self, report: Report) -> Rollup:
        """The plan as of the report's peildatum, counted: per status, mean progress."""
        return self.as_of(report).rollup()

    @cached_property
    def has_progress(self) -> bool:
        """Whether any report gives a status or progress: else cards, trees and filters
        say nothing about it (a plan with only planned milestones)."""
        return any(a.state.reported for a in self.actions)

    @property
    def latest_report(self) -> Report | None:
        """The report with the latest peildatum: the state the home page shows."""
        return self.reports[0] if self.reports else None

    @property
    def period_over(self) -> bool:
        """Whether the build's day lies after the plan's last year."""
        return self.judged_on is not None and self.judged_on.year > self.last_year

    @property
    def latest_account(self) -> Report | None:
        """The newest progress report or evaluation: what a reader after the plan
        period wants (a jaarplan says what was planned, not what was done)."""
        return next((r for r in self.reports if r.kind != "jaarplan"), None)
