"""Re-render only what a change touches: the live preview's shortcut in stage 4.

The page of a goal, action, partner or gemeente shows its own entity and some
entities around it: an action page its goals (with their ancestors), partners and
gemeenten; a goal page its part of the tree and the actions that contribute, each
on a card with its trekker. ``shown`` lists them, in the order the pages list them.
A page's *key* is a hash of their data and of the page entity's place in the YAML
(for the edit link). When the key is the same as in the previous build, the page
is the same and the previous rendering is reused.

``shown`` follows the package's templates; tests compare with full renders after
every kind of edit. A plan with templates of its own is always fully rendered, and
the caller starts afresh when plan.yaml, templates or the date change. A matrix is
kept per part (one per top goal in a large plan): its key is the data of its rows
and columns, so an edit renders again only the parts its action or goals are in.
Other overview pages (indexes, timeline) are always rendered.
"""

from __future__ import annotations

from ..model import Action, Goal, Municipality, Partner, Plan
from ..model.indicators import Indicator
from ..model.matrix import Matrix
from ..shared.build_date import build_date, reference_day
from .fragments import Fragments
from .page import RenderedPage

Entity = Action | Goal | Partner | Municipality


def _period(period) -> tuple | None:  # type: ignore[no-untyped-def]
    return (period.start, period.end) if period else None


def _indicators(indicators: list[Indicator]) -> tuple:  # type: ignore[type-arg]
    # A card shows the title, the verdict, the latest measurement and the last target.
    return tuple(
        (i.id, i.title, i.unit, i.verdict.label, i.latest, i.targets[-1] if i.targets else None)
        for i in indicators
    )


def _history(action: Action) -> tuple:  # type: ignore[type-arg]
    # The state, the milestones and the history table all come from these.
    return tuple(
        (
            h.report.url, h.report.title, h.report.reference_text,
            h.status.key if h.status else None, h.progress, h.explanation, tuple(h.milestones),
        )
        for h in action.history
    )  # fmt: skip


def _state(action: Action) -> tuple:  # type: ignore[type-arg]
    # What cards and roll-ups show of an action's state (not which report said it).
    state = action.state
    return (state.status.key if state.status else None, state.progress, state.reported)


def digest(entity: Entity, *, own_page: bool = True) -> int:
    """A hash of what pages show of the entity (not where it stands in the YAML). An
    action on another entity's page is a card: its state counts, not its history."""
    if isinstance(entity, Action):
        a = entity
        follow_up = (_history(a), _indicators(a.indicators)) if own_page else _state(a)
        return hash(
            (
                "actie", a.id, a.concept, a.title, a.code, a.lead.id if a.lead else None, a.context,
                a.description, a.cooperation, tuple(p.id for p in a.partners),
                _period(a.period), tuple(a.labels),
                tuple((c.goal.id, c.strength.key) for c in a.contributions),
                tuple(
                    (
                        p.title, p.description, tuple(m.slug for m in p.municipalities),
                        tuple(x.id for x in p.partners), _period(p.period),
                    )
                    for p in a.projects
                ),
                follow_up,
            )
        )  # fmt: skip
    if isinstance(entity, Goal):
        g = entity
        return hash(
            (
                "doel", g.id, g.concept, g.code, g.title, g.description, g.explanation,
                g.level.index,
                g.parent.id if g.parent else None, tuple(c.id for c in g.children),
                _indicators(g.indicators),
            )
        )  # fmt: skip
    if isinstance(entity, Partner):
        return hash(
            (
                "partner",
                entity.id,
                entity.concept,
                entity.name,
                entity.kind,
                entity.website,
                entity.description,
            )
        )
    m = entity
    ranks = tuple((r.id, r.title, r.source, rank) for r, rank in m.ranks)
    return hash(("gemeente", m.slug, m.name, m.nis, m.province, ranks))


def _cards(actions: list[Action]) -> list[Entity]:
    # An action card shows the action and its trekker's name.
    return [x for a in actions for x in (a, a.lead) if x is not None]


def shown(plan: Plan, entity: Entity) -> list[Entity]:
    """The entities whose data the entity's page shows, itself included."""
    if isinstance(entity, Action):
        goals = [g for c in entity.contributions for g in (*c.goal.ancestors(), c.goal)]
        return [entity, *goals, *entity.all_partners(), *entity.municipalities]
    if isinstance(entity, Goal):
        tree = [*entity.ancestors(), *entity.walk()]
        actions = [c.action for g in entity.walk() for c in g.contributions]
        return [*tree, *_cards(actions)]
    if isinstance(entity, Partner):
        return [entity, *_cards(plan.partner_roles(entity).all_actions)]
    return [entity, *_cards(entity.actions)]


