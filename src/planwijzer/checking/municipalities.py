"""Gemeenten, as the plan's projects name them: each name a page of its own.

A name becomes a page: not too long, and two spellings of one name (Sint-Niklaas,
Sint Niklaas) share that page, which is said, not hidden. 'Ronse, Ninove' is one
gemeente with a comma in its name: almost always a list written as text.
"""

from __future__ import annotations

from ..loading.located import Source
from ..loading.municipality_register import lookup, nearest
from ..shared.problems import Report
from ..shared.site_paths import MAX_SEGMENT, municipality_slug
from .entries import ValidatedPlan


def check_municipalities(result: ValidatedPlan, report: Report) -> None:
    _check_names(result, report)
    _check_register(result, report)
    _check_pages(result, report)


def _check_register(result: ValidatedPlan, report: Report) -> None:
    """Every gemeente once: is it a Belgian municipality today?"""
    said: set[str] = set()
    for entry in result.actions:
        for i, project in enumerate(entry.action.projecten):
            for name in project.gemeente:
                slug = municipality_slug(name)
                if slug in said or ", " in name or lookup(name) is not None:
                    continue
                said.add(slug)
                source = Source.of(entry.doc, (*entry.path, "projecten", i, "gemeente"))
                close = nearest(name)
                hint = f"Bedoelde je '{close}'? " if close else ""
                report.warning(
                    source.file,
                    source.line,
                    source.column,
                    f"'{name.strip()}' staat niet in de lijst van Belgische gemeenten "
                    "van Statbel (1 januari 2025).",
                    hint + "Schrijf de officiële naam van de gemeente, zoals Statbel ze schrijft.",
                    code="onbekende-gemeente",
                    subject=name.strip(),
                )


def _check_names(result: ValidatedPlan, report: Report) -> None:
    for entry in result.actions:
        for i, project in enumerate(entry.action.projecten):
            for name in project.gemeente:
                if ", " not in name:
                    continue
                source = Source.of(entry.doc, (*entry.path, "projecten", i, "gemeente"))
                parts = [part.strip() for part in name.split(",") if part.strip()]
                names = ", ".join(parts)
                if all(lookup(part) is not None for part in parts):
                    # Every part is a municipality: the site would publish a page for
                    # 'Geraardsbergen, Ninove' and none for either.
                    report.error(
                        source.file,
                        source.line,
                        source.column,
                        f"'{name}' zijn {len(parts)} gemeenten, geschreven als één naam.",
                        f"Schrijf ze als lijst: gemeente: [{names}]",
                    )
                    continue
                report.warning(
                    source.file,
                    source.line,
                    source.column,
                    f"'{name}' wordt gelezen als één gemeente met een komma in de naam.",
                    f"Meerdere gemeenten schrijf je als lijst: gemeente: [{names}]",
                )


def _check_pages(result: ValidatedPlan, report: Report) -> None:
    first: dict[str, tuple[str, Source]] = {}
    for entry in result.actions:
        for i, project in enumerate(entry.action.projecten):
            for name in project.gemeente:
                source = Source.of(entry.doc, (*entry.path, "projecten", i, "gemeente"))
                slug = municipality_slug(name)
                if len(slug) > MAX_SEGMENT:
                    report.error(
                        source.file,
                        source.line,
                        source.column,
                        f"De gemeentenaam '{name[:40]}…' is te lang voor een paginanaam "
                        f"({len(slug)} tekens, hoogstens {MAX_SEGMENT}).",
                        "Schrijf alleen de naam van de gemeente.",
                    )
                    continue
                seen = first.setdefault(slug, (name.strip(), source))
                if seen[0] != name.strip():
                    report.warning(
                        source.file,
                        source.line,
                        source.column,
                        f"De gemeente '{name.strip()}' krijgt dezelfde pagina als "
                        f"'{seen[0]}' ({seen[1].file}:{seen[1].line}).",
                        f"Schrijf de naam overal op dezelfde manier; de pagina toont '{seen[0]}'.",
                    )
