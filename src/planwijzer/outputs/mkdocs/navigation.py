"""The menu: the plan's sections in MkDocs' navigation, and which section a page
that is not in the menu (an action, a goal, a partner) belongs to."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ...loading.narrative_pages import top_level_pages
from ...model import Plan
from ...shared.interface import _

OVERVIEW = "overzicht/index.md"


def attribute_safe(text: str) -> Markup:
    """Text from the plan for the theme, which prints it raw, also in attributes:
    escaped (quotes too) once, and marked so that its own ``| e`` adds nothing."""
    return Markup(html.escape(text, quote=True))


def plan_navigation(plan: Plan, nav: list | None, docs_dir: Path) -> list:
    """The plan's own nav (mkdocs.yml) or a default one, with the living plan's
    sections it lacks and every overview matrix under 'Overzicht'."""
    nav = default_nav(plan, docs_dir) if nav is None else [*nav, *missing_sections(plan, nav)]
    return _with_matrices(plan, nav)


def default_nav(plan: Plan, docs_dir: Path) -> list:
    """Narrative pages, then the generated indexes: never one entry per action.

    Material embeds the whole navigation in every page, so a nav listing every
    action would make each page grow with the plan.
    """
    nav: list = [{_("Start"): "index.md"}, *top_level_pages(docs_dir, plan.languages)]
    nav += [
        {_("Doelstellingen"): "doelstellingen/index.md"},
        {attribute_safe(plan.action_plural): "acties/index.md"},
        {_("Overzicht"): "overzicht/index.md"},
        {_("Tijdlijn"): "tijdlijn/index.md"},
        {_("Partners"): "partners/index.md"},
        {_("Gemeenten"): "gemeenten/index.md"},
    ]
    return nav + living_plan_sections(plan)


def living_plan_sections(plan: Plan) -> list[dict[str, str]]:
    """Menu entries for reports and indicators, only when the plan has them."""
    sections = []
    if plan.reports:
        sections.append({_("Opvolging"): "opvolging/index.md"})
    if plan.indicators:
        sections.append({_("Indicatoren"): "indicatoren/index.md"})
    if plan.frameworks:
        sections.append({_("Beleidskaders"): "kaders/index.md"})
    return sections


def missing_sections(plan: Plan, nav: list) -> list[dict[str, str]]:
    """The living plan's entries that a plan's own nav lacks: adding a first report
    must not need an edit of mkdocs.yml (a content change never needs a programmer)."""
    named = repr(nav)
    return [e for e in living_plan_sections(plan) if next(iter(e.values())) not in named]


def pages_by_own_title(nav: list) -> list:
    """A plan's own nav (mkdocs.yml) for another language: a page's title as written
    there is the main language's, so each page gives its own (its front matter or its
    first heading, in that language); a section's title stays as written."""
    result: list = []
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1:
            ((title, target),) = entry.items()
            if isinstance(target, list):
                entry = {title: pages_by_own_title(target)}
            elif isinstance(target, str) and not target.startswith(("http:", "https:")):
                entry = target
        result.append(entry)
    return result


def _with_matrices(plan: Plan, nav: list) -> list:
    """'Overzicht' becomes a section listing each matrix, so every matrix is one
    click from any page and the menu can mark it."""
    if len(plan.matrices) < 2:
        return nav
    children: list[Any] = [{_("Alle overzichten"): OVERVIEW}]
    children += [{attribute_safe(m.title): f"{m.url}index.md"} for m in plan.matrices]
    result = []
    for entry in nav:
        if entry == OVERVIEW:
            entry = {_("Overzicht"): children}
        elif isinstance(entry, dict) and len(entry) == 1:
            ((title, target),) = entry.items()
            if target == OVERVIEW:
                entry = {title: children}
            elif isinstance(target, list):
                entry = {title: _with_matrices(plan, target)}
        result.append(entry)
    return result


def section_of(page: Page, nav: Navigation) -> Page | None:
    """The menu entry a page outside the menu belongs to: the deepest entry whose
    address its address starts with ('acties/de-stek/' → 'acties/')."""
    if page in nav.pages or not page.url:
        return None
    above = [p for p in nav.pages if p.url and page.url.startswith(p.url)]
    return max(above, key=lambda p: len(p.url), default=None)


class SectionMarker:
    """Marks, while one page is written, the menu entry of its section: the menu is
    one object shared by every page, so the mark is taken off again afterwards."""

    def __init__(self) -> None:
        self._marked: Page | None = None

    def mark(self, page: Page, nav: Navigation) -> None:
        self._marked = section_of(page, nav)
        if self._marked is not None:
            self._marked.active = True  # MkDocs marks its parents too

    def unmark(self) -> None:
        if self._marked is not None:
            self._marked.active = False
            self._marked = None
