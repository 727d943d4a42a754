"""The open-data files of a plan, made in memory: CSV per table, plan.json with its
JSON Schema, a Frictionless Data Package, an Excel workbook, and a JSON slice per
goal, action and indicator.

Deterministic: the same data gives the same bytes (no time stamps but the data's
own), so that a build is reproducible and a diff shows only real changes.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...model import Plan
from ...shared.interface import N_
from ...shared.licences import Licence
from ...shared.text import slugify
from .languages import with_languages
from .tables import Column, Table, plan_tables

FOLDER = "data"  # site/data/
# The tables that get a JSON file per row, and what one row is called in it.
SLICES = {"doelstellingen": "doelstelling", "acties": "actie", "indicatoren": "indicator"}
JSON_TYPES = {"string": "string", "integer": "integer", "number": "number"}


@dataclass(frozen=True)
class DataFile:
    path: str  # below the site, e.g. 'data/acties.csv'
    content: bytes
    format: str  # what the open-data page calls it: CSV, JSON, Excel
    description: str
    columns: tuple[str, ...] = ()
    rows: int | None = None
    row: str = ""  # what one row of a table is (the open-data page says it in its language)

    @property
    def size(self) -> int:
        return len(self.content)


def _json(value: Any) -> bytes:
    # Compact: with an indent, the json module takes its slow pure-Python path.
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    writer.writerows(table.rows)
    return out.getvalue().encode("utf-8")


def _records(table: Table) -> list[dict[str, Any]]:
    """Rows as objects; an empty optional value is null in JSON (empty in CSV)."""
    names = [c.name for c in table.columns]
    return [
        {name: (None if value == "" else value) for name, value in zip(names, row, strict=True)}
        for row in table.rows
    ]


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": column.type,
        "description": column.description,
    }
    if column.required:
        field["constraints"] = {"required": True}
    return field


def _resource(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(c) for c in table.columns],
        "primaryKey": table.primary_key,
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": fields,
                "reference": {"resource": "" if other == table.name else other, "fields": keys},
            }
            for fields, other, keys in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "title": table.title,
        "description": f"Eén rij per {table.row}.",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _meta(plan: Plan, licence: Licence) -> dict[str, Any]:
    return {
        "titel": plan.title,
        "organisatie": plan.organisation,
        "periode": {"van": plan.first_year, "tot": plan.last_year},
        "licentie": licence.as_dict(),
    }


def _json_schema(plan: Plan, tables: list[Table]) -> dict[str, Any]:
    """JSON Schema 2020-12 of plan.json, from the same tables."""
    properties: dict[str, Any] = {"plan": {"type": "object"}}
    for table in tables:
        item = {
            "type": "object",
            "properties": {
                c.name: {
                    "type": JSON_TYPES[c.type] if c.required else [JSON_TYPES[c.type], "null"],
                    "description": c.description,
                }
                for c in table.columns
            },
            "required": [c.name for c in table.columns],
            "additionalProperties": False,
        }
        properties[table.name] = {
            "type": "array",
            "description": f"Eén element per {table.row}.",
            "items": item,
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "plan.schema.json",
        "title": f"Open data van {plan.title}",
        "type": "object",
        "properties": properties,
        "required": ["plan", *(t.name for t in tables)],
        "additionalProperties": False,
    }


def _slices(tables: list[Table]) -> list[DataFile]:
    """One JSON file per goal, action and indicator: its row and every row of another
    table that refers to it."""
    records = {t.name: _records(t) for t in tables}
    referring: dict[tuple[str, Any], dict[str, list[dict[str, Any]]]] = {}
    for table in tables:
        for fields, other, _keys in table.foreign_keys:
            if other not in SLICES or other == table.name:
                continue
            for record in records[table.name]:
                value = record[fields[0]]
                if value is not None:
                    found = referring.setdefault((other, value), {})
                    found.setdefault(table.name, []).append(record)
    files = []
    for table in tables:
        if table.name not in SLICES:
            continue
        for record in records[table.name]:
            body = {SLICES[table.name]: record}
            body.update(referring.get((table.name, record["id"]), {}))
            files.append(
                DataFile(f"{FOLDER}/{table.name}/{record['id']}.json", _json(body), "JSON", "")
            )
    return files


def _workbook(tables: list[Table], plan: Plan) -> bytes:
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    # A fixed time stamp: the same data gives the same file.
    book.set_properties({"title": plan.title, "created": datetime(2000, 1, 1)})
    bold = book.add_format({"bold": True})
    for table in tables:
        sheet = book.add_worksheet(table.name[:31])
        sheet.write_row(0, 0, [c.name for c in table.columns], bold)
        for number, row in enumerate(table.rows, start=1):
            sheet.write_row(number, 0, row)
        sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()


# Above this many cells the build leaves the Excel workbook out: Excel's format costs
# about 5 µs a cell to write; at 1,000 actions (47,000 cells) that was a tenth of
# the build, at 10,000 a sixth. Plans up to some 500 actions get it in every build;
# 'planwijzer opendata' always writes it.
EXCEL_MAX_CELLS = 25_000


def cells(tables: list[Table]) -> int:
    return sum(len(t.rows) * len(t.columns) for t in tables)


def open_data_files(
    plan: Plan,
    licence: Licence,
    *,
    excel_max_cells: int | None = EXCEL_MAX_CELLS,
    others: dict[str, Plan] | None = None,
) -> list[DataFile]:
    """Every open-data file of the plan, in a stable order; the slices last. The
    workbook only up to ``excel_max_cells`` (None: always). ``others``: the plan read
    in each of its other languages, whose texts get columns of their own."""
    tables = with_languages(
        plan_tables(plan), {code: plan_tables(other) for code, other in (others or {}).items()}
    )
    name = slugify(plan.title) or "plan"
    files = [
        DataFile(
            f"{FOLDER}/{t.name}.csv",
            _csv(t),
            "CSV",
            f"Eén rij per {t.row}.",
            tuple(c.name for c in t.columns),
            len(t.rows),
            t.row,
        )
        for t in tables
    ]
    whole = {"plan": _meta(plan, licence), **{t.name: _records(t) for t in tables}}
    package = {
        "profile": "tabular-data-package",
        "name": name,
        "title": plan.title,
        "description": f"De gegevens van {plan.title} ({plan.organisation}).",
        "licenses": [licence.as_dict()],
        "resources": [_resource(t) for t in tables],
    }
    files += [
        DataFile(f"{FOLDER}/plan.json", _json(whole), "JSON", N_("Het hele plan in één bestand.")),
        DataFile(
            f"{FOLDER}/plan.schema.json",
            _json(_json_schema(plan, tables)),
            "JSON Schema",
            N_("Beschrijft plan.json (JSON Schema 2020-12)."),
        ),
        DataFile(
            f"{FOLDER}/datapackage.json",
            _json(package),
            "Data Package",
            N_("Beschrijft elke CSV: velden, types, sleutels en licentie (Frictionless)."),
        ),
    ]
    if excel_max_cells is None or cells(tables) <= excel_max_cells:
        files.append(
            DataFile(
                f"{FOLDER}/{name}.xlsx",
                _workbook(tables, plan),
                "Excel",
                N_("Dezelfde tabellen als bladen in één werkmap."),
            )
        )
    return files + _slices(tables)
