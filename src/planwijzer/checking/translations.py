"""A plan in several languages: how many texts each language still misses, and what
is wrong only in another language (a French text too long, a French link broken)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..loading.languages import in_language, plan_languages
from ..loading.narrative_pages import docs_dir, untranslated
from ..loading.plan_folder import PlanSources, display_path
from ..loading.yaml_nodes import Position
from ..shared.interface import speaking
from ..shared.languages import LANGUAGE_NAMES
from ..shared.problems import Report
from .placeholders import subject

FIRST = 5  # missing texts named in the message; the rest are counted


def check_translations(
    sources: PlanSources,
    report: Report,
    validate: Callable[[PlanSources, Report], object],
    *,
    strict: bool = False,
) -> None:
    """Per language after the main one: a warning (with ``strict``, an error) with the
    number of missing texts and the first few located; errors that only that language
    has, said once and marked with the language."""
    languages = plan_languages(sources)
    for language in languages[1:]:
        view = in_language(sources, language)
        places = [
            (item.doc.file, item.doc.position(item.path), subject(item.doc, item.path))
            for item in view.missing
        ]
        places += _untranslated_pages(sources.root, language, languages)
        if places:
            docs = display_path(sources.root, docs_dir(sources.root))
            _missing(places, language, languages[0], docs, report, strict)
        own = Report()
        with speaking(language):
            validate(view.sources, own)
        said = {(p.file, p.line, p.message) for p in report.problems}
        for problem in own.errors:
            if (problem.file, problem.line, problem.message) not in said:
                name = LANGUAGE_NAMES[language]
                report.error(
                    problem.file,
                    problem.line,
                    problem.column,
                    f"{problem.message} (in de {name}e tekst, '{language}')",
                    problem.hint,
                )


def _untranslated_pages(root: Path, language: str, languages: tuple[str, ...]) -> list:
    """Narrative pages without their page in ``language`` (docs/x.md, no docs/x.fr.md)."""
    return [
        (shown, Position(1, 1), f"pagina, zonder {Path(shown).stem}.{language}.md")
        for shown in untranslated(root, language, languages)
    ]


def _missing(
    places: list, language: str, main: str, docs: str, report: Report, strict: bool
) -> None:
    # In the order of the report: by file, then by line.
    located = sorted(places, key=lambda found: (found[0], found[1].line, found[1].column))
    first_file, position, _first = located[0]
    shown = [f"{file}:{where.line} ({what})" for file, where, what in located[:FIRST]]
    count = len(located)
    more = count - len(shown)
    message = (
        f"{count} {'tekst' if count == 1 else 'teksten'} zonder vertaling in het "
        f"{LANGUAGE_NAMES[language]} ('{language}'): de "
        f"{LANGUAGE_NAMES[language]}e site toont daar de tekst in het "
        f"{LANGUAGE_NAMES[main]}."
    )
    hint = (
        f"{'De eerste' if count > 1 else 'Waar'}: {', '.join(shown)}"
        + (f" en nog {more}" if more else "")
        + f". Schrijf ze per taal: titel: {{{main}: ..., {language}: ...}}, en een "
        f"pagina {docs}/x.md ook als {docs}/x.{language}.md."
    )
    add = report.error if strict else report.warning
    add(first_file, position.line, position.column, message, hint)
