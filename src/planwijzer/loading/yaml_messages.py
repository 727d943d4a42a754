"""Parser problems in plain Dutch: what both YAML readers would disagree on or choke
on (tabs, invisible characters, extreme nesting) is refused before either reads the
file, located; PyYAML's own syntax errors get a hint."""

from __future__ import annotations

import re

from ..shared.problems import Report
from .fast_yaml import in_block_scalar

# What PyYAML refuses (its Reader's non-printable set), plus what YAML 1.1 reads as
# a line break inside a line (U+0085, U+2028, U+2029): copy-paste from a word
# processor, invisible in an editor, and read differently by the two readers.
_UNREADABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
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


# 'sleutel: tekst #Ronse, en meer': YAML drops ' #Ronse, en meer' as a comment. A
# comment is written '# ...'; a '#' glued to a word is text the editor meant.
_HASH_IN_TEXT = re.compile(
    r"^(?P<lead>[ \t]*(?:- )?(?P<key>[^\s#:'\"\[{][^:#]*):[ \t]+)"
    r"(?P<value>[^'\"\[{|>&*!\s#][^#\n]*?)[ \t]#(?P<lost>\S[^\n]*)$",
    re.MULTILINE,
)


def hash_warnings(text: str, file: str, report: Report) -> None:
    """Warn where unquoted text loses what follows a ' #'."""
    if " #" not in text:
        return
    for match in _HASH_IN_TEXT.finditer(text):
        if in_block_scalar(text, match.start("value")):
            continue
        line = text.count("\n", 0, match.start()) + 1
        whole = f"{match['value']} #{match['lost']}".rstrip()
        quoted = whole.replace("\\", "\\\\").replace('"', '\\"')
        report.warning(
            file,
            line,
            match.start("lost") - match.start(),
            f"Alles vanaf '#' valt weg: YAML leest '#{match['lost'].rstrip()}' als commentaar.",
            f'Zet de tekst tussen aanhalingstekens: {match["key"]}: "{quoted}"',
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
