"""Overview matrices: actions against the leaf goals below some top goals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TypeVar

from ..loading import contract as schema
from ..shared.interface import _, punctuation
from .entities import Action, Goal, Strength

T = TypeVar("T")


@dataclass(frozen=True)
class MatrixHeaderCell:
    goal: Goal | None  # None: a skipped level
    colspan: int
    rowspan: int
    is_leaf: bool
    root: Goal  # the top-level goal above this cell's columns
    start: int  # index of the first column this cell spans


@dataclass(frozen=True, repr=False)
class Matrix:
    def __repr__(self) -> str:
        return f"Matrix({self.id!r})"

    id: str
    title: str
    description: str | None
    roots: list[Goal]
    header_rows: list[list[MatrixHeaderCell]]
    columns: list[Goal]
    rows: list[Action]
    url: str = ""
    # A large matrix is shown as one part per top-level goal instead (matrix_max_acties).
    parts: list[Matrix] = field(default_factory=list)
    # The kinds of contribution its cells show (a framework's own); empty: the plan's.
    strengths: list[Strength] = field(default_factory=list)
    # What a column is, in the page's words: a framework's columns are 'onderdelen'.
    column_name: str = "doelstelling"
    column_plural: str = "doelstellingen"

    def grid(self) -> list[tuple[Action, list[Strength | None], int]]:
        """Per row: the action, its strength in each column (or None), its total."""
        result = []
        for action in self.rows:
            by_goal = dict((goal, strength) for strength, goal in self._row_cells.get(action, []))
            cells = [by_goal.get(goal) for goal in self.columns]
            result.append((action, cells, sum(1 for s in cells if s is not None)))
        return result

    def goals_of(self, action: Action) -> list[tuple[Strength, list[Goal]]]:
        """The matrix's row as a list: the columns ``action`` contributes to, grouped by
        strength, strongest first (the narrow-screen form of the table)."""
        found = self._row_cells.get(action, [])
        return _by_strength(found, key=lambda goal: self._column_index[goal])

    def actions_of(self, goal: Goal) -> list[tuple[Strength, list[Action]]]:
        """The matrix's column as a list: the actions contributing to ``goal``."""
        found = [(c.strength, c.action) for c in goal.contributions]
        return _by_strength(found, key=lambda action: action.position)

    def column_heads(self) -> list[list[str]]:
        """Per column, the ids of the goals heading it, from its top goal in this matrix
        down to the column itself: a cell's headers, for tables with several head rows."""
        roots = set(self.roots)
        heads = []
        for goal in self.columns:
            chain = [*goal.ancestors(), goal]
            top = next(i for i, g in enumerate(chain) if g in roots)
            heads.append([g.id for g in chain[top:]])
        return heads

    @cached_property
    def _row_cells(self) -> dict[Action, list[tuple[Strength, Goal]]]:
        """Per action, its (strength, column) pairs, read once from the columns'
        contributions: a framework's onderdelen are columns too, with their own."""
        cells: dict[Action, list[tuple[Strength, Goal]]] = {}
        for goal in self.columns:
            for c in goal.contributions:
                cells.setdefault(c.action, []).append((c.strength, goal))
        return cells

    @cached_property
    def _column_index(self) -> dict[Goal, int]:
        return {goal: i for i, goal in enumerate(self.columns)}

    def column_slices(self, most: int) -> list[tuple[int, int]]:
        """Column ranges [start, end) of at most ``most`` columns for pages of limited
        width (the PDF): whole top goals together while they fit, a top goal wider
        than a page in pieces."""
        slices: list[tuple[int, int]] = []
        start = end = 0
        for cell in self.header_rows[0] if self.header_rows else []:
            if end > start and end + cell.colspan - start > most:
                slices.append((start, end))
                start = end
            end += cell.colspan
            while end - start > most:
                slices.append((start, start + most))
                start += most
        if end > start:
            slices.append((start, end))
        return slices

    def header_rows_between(self, start: int, end: int) -> list[list[MatrixHeaderCell]]:
        """The head rows over columns [start, end): cells cut to the range, rows
        that keep no cell left out."""
        rows = []
        for row in self.header_rows:
            kept = []
            for cell in row:
                first, last = max(cell.start, start), min(cell.start + cell.colspan, end)
                if first < last:
                    kept.append(replace(cell, start=first, colspan=last - first))
            rows.append(kept)
        return rows

    def column_total(self, goal: Goal) -> int:
        # Every action contributing to a column's goal is a row of the matrix.
        return len(goal.contributions)


def _by_strength(
    found: list[tuple[Strength, T]], key: Callable[[T], int]
) -> list[tuple[Strength, list[T]]]:
    groups: dict[Strength, list[T]] = {}
    for strength, item in sorted(found, key=lambda pair: (pair[0].rank, key(pair[1]))):
        groups.setdefault(strength, []).append(item)
    return list(groups.items())


