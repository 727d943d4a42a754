"""Parser problems in plain Dutch: tabs, and PyYAML's syntax errors with a hint."""

from __future__ import annotations

import yaml

from ..shared.problems import Report


def tab_problems(text: str, file: str, report: Report) -> bool:
    if "\t" not in text:
        return False
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            report.error(
                file,
                number,
                indent.index("\t") + 1,
                "Deze regel springt in met een tab; YAML laat alleen spaties toe.",
                "Vervang de tab door spaties (bijvoorbeeld twee per niveau).",
            )
            found = True
    return found


_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "Er staat een dubbelpunt op een plaats waar dat niet kan.",
        "Staat er een ':' in een tekst? Zet de hele tekst dan tussen aanhalingstekens.",
    ),
    "could not find expected ':'": (
        "Na een veldnaam ontbreekt een dubbelpunt.",
        "Schrijf 'naam: waarde', met een spatie na de dubbelpunt.",
    ),
    "expected <block end>, but found": (
        "De inspringing klopt hier niet.",
        "Lijn deze regel uit met de andere velden van hetzelfde element.",
    ),
    "found character that cannot start any token": (
        "Hier staat een teken waarmee een waarde niet kan beginnen.",
        "Zet de waarde tussen aanhalingstekens.",
    ),
    "found undefined alias": (
        "Verwijzingen met * zijn niet toegestaan.",
        "Schrijf de waarde voluit.",
    ),
    "expected a single document": (
        "Het bestand bevat meer dan één YAML-document (een regel '---').",
        "Verwijder de extra '---' en voeg de inhoud samen.",
    ),
    "found unexpected end of stream": (
        "Een tekst tussen aanhalingstekens wordt niet gesloten.",
        "Sluit de tekst af met hetzelfde aanhalingsteken waarmee ze begon.",
    ),
    "did not find expected ',' or ']'": (
        "Een lijst tussen [ en ] wordt niet (juist) gesloten.",
        "Sluit de lijst met ] en scheid de elementen met komma's.",
    ),
    "did not find expected ',' or '}'": (
        "Velden tussen { en } worden niet (juist) gesloten.",
        "Sluit met } en scheid de velden met komma's.",
    ),
}

# For these, the editor's mistake is where the structure opened (context_mark),
# not where the parser gave up, which can be many lines further.
_OPENED_AT = (
    "while scanning a quoted scalar",
    "while parsing a flow",
    "while scanning a simple key",
)


def syntax_problem(exc: yaml.MarkedYAMLError, file: str, report: Report) -> None:
    mark = exc.problem_mark or exc.context_mark
    noticed = ""
    if exc.context_mark and exc.context and exc.context.startswith(_OPENED_AT):
        if exc.problem_mark and exc.problem_mark.line != exc.context_mark.line:
            noticed = f" (de fout valt pas op bij regel {exc.problem_mark.line + 1})"
        mark = exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    problem = exc.problem or str(exc)
    for needle, (message, hint) in _SYNTAX_HINTS.items():
        if needle in problem:
            report.error(file, line, column, f"YAML-fout: {message.rstrip('.')}{noticed}.", hint)
            return
    report.error(
        file,
        line,
        column,
        f"YAML-fout: het bestand kan hier niet gelezen worden ({problem}).",
        "Kijk na of inspringing, dubbelpunten en aanhalingstekens kloppen rond deze regel.",
    )
