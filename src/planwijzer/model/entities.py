"""The plan's things, linked both ways: goals, actions, partners, projects, gemeenten.

Built only from a validated plan (``assemble``), so references here always resolve.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..loading.located import Source
from ..shared.periods import Period
from ..shared.text import slugify
from .follow_up import ActionState, Milestone, ReportedState
from .indicators import Indicator

T = TypeVar("T")


def unique(items: Iterable[T]) -> list[T]:
    """``items`` in order, each object once (by identity: entities compare by identity)."""
    seen: set[int] = set()
    result = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            result.append(item)
    return result


@dataclass(frozen=True)
class Level:
    key: str
    name: str
    plural: str
    abbreviation: str | None
    index: int


@dataclass(frozen=True)
class Strength:
    key: str
    label: str
    symbol: str
    rank: int  # 0 is the strongest


@dataclass(eq=False, repr=False)
class Partner:
    # Objects link to each other both ways: a generated repr would walk the graph.
    def __repr__(self) -> str:
        return f"Partner({self.id!r})"

    id: str
    name: str
    kind: str | None
    website: str | None
    source: Source
    url: str = ""
    concept: bool = False  # shown in the preview only (see assemble)
    description: str | None = None

    @property
    def title(self) -> str:
        return self.name


@dataclass(frozen=True)
class Ranking:
    """A ranking of gemeenten the plan itself states (its area analysis), with its source."""

    id: str
    title: str
    source: str
    names: list[str]  # rank 1 first, as the plan writes them


@dataclass(eq=False, repr=False)
class Municipality:
    # Objects link to each other both ways: a generated repr would walk the graph.
    def __repr__(self) -> str:
        return f"Municipality({self.slug!r})"

    slug: str
    name: str
    projects: list[Project] = field(default_factory=list)
    url: str = ""
    nis: str | None = None  # from the register (Statbel); None for a name not in it
    province: str | None = None
    ranks: list[tuple[Ranking, int]] = field(default_factory=list)  # the plan's figures
    # A name not in the register that a merged municipality's name starts with
    # (register.RegisteredMunicipality: nis, name, province): said as 'mogelijk'.
    named_after: Any = None

    @property
    def title(self) -> str:
        return self.name

    @property
    def actions(self) -> list[Action]:
        return unique(p.action for p in self.projects)

    @property
    def leads(self) -> list[Partner]:
        """The partners that carry the actions with a project here."""
        return unique(a.lead for a in self.actions if a.lead is not None)

    def project_groups(self) -> list[tuple[str, list[Project]]]:
        """Projects here, each once (see Project.key), with the actions' entries for it."""
        return project_groups(self.projects)

    @property
    def has_shared_projects(self) -> bool:
        """Whether a project here is named by more than one action (counted once)."""
        return any(len(entries) > 1 for _title, entries in self.project_groups())


def project_groups(projects: list[Project]) -> list[tuple[str, list[Project]]]:
    """(title, entries) per project, in the order they first appear."""
    groups: dict[str, list[Project]] = {}
    titles: dict[str, str] = {}
    for project in unique(projects):
        titles.setdefault(project.key, project.title)
        groups.setdefault(project.key, []).append(project)
    return [(titles[key], entries) for key, entries in groups.items()]


@dataclass(eq=False, repr=False)
class Project:
    # Objects link to each other both ways: a generated repr would walk the graph.
    def __repr__(self) -> str:
        return f"Project({self.title!r})"

    title: str
    description: str | None
    municipalities: list[Municipality]
    partners: list[Partner]
    period: Period | None
    action: Action

    @property
    def key(self) -> str:
        """What makes a project one project: its title. Several actions may name the same
        project; everywhere it counts once (gemeente pages, indexes, home, open data)."""
        return slugify(self.title) or self.title


