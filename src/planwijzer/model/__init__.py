"""Stage 3 — model: the plan as linked objects that answer the templates' questions."""

from .assemble import build_plan
from .entities import Action, Contribution, Goal, Level, Municipality, Partner, Project, Strength
from .matrix import Matrix
from .plan import Plan

__all__ = [
    "Action",
    "Contribution",
    "Goal",
    "Level",
    "Matrix",
    "Municipality",
    "Partner",
    "Plan",
    "Project",
    "Strength",
    "build_plan",
]
