"""Where a plan entry stands in its YAML file, for messages and 'edit this page' links."""

from __future__ import annotations

from .yaml_nodes import PathKey, Position, YamlDocument


class Source:
    """Where an entry stands, for messages and 'edit this page' links.

    Looked up on first use: a check with nothing to report needs no positions, and
    a file read by the fast YAML path gets them only when asked.
    """

    __slots__ = ("_doc", "_path", "_position", "file")

    def __init__(self, file: str, line: int = 1, column: int = 1) -> None:
        self.file = file
        self._doc: YamlDocument | None = None
        self._path: PathKey = ()
        self._position: Position | None = Position(line, column)

    @classmethod
    def of(cls, doc: YamlDocument, path: PathKey) -> Source:
        """The place of the value at ``path`` in ``doc``, found when first asked."""
        source = cls(doc.file)
        source._doc, source._path, source._position = doc, path, None
        return source

    @property
    def position(self) -> Position:
        if self._position is None:
            assert self._doc is not None
            self._position = self._doc.position(self._path)
        return self._position

    @property
    def line(self) -> int:
        return self.position.line

    @property
    def column(self) -> int:
        return self.position.column

    def beside(self, *keys: str | int) -> Position:
        """Where a field next to this one stands (this one is an entry's 'id'): the
        entry's 'kaders', say, for a message about them."""
        if self._doc is None:
            return self.position
        return self._doc.position((*self._path[:-1], *keys))

    def __repr__(self) -> str:
        return f"Source({self.file!r}, {self.line}, {self.column})"