def make_matrix(
    depth: int,
    id_: str,
    title: str,
    description: str | None,
    roots: list[Goal],
    url: str,
    strengths: list[Strength] | None = None,
    column_name: str | None = None,
    column_plural: str | None = None,
) -> Matrix:
    """The overview matrix over the leaves below ``roots``, one header row per level
    (``depth`` levels)."""
    columns = [leaf for root in roots for leaf in root.leaves()]
    column_index = {goal: i for i, goal in enumerate(columns)}
    # From the columns' own contributions: a part of a split matrix costs what it shows.
    contributing = {c.action for goal in columns for c in goal.contributions}
    rows = sorted(contributing, key=lambda a: a.position)
    header_rows: list[list[MatrixHeaderCell]] = []
    for level_index in range(depth):
        row: list[MatrixHeaderCell] = []
        keys: list[object] = []
        for col in columns:
            if col.level.index < level_index:
                continue  # a leaf higher up spans down over this row
            node = col.ancestor_at(level_index)
            # A skipped level is one blank cell per parent, not one across parents.
            key: object = node if node is not None else ("blank", _nearest_above(col, level_index))
            if keys and keys[-1] == key:
                row[-1] = replace(row[-1], colspan=row[-1].colspan + 1)
                continue
            leaf_here = node is col
            rowspan = depth - level_index if leaf_here else 1
            root = ([*col.ancestors(), col])[0]
            row.append(MatrixHeaderCell(node, 1, rowspan, leaf_here, root, column_index[col]))
            keys.append(key)
        header_rows.append(row)
    _stretch_over_skipped_levels(header_rows)
    return Matrix(
        id_,
        title,
        description,
        roots,
        header_rows,
        columns,
        rows,
        url,
        strengths=strengths or [],
        column_name=column_name or _("doelstelling"),  # in the model's language
        column_plural=column_plural or _("doelstellingen"),
    )


def _stretch_over_skipped_levels(header_rows: list[list[MatrixHeaderCell]]) -> None:
    """A goal whose columns all skip the next level (SD2 has no themes) spans down over
    it instead of standing above a blank cell: every head cell then names a goal."""
    for r, row in enumerate(header_rows):
        for blank in [c for c in row if c.goal is None]:
            for above_index, above_row in enumerate(header_rows[:r]):
                match = next(
                    (
                        i
                        for i, c in enumerate(above_row)
                        if c.goal is not None
                        and (c.start, c.colspan) == (blank.start, blank.colspan)
                        and above_index + c.rowspan == r
                    ),
                    None,
                )
                if match is not None:
                    cell = above_row[match]
                    above_row[match] = replace(cell, rowspan=cell.rowspan + 1)
                    row.remove(blank)
                    break
    # A level no column of this matrix has (the internal goals have no themes) is no row.
    for r in reversed(range(len(header_rows))):
        if header_rows[r]:
            continue
        for i, above_row in enumerate(header_rows[:r]):
            above_row[:] = [
                replace(c, rowspan=c.rowspan - 1) if i + c.rowspan > r else c for c in above_row
            ]
        del header_rows[r]


def _nearest_above(goal: Goal, level_index: int) -> Goal | None:
    above = [g for g in goal.ancestors() if g.level.index < level_index]
    return above[-1] if above else None


def split_by_root(matrix: Matrix, depth: int, split_above: int) -> None:
    """A matrix of more than ``split_above`` actions is also shown as one part per top
    goal (or top onderdeel), so that no page grows with the whole plan."""
    if len(matrix.rows) <= split_above or len(matrix.roots) <= 1:
        return
    matrix.parts.extend(
        make_matrix(
            depth,
            f"{matrix.id}-{root.id}",
            f"{matrix.title}{punctuation(':')} {root.label}",
            None,
            [root],
            f"{matrix.url}{root.id}/",
            strengths=matrix.strengths,
            column_name=matrix.column_name,
            column_plural=matrix.column_plural,
        )
        for root in matrix.roots
    )


def overview_matrices(
    depth: int,
    configured: list[schema.Overzicht] | None,
    roots: list[Goal],
    goals_by_id: dict[str, Goal],
    split_above: int,
) -> list[Matrix]:
    """The plan's matrices (``overzichten``, or one over the whole tree). A matrix of
    more than ``split_above`` actions is also shown as one part per top goal."""
    default = schema.Overzicht(id="matrix", titel=_("Overzichtsmatrix"), doelen=None)
    overviews = configured or [default]
    matrices: list[Matrix] = []
    single = len(overviews) == 1
    for overview in overviews:
        named = [goals_by_id[g] for g in overview.doelen or [] if g in goals_by_id]
        overview_roots = named if overview.doelen else roots
        url = "overzicht/" if single else f"overzicht/{overview.id}/"
        matrix = make_matrix(
            depth, overview.id, overview.titel, overview.omschrijving, overview_roots, url
        )
        split_by_root(matrix, depth, split_above)
        matrices.append(matrix)
    return matrices
