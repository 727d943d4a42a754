"""A fast path for stage 1 (load): rapidyaml, where it gives exactly PyYAML's data.

PyYAML builds a Python object for every event and node; at 10,000 actions that is
most of a check's time. rapidyaml parses in C++ and hands the document over as JSON,
which Python reads at C speed, over ten times faster. It gives no positions, so
``load`` asks PyYAML for them only when a message or an 'edit this page' link
needs one.

The two parsers differ at the edges: YAML 1.1 against 1.2 ('yes', '0x10', '1:20'),
and rapidyaml reads on in some files PyYAML refuses. So this path answers only
where both agree and returns NOT_SURE otherwise: anchors, aliases, tags, several
documents, duplicate keys, text that PyYAML could read as something else, text after
a closed flow collection or quoted scalar, anything rapidyaml cannot read. Then the
exact path reads the file and explains any mistake. tests/test_fastyaml.py compares
both paths on thousands of random documents, with and without editors' slips.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from typing import Any

try:
    import ryml
except ImportError:  # pragma: no cover - rapidyaml is in the lock file; the exact path stays
    ryml = None

# Characters that may need the exact path, found in one scan at C speed (one
# character class first, so the regex engine can skip ahead):
# - & * ! ? << open an anchor, alias, tag, complex key or merge key, and @ ` % are
#   reserved; PyYAML refuses those at the start of a value where rapidyaml reads text;
# - ] } " ' followed by more on the line: after a closed flow collection or quoted
#   scalar, rapidyaml reads on where PyYAML refuses the file ('- [x] - item').
_CANDIDATE = re.compile(r"[&*!?<@`%\]}\"'](?:(?<=[&*!?<@`%])|(?=[ \t]+[^ \t\n,\]}:#]))")
_CLOSERS = ("]", "}", '"', "'")
_CLOSER_AS_NODE = re.compile(r"(?:^|[-:?][ \t]+)[ \t]*[\]}]", re.MULTILINE)
_DASH_NODE = re.compile(r"[ \t]+-(?:[ \t]|\n|$)")  # ' - ' after a closed quote


def _closer_as_node(text: str) -> bool:
    """A ']' or '}' where a node starts ('- ]', 'a: }', a line starting with ']')."""
    if not any(pair in text for pair in (" ]", " }", "\n]", "\n}")) and not text.startswith(
        ("]", "}")
    ):
        return False  # plain substring tests first: far cheaper than the regex
    return _CLOSER_AS_NODE.search(text) is not None


def _needs_exact(text: str) -> bool:
    """Whether the text may use YAML that only the exact path handles.

    Directives and document markers count at the start of a line; indicators where
    a node can start: at the start of a line or after '[', '{', ',' or ': ', '- ',
    '? ', unless inside a literal or folded block ('|', '>'), where Markdown such as
    '**vet**' is text. 'Vlaanderen & Brussel' or 'zeg "ja" tegen' do not count.
    """
    if "\t" in text:  # libyaml and rapidyaml differ on a tab that starts a text block
        return True
    # A byte-order mark after the start, or a lone carriage return (a line break to
    # PyYAML): the two readers disagree on both (found by test_readers_agree).
    if "\ufeff" in text[1:] or "\r" in text.replace("\r\n", ""):
        return True
    if _odd_block_header(text):  # '|1<nbsp>': an error to PyYAML, text to rapidyaml
        return True
    if _closer_as_node(text):  # '- ]': text for rapidyaml, an error for PyYAML
        return True
    if text.startswith(("%", "---", "...")) or any(
        marker in text for marker in ("\n%", "\n---", "\n...")
    ):
        return True
    for match in _CANDIDATE.finditer(text):
        at = match.start()
        if text[at] in "]}":
            return True
        if text[at] in "\"'":
            if _DASH_NODE.match(text, at + 1):
                return True
        elif _opens_node(text, at) and not in_block_scalar(text, at):
            return True
    return _deeper_after_closed(text.split("\n"))


# A text block's header where a node starts: '|' or '>' and what follows on its line.
_BLOCK_HEADER = re.compile(r"(?:^|[:?-][ ]+)[|>]([^\n]*)", re.MULTILINE)
_VALID_HEADER = re.compile(r"(?:[1-9][+-]?|[+-][1-9]?)?(?:[ ]+(?:#.*)?)?")


def _odd_block_header(text: str) -> bool:
    """A text block header with more than indentation and chomping indicators and
    a comment: the two parsers disagree on what follows."""
    if "|" not in text and ">" not in text:
        return False
    return any(
        not _VALID_HEADER.fullmatch(match.group(1)) for match in _BLOCK_HEADER.finditer(text)
    )


def _opens_node(text: str, at: int) -> bool:
    if text[at] == "<" and not text.startswith("<<", at):
        return False
    start = at
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start == 0 or text[start - 1] in "\n[{,":
        return True
    return start < at and text[start - 1] in ":-?"


def _deeper_after_closed(lines: list[str]) -> bool:
    """A line deeper than the node a closed flow collection or quoted scalar ended:
    PyYAML refuses it ('- "Y"' and below it '  - a'), rapidyaml reads on."""
    closing = [i for i, line in enumerate(lines) if line.rstrip().endswith(_CLOSERS) or "#" in line]
    for i in closing:
        line = lines[i]
        for j in range(i + 1, len(lines)):
            content = lines[j].lstrip(" ")
            if content and not content.startswith("#"):
                below = len(lines[j]) - len(content)
                if below > _line_indent(line) and below > _closed_node_depth(line):
                    return True
                break
    return False


def _line_indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _closed_node_depth(line: str) -> int:
    """The column of the collection that the line's last node belongs to: the
    key's for 'key: [a]' or '- key: "x"', the dash's for '- [a]' or '- "x"'."""
    at = depth = _line_indent(line)
    while line.startswith(("- ", "-\t"), at):
        depth = at
        at += 2
        while line.startswith(" ", at):
            at += 1
    if not line.startswith(("[", "{", '"', "'"), at):
        depth = at  # a key starts here
    return depth


# A line that opens a literal or folded block: 'key: |', '- >-' (no explicit indent).
_BLOCK_OPENER = re.compile(r"(?:^|[:-])[ ]+[|>][+-]?[ ]*(?:#.*)?$")


def in_block_scalar(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the text of a block scalar: the nearest less indented
    line above opens one, and the lines between are indented at least as deep."""
    line_start = text.rfind("\n", 0, pos) + 1
    indent = _indent(text, line_start)
    content_indent = indent
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            depth = _indent(text, start)
            if depth < indent:
                return content_indent <= indent and bool(_BLOCK_OPENER.search(line))
            content_indent = depth
        end = start - 1
    return False


