"""PyYAML's syntax errors in plain Dutch: the real cause, where it is, what to do.

Indentation slips are the most common, and the parser's own words point the wrong
way ('mapping values are not allowed'); the lines around the error tell which key
is indented too far or not far enough. No parser English reaches an editor.
"""

from __future__ import annotations

import re

import yaml

from ..shared.problems import Report

_SYNTAX_HINTS = {
    "found a tab character": (
        "Deze regel begint met een tab in een tekstblok (na | of >).",
        "Begin de eerste regel van het tekstblok met spaties; een tab mag pas na de "
        "spaties van de inspringing.",
    ),
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


_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- )?(?P<key>[^\s:#'\"\[{-][^:#]*?):(?:\s|$)")
_INDENTATION_PROBLEMS = (
    "mapping values are not allowed",
    "did not find expected '-' indicator",
    "expected <block end>",
    "did not find expected key",
)


def _content_lines(lines: list[str], before: int) -> list[tuple[int, str]]:
    """Lines above ``before`` that hold YAML (not blank, not only a comment), nearest first."""
    found = []
    for index in range(before - 1, -1, -1):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            found.append((index, lines[index]))
    return found


def _key_indent(line: str) -> tuple[int, str] | None:
    """Where the key of a 'key: ...' line starts (after '- '), and the key."""
    match = _KEY_LINE.match(line)
    if match is None:
        return None
    return len(match["indent"]) + (2 if match["dash"] else 0), match["key"].strip()


def indentation_message(text: str, line_index: int) -> tuple[int, str, str] | None:
    """(line, message, hint) when the line at ``line_index`` (0-based) is a key indented
    differently from the fields it belongs with."""
    lines = text.split("\n")
    if not 0 <= line_index < len(lines):
        return None
    here = _key_indent(lines[line_index])
    above = _content_lines(lines, line_index)
    if here is None or not above:
        return None
    indent, key = here
    prev_index, prev_line = above[0]
    prev = _key_indent(prev_line)
    if prev is None:
        return None
    prev_indent, prev_key = prev
    opens_block = prev_line.rstrip().endswith((":", "|", ">", "|-", ">-"))
    if indent > prev_indent and not opens_block:
        return (
            line_index + 1,
            f"'{key}' springt {indent} spaties in, {indent - prev_indent} meer dan "
            f"'{prev_key}' op regel {prev_index + 1}: zo lijkt het een vervolg van die regel.",
            f"Laat '{key}' beginnen op {prev_indent} spaties, zoals '{prev_key}', als het "
            "bij hetzelfde element hoort.",
        )
    if indent < prev_indent:
        return (
            line_index + 1,
            f"'{key}' springt {indent} spaties in, minder dan de velden erboven "
            f"({prev_indent} spaties, zoals '{prev_key}' op regel {prev_index + 1}); zo staat "
            f"het op het niveau van een hoger element, waar het niet past.",
            f"Spring '{key}' {prev_indent} spaties in als het bij hetzelfde element hoort als "
            f"'{prev_key}'.",
        )
    return None


def syntax_problem(exc: yaml.MarkedYAMLError, file: str, report: Report, text: str = "") -> None:
    problem = exc.problem or str(exc)
    if exc.problem_mark is not None and any(p in problem for p in _INDENTATION_PROBLEMS):
        found = indentation_message(text, exc.problem_mark.line)
        if found is not None:
            line, message, hint = found
            report.error(file, line, _first_column(text, line), f"Inspringing: {message}", hint)
            return
    mark = exc.problem_mark or exc.context_mark
    noticed = ""
    if exc.context_mark and exc.context and exc.context.startswith(_OPENED_AT):
        if exc.problem_mark and exc.problem_mark.line != exc.context_mark.line:
            noticed = f" (de fout valt pas op bij regel {exc.problem_mark.line + 1})"
        mark = exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    for needle, (message, hint) in _SYNTAX_HINTS.items():
        if needle in problem:
            report.error(file, line, column, f"YAML-fout: {message.rstrip('.')}{noticed}.", hint)
            return
    # Never the parser's English: what is certain, and where to look.
    report.error(
        file,
        line,
        column,
        f"YAML-fout: het bestand kan hier niet gelezen worden{noticed}.",
        "Kijk na of inspringing, dubbelpunten, haakjes en aanhalingstekens kloppen rond "
        "deze regel.",
    )


def _first_column(text: str, line: int) -> int:
    lines = text.split("\n")
    content = lines[line - 1] if 0 < line <= len(lines) else ""
    return len(content) - len(content.lstrip(" ")) + 1
