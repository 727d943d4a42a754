"""JSON Schemas for editors: generated from the contract, committed, never stale."""

from __future__ import annotations

import json

import jsonschema
import pytest

from paths import REPO
from planwijzer.loading.json_schemas import all_schemas, stale_schemas
from planwijzer.loading.yaml_reader import parse_yaml
from planwijzer.shared.problems import Report

FILES = {
    "data/plan.yaml": "plan.schema.json",
    "data/doelstellingen.yaml": "doelstellingen.schema.json",
    "data/acties.yaml": "acties.schema.json",
    "data/acties/intern.yaml": "acties.schema.json",
    "data/partners.yaml": "partners.schema.json",
    "data/kaders/beleidsnota-welzijn.yaml": "kader.schema.json",
    "data/kaders/sterk-sociaal-werk.yaml": "kader.schema.json",
}


def test_committed_schemas_are_up_to_date():
    stale = stale_schemas(REPO / "schemas")
    assert not stale, f"run 'planwijzer schemas' to regenerate: {stale}"


def _properties(node, defs, seen=()):
    """Every (name, property) in a schema, following $ref."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if ref and ref not in seen:
            yield from _properties(defs[ref.split("/")[-1]], defs, (*seen, ref))
        for name, prop in (node.get("properties") or {}).items():
            yield name, prop
            yield from _properties(prop, defs, seen)
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                yield from _properties(node[key], defs, seen)
        for option in node.get("anyOf", []):
            yield from _properties(option, defs, seen)


@pytest.mark.parametrize("name", list(all_schemas()))
def test_every_field_has_a_dutch_description(name):
    content = all_schemas()[name]
    missing = [
        prop_name
        for prop_name, prop in _properties(content, content.get("$defs", {}))
        if not prop.get("description")
    ]
    assert not missing


@pytest.mark.parametrize("data_file", list(FILES))
def test_seed_data_matches_its_schema_and_declares_it(data_file):
    text = (REPO / data_file).read_text(encoding="utf-8")
    schema_name = FILES[data_file]
    first_line = text.splitlines()[0]
    assert first_line.startswith("# yaml-language-server: $schema=")
    assert first_line.endswith("schemas/" + schema_name)
    schema = json.loads((REPO / "schemas" / schema_name).read_text(encoding="utf-8"))
    # our loader, like VS Code's YAML extension, keeps dates as text
    jsonschema.validate(parse_yaml(text, data_file, Report()).data, schema)


def test_schema_catches_a_typo_in_a_key():
    schema = all_schemas()["acties.schema.json"]
    bad = {"acties": [{"id": "a", "titl": "A", "bijdragen": {"zeker": ["x"]}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
