"""Macros for narrative pages (mkdocs-macros 'module').

In mkdocs.yml::

    plugins:
      - macros:
          modules: [planwijzer.outputs.mkdocs.macros]

Then a page in docs/ can write ``{{ matrix() }}``, ``{{ doelstellingen() }}``,
``{{ actie("de-stek") }}``, ``{{ acties(doel="od-wonen", bijdrage="zeker") }}`` and
``{{ kerncijfers() }}``. Each returns HTML rendered from the model by the same
components as the generated pages; text from the YAML inside it is escaped and
never evaluated as a template (Jinja does not re-render a macro's output).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup

from ... import pipeline
from ...rendering.renderer import Renderer
from ...shared.problems import suggestion


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


def define_env(env: Any) -> None:
    plan_dir = Path(env.conf.config_file_path).resolve().parent
    cache: dict[str, Renderer] = {}

    def renderer() -> Renderer:
        # The plan the Planwijzer plugin built for this very build (with or without
        # concepts), so narrative pages and generated pages show the same plan.
        plugin = env.conf.plugins.get("planwijzer")
        plan = getattr(plugin, "plan", None) or pipeline.cached_check(plan_dir).plan
        if plan is None:
            raise MacroError("Het plan bevat fouten; voer 'planwijzer check' uit.")
        # The plugin's own renderer knows the downloads and open data of this build.
        own = getattr(plugin, "renderer", None)
        if own is not None and own.plan is plan:
            return own
        key = str(id(plan))
        if key not in cache:
            cache.clear()
            cache[key] = Renderer(plan, plan_dir)
        return cache[key]

    def macros() -> NarrativeMacros:
        return NarrativeMacros(renderer(), env.page.url)

    @env.macro
    def matrix(id: str | None = None) -> Markup:
        """matrix(id=None): the overview matrix (the first one, or the one with this id)."""
        return macros().matrix(id)

    @env.macro
    def doelstellingen() -> Markup:
        """doelstellingen(): the goal tree with the number of actions per strength."""
        return macros().doelstellingen()

    @env.macro
    def actie(id: str) -> Markup:
        """actie(id): a card of one action, linking to its page."""
        return macros().actie(id)

    @env.macro
    def acties(doel: str | None = None, bijdrage: str | None = None) -> Markup:
        """acties(doel=None, bijdrage=None): cards of the actions, optionally only those
        contributing to a goal (or its descendants), optionally at one strength."""
        return macros().acties(doel, bijdrage)

    @env.macro
    def kerncijfers() -> Markup:
        """kerncijfers(): the plan's key numbers (goals per level, actions, partners...)."""
        return macros().kerncijfers()

    @env.macro
    def kader(id: str) -> Markup:
        """kader(id): a framework's crosswalk (data/kaders/<id>.yaml, or 'sdg')."""
        return macros().kader(id)

    @env.macro
    def taken() -> Markup:
        """taken(): what a visitor comes to do (goals, actions, overview, gemeente, PDF)."""
        return macros().taken()


def _unknown(kind: str, value: str, known: list[str]) -> str:
    hint = suggestion(value, known)
    return f"Onbekende {kind} '{value}' in een macro. {hint}".strip()
