"""The pages the site will have: every name usable as a path, no two pages in one place.

A build that fails on a page path ('File name too long', a page that already
exists) must be caught here first, located and in Dutch: ``check`` is the build's
gate. The URL scheme itself is ``shared.site_paths``.
"""

from __future__ import annotations

from pathlib import Path

from ..loading.located import Source
from ..loading.narrative_pages import docs_dir
from ..loading.plan_folder import display_path, leaves_folder
from ..shared.problems import Report
from ..shared.site_paths import (
    ACTIONS,
    FRAMEWORKS,
    GOALS,
    INDICATORS,
    MATRICES,
    MAX_SEGMENT,
    MUNICIPALITIES,
    PARTNERS,
    REPORTS,
    RESERVED,
    municipality_slug,
)
from ..shared.text import slugify
from .entries import ValidatedPlan


def check_page_paths(result: ValidatedPlan, plan_dir: Path | None, report: Report) -> None:
    """Ids and names that cannot be a page, and narrative pages that would publish a
    file outside the plan folder. (A narrative page in a generated page's place is
    rendering.narrative_places: which pages are generated needs the model.)"""
    if plan_dir is not None:
        _check_links(plan_dir, report)
    for kind, section, key, name, source in _entities(result):
        if key in RESERVED:
            report.error(
                source.file,
                source.line,
                source.column,
                f"De {_name_of(kind)} '{name}' kan niet: '{section}/{key}' is de "
                f"overzichtspagina van de {section}.",
                _rename_hint(kind),
            )
            continue
        if len(key) > MAX_SEGMENT:
            report.error(
                source.file,
                source.line,
                source.column,
                f"De {kind} '{key[:40]}…' is te lang voor een paginanaam "
                f"({len(key)} tekens, hoogstens {MAX_SEGMENT}).",
                "Kort de id (of de naam) in; een korte id is ook een kortere link.",
            )


def _check_links(plan_dir: Path, report: Report) -> None:
    """A file in docs/ that is a link to a file outside the plan folder would publish
    that file: refused, like such a data file."""
    folder = docs_dir(plan_dir)
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.is_file() and leaves_folder(plan_dir, path):
            name = display_path(plan_dir, path)
            report.error(
                name,
                0,
                0,
                f"{name} verwijst (als koppeling) naar een bestand buiten de planmap; "
                "de site zou het publiceren.",
                "Zet het bestand zelf in de planmap in plaats van een koppeling.",
            )


def _name_of(kind: str) -> str:
    """What names a page of this kind: a gemeente's name, a report's file, else an id."""
    return {
        "gemeente": "gemeentenaam",
        "rapport": "bestandsnaam",
        "beleidskader": "bestandsnaam",
    }.get(kind, "id")


def _rename_hint(kind: str) -> str:
    if kind == "gemeente":
        return "Schrijf de naam van een echte gemeente; 'Index' is de overzichtspagina."
    if kind in ("rapport", "beleidskader"):
        return "Geef het bestand een andere naam, bijvoorbeeld naar het jaar of de bron."
    return "Kies een andere id, bijvoorbeeld met een woord uit de titel."


def _entities(result: ValidatedPlan):  # type: ignore[no-untyped-def]
    """(kind, section, page key, the name as written, where) of every entity with a page."""
    for goal in result.all_goals():
        yield "doelstelling", GOALS, goal.node.id, goal.node.id, goal.source
    for entry in result.actions:
        yield "actie", ACTIONS, entry.action.id, entry.action.id, entry.source
    for partner in result.partners:
        yield "partner", PARTNERS, partner.partner.id, partner.partner.id, partner.source
    for i, overview in enumerate(result.plan.overzichten or []):
        source = Source.of(result.plan_doc, ("overzichten", i, "id"))
        yield "overzicht", MATRICES, overview.id, overview.id, source
    for entry in result.reports:
        yield "rapport", REPORTS, slugify(entry.stem), entry.stem, entry.source
    for indicator in result.indicators:
        ind = indicator.indicator
        yield "indicator", INDICATORS, ind.id, ind.id, indicator.source
    for framework in result.frameworks.values():
        if not framework.builtin:
            yield "beleidskader", FRAMEWORKS, framework.id, framework.id, Source(framework.file)
    seen: set[str] = set()
    for entry in result.actions:
        for i, project in enumerate(entry.action.projecten):
            for name in project.gemeente:
                slug = municipality_slug(name)
                if slug not in seen and len(slug) <= MAX_SEGMENT:  # too long: municipalities
                    seen.add(slug)
                    where = Source.of(entry.doc, (*entry.path, "projecten", i, "gemeente"))
                    yield "gemeente", MUNICIPALITIES, slug, name.strip(), where
