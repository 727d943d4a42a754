"""A plan in several languages: how many texts each language still misses, and what
is wrong only in another language (a French text too long, a French link broken)."""

from __future__ import annotations

from collections.abc import Callable

from ..loading.languages import LanguageView, in_language, plan_languages
from ..loading.plan_folder import PlanSources
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
        if view.missing:
            _missing(view, languages[0], report, strict)
        own = Report()
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


def _missing(view: LanguageView, main: str, report: Report, strict: bool) -> None:
    # In the order of the report: by file, then by line.
    located = sorted(
        ((item.doc.file, item.doc.position(item.path), item) for item in view.missing),
        key=lambda found: (found[0], found[1].line, found[1].column),
    )
    first_file, position, _first = located[0]
    places = [
        f"{file}:{where.line} ({subject(item.doc, item.path)})"
        for file, where, item in located[:FIRST]
    ]
    more = len(view.missing) - len(places)
    count = len(view.missing)
    message = (
        f"{count} {'tekst' if count == 1 else 'teksten'} zonder vertaling in het "
        f"{LANGUAGE_NAMES[view.language]} ('{view.language}'): de "
        f"{LANGUAGE_NAMES[view.language]}e site toont daar de tekst in het "
        f"{LANGUAGE_NAMES[main]}."
    )
    hint = (
        f"{'De eerste' if count > 1 else 'Waar'}: {', '.join(places)}"
        + (f" en nog {more}" if more else "")
        + f". Schrijf ze per taal: titel: {{{main}: ..., {view.language}: ...}}."
    )
    add = report.error if strict else report.warning
    add(first_file, position.line, position.column, message, hint)
