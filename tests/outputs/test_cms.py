"""/beheer/: the CMS's forms come from the contract, the bundle is the pinned one, and
the page is built only when plan.yaml asks for it."""

from __future__ import annotations

import json
import re
import textwrap

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field, create_model

from planfolders import MINIMAL, folder_with
from planwijzer import pipeline
from planwijzer.loading import contract as schema
from planwijzer.outputs.cms import vendored_files_intact
from planwijzer.outputs.cms.config import cms_config
from planwijzer.outputs.cms.fields import Choices, model_fields
from planwijzer.outputs.cms.site import config_text
from sitecheck import soup

WITH_CMS = textwrap.dedent(MINIMAL["data/plan.yaml"]) + "beheer: {repo: org/plan}\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = folder_with(tmp_path_factory.mktemp("beheer") / "plan", {"data/plan.yaml": WITH_CMS})
    assert folder.build() == 0
    return folder.root / "site"


def fields_by_name(fields):
    return {f["name"]: f for f in fields}


def test_every_field_of_the_contract_is_in_its_form():
    actie = fields_by_name(model_fields(schema.Actie, Choices()))
    assert list(actie) == [n for n in schema.Actie.model_fields]  # the contract's order
    assert actie["titel"]["required"] is True and actie["titel"]["widget"] == "string"
    assert actie["omschrijving"]["widget"] == "markdown" and not actie["omschrijving"]["required"]
    assert actie["id"]["pattern"][0] == r"^[a-z0-9][a-z0-9-]*$"
    assert actie["concept"]["widget"] == "boolean"
    assert actie["herkomst"]["widget"] == "text"
    assert [f["name"] for f in actie["projecten"]["fields"]] == list(schema.Project.model_fields)
    assert actie["titel"]["hint"] == "Titel van de actie."  # the schemas' Dutch hints


def test_a_field_added_to_the_contract_appears_in_the_forms():
    grown = create_model(
        "Actie",
        __base__=schema.Actie,
        nieuw_veld=(int | None, Field(None, ge=1, le=9, description="Een nieuw veld.")),
    )
    added = fields_by_name(model_fields(grown, Choices()))["nieuw_veld"]
    assert added == {
        "name": "nieuw_veld", "label": "Nieuw veld", "hint": "Een nieuw veld.",
        "required": False, "widget": "number", "value_type": "int", "min": 1, "max": 9,
    }  # fmt: skip


def test_references_are_choices_that_show_names_and_store_ids(plan_folder):
    plan = pipeline.check(plan_folder({"data/plan.yaml": WITH_CMS}).root).plan
    config = cms_config(plan, plan.cms, "org/plan", "", None)
    collections = {c["name"]: c for c in config["collections"]}
    actie = fields_by_name(collections["acties"]["fields"])
    assert actie["partners"]["options"] == [{"label": "Partner X", "value": "partner-x"}]
    assert actie["partners"]["multiple"] is True and "multiple" not in actie["trekker"]
    zeker = fields_by_name(actie["bijdragen"]["fields"])["zeker"]
    assert {"label": "Doel A", "value": "doel-a"} in zeker["options"] and zeker["multiple"]
    gemeente = fields_by_name(actie["projecten"]["fields"])["gemeente"]
    assert {"label": "Ronse", "value": "Ronse"} in gemeente["options"]  # Statbel's list
    report = fields_by_name(collections["rapporten"]["fields"])
    status = fields_by_name(fields_by_name(report["acties"]["fields"])["actie-een"]["fields"])
    assert status["status"]["options"][0] == {"label": "Gepland", "value": "gepland"}
    assert status["voortgang"]["min"] == 0 and status["voortgang"]["max"] == 100
    assert config["backend"] == {
        "name": "github", "branch": "main", "repo": "org/plan", "open_authoring": True
    }  # fmt: skip
    assert config["publish_mode"] == "editorial_workflow"


def test_a_new_report_starts_from_each_actions_current_state(plan_folder):
    report = (
        "titel: R\npeildatum: 2024-12-31\nacties:\n  actie-een: {status: lopend, voortgang: 40}\n"
    )
    folder = plan_folder({"data/plan.yaml": WITH_CMS, "data/opvolging/2024.yaml": report})
    plan = pipeline.check(folder.root).plan
    config = cms_config(plan, plan.cms, "org/plan", "", None)
    rapporten = next(c for c in config["collections"] if c["name"] == "rapporten")
    een = fields_by_name(fields_by_name(rapporten["fields"])["acties"]["fields"])["actie-een"]
    defaults = {f["name"]: f.get("default") for f in een["fields"]}
    assert (defaults["status"], defaults["voortgang"]) == ("lopend", 40)


