"""JSON Schemas of the data files, generated from the contract models in ``schema``.

Editors' tools (VS Code's YAML extension) use them to complete and check keys as
one types; ``planwijzer schemas`` writes them to ``schemas/`` and a test fails
when the committed files are stale. References between files (ids) cannot be
expressed in JSON Schema: ``validate`` checks those.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import contract as schema
from . import follow_up_contract as follow_up
from . import framework_contract as framework

BASE_URL = "https://planwijzer.invalid/schemas/"


def _schema(model: type[BaseModel], name: str, title: str, description: str) -> dict[str, Any]:
    result = model.model_json_schema(by_alias=True)
    result = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE_URL + name,
        **result,
        "title": title,
        "description": description,
    }
    return result


def goals_schema() -> dict[str, Any]:
    """doelstellingen.yaml: the level keys come from plan.yaml, so any key is allowed
    at the top and below a goal, as long as its value is a list of goals."""
    node = schema.Doelstelling.model_json_schema()
    defs = node.pop("$defs", {})
    node["additionalProperties"] = {"$ref": "#/$defs/GoalList"}
    node["title"] = "Doelstelling"
    defs["Doelstelling"] = node
    defs["GoalList"] = {
        "type": "array",
        "description": "Doelstellingen van een lager niveau (de sleutel is een niveau uit "
        "plan.yaml, bijvoorbeeld 'operationele_doelstellingen').",
        "items": {"$ref": "#/$defs/Doelstelling"},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE_URL + "doelstellingen.schema.json",
        "title": "data/doelstellingen.yaml",
        "description": "De doelstellingenboom. Bovenaan de sleutel van het eerste niveau uit "
        "plan.yaml; onder elke doelstelling de sleutel van een lager niveau.",
        "type": "object",
        "additionalProperties": {"$ref": "#/$defs/GoalList"},
        "minProperties": 1,
        "$defs": defs,
    }


def all_schemas() -> dict[str, dict[str, Any]]:
    return {
        "plan.schema.json": _schema(
            schema.PlanBestand,
            "plan.schema.json",
            "data/plan.yaml",
            "Het plan: titel, periode, niveaus, soorten bijdrage en overzichten.",
        ),
        "doelstellingen.schema.json": goals_schema(),
        "acties.schema.json": _schema(
            schema.ActiesBestand,
            "acties.schema.json",
            "data/acties.yaml",
            "De acties (ook voor elk bestand in data/acties/).",
        ),
        "partners.schema.json": _schema(
            schema.PartnersBestand,
            "partners.schema.json",
            "data/partners.yaml",
            "De partners waarnaar acties verwijzen.",
        ),
        "gemeenten.schema.json": _schema(
            schema.GemeentenBestand,
            "gemeenten.schema.json",
            "data/gemeenten.yaml",
            "Wat het plan zelf over gemeenten zegt, met de bron.",
        ),
        "rapport.schema.json": _schema(
            follow_up.RapportBestand,
            "rapport.schema.json",
            "data/opvolging/*.yaml",
            "Eén rapport: jaarplan, voortgangsrapport of evaluatie, met per actie de stand "
            "van zaken.",
        ),
        "indicatoren.schema.json": _schema(
            follow_up.IndicatorenBestand,
            "indicatoren.schema.json",
            "data/indicatoren.yaml",
            "Indicatoren: basis, streefwaarden en metingen.",
        ),
        "kader.schema.json": _schema(
            framework.KaderBestand,
            "kader.schema.json",
            "data/kaders/*.yaml",
            "Eén beleidskader: titel en een boom van onderdelen, of 'plan:' (een ander plan).",
        ),
    }


def render(content: dict[str, Any]) -> str:
    return json.dumps(content, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in all_schemas().items():
        path = folder / name
        path.write_text(render(content), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(folder: Path) -> list[str]:
    """Names of schema files in ``folder`` that differ from the models (or are missing)."""
    stale = []
    for name, content in all_schemas().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != render(content):
            stale.append(name)
    return stale
