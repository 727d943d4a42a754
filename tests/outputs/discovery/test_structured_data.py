"""JSON-LD (schema.org): the organisation and the site, each action as a Project,
each report as a Report, the open data as a Dataset in its catalogue; text from the
YAML can never end the <script> early."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from findableplan import HOSTILE, SITE, findable_plan
from planwijzer.outputs.discovery.structured import StructuredData, script
from planwijzer.outputs.open_data import open_data_files
from planwijzer.shared.licences import licence_for


class Scripts(HTMLParser):
    """The text of every <script> as a browser's HTML parser splits it."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self._in = tag == "script"
        if self._in:
            self.found.append("")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        self._in = False

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in:
            self.found[-1] += data


def parsed(html: str) -> list:
    reader = Scripts()
    reader.feed(html)
    return [json.loads(text) for text in reader.found]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    plan = findable_plan(tmp_path_factory.mktemp("plan"))
    files = [f for f in open_data_files(plan, licence_for(plan.licence)) if f.path.count("/") == 1]
    return plan, StructuredData(plan, SITE, SITE, "Testplan", files).pages()


def test_a_hostile_title_stays_inside_its_script(pages):
    data = pages[1]
    html = script(data["acties/actie-een/"])
    assert html.count("</script") == 1  # only its own end
    [read] = parsed(f"<head>{html}</head>")
    assert read["name"] == HOSTILE


def test_each_action_is_a_project_with_the_plans_own_name_for_it(pages):
    plan, data = pages
    [action] = parsed(script(data["acties/actie-twee/"]))
    assert action["@type"] == "Project"
    assert action["additionalType"] == plan.action_name == "Actie"
    assert action["url"] == f"{SITE}acties/actie-twee/"
    assert action["member"] == [{"@type": "Organization", "name": "Partner X"}]
    assert action["parentOrganization"] == {"@id": f"{SITE}#organisatie"}


def test_the_home_page_names_the_organisation_and_the_site(pages):
    [home] = parsed(script(pages[1][""]))
    organisation, site = home["@graph"]
    assert organisation["@type"] == "Organization"
    assert organisation["name"] == "Testorganisatie vzw"
    assert organisation["email"] == "plan@testorganisatie.example"
    assert site["@type"] == "WebSite" and site["url"] == SITE
    assert site["publisher"] == {"@id": organisation["@id"]}


def test_a_report_is_a_report_and_the_open_data_a_dataset_in_the_catalogue(pages):
    [report] = parsed(script(pages[1]["opvolging/2024/"]))
    assert report["@type"] == "Report" and report["name"] == "Voortgangsrapport 2024"
    assert report["temporalCoverage"] == "2024-12-31"
    [dataset] = parsed(script(pages[1]["open-data/"]))
    assert dataset["@type"] == "Dataset"
    assert dataset["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert dataset["includedInDataCatalog"]["url"] == f"{SITE}data/catalogus.jsonld"
    urls = {d["contentUrl"] for d in dataset["distribution"]}
    assert f"{SITE}data/acties.csv" in urls