def test_the_page_is_built_only_when_plan_yaml_asks(built, plan_folder):
    page = soup(built, "beheer/")
    assert page.html["lang"] == "nl"
    assert page.select_one('meta[name="robots"]')["content"] == "noindex, nofollow"
    assert 'cms.src = "decap-cms.js"' in page.select_one("script").string  # where it fits
    config = yaml.safe_load((built / "beheer/config.yml").read_text(encoding="utf-8"))
    assert config["collections"] and config["locale"] == "nl"
    without = plan_folder()
    assert without.build() == 0
    assert not (without.root / "site/beheer").exists()


def test_no_public_page_loads_or_links_the_cms(built):
    for page in built.rglob("*.html"):
        if page.parent.name == "beheer":
            continue
        text = page.read_text(encoding="utf-8")
        assert "beheer/" not in text and "decap" not in text.lower(), page


def test_the_config_holds_no_secret(built):
    text = (built / "beheer/config.yml").read_text(encoding="utf-8")
    assert not re.search(r"(secret|token|password|client_secret)\s*:", text, re.I)


def test_the_vendored_bundle_is_the_pinned_one():
    assert vendored_files_intact() == []


def _walk(fields, path=()):
    for f in fields:
        yield (*path, f["name"]), f
        yield from _walk(f.get("fields", []), (*path, f["name"]))


@pytest.mark.parametrize(
    "model",
    [
        schema.PlanBestand,
        schema.Doelstelling,
        schema.Actie,
        schema.Partner,
        schema.GemeentenBestand,
    ],
)
def test_every_rule_of_the_contract_a_form_can_know_is_in_the_form(model):
    """Required fields, patterns (ids, dates, colours, addresses), bounds and fixed
    choices: a form never writes what the check refuses for a reason it could know."""
    from typing import Literal, get_args, get_origin

    from planwijzer.loading.fields import unwrap_annotation as _unwrap
    from planwijzer.outputs.cms.fields import _constraints

    def expected(m, path=()):
        for name, info in m.model_fields.items():
            annotation, metadata, optional = _unwrap(info.annotation)
            rules = _constraints(metadata, info)
            yield (*path, name), info.is_required() and not optional, rules, annotation
            origin = get_origin(annotation)
            inner = get_args(annotation)[0] if origin is list else annotation
            inner = _unwrap(inner)[0]
            if isinstance(inner, type) and issubclass(inner, schema._Model) and inner is not m:
                yield from expected(inner, (*path, name))

    form = dict(_walk(model_fields(model, Choices())))
    for path, required, rules, annotation in expected(model):
        field = form.get(path)
        assert field is not None, path
        if len(path) == 1:  # inside an optional object the CMS cannot require a part
            assert field["required"] == required, path
        if "pattern" in rules:
            assert field["pattern"][0] == rules["pattern"], path
        for bound in ("min", "max"):
            if bound in rules:
                assert field[bound] == rules[bound], path
        if get_origin(annotation) is Literal:
            assert field["options"] == list(get_args(annotation)), path


def _read_12(text):
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(text)  # YAML 1.2, as the CMS reads config.yml


def test_ids_that_look_like_numbers_read_back_as_written(plan_folder):
    """'08' is a valid id; YAML 1.2 reads it unquoted as the number 8, and the CMS
    then refuses its whole configuration."""
    ids = ["08", "09", "019", "0o17", "1e5"]
    partners = "partners:\n  - {id: partner-x, naam: Partner X}\n"
    partners += "".join(f"  - {{id: '{i}', naam: P{i}}}\n" for i in ids)
    folder = plan_folder({"data/plan.yaml": WITH_CMS, "data/partners.yaml": partners})
    plan = pipeline.check(folder.root).plan
    config = cms_config(plan, plan.cms, "org/plan", "", None)
    read = _read_12(config_text(config))
    assert read == json.loads(json.dumps(config))
    actie = fields_by_name(next(c for c in read["collections"] if c["name"] == "acties")["fields"])
    assert [o["value"] for o in actie["partners"]["options"]] == ["partner-x", *ids]


@given(st.recursive(st.text(), lambda inner: st.lists(inner, max_size=3), max_leaves=5))
@settings(max_examples=300, deadline=None)
def test_every_text_reads_back_as_written_in_yaml_1_1_and_1_2(value):
    written = config_text({"waarde": value, "opties": [{"value": value}]})
    expected = {"waarde": value, "opties": [{"value": value}]}
    assert _read_12(written) == expected
    assert yaml.safe_load(written) == expected