def _indent(text: str, line_start: int) -> int:
    i = line_start
    while i < len(text) and text[i] == " ":
        i += 1
    return i - line_start


# JSON strings that PyYAML might read as a bool, null or number when written without
# quotes. rapidyaml writes the numbers, true, false and null it recognises without
# quotes, so a string of _QUOTED_IN_SOURCE form was quoted in the file: text for both.
_MAYBE_TYPED = re.compile(
    r'"([-+.0-9][-+.:_0-9A-Za-z]*|[yY]es|YES|[nN]o|NO|[tT]rue|TRUE|[fF]alse|FALSE'
    r'|[oO]n|ON|[oO]ff|OFF|[nN]ull|NULL|~|<<|=|)"(\s*:)?'
)
_QUOTED_IN_SOURCE = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|true|false|null")


NOT_SURE = object()


class _Inexact(Exception):
    """The fast path cannot vouch for this file."""


def fast_parse(text: str, resolve: Callable[[str], Any], key_is_text: Callable[[str], bool]) -> Any:
    """The file's data as PyYAML would give it, or ``NOT_SURE`` when in doubt.

    ``resolve`` maps the text of a plain scalar to the exact path's value for it (a
    str when it reads it as text); ``key_is_text`` tells whether a plain key of that
    text is text there (rapidyaml turns '.NaN' into '.nan', even in keys and
    quotes). ``load`` supplies both.
    """
    if ryml is None or _needs_exact(text):
        return NOT_SURE
    try:
        document = _to_json(text)
        for match in _MAYBE_TYPED.finditer(document):
            word, is_key = match.groups()
            if is_key:  # rapidyaml quotes every key: whether it was, is unknown
                if not word or not key_is_text(word):
                    return NOT_SURE
            elif (
                word
                and not _QUOTED_IN_SOURCE.fullmatch(word)
                and not isinstance(resolve(word), str)
            ):
                return NOT_SURE
        return json.loads(
            document,
            object_pairs_hook=_unique_keys,
            parse_int=int,  # JSON's integers are YAML's decimal integers, read alike
            parse_float=partial(_float_as_written, resolve),  # '1e3' is text for PyYAML
            parse_constant=_refuse,
        )
    except Exception:  # rapidyaml's parse errors, invalid JSON, _Inexact: all mean 'not sure'
        return NOT_SURE


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Inexact  # the exact path names both lines
    return result


def _float_as_written(resolve: Callable[[str], Any], word: str) -> Any:
    """The exact path's value for a float literal; a float that does not read back as
    written ('1.10' is 1.1) goes to the exact path, which records it for the check."""
    value = resolve(word)
    if isinstance(value, float) and str(value) != word:
        raise _Inexact
    return value


def _refuse(_word: str) -> Any:
    raise _Inexact


def _to_json(text: str) -> str:
    with _quiet_stderr():
        tree = ryml.parse_in_arena(text.encode("utf-8"))
        if tree.size() <= 1:  # an empty document: the exact path says what that means
            raise _Inexact
        return ryml.emit_json(tree)


class _quiet_stderr:
    """rapidyaml's C++ prints its own error to the process's stderr before raising.

    The exact path reports the problem in Dutch, so that print is noise: stderr goes
    to a temporary file meanwhile and anything else written there is passed on.
    """

    def __enter__(self) -> None:
        sys.stderr.flush()
        self._saved = os.dup(2)
        self._capture = tempfile.TemporaryFile()
        os.dup2(self._capture.fileno(), 2)

    def __exit__(self, *exc: object) -> None:
        os.dup2(self._saved, 2)
        os.close(self._saved)
        self._capture.seek(0)
        written = self._capture.read().decode("utf-8", "replace")
        self._capture.close()
        others = [
            line
            for line in written.splitlines(keepends=True)
            if not (_RYML_LINE.match(line) or line.rstrip().endswith("(detected here)"))
        ]
        if others:
            sys.stderr.write("".join(others))


_RYML_LINE = re.compile(r"line=\d+ col=\d+ \(\d+B\): ERROR")
