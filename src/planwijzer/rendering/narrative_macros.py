"""What the macros of narrative pages do, engine-free: ``{{ matrix() }}``,
``{{ doelstellingen() }}``, ``{{ actie("de-stek") }}``, ``{{ acties(doel=..., bijdrage=...) }}``,
``{{ kerncijfers() }}``, ``{{ taken() }}`` and ``{{ kader("sdg") }}``.

Each returns HTML rendered from the model by the same components as the generated
pages; text from the YAML inside it is escaped and never evaluated as a template
(Jinja does not re-render a macro's output). The site (through mkdocs-macros,
``outputs/mkdocs/macros``) and the printed plan (``outputs/pdf/narrative``) both ask here.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..shared.problems import suggestion
from .renderer import Renderer


class MacroError(ValueError):
    """A macro call in a narrative page names something the plan does not have."""


class NarrativeMacros:
    """The macros' work, for a page at ``page_url``: used by mkdocs-macros on the
    site and by the printed plan, so both show the same."""

    def __init__(self, renderer: Renderer, page_url: str) -> None:
        self.renderer, self.page_url = renderer, page_url

    def fragment(self, name: str, *args: Any, **kwargs: Any) -> Markup:
        # Blank lines around the HTML make Markdown treat it as one raw block.
        html = self.renderer.fragment(name, self.page_url, *args, **kwargs)
        return Markup("\n\n" + str(html).strip() + "\n\n")

    def matrix(self, id: str | None = None) -> Markup:
        plan = self.renderer.plan
        if id is None:
            return self.fragment("matrix_table", plan.matrices[0])
        for m in plan.matrices:
            if m.id == id:
                return self.fragment("matrix_table", m)
        raise MacroError(_unknown("overzicht", id, [m.id for m in plan.matrices]))

    def doelstellingen(self) -> Markup:
        return self.fragment("goal_tree", self.renderer.plan.goals)

    def actie(self, id: str) -> Markup:
        plan = self.renderer.plan
        found = next((a for a in plan.actions if a.id == id), None)
        if found is None:
            raise MacroError(_unknown("actie", id, [a.id for a in plan.actions]))
        return self.fragment("action_list", [found])

    def acties(self, doel: str | None = None, bijdrage: str | None = None) -> Markup:
        plan = self.renderer.plan
        strengths = {s.key: s for s in plan.strengths}
        if bijdrage is not None and bijdrage not in strengths:
            raise MacroError(_unknown("soort bijdrage", bijdrage, list(strengths)))
        if doel is None:
            selected = [
                a
                for a in plan.actions
                if bijdrage is None or any(c.strength.key == bijdrage for c in a.contributions)
            ]
        else:
            try:
                goal = plan.goal(doel)
            except KeyError:
                raise MacroError(
                    _unknown("doelstelling", doel, [g.id for g in plan.all_goals()])
                ) from None
            selected = [
                a
                for s, actions in plan.contributions_to(goal)
                for a in actions
                if bijdrage is None or s.key == bijdrage
            ]
        return self.fragment("action_list", selected)

    def kerncijfers(self) -> Markup:
        return self.fragment("key_numbers")

    def taken(self) -> Markup:
        return self.fragment("tasks")

    def kader(self, id: str) -> Markup:
        frameworks = {f.id: f for f in self.renderer.plan.frameworks}
        if id not in frameworks:
            raise MacroError(_unknown("kader", id, list(frameworks)))
        return self.fragment("framework_tree", frameworks[id])

    def as_dict(self) -> dict[str, Any]:
        """The macros by the names pages call them."""
        return {name: getattr(self, name) for name in NAMES}


NAMES = ("matrix", "doelstellingen", "actie", "acties", "kerncijfers", "taken", "kader")


def _unknown(kind: str, value: str, known: list[str]) -> str:
    hint = suggestion(value, known)
    return f"Onbekende {kind} '{value}' in een macro. {hint}".strip()
