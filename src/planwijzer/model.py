"""Stage 3 — model: the plan as linked objects that answer questions.

Templates ask the model ('which actions contribute to this goal, at which
strength', 'which actions does this partner carry'); they never search the data
themselves. Built only from a validated plan, so references here always resolve.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import schema
from .periods import Period
from .validate import GoalEntry, Source, ValidatedPlan, slugify


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

    @property
    def title(self) -> str:
        return self.name


@dataclass(eq=False, repr=False)
class Municipality:
    # Objects link to each other both ways: a generated repr would walk the graph.
    def __repr__(self) -> str:
        return f"Municipality({self.slug!r})"

    slug: str
    name: str
    projects: list[Project] = field(default_factory=list)
    url: str = ""

    @property
    def title(self) -> str:
        return self.name

    @property
    def actions(self) -> list[Action]:
        return _unique(p.action for p in self.projects)


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

    @property
    def label(self) -> str:
        return f"{self.code}. {self.title}" if self.code else self.title

    @property
    def municipalities(self) -> list[Municipality]:
        return _unique(m for p in self.projects for m in p.municipalities)

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
        return _unique([*lead, *self.partners, *(p for pr in self.projects for p in pr.partners)])


@dataclass(frozen=True)
class PartnerRoles:
    leads: list[Action]
    takes_part: list[Action]
    via_projects: list[tuple[Action, Project]]

    @property
    def all_actions(self) -> list[Action]:
        return _unique([*self.leads, *self.takes_part, *(a for a, _ in self.via_projects)])


@dataclass(frozen=True)
class TimelineBar:
    left: float  # percent of the plan period
    width: float
    starts_before: bool  # the period starts before the plan does
    ends_after: bool
    open_end: bool


@dataclass(frozen=True)
class MatrixHeaderCell:
    goal: Goal | None  # None: a skipped level
    colspan: int
    rowspan: int
    is_leaf: bool
    root: Goal  # the top-level goal above this cell's columns
    start: int  # index of the first column this cell spans


@dataclass(frozen=True, repr=False)
class Matrix:
    def __repr__(self) -> str:
        return f"Matrix({self.id!r})"

    id: str
    title: str
    description: str | None
    roots: list[Goal]
    header_rows: list[list[MatrixHeaderCell]]
    columns: list[Goal]
    rows: list[Action]
    url: str = ""
    # A large matrix is shown as one part per top-level goal instead (matrix_max_acties).
    parts: list[Matrix] = field(default_factory=list)

    def grid(self) -> list[tuple[Action, list[Strength | None], int]]:
        """Per row: the action, its strength in each column (or None), its total."""
        result = []
        for action in self.rows:
            by_goal = {c.goal: c.strength for c in action.contributions}
            cells = [by_goal.get(goal) for goal in self.columns]
            result.append((action, cells, sum(1 for s in cells if s is not None)))
        return result

    def column_total(self, goal: Goal) -> int:
        # Every action contributing to a column's goal is a row of the matrix.
        return len(goal.contributions)


@dataclass(repr=False)
class Plan:
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
    _goals: dict[str, Goal] = field(default_factory=dict, repr=False)
    _roles: dict[Partner, PartnerRoles] = field(default_factory=dict, repr=False)

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

    def partner_roles(self, partner: Partner) -> PartnerRoles:
        return self._roles[partner]

    def actions_running_in(self, year: int) -> list[Action]:
        return [a for a in self.actions if a.period and a.period.overlaps_year(year)]

    def key_numbers(self) -> list[tuple[str, int]]:
        numbers = [
            (level.plural, sum(1 for g in self.all_goals() if g.level is level))
            for level in self.levels
        ]
        numbers.append((self.action_plural, len(self.actions)))
        if self.partners:
            numbers.append(("Partners", len(self.partners)))
        if self.municipalities:
            numbers.append(("Gemeenten", len(self.municipalities)))
        projects = sum(len(a.projects) for a in self.actions)
        if projects:
            numbers.append(("Projecten", projects))
        return [(label, n) for label, n in numbers if n]

    def all_labels(self) -> list[str]:
        return sorted({label for a in self.actions for label in a.labels}, key=str.casefold)

    def years(self) -> list[int]:
        return list(range(self.first_year, self.last_year + 1))

    def action_years(self, action: Action) -> list[int]:
        """Calendar years in which the action runs (an open end runs to the plan's end)."""
        return action.period.years(self.last_year) if action.period else []

    def leads(self) -> list[Partner]:
        """Partners that carry at least one action."""
        return [p for p in self.partners if self._roles[p].leads]

    # -- the timeline -------------------------------------------------------------
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

    def timeline_bar(self, period: Period) -> TimelineBar:
        end = period.end or self.timeline_end
        left = self.timeline_position(period.start)
        right = self.timeline_position(end + timedelta(days=1))
        return TimelineBar(
            left=left,
            width=max(round(right - left, 3), 0.5),
            starts_before=period.start < self.timeline_start,
            ends_after=end > self.timeline_end,
            open_end=period.end is None,
        )

    def timeline_groups(self) -> list[tuple[Goal | None, list[Action]]]:
        """Actions with a period, grouped by the top-level goal they serve most."""
        members: dict[Goal | None, list[Action]] = {root: [] for root in [*self.goals, None]}
        for action in self.actions:
            if action.period:
                members[action.top_goal()].append(action)
        return [(root, actions) for root, actions in members.items() if actions]

    @property
    def today(self) -> date:
        return date.today()


def _unique(items) -> list:
    seen: set[int] = set()
    result = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            result.append(item)
    return result


# -- building -----------------------------------------------------------------------


def build_plan(valid: ValidatedPlan) -> Plan:
    """Link the validated entries into a Plan. Assumes validation passed."""
    cfg = valid.plan
    levels = [
        Level(n.sleutel, n.naam, n.meervoud, n.afkorting, i) for i, n in enumerate(cfg.niveaus)
    ]
    strengths = [Strength(b.sleutel, b.label, b.symbool, i) for i, b in enumerate(cfg.bijdragen)]
    strength_by_key = {s.key: s for s in strengths}

    goals_by_id: dict[str, Goal] = {}

    def make_goal(entry: GoalEntry, parent: Goal | None) -> Goal:
        n = entry.node
        goal = Goal(
            n.id,
            n.code,
            n.titel,
            n.omschrijving,
            n.toelichting,
            levels[entry.level],
            entry.source,
            parent,
        )
        goal.url = f"doelstellingen/{n.id}/"
        goals_by_id[n.id] = goal
        goal.children = [make_goal(child, goal) for child in entry.children]
        return goal

    roots = [make_goal(entry, None) for entry in valid.goals]

    partners = [
        Partner(
            p.partner.id,
            p.partner.naam,
            p.partner.soort,
            p.partner.website,
            p.source,
            url=f"partners/{p.partner.id}/",
        )
        for p in valid.partners
    ]
    partner_by_id = {p.id: p for p in partners}
    municipalities: dict[str, Municipality] = {}

    def municipality(name: str) -> Municipality:
        slug = slugify(name)
        if slug not in municipalities:
            municipalities[slug] = Municipality(slug, name.strip(), url=f"gemeenten/{slug}/")
        return municipalities[slug]

    actions: list[Action] = []
    for entry in valid.actions:
        a = entry.action
        action = Action(
            id=a.id,
            title=a.titel,
            code=a.code,
            lead=partner_by_id.get(a.trekker) if a.trekker else None,
            context=a.context,
            description=a.omschrijving,
            cooperation=a.samenwerking,
            partners=[partner_by_id[p] for p in a.partners],
            period=Period.parse(a.periode.van, a.periode.tot) if a.periode else None,
            labels=list(a.labels),
            source=entry.source,
            url=f"acties/{a.id}/",
            position=len(actions),
        )
        for key, goal_ids in a.bijdragen.items():
            for gid in goal_ids:
                contribution = Contribution(action, goals_by_id[gid], strength_by_key[key])
                action.contributions.append(contribution)
                goals_by_id[gid].contributions.append(contribution)
        action.contributions.sort(key=lambda c: c.strength.rank)
        for p in a.projecten:
            project = Project(
                title=p.titel,
                description=p.omschrijving,
                municipalities=[municipality(name) for name in p.gemeente],
                partners=[partner_by_id[pid] for pid in p.partners],
                period=Period.parse(p.periode.van, p.periode.tot) if p.periode else None,
                action=action,
            )
            action.projects.append(project)
            for m in project.municipalities:
                m.projects.append(project)
        actions.append(action)

    plan = Plan(
        title=cfg.titel,
        organisation=cfg.organisatie,
        subtitle=cfg.ondertitel,
        introduction=cfg.inleiding,
        first_year=cfg.periode.van,
        last_year=cfg.periode.tot,
        levels=levels,
        strengths=strengths,
        action_name=cfg.acties.naam,
        action_plural=cfg.acties.meervoud,
        goals=roots,
        actions=actions,
        partners=partners,
        municipalities=sorted(municipalities.values(), key=lambda m: m.name.casefold()),
        matrices=[],
        accessibility=cfg.toegankelijkheid,
        versions=list(cfg.versies),
        matrix_split_threshold=cfg.matrix_max_acties,
        source=valid.plan_source,
        _goals=goals_by_id,
        _roles=_partner_roles(partners, actions),
    )
    overviews = cfg.overzichten or [
        schema.Overzicht(id="matrix", titel="Overzichtsmatrix", doelen=None)
    ]
    single = len(overviews) == 1
    for overview in overviews:
        overview_roots = [goals_by_id[g] for g in overview.doelen] if overview.doelen else roots
        url = "overzicht/" if single else f"overzicht/{overview.id}/"
        matrix = make_matrix(
            plan, overview.id, overview.titel, overview.omschrijving, overview_roots, url
        )
        if len(matrix.rows) > plan.matrix_split_threshold and len(overview_roots) > 1:
            matrix.parts.extend(
                make_matrix(
                    plan,
                    f"{overview.id}-{root.id}",
                    f"{overview.titel}: {root.label}",
                    None,
                    [root],
                    f"{url}{root.id}/",
                )
                for root in overview_roots
            )
        plan.matrices.append(matrix)
    return plan


def make_matrix(
    plan: Plan, id_: str, title: str, description: str | None, roots: list[Goal], url: str
) -> Matrix:
    """The overview matrix over the leaves below ``roots``, with one header row per level."""
    columns = [leaf for root in roots for leaf in root.leaves()]
    column_index = {goal: i for i, goal in enumerate(columns)}
    # From the columns' own contributions: a part of a split matrix costs what it shows.
    contributing = {c.action for goal in columns for c in goal.contributions}
    rows = sorted(contributing, key=lambda a: a.position)
    depth = len(plan.levels)
    header_rows: list[list[MatrixHeaderCell]] = []
    for level_index in range(depth):
        row: list[MatrixHeaderCell] = []
        keys: list[object] = []
        for col in columns:
            if col.level.index < level_index:
                continue  # a leaf higher up spans down over this row
            node = col.ancestor_at(level_index)
            # A skipped level is one blank cell per parent, not one across parents.
            key: object = node if node is not None else ("blank", _nearest_above(col, level_index))
            if keys and keys[-1] == key:
                row[-1] = replace(row[-1], colspan=row[-1].colspan + 1)
                continue
            leaf_here = node is col
            rowspan = depth - level_index if leaf_here else 1
            root = ([*col.ancestors(), col])[0]
            row.append(MatrixHeaderCell(node, 1, rowspan, leaf_here, root, column_index[col]))
            keys.append(key)
        header_rows.append(row)
    return Matrix(id_, title, description, roots, header_rows, columns, rows, url)


def _nearest_above(goal: Goal, level_index: int) -> Goal | None:
    above = [g for g in goal.ancestors() if g.level.index < level_index]
    return above[-1] if above else None


def _partner_roles(partners: list[Partner], actions: list[Action]) -> dict[Partner, PartnerRoles]:
    """Who carries, takes part in or works through a project in which action: one pass."""
    leads: dict[Partner, list[Action]] = {p: [] for p in partners}
    takes_part: dict[Partner, list[Action]] = {p: [] for p in partners}
    via: dict[Partner, list[tuple[Action, Project]]] = {p: [] for p in partners}
    for action in actions:
        if action.lead is not None:
            leads[action.lead].append(action)
        for partner in _unique(action.partners):
            takes_part[partner].append(action)
        for project in action.projects:
            for partner in _unique(project.partners):
                via[partner].append((action, project))
    return {p: PartnerRoles(leads[p], takes_part[p], via[p]) for p in partners}
