"""A plan in several languages as open data: one dataset, the main language's texts
in their columns as before, and after each translated column one per other language
('titel_fr'). A text that has no translation is empty there (the site shows the main
language's; the data says it is missing). Rows are matched by their primary key."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...shared.languages import LANGUAGE_NAMES, language_of
from .tables import Column, Table


def with_languages(tables: list[Table], others: dict[str, list[Table]]) -> list[Table]:
    """``tables`` (the main language's) with the other languages' translated columns."""
    if not others:
        return tables
    return [_with_languages(table, others) for table in tables]


def _with_languages(table: Table, others: dict[str, list[Table]]) -> Table:
    translated = [i for i, c in enumerate(table.columns) if c.translated]
    if not translated:
        return table
    names = [c.name for c in table.columns]
    key = [names.index(k) for k in table.primary_key]
    theirs: dict[str, dict[tuple, list[Any]]] = {}
    for code, their_tables in others.items():
        other = next(t for t in their_tables if t.name == table.name)
        theirs[code] = {tuple(row[i] for i in key): row for row in other.rows}
    columns: list[Column] = []
    for i, column in enumerate(table.columns):
        columns.append(column)
        if i in translated:
            columns += [_column(column, code) for code in others]
    rows = []
    for row in table.rows:
        own = tuple(row[i] for i in key)
        new: list[Any] = []
        for i, value in enumerate(row):
            new.append(value)
            if i in translated:
                new += [_text(theirs[code].get(own), i) for code in others]
        rows.append(new)
    return replace(table, columns=columns, rows=rows)


def _column(column: Column, code: str) -> Column:
    description = f"{column.description} In het {LANGUAGE_NAMES[code]}; leeg zonder vertaling."
    return Column(f"{column.name}_{code}", column.type, description)


def _text(row: list[Any] | None, index: int) -> Any:
    if row is None:
        return ""
    value = row[index]
    return "" if language_of(value) else value