@dataclass(eq=False, repr=False)
class Goal:
    # Objects link to each other both ways: a generated repr would walk the graph.
    def __repr__(self) -> str:
        return f"Goal({self.id!r})"

    id: str
    code: str | None
    title: str
    description: str | None
    explanation: str | None
    level: Level
    source: Source
    parent: Goal | None = None
    children: list[Goal] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)  # direct, leaves only
    url: str = ""
    concept: bool = False
    indicators: list[Indicator] = field(default_factory=list)  # that measure this goal
    position: int = 0  # order in the tree, top-down
    frameworks: list = field(default_factory=list)  # frameworks.Service: what it serves

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def label(self) -> str:
        """'SD1 Grond- en mensenrechten' or just the title."""
        return f"{self.code} {self.title}" if self.code else self.title

    def ancestors(self) -> list[Goal]:
        """From the top of the tree down to the parent."""
        chain = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def walk(self) -> Iterator[Goal]:
        yield self
        for child in self.children:
            yield from child.walk()

    def leaves(self) -> list[Goal]:
        return [g for g in self.walk() if g.is_leaf]

    def ancestor_at(self, level_index: int) -> Goal | None:
        """This goal or its ancestor on the given level; None where a level is skipped."""
        for node in [*self.ancestors(), self]:
            if node.level.index == level_index:
                return node
        return None


@dataclass(frozen=True, eq=False, repr=False)
class Contribution:
    def __repr__(self) -> str:
        return f"Contribution({self.action.id!r} → {self.goal.id!r}: {self.strength.key})"

    action: Action
    goal: Goal
    strength: Strength


@dataclass(eq=False, repr=False)
class Action:
    # Objects link to each other both ways: a generated repr would walk the graph.
    def __repr__(self) -> str:
        return f"Action({self.id!r})"

    id: str
    title: str
    code: str | None
    lead: Partner | None
    context: str | None
    description: str | None
    cooperation: str | None
    partners: list[Partner]
    period: Period | None
    labels: list[str]
    source: Source
    contributions: list[Contribution] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    url: str = ""
    position: int = 0  # order in the plan's data files
    concept: bool = False
    history: list[ReportedState] = field(default_factory=list)  # oldest report first
    state: ActionState = field(default_factory=lambda: ActionState.of([]))
    # Every milestone the reports name, the latest word on each: set with the state.
    milestones: list[Milestone] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)  # that measure this action
    frameworks: list = field(default_factory=list)  # frameworks.Service: what it serves

    @property
    def label(self) -> str:
        # One way of numbering, as for goals: '1 De STEK' (links, titles, PDF, search).
        return f"{self.code} {self.title}" if self.code else self.title

    @property
    def municipalities(self) -> list[Municipality]:
        return unique(m for p in self.projects for m in p.municipalities)

    @property
    def stopped(self) -> ReportedState | None:
        """What stopped the action, when its current status ends it unfinished: the
        report's entry (its peildatum ends the action's bar on the timeline)."""
        state = self.state
        if state.status is None or not state.status.stops or state.status_from is None:
            return None
        return next((h for h in self.history if h.report is state.status_from), None)

    def strength_for(self, goal: Goal) -> Strength | None:
        for contribution in self.contributions:
            if contribution.goal is goal:
                return contribution.strength
        return None

    def goal_strengths(self) -> dict[Goal, Strength]:
        """Every goal this action serves, ancestors included, at its strongest strength."""
        best: dict[Goal, Strength] = {}
        for c in self.contributions:
            for goal in [*c.goal.ancestors(), c.goal]:
                if goal not in best or c.strength.rank < best[goal].rank:
                    best[goal] = c.strength
        return best

    def top_goal(self) -> Goal | None:
        """The top-level goal of the strongest contribution: where a timeline groups it."""
        if not self.contributions:
            return None
        goal = self.contributions[0].goal
        return ([*goal.ancestors(), goal])[0]

    def all_partners(self) -> list[Partner]:
        """Lead, partners and project partners, each once."""
        lead = [self.lead] if self.lead else []
        return unique([*lead, *self.partners, *(p for pr in self.projects for p in pr.partners)])


@dataclass(frozen=True)
class PartnerRoles:
    leads: list[Action]
    takes_part: list[Action]
    via_projects: list[tuple[Action, Project]]

    @property
    def all_actions(self) -> list[Action]:
        return unique([*self.leads, *self.takes_part, *(a for a, _ in self.via_projects)])
