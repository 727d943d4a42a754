"""Parser problems in plain Dutch: what both YAML readers would disagree on or choke
on (tabs, invisible characters, extreme nesting) is refused before either reads the
file, located; PyYAML's own syntax errors get a hint."""

from __future__ import annotations

import re

import yaml

from ..shared.problems import Report
from .fast_yaml import in_block_scalar

# What PyYAML refuses (its Reader's non-printable set), plus what YAML 1.1 reads as
# a line break inside a line (U+0085, U+2028, U+2029): copy-paste from a word
# processor, invisible in an editor, and read differently by the two readers.
_UNREADABLE = re.compile(
    "[^\x09\x0A\x0D\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]"
)
_NAMES = {
    "\x85": "een regeleinde uit een oude tekenset",
    "\u2028": "een regelscheiding",
    "\u2029": "een alineascheiding",
    "\ufffe": "geen geldig teken",
    "\uffff": "geen geldig teken",
}
# Deeper than this no plan goes; a file that does is broken or hostile, and the
# readers' recursion would give up with a traceback instead of a message.
MAX_FLOW_DEPTH = 64
MAX_INDENT = 256
_DEEP_INDENT = re.compile(f"^ {{{MAX_INDENT + 1},}}", re.MULTILINE)
_BRACKETS = re.compile(r"[\[\]{}]")
_MAX_REPORTED = 10


def _lines(text: str) -> list[str]:
    return text.split("\n")  # only \n: splitlines() would also split on U+2028


def character_problems(text: str, file: str, report: Report) -> bool:
    """Characters no YAML reader here should see, each reported at its place."""
    if _UNREADABLE.search(text) is None:  # one scan at C speed for the common case
        return False
    found = 0
    for number, line in enumerate(_lines(text), start=1):
        for match in _UNREADABLE.finditer(line.rstrip("\r")):
            char = match.group()
            name = _NAMES.get(char, "een stuurteken")
            report.error(
                file,
                number,
                match.start() + 1,
                f"Hier staat een onzichtbaar teken (U+{ord(char):04X}, {name}) dat een "
                "YAML-bestand niet mag bevatten.",
                "Verwijder het, of vervang het door een spatie of een nieuwe regel "
                "(het komt vaak mee bij kopiëren uit een tekstverwerker).",
            )
            found += 1
            if found >= _MAX_REPORTED:
                return True
    return bool(found)


def indent_problems(text: str, file: str, report: Report) -> bool:
    """Indentation far deeper than any plan: one located error, before a reader
    recurses into it."""
    deep = _DEEP_INDENT.search(text)
    if deep is None:
        return False
    report.error(
        file,
        text.count("\n", 0, deep.start()) + 1,
        1,
        f"Deze regel springt meer dan {MAX_INDENT} spaties in: dieper dan een plan ooit gaat.",
        "Kijk de inspringing na; elk niveau springt twee spaties verder dan het vorige.",
    )
    return True


def too_deep(text: str, file: str, report: Report) -> None:
    """After a reader gave up on recursion: where '[' and '{' nest too deep."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        if match.group() not in "[{":
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > MAX_FLOW_DEPTH:
            at = match.start()
            line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
            break
    else:
        line, column = 1, 1
    report.error(
        file,
        line,
        column,
        "Hier zijn te veel lijsten of reeksen in elkaar geopend om het bestand te lezen.",
        "Sluit elke '[' met ']' en elke '{' met '}'; zet tekst met haakjes tussen "
        "aanhalingstekens.",
    )


def tab_problems(text: str, file: str, report: Report) -> bool:
    if "\t" not in text:
        return False
    found = False
    offset = 0
    for number, line in enumerate(_lines(text), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        tab = indent.find("\t")
        # A tab after the indentation of a literal or folded block ('|', '>') is text.
        if tab >= 0 and not (" " * tab == indent[:tab] and in_block_scalar(text, offset + tab)):
            report.error(
                file,
                number,
                tab + 1,
                "Deze regel springt in met een tab; YAML laat alleen spaties toe.",
                "Vervang de tab door spaties (bijvoorbeeld twee per niveau).",
            )
            found = True
        offset += len(line) + 1
    return found


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