class PageMemo:
    """The rendered entity pages of one build, and those of the build before."""

    def __init__(self, previous: PageMemo | None = None) -> None:
        self._previous = previous._pages if previous is not None else {}
        self._pages: dict[str, tuple[int, RenderedPage]] = {}
        self._digests: dict[tuple[int, bool], int] = {}
        self._rank: dict[int, int] = {}
        # The printed 'today' and the day milestones are judged by.
        self.today = (build_date(), reference_day())
        if previous is not None and previous.today != self.today:
            self._previous = {}  # timelines mark today, milestones may have passed
        self.reused = 0
        # Parts of pages (a matrix's rows), kept while the day is the same.
        same_day = previous is not None and previous.today == self.today
        self.fragments = Fragments(previous.fragments if same_day else None)

    def _digest(self, entity: Entity, own_page: bool) -> int:
        key = (id(entity), own_page)
        found = self._digests.get(key)
        if found is None:
            found = self._digests[key] = digest(entity, own_page=own_page)
        return found

    def key(self, plan: Plan, entity: Entity, *, lines: bool = True) -> int:
        """The hash of what the page shows; with ``lines``, also of the entry's line
        (for the edit link). Without edit links, lines are not even looked up."""
        if not self._rank:
            everything = [*plan.all_goals(), *plan.actions, *plan.partners, *plan.municipalities]
            self._rank = {id(e): i for i, e in enumerate(everything)}
        around = {id(e): e for e in shown(plan, entity)}
        # In plan order, so that a change in the order of a list changes the key.
        ordered = sorted(around.values(), key=lambda e: self._rank[id(e)])
        source = getattr(entity, "source", None)  # gemeenten have no YAML entry of their own
        place = (source.file, source.line if lines else None) if source is not None else None
        # Whether the plan has reports, and progress at all, decides sections and
        # badges on every page.
        living = (bool(plan.reports), plan.has_progress)
        return hash((living, place, tuple(self._digest(e, e is entity) for e in ordered)))

    def page(
        self, plan: Plan, entity: Entity, path: str, render, *, lines: bool = True
    ) -> RenderedPage:  # type: ignore[no-untyped-def]
        """The previous rendering of the page when its key is unchanged, else ``render()``."""
        return self._kept(path, self.key(plan, entity, lines=lines), render)

    def matrix(self, plan: Plan, matrix: Matrix, path: str, title: str, render) -> RenderedPage:  # type: ignore[no-untyped-def]
        """A matrix page (or part) as before when its rows and columns are."""
        return self._kept(path, self.matrix_key(plan, matrix, title), render)

    def matrix_key(self, plan: Plan, matrix: Matrix, title: str) -> int:
        """What a matrix page shows: its rows as cards (title, code, state), its
        columns and the goals above them, and which action serves which column how."""
        goals = {id(g): g for c in matrix.columns for g in (*c.ancestors(), c)}
        columns = tuple(
            (g.id, tuple((c.action.id, c.strength.key) for c in g.contributions))
            for g in matrix.columns
        )
        heads = tuple(
            (c.goal.id if c.goal else None, c.colspan, c.rowspan, c.is_leaf, c.root.id, c.start)
            for row in matrix.header_rows
            for c in row
        )
        return hash(
            (
                (bool(plan.reports), plan.has_progress), title, matrix.id, matrix.title,
                matrix.description, matrix.url, matrix.column_name, matrix.column_plural,
                tuple((s.key, s.label, s.symbol, s.rank) for s in matrix.strengths),
                tuple(r.id for r in matrix.roots), heads, columns,
                tuple(self._digest(g, True) for g in goals.values()),
                tuple(self._digest(a, False) for a in matrix.rows),
            )
        )  # fmt: skip

    def _kept(self, path: str, key: int, render) -> RenderedPage:  # type: ignore[no-untyped-def]
        hit = self._previous.get(path)
        if hit is not None and hit[0] == key:
            page = hit[1]
            self.reused += 1
        else:
            page = render()
        self._pages[path] = (key, page)
        return page
