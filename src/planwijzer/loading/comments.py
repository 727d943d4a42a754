"""The comments of a YAML file, by line: what a tool that rewrites the file (the CMS)
would lose, and what 'beheer omzetten' moves into fields first."""

from __future__ import annotations

import re

import yaml

# The schema line for VS Code is tooling, not something an editor wrote.
_SCHEMA_LINE = re.compile(r"^\s*#\s*yaml-language-server:")
_HASH = re.compile(r"(?:^|(?<=\s))#")  # a comment starts at a line's start or after a space

Span = tuple[tuple[int, int], tuple[int, int]]  # (line, column) from, to (0-based)


def _values(text: str) -> list[Span]:
    """Where each value stands: a '#' inside one (quoted, or a block of text) is text."""
    try:
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return []  # the check reports the file; quotes are then judged per line below
    return [
        ((t.start_mark.line, t.start_mark.column), (t.end_mark.line, t.end_mark.column))
        for t in tokens
        if isinstance(t, yaml.ScalarToken)
    ]


def _quoted(before: str) -> bool:
    return before.count('"') % 2 == 1 or before.count("'") % 2 == 1


def comment_lines(text: str) -> dict[int, str]:
    """Line number (1-based) → the comment on it (its words, '' for a bare '#')."""
    values = _values(text)
    found: dict[int, str] = {}
    for index, line in enumerate(text.splitlines()):
        if "#" not in line or _SCHEMA_LINE.match(line):
            continue
        for match in _HASH.finditer(line):
            at = (index, match.start())
            if any(start <= at < end for start, end in values):
                continue
            if not values and _quoted(line[: match.start()]):
                continue
            found[index + 1] = line[match.end() :].strip()
            break
    return found
