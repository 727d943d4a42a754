"""model.frameworks: the questions a framework page asks of the model."""

from __future__ import annotations

from dataclasses import dataclass, field

from planwijzer.model.frameworks import Framework


@dataclass(eq=False)
class _Level:
    index: int


@dataclass(eq=False)
class _Action:
    position: int


@dataclass(eq=False)
class _Contribution:
    action: _Action


@dataclass(eq=False)
class _Goal:
    level: _Level
    contributions: list = field(default_factory=list)


def test_the_actions_through_a_goal_follow_the_order_the_page_lists_the_goals():
    top, lower = _Level(0), _Level(1)
    operational, strategic = _Goal(lower), _Goal(top)
    first, second = _Action(1), _Action(2)
    part = _Goal(top, [_Contribution(first), _Contribution(second)])
    # The operational goal was linked first; the page lists the strategic level first.
    framework = Framework("k", "Kader", "Kader", "", "", "", [])
    framework.goals_serving[part] = [operational, strategic]
    framework._via[(part, first)] = operational
    framework._via[(part, second)] = strategic
    levels = framework.goals_by_level(part)
    assert [goals for _, goals in levels] == [[strategic], [operational]]
    direct, through = framework.actions_by_way(part)
    assert direct == []
    assert through == [(strategic, [second]), (operational, [first])]
