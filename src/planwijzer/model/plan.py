"""Stage 3 — model: the plan as linked objects that answer questions.

Templates ask the model ('which actions contribute to this goal, at which
strength', 'which actions does this partner carry'); they never search the data
themselves. The things themselves are in ``entities``, the matrices in ``matrix``,
the timeline in ``timeline``; ``assemble`` builds a Plan from a validated plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..loading import contract as schema
from ..loading.located import Source
from ..shared.interface import _
from .entities import (
    Action,
    Goal,
    Level,
    Municipality,
    Partner,
    PartnerRoles,
    Project,
    Ranking,
    Strength,
    project_groups,
)
from .follow_up import PlanProgress, Report, Rollup, Snapshot, Status
from .indicators import Indicator
from .matrix import Matrix
from .timeline import PlanTimeline


@dataclass(repr=False)
class Plan(PlanTimeline, PlanProgress):
    def __repr__(self) -> str:
        return f"Plan({self.title!r})"

    title: str
    organisation: str
    subtitle: str | None
    introduction: str | None
    first_year: int
    last_year: int
    levels: list[Level]
    strengths: list[Strength]
    action_name: str
    action_plural: str
    goals: list[Goal]  # roots
    actions: list[Action]
    partners: list[Partner]
    municipalities: list[Municipality]
    matrices: list[Matrix]
    accessibility: schema.Toegankelijkheid | None
    versions: list[schema.Versie]
    matrix_split_threshold: int
    source: Source
    rankings: list[Ranking] = field(default_factory=list)  # data/gemeenten.yaml
    statuses: list[Status] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)  # data/opvolging/, newest first
    indicators: list[Indicator] = field(default_factory=list)  # data/indicatoren.yaml
    fictional: bool = False  # an invented example plan: every page says so
    licence: str | None = None  # of the open data, as plan.yaml names it
    privacy: schema.Privacy | None = None  # for the privacy statement
    short_title: str = ""  # the header's title on a phone (korte_titel, else the title)
    organisation_short: str = ""  # at the end of every page's <title> (organisatie_kort)
    contact: schema.Contact | None = None  # the footer of every page
    identity: schema.Huisstijl | None = None  # colour and logo (huisstijl)
    cms: schema.Beheer | None = None  # editing in the browser on /beheer/ (beheer)
    frameworks: list = field(default_factory=list)  # frameworks.Framework (data/kaders/)
    language: str = "nl"  # the language this model of the plan reads in
    languages: tuple[str, ...] = ("nl",)  # every language of the plan, the main one first
    _goals: dict[str, Goal] = field(default_factory=dict, repr=False)
    _roles: dict[Partner, PartnerRoles] = field(default_factory=dict, repr=False)
    judged_on: date | None = None  # the build's day: past milestones, a plan period over
    _rollups: dict[str | None, Rollup] = field(default_factory=dict, repr=False)
    _snapshots: dict[str | None, Snapshot] = field(default_factory=dict, repr=False)

    # -- lookups ---------------------------------------------------------------------
    def goal(self, id_: str) -> Goal:
        return self._goals[id_]

    def action(self, id_: str) -> Action:
        return next(a for a in self.actions if a.id == id_)

    def partner(self, id_: str) -> Partner:
        return next(p for p in self.partners if p.id == id_)

    def all_goals(self) -> list[Goal]:
        return [g for root in self.goals for g in root.walk()]

    def leaves(self) -> list[Goal]:
        return [g for g in self.all_goals() if g.is_leaf]

    @property
    def strongest(self) -> Strength:
        return self.strengths[0]

    @property
    def period_label(self) -> str:
        return f"{self.first_year}-{self.last_year}"

    # -- questions templates ask ---------------------------------------------------
    def contributions_to(self, goal: Goal) -> list[tuple[Strength, list[Action]]]:
        """Actions contributing to ``goal`` or its descendants, grouped by strength.

        An action counts once, at the strongest strength it has anywhere below the goal.
        """
        best: dict[Action, Strength] = {}
        order: list[Action] = []
        for node in goal.walk():
            for c in node.contributions:
                if c.action not in best:
                    order.append(c.action)
                    best[c.action] = c.strength
                elif c.strength.rank < best[c.action].rank:
                    best[c.action] = c.strength
        order.sort(key=lambda a: a.position)
        return [(s, [a for a in order if best[a] is s]) for s in self.strengths]

    def count_by_strength(self, goal: Goal) -> list[tuple[Strength, int]]:
        return [(s, len(actions)) for s, actions in self.contributions_to(goal)]

    def lacks_strong_contribution(self, goal: Goal) -> bool:
        """The validator's warning rule: a leaf no action contributes to at the strongest level."""
        return goal.is_leaf and not any(c.strength is self.strongest for c in goal.contributions)

    def contributing_actions(self, goal: Goal) -> list[Action]:
        """Every action contributing to ``goal`` or below, at any strength, in plan order."""
        return sorted(
            {c.action for node in goal.walk() for c in node.contributions},
            key=lambda a: a.position,
        )

    def partner_roles(self, partner: Partner) -> PartnerRoles:
        return self._roles[partner]

    def key_numbers(self) -> list[tuple[str, int, str]]:
        """(label, count, the site URL that lists them): the home page's key figures."""
        numbers = [
            (level.plural, sum(1 for g in self.all_goals() if g.level is level), "doelstellingen/")
            for level in self.levels
        ]
        numbers.append((self.action_plural, len(self.actions), "acties/"))
        numbers.append((_("Partners"), len(self.partners), "partners/"))
        numbers.append((_("Gemeenten"), len(self.municipalities), "gemeenten/"))
        # Projects are listed on their actions' pages and per gemeente; a project that
        # several actions name counts once, as on the gemeente pages.
        numbers.append((_("Projecten"), len(self.project_groups()), "gemeenten/"))
        return [(label, n, url) for label, n, url in numbers if n]

    def project_groups(self) -> list[tuple[str, list[Project]]]:
        """Every project once (Project.key), with the entries of the actions that name it."""
        return project_groups([p for a in self.actions for p in a.projects])

    def all_labels(self) -> list[str]:
        labels = {label for a in self.actions for label in a.labels}
        return sorted(labels, key=lambda label: (label.casefold(), label))  # a total order

    def years(self) -> list[int]:
        return list(range(self.first_year, self.last_year + 1))

    def action_years(self, action: Action) -> list[int]:
        """Calendar years in which the action runs (an open end runs to the plan's end)."""
        return action.period.years(self.last_year) if action.period else []

    def leads(self) -> list[Partner]:
        """Partners that carry at least one action."""
        return [p for p in self.partners if self._roles[p].leads]
