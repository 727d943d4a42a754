"""What the checks hand to the model: typed entries with their source location."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..loading import contract as schema
from ..loading import follow_up_contract as follow_up
from ..loading.located import Source
from ..loading.yaml_nodes import PathKey, YamlDocument


@dataclass
class GoalEntry:
    node: schema.Doelstelling
    level: int  # index into plan.niveaus
    source: Source
    children: list[GoalEntry] = field(default_factory=list)


@dataclass
class ActionEntry:
    action: schema.Actie
    source: Source
    doc: YamlDocument
    path: PathKey


@dataclass
class PartnerEntry:
    partner: schema.Partner
    source: Source


@dataclass
class ReportEntry:
    stem: str  # the file name without .yaml: the report's page is /opvolging/<slug>/
    report: follow_up.RapportBestand
    doc: YamlDocument
    source: Source


@dataclass
class IndicatorEntry:
    indicator: follow_up.Indicator
    source: Source
    path: PathKey  # where it stands in data/indicatoren.yaml


@dataclass
class ValidatedPlan:
    plan: schema.PlanBestand
    plan_source: Source
    goals: list[GoalEntry]
    actions: list[ActionEntry]
    partners: list[PartnerEntry]
    partners_file: str | None
    plan_doc: YamlDocument
    rankings: list[schema.Rangschikking] = field(default_factory=list)
    reports: list[ReportEntry] = field(default_factory=list)  # data/opvolging/
    indicators: list[IndicatorEntry] = field(default_factory=list)  # data/indicatoren.yaml
    frameworks: dict = field(default_factory=dict)  # data/kaders/: id -> FrameworkEntry
    # ids of entries that failed their shape check: references to them are not
    # reported again, so one mistake gives one message, not a cascade
    broken_ids: set[str] = field(default_factory=set)
    # False when an action could not be read or checked: then 'no action contributes
    # to this goal' may be untrue, and is not said.
    actions_complete: bool = True
    unread_kinds: frozenset[str] = frozenset()  # PlanSources.unread

    def unread(self, ref: str, *kinds: str) -> bool:
        """Whether ``ref`` may name an entry of ``kinds`` that the check could not read
        (its file has a YAML error, or the entry failed its shape): then 'unknown' would
        be a second message for one mistake, so it is not said."""
        return ref in self.broken_ids or any(kind in self.unread_kinds for kind in kinds)

    def counts(self) -> str:
        """'25 doelstellingen, 20 strategische acties, 49 partners, 1 rapport': what the
        check says it found."""
        counts = [
            f"{len(self.all_goals())} doelstellingen",
            f"{len(self.actions)} {self.plan.acties.meervoud.lower()}",
            f"{len(self.partners)} partners",
        ]
        for items, one, many in (
            (self.reports, "rapport", "rapporten"),
            (self.indicators, "indicator", "indicatoren"),
        ):
            if items:
                counts.append(f"{len(items)} {one if len(items) == 1 else many}")
        return ", ".join(counts)

    def all_goals(self) -> list[GoalEntry]:
        """Every goal of the tree, top-down."""
        return list(walk_goals(self.goals))


def walk_goals(goals: list[GoalEntry]) -> Iterator[GoalEntry]:
    """Every goal of ``goals`` and below, top-down."""
    for goal in goals:
        yield goal
        yield from walk_goals(goal.children)
