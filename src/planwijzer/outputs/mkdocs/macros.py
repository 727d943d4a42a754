"""Macros for narrative pages (mkdocs-macros 'module'): the hook only; what the
macros do is engine-free (``rendering/narrative_macros``).

In mkdocs.yml::

    plugins:
      - macros:
          modules: [planwijzer.outputs.mkdocs.macros]

Then a page in docs/ can write ``{{ matrix() }}``, ``{{ doelstellingen() }}``,
``{{ actie("de-stek") }}``, ``{{ acties(doel="od-wonen", bijdrage="zeker") }}`` and
``{{ kerncijfers() }}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup

from ... import pipeline
from ...rendering.narrative_macros import NAMES, MacroError, NarrativeMacros
from ...rendering.renderer import Renderer

__all__ = ["NAMES", "MacroError", "NarrativeMacros", "define_env"]


def define_env(env: Any) -> None:
    plan_dir = Path(env.conf.config_file_path).resolve().parent
    cache: dict[str, Renderer] = {}

    def renderer() -> Renderer:
        # The plan the builder gave the plugin for this very build (with or without
        # concepts), so narrative pages and generated pages show the same plan.
        plugin = env.conf.plugins.get("planwijzer")
        plan = getattr(plugin, "plan", None) or pipeline.cached_check(plan_dir).plan
        if plan is None:
            raise MacroError("Het plan bevat fouten; voer 'planwijzer check' uit.")
        # The builder's renderer knows the downloads and open data of this build.
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
