"""The DCAT-AP catalogue: conforms to the official DCAT-AP 3.0.1 shapes (vendored
beside this file, with their licence), to the Flemish portal's extra rules, and says
the same in Turtle and in JSON-LD."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef, namespace
from rdflib.compare import isomorphic

from findableplan import SITE, findable_plan
from planwijzer.outputs.discovery.catalogue import catalogue_files
from planwijzer.outputs.discovery.history import DataHistory
from planwijzer.outputs.open_data import open_data_files
from planwijzer.shared.licences import licence_for

SHAPES = Path(__file__).parent / "dcat_ap_3.0.1"


class NS:
    """Inside a class: pytest looks into a test module's names for fixtures, and an
    rdflib namespace warns about every name it does not have."""

    DCAT, DCTERMS, RDF = namespace.DCAT, namespace.DCTERMS, namespace.RDF
    VCARD = namespace.Namespace("http://www.w3.org/2006/vcard/ns#")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    plan = findable_plan(tmp_path_factory.mktemp("plan"))
    files = open_data_files(plan, licence_for(plan.licence))
    history = DataHistory.of(plan, "2025-11-02")
    turtle, jsonld = catalogue_files(SITE, [plan], history, files)
    return plan, turtle, jsonld


@pytest.fixture(scope="module")
def graph(made):
    return Graph().parse(data=made[1].content, format="turtle")


def test_the_catalogue_conforms_to_the_dcat_ap_3_shapes(graph):
    shapes = Graph()
    for name in ("shapes.ttl", "range.ttl"):  # mandatory properties, and ranges
        shapes.parse(SHAPES / name, format="turtle")
    conforms, _, text = validate(graph, shacl_graph=shapes)
    assert conforms, text


def test_every_dataset_has_a_keyword_and_a_contact_point_to_write_to(graph):
    """DCAT-AP VL 3: at least one keyword; a contact point with mailto: or a web address."""
    datasets = list(graph.subjects(NS.RDF.type, NS.DCAT.Dataset))
    assert len(datasets) == 2  # the plan, and its follow-up (a report, an indicator)
    for dataset in datasets:
        assert list(graph.objects(dataset, NS.DCAT.keyword)), dataset
        card = graph.value(dataset, NS.DCAT.contactPoint)
        addresses = [*graph.objects(card, NS.VCARD.hasEmail), *graph.objects(card, NS.VCARD.hasURL)]
        assert URIRef("mailto:plan@testorganisatie.example") in addresses


def test_every_file_is_a_distribution_at_its_absolute_address(made, graph):
    downloads = {str(o) for o in graph.objects(None, NS.DCAT.downloadURL)}
    for name in ("acties.csv", "plan.json", "datapackage.json", "rapporten.csv"):
        assert f"{SITE}data/{name}" in downloads
    assert any(d.endswith(".xlsx") for d in downloads)
    assert all(d.startswith(SITE) for d in downloads)
    # The slices (one JSON per action) are the open-data page's, not the portal's.
    assert not any("/data/acties/" in d for d in downloads)


def test_licence_themes_language_and_modified_date_come_from_the_plan(graph):
    licences = set(graph.objects(None, NS.DCTERMS.license))
    assert licences == {URIRef("https://creativecommons.org/publicdomain/zero/1.0/")}
    themes = {str(t).rsplit("/", 1)[-1] for t in graph.objects(None, NS.DCAT.theme)}
    assert themes == {"GOVE", "SOCI"}
    language = URIRef("http://publications.europa.eu/resource/authority/language/NLD")
    assert (None, NS.DCTERMS.language, language) in graph
    catalogue = graph.value(predicate=NS.RDF.type, object=NS.DCAT.Catalog)
    assert str(graph.value(catalogue, NS.DCTERMS.modified)) == "2025-11-02"  # the git day
    plan = URIRef(f"{SITE}open-data/#plan")
    follow_up = URIRef(f"{SITE}open-data/#opvolging")
    assert str(graph.value(plan, NS.DCTERMS.modified)) == "2025-11-02"
    assert str(graph.value(follow_up, NS.DCTERMS.modified)) == "2025-11-02"


def test_turtle_and_json_ld_hold_the_same_statements(made, graph):
    from_jsonld = Graph().parse(data=made[2].content, format="json-ld")
    assert len(graph) > 100 and isomorphic(graph, from_jsonld)


def test_the_same_data_gives_the_same_bytes(made, tmp_path):
    plan = findable_plan(tmp_path)
    files = open_data_files(plan, licence_for(plan.licence))
    again = catalogue_files(SITE, [plan], DataHistory.of(plan, "2025-11-02"), files)
    assert [f.content for f in again] == [made[1].content, made[2].content]


def test_without_a_git_day_the_versions_and_reports_date_it(made):
    plan = made[0]
    history = DataHistory.of(plan)
    assert history.plan_modified == "2025-03-15"  # the last version
    assert history.follow_up_modified == "2024-12-31"  # the report's peildatum


SEEDED = """
import sys, tempfile
import os
import subprocess
import sys
from pathlib import Path
sys.path[:0] = [{tests!r}]
from findableplan import SITE, findable_plan
from planwijzer.outputs.discovery.catalogue import catalogue_files
from planwijzer.outputs.discovery.history import DataHistory
from planwijzer.outputs.open_data import open_data_files
from planwijzer.shared.licences import licence_for
plan = findable_plan(Path(tempfile.mkdtemp()) / "plan")
files = open_data_files(plan, licence_for(plan.licence))
for made in catalogue_files(SITE, [plan], DataHistory.of(plan, "2025-11-02"), files):
    sys.stdout.buffer.write(made.content)
"""


def test_another_hash_seed_gives_the_same_bytes():
    """rdflib's store follows Python's hash seed; the files may not."""
    code = SEEDED.format(tests=str(Path(__file__).resolve().parents[2]))
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1] and b"dcat:Catalog" in runs[0]


def test_a_build_without_site_url_loads_no_rdflib(plan_folder, tmp_path):
    """The catalogue needs a site_url; without one, a build does not import rdflib
    (0.04 s of every build's start)."""
    from imports import modules_a_command_loads

    folder = plan_folder()
    argv = ["build", str(folder.root), "--out", str(tmp_path / "site")]
    assert modules_a_command_loads(argv, "rdflib") == []
