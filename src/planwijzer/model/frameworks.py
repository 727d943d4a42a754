"""Policy frameworks the plan answers to: their onderdelen as a tree, which actions and
goals serve each (directly, or an action through a goal above it), and a matrix.

An onderdeel is a Goal of its own small tree (its own levels), so that the overview
matrix and its template serve frameworks unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..loading.located import Source
from ..shared.interface import _, language
from ..shared.site_paths import FRAMEWORKS
from .entities import Action, Contribution, Goal, Level, Strength
from .matrix import Matrix, make_matrix, split_by_root


@cache
def _strengths(code: str) -> tuple[Strength, Strength]:
    return (
        Strength("rechtstreeks", _("Draagt rechtstreeks bij"), "■", 0),
        Strength("via-doelstelling", _("Via een doelstelling"), "□", 1),
    )


def framework_strengths() -> tuple[Strength, Strength]:
    """(direct, via a goal): the strengths of a framework's matrix, one pair per
    language (the model is built in the language it is read in)."""
    return _strengths(language())


@dataclass(frozen=True, eq=False)
class Service:
    """One link of the crosswalk: ``part`` served by an action or goal of the plan."""

    framework: Framework
    part: Goal
    via: Goal | None = None  # the goal above an action that names the part


@dataclass(eq=False, repr=False)
class Framework:
    def __repr__(self) -> str:
        return f"Framework({self.id!r})"

    id: str
    title: str
    short_title: str
    source_text: str | None
    description: str | None
    external_url: str | None  # the site of a plan used as framework
    roots: list[Goal]
    url: str = ""
    goals_serving: dict[Goal, list[Goal]] = field(default_factory=dict)  # part -> goals
    matrix: Matrix | None = None

    def parts(self) -> list[Goal]:
        return [p for root in self.roots for p in root.walk()]

    def actions_serving(self, part: Goal) -> list[tuple[Action, Goal | None]]:
        """(action, the goal it serves through, or None when it names the part itself)."""
        return [(c.action, self._via.get((part, c.action))) for c in part.contributions]

    def goals_by_level(self, part: Goal) -> list[tuple[Level, list[Goal]]]:
        """The plan's goals that serve ``part``, per level of the plan (the page lists
        each level on one line)."""
        groups: dict[Level, list[Goal]] = {}
        for goal in self.goals_serving.get(part, []):
            groups.setdefault(goal.level, []).append(goal)
        return sorted(groups.items(), key=lambda item: item[0].index)

    def actions_by_way(self, part: Goal) -> tuple[list[Action], list[tuple[Goal, list[Action]]]]:
        """The actions that name ``part`` themselves, and those that serve it through a
        goal above them, grouped per goal: one line per goal instead of '(via ...)' on
        every action."""
        direct: list[Action] = []
        through: dict[Goal, list[Action]] = {}
        for action, via in self.actions_serving(part):
            if via is None:
                direct.append(action)
            else:
                through.setdefault(via, []).append(action)
        # The goals in the order the page lists them (goals_by_level), then any other.
        listed = [goal for _, goals in self.goals_by_level(part) for goal in goals]
        order = {goal: i for i, goal in enumerate(listed)}
        groups = sorted(through.items(), key=lambda item: order.get(item[0], len(order)))
        return direct, [(goal, sorted(acts, key=lambda a: a.position)) for goal, acts in groups]

    def is_served(self, part: Goal) -> bool:
        return any(p.contributions or self.goals_serving.get(p) for p in part.walk())

    def unserved(self) -> list[Goal]:
        """The onderdelen nothing in the plan serves yet (nor anything below them)."""
        return [p for p in self.parts() if not self.is_served(p)]

    def served_count(self) -> int:
        return sum(1 for p in self.parts() if self.is_served(p))

    _via: dict[tuple[Goal, Action], Goal] = field(default_factory=dict)


def build_frameworks(
    entries: dict,  # type: ignore[type-arg]  # id -> checking.frameworks.FrameworkEntry
    action_links: list[tuple[Action, dict[str, list[str]]]],
    goal_links: list[tuple[Goal, dict[str, list[str]]]],
    split_above: int,
) -> list[Framework]:
    frameworks = []
    depths: dict[Framework, int] = {}
    for fid, entry in entries.items():
        framework = Framework(
            fid,
            entry.title,
            entry.short_title or entry.title,
            entry.source_text,
            entry.description,
            entry.url,
            [],
            url=f"{FRAMEWORKS}/{fid}/",
        )
        depths[framework] = depth = _depth(entry.parts)
        levels = [Level(f"{fid}-{i}", "Onderdeel", "Onderdelen", None, i) for i in range(depth)]
        framework.roots = [
            _goal(p, None, levels, framework, Source(entry.file)) for p in entry.parts
        ]
        frameworks.append(framework)
    by_id = {f.id: (f, {p.id: p for p in f.parts()}) for f in frameworks}
    for goal, links in goal_links:
        for fid, pids in links.items():
            if fid not in by_id:
                continue
            framework, parts = by_id[fid]
            for pid in pids:
                framework.goals_serving.setdefault(parts[pid], []).append(goal)
                goal.frameworks.append(Service(framework, parts[pid]))
                # Every action under the goal serves the part too, through the goal.
                for action in _actions_under(goal):
                    _serve(framework, parts[pid], action, via=goal)
    for action, links in action_links:
        for fid, pids in links.items():
            if fid in by_id:
                framework, parts = by_id[fid]
                for pid in pids:
                    _serve(framework, parts[pid], action, via=None)
    for framework in frameworks:
        framework.matrix = make_matrix(
            depths[framework],
            f"kader-{framework.id}",
            framework.short_title,
            None,
            framework.roots,
            f"{framework.url}matrix/",
            strengths=list(framework_strengths()),
            column_name=_("onderdeel"),
            column_plural=_("onderdelen"),
        )
        split_by_root(framework.matrix, depths[framework], split_above)
    return [f for f in frameworks if f.parts()]


def _serve(framework: Framework, part: Goal, action: Action, via: Goal | None) -> None:
    """One contribution per action and part: a direct link beats one through a goal."""
    direct, via_goal = framework_strengths()
    existing = next((c for c in part.contributions if c.action is action), None)
    if existing is not None:
        if via is None and existing.strength is via_goal:
            part.contributions.remove(existing)
            framework._via.pop((part, action), None)
            action.frameworks[:] = [
                s for s in action.frameworks if not (s.part is part and s.framework is framework)
            ]
        else:
            return
    part.contributions.append(Contribution(action, part, via_goal if via else direct))
    part.contributions.sort(key=lambda c: (c.strength.rank, c.action.position))
    if via is not None:
        framework._via[(part, action)] = via
    action.frameworks.append(Service(framework, part, via))


def _actions_under(goal: Goal) -> list[Action]:
    seen: dict[Action, None] = {}
    for leaf in goal.leaves():
        for c in leaf.contributions:
            seen.setdefault(c.action, None)
    return sorted(seen, key=lambda a: a.position)


def _goal(
    part, parent: Goal | None, levels: list[Level], framework: Framework, source: Source
) -> Goal:  # type: ignore[no-untyped-def]
    depth = parent.level.index + 1 if parent else 0
    goal = Goal(
        part.id,
        part.code,
        part.title,
        part.description,
        None,
        levels[depth],
        source,
        parent,
        url=f"{framework.url}#onderdeel-{part.id}",
    )
    goal.children = [_goal(c, goal, levels, framework, source) for c in part.children]
    return goal


def _depth(parts: list) -> int:  # type: ignore[type-arg]
    return 1 + max((_depth(p.children) for p in parts if p.children), default=0) if parts else 0
