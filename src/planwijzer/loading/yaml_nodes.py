"""YAML text into plain data with the position of every value and key.

PyYAML's composer gives nodes with positions; we turn them into dicts, lists and
scalars ourselves so that we can (a) remember where every value and key stands,
(b) catch what PyYAML lets pass silently: duplicate keys, and (c) refuse anchors
and aliases outright, which makes a 'billion laughs' file fail at once instead of
expanding. Dates stay text: periods are parsed later, with their own messages.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..shared.problems import Report

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"

try:  # the C parser is several times faster; positions are the same
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# A plain scalar can only be a number, bool, null, date or merge key when it starts
# with one of these; everything else is text, decided without PyYAML's regexes.
_MAYBE_NOT_TEXT = frozenset("yYnNtTfFoO~.+-0123456789<=")


class YamlLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    def resolve(self, kind, value, implicit):  # type: ignore[no-untyped-def]
        # Called from C for every node: a fast path for the common cases.
        if kind is yaml.ScalarNode:
            if implicit[0] and value and value[0] not in _MAYBE_NOT_TEXT:
                return _STR
        elif kind is yaml.MappingNode:
            return _MAP
        elif kind is yaml.SequenceNode:
            return _SEQ
        return super().resolve(kind, value, implicit)


PathKey = tuple[str | int, ...]


_constructor = yaml.SafeLoader("")  # only its scalar constructors are used


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass
class YamlDocument:
    """One YAML file as plain data, with the position of every value and key."""

    file: str  # display path relative to the plan folder
    data: Any
    # PyYAML's own marks (0-based), kept as they are: turning every one into a
    # Position up front costs more than the few messages that need one.
    values: dict[PathKey, Any] = field(default_factory=dict)
    keys: dict[PathKey, Any] = field(default_factory=dict)
    # Set when the fast path read the file: positions are found on first use.
    unlocated_text: str | None = field(default=None, repr=False)
    # The file's text, for messages that quote what the editor wrote.
    text: str = field(default="", repr=False)
    # Numbers YAML reads differently from how they are written: path -> as written.
    lossy_numbers: dict[PathKey, str] = field(default_factory=dict)

    def position(self, path: PathKey, *, key: bool = False) -> Position:
        """Where the value (or with key=True the key) at ``path`` stands.

        Falls back to the nearest enclosing value, so a message always has a line.
        """
        if self.unlocated_text is not None:
            self._locate()
        if key and path in self.keys:
            return _position(self.keys[path])
        probe = tuple(path)
        while probe:
            if probe in self.values:
                return _position(self.values[probe])
            probe = probe[:-1]
        mark = self.values.get(())
        return _position(mark) if mark is not None else Position(1, 1)

    def _locate(self) -> None:
        # The fast path already vouched for the data; PyYAML adds the positions.
        text, self.unlocated_text = self.unlocated_text, None
        root = yaml.compose(text, Loader=YamlLoader)
        if root is not None:
            self._mark(root, ())

    def _mark(self, node: yaml.Node, path: PathKey) -> None:
        """Only the marks: the fast path vouched that the file has no alias, tag or
        duplicate key and read every value as PyYAML does, so no value is made again
        (a warning in each of 10.000 report entries cost 0,5 s per file that way)."""
        self.values[path] = node.start_mark
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                at = (*path, key_node.value)
                if at not in self.keys:
                    self.keys[at] = key_node.start_mark
                    self._mark(value_node, at)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._mark(item, (*path, index))
        elif node.tag in (_INT, _FLOAT) and str(_typed(node)) != node.value:
            self.lossy_numbers[path] = node.value  # as Converter notes it


def leaves(value: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, Any]]:
    """Every scalar of a document's data with its path, in document order."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    else:
        yield path, value


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class Converter:
    """Turns composed nodes into plain data, recording positions and problems."""

    def __init__(self, doc: YamlDocument, report: Report) -> None:
        self.doc = doc
        self.report = report
        self.seen: set[int] = set()
        self.alias_reported = False

    def convert(self, node: yaml.Node, path: PathKey, used_at: Any = None) -> Any:
        # The composer hands out the same node object again for every alias, so a
        # second visit is an alias: refused, and never expanded.
        if id(node) in self.seen:
            if not self.alias_reported:
                where = _position(used_at) if used_at is not None else self.doc.position(path)
                self.report.error(
                    self.doc.file,
                    where.line,
                    where.column,
                    "Verwijzingen naar een anker (& en *) zijn niet toegestaan.",
                    "Schrijf de waarde voluit; zo blijft elk stuk van het plan op één plaats "
                    "leesbaar.",
                )
                self.alias_reported = True
            return None
        self.seen.add(id(node))
        self.doc.values[path] = node.start_mark
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]
        value = self._scalar(node)
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and str(value) != node.value
        ):
            self.doc.lossy_numbers[path] = node.value  # '1.10' read as 1.1
        return value

    def _mapping(self, node: yaml.MappingNode, path: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key is None:
                continue
            key_mark = key_node.start_mark
            if key in result:
                first = _position(self.doc.keys[(*path, key)])
                key_pos = _position(key_mark)
                self.report.error(
                    self.doc.file,
                    key_pos.line,
                    key_pos.column,
                    f"Het veld '{key}' staat twee keer in hetzelfde element "
                    f"(ook op regel {first.line}).",
                    "Houd één van beide over; anders gaat de eerste waarde stil verloren.",
                )
                continue
            self.doc.keys[(*path, key)] = key_mark
            result[key] = self.convert(value_node, (*path, key), key_mark)
        return result

    def _key(self, node: yaml.Node) -> str | None:
        if node.tag == "tag:yaml.org,2002:merge":
            self._error(
                node, "Samenvoegen met '<<' is niet toegestaan.", "Schrijf de velden voluit."
            )
            return None
        if isinstance(node, yaml.ScalarNode) and node.tag in _TEXT_KEY_TAGS:
            # A key like 'ja:' or '2021:' is kept as the text the editor wrote.
            return node.value
        self._error(node, "Een veldnaam moet een eenvoudig woord zijn.", "Bijvoorbeeld 'titel:'.")
        return None

    def _scalar(self, node: yaml.Node) -> Any:
        value = _typed(node)
        if value is _UNSUPPORTED:
            self._error(
                node,
                f"Het YAML-label '{node.tag}' wordt niet ondersteund.",
                "Verwijder het label (het woord dat met ! begint).",
            )
            return None
        return value

    def _error(self, node: yaml.Node, message: str, hint: str) -> None:
        mark = node.start_mark
        self.report.error(self.doc.file, mark.line + 1, mark.column + 1, message, hint)


_UNSUPPORTED = object()
_TEXT_KEY_TAGS = (_STR, _INT, _BOOL, _FLOAT)


def _typed(node: yaml.Node) -> Any:
    """A scalar node's value; dates stay text. _UNSUPPORTED for other tags."""
    tag = node.tag
    if tag in (_STR, _TIMESTAMP):
        return node.value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return _constructor.construct_yaml_bool(node)
    if tag == _INT:
        return _constructor.construct_yaml_int(node)
    if tag == _FLOAT:
        return _constructor.construct_yaml_float(node)
    if tag in (_MAP, _SEQ):  # an explicit !!map on a scalar: nonsense
        return node.value
    return _UNSUPPORTED


def _plain_tag(text: str) -> str:
    return _constructor.resolve(yaml.ScalarNode, text, (True, False))


def plain_scalar(text: str) -> Any:
    """What the exact path makes of ``text`` written without quotes."""
    return _typed(yaml.ScalarNode(_plain_tag(text), text))


def plain_key_is_text(text: str) -> bool:
    """Whether ``text``, written as a plain key, is text for the exact path."""
    return _plain_tag(text) == _STR
