"""Open data: every build writes the plan's data as CSV, JSON, a Data Package that
Frictionless accepts, and an Excel workbook; the same data gives the same bytes."""

from __future__ import annotations

import csv
import json
import zipfile

import pytest
from frictionless import validate
from jsonschema import Draft202012Validator

from paths import BILINGUAL
from planfolders import folder_with
from planwijzer import pipeline
from planwijzer.outputs.open_data import write_open_data
from planwijzer.rendering.formatting import file_size
from sitecheck import content, digest_tree

DATA = {
    "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een, met "aanhalingstekens"
            trekker: partner-x
            omschrijving: |
              Twee regels,
              met een komma.
            periode: {van: 2024-03, tot: 2025}
            bijdragen: {zeker: [doel-a]}
            projecten:
              - {titel: Project A, gemeente: [Ronse, Ninove]}
              - {titel: Project B}
          - id: actie-twee
            titel: Actie twee
            partners: [partner-x]
            bijdragen: {zeker: [doel-b], mogelijk: [doel-a]}
        """,
    "data/opvolging/2024.yaml": """\
        titel: Voortgangsrapport 2024
        peildatum: 2024-12-31
        acties:
          actie-een:
            status: lopend
            voortgang: 40
            mijlpalen: [{titel: Start, datum: 2024-03, gehaald: true}]
        """,
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: bereik
            titel: Bereik
            richting: hoger
            bij: [actie-een]
            basis: {datum: 2023, waarde: 0}
            streefwaarden: [{datum: 2026, waarde: 30.5}]
            metingen: [{datum: 2024, waarde: 12}]
        """,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = folder_with(tmp_path_factory.mktemp("open-data") / "plan", DATA)
    assert folder.build() == 0
    return folder, folder.root / "site"


def rows(site, name):
    with (site / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_frictionless_accepts_the_data_package(built):
    _folder, site = built
    report = validate(str(site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_one_row_per_thing_with_stable_dutch_columns(built):
    folder, site = built
    plan = pipeline.check(folder.root).plan
    actions = rows(site, "acties")
    assert [a["id"] for a in actions] == [a.id for a in plan.actions]
    assert actions[0]["titel"] == 'Actie een, met "aanhalingstekens"'
    assert actions[0]["omschrijving"] == "Twee regels,\nmet een komma.\n"
    assert (actions[0]["van"], actions[0]["tot"], actions[0]["status"]) == (
        "2024-03",
        "2025",
        "lopend",
    )
    assert [(r["actie"], r["doelstelling"], r["bijdrage"]) for r in rows(site, "bijdragen")] == [
        ("actie-een", "doel-a", "zeker"),
        ("actie-twee", "doel-b", "zeker"),
        ("actie-twee", "doel-a", "mogelijk"),
    ]
    assert [(r["actie"], r["partner"], r["rol"]) for r in rows(site, "actie_partners")] == [
        ("actie-een", "partner-x", "trekker"),
        ("actie-twee", "partner-x", "partner"),
    ]
    assert [r["id"] for r in rows(site, "projecten")] == ["actie-een-1", "actie-een-2"]
    places = [(r["project"], r["gemeente"], r["nis"]) for r in rows(site, "project_gemeenten")]
    assert places == [("actie-een-1", "Ronse", "45041"), ("actie-een-1", "Ninove", "41048")]
    assert [r["soort"] for r in rows(site, "metingen")] == ["basis", "meting", "streefwaarde"]
    assert rows(site, "mijlpalen")[0]["gehaald"] == "ja"


def test_plan_json_is_valid_against_its_schema(built):
    _folder, site = built
    data = json.loads((site / "data/plan.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "data/plan.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert errors == []
    assert data["plan"]["licentie"]["name"] == "CC-BY-4.0"  # the default, see README
    assert data["acties"][1]["trekker"] is None  # empty in CSV, null in JSON


def test_each_entity_has_its_slice_linked_from_its_page(built):
    _folder, site = built
    action = json.loads((site / "data/acties/actie-een.json").read_text(encoding="utf-8"))
    assert action["actie"]["id"] == "actie-een"
    assert {r["doelstelling"] for r in action["bijdragen"]} == {"doel-a"}
    assert [r["rapport"] for r in action["rapport_acties"]] == ["2024"]
    goal = json.loads((site / "data/doelstellingen/doel-a.json").read_text(encoding="utf-8"))
    assert {r["actie"] for r in goal["bijdragen"]} == {"actie-een", "actie-twee"}
    indicator = json.loads((site / "data/indicatoren/bereik.json").read_text(encoding="utf-8"))
    assert len(indicator["metingen"]) == 3
    for url, target in (
        ("acties/actie-een/", "data/acties/actie-een.json"),
        ("doelstellingen/doel-a/", "data/doelstellingen/doel-a.json"),
        ("indicatoren/bereik/", "data/indicatoren/bereik.json"),
    ):
        assert content(site, url).select_one(f'a[href$="{target}"]') is not None, url


def test_the_open_data_page_lists_every_file_with_its_real_size(built):
    _folder, site = built
    page = content(site, "open-data/")
    listed = {}
    for card in page.select("li.pw-file"):
        listed[card.a["href"].removeprefix("../")] = card.select_one(".pw-file__size").get_text()
    files = sorted(p.relative_to(site).as_posix() for p in (site / "data").glob("*.*"))
    files += [p.relative_to(site).as_posix() for p in (site / "downloads").glob("*.pdf")]
    assert sorted(listed) == files
    for path, shown in listed.items():
        assert shown == file_size((site / path).stat().st_size), path
    assert "Kolommen: id, code, titel" in page.get_text()


def test_the_workbook_has_a_sheet_per_table(built):
    _folder, site = built
    [book] = (site / "data").glob("*.xlsx")
    with zipfile.ZipFile(book) as archive:
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
    for name in ("doelstellingen", "acties", "bijdragen", "metingen"):
        assert f'name="{name}"' in workbook


def test_two_builds_give_the_same_bytes(built, tmp_path):
    folder, site = built
    assert folder.build(tmp_path / "again") == 0
    assert digest_tree(tmp_path / "again" / "data") == digest_tree(site / "data")


@pytest.mark.parametrize(
    ("licence", "ok"),
    [("CC0-1.0", True), ("https://data.vlaanderen.be/licentie", True), ("CC-BY-4", False)],
)
def test_a_licence_is_a_known_spdx_id_or_a_url(plan_folder, licence, ok):
    plan = "titel: Testplan\norganisatie: Test\nperiode: {van: 2024, tot: 2026}\n"
    folder = plan_folder({"data/plan.yaml": plan + f"licentie: {licence}\n"})
    report = pipeline.check(folder.root).report
    assert report.ok is ok
    if not ok:
        [error] = report.errors
        assert (error.file, error.line) == ("data/plan.yaml", 4)
        assert error.message == "Onbekende licentie 'CC-BY-4'."
        assert "Bedoelde je 'CC-BY-4.0'?" in error.hint


def test_the_opendata_command_writes_every_file_with_the_workbook(built, tmp_path, capsys):
    from planwijzer.cli import main

    folder, _site = built
    out = tmp_path / "uit"
    assert main(["opendata", str(folder.root), "--out", str(out)]) == 0
    assert (out / "datapackage.json").is_file() and list(out.glob("*.xlsx"))
    assert validate(str(out / "datapackage.json")).valid
    assert main(["opendata", str(folder.root), "--out", str(folder.root / "data")]) == 1
    said = capsys.readouterr().err
    assert "niets gewijzigd" in said
    assert "een eigen map voor de open data, bijvoorbeeld --out open-data" in said


def test_a_large_plan_leaves_the_workbook_to_the_command(plan_folder):
    from planwijzer.outputs.open_data import open_data_files
    from planwijzer.shared.licences import licence_for

    plan = pipeline.check(plan_folder().root).plan
    small = [f.path for f in open_data_files(plan, licence_for(None), excel_max_cells=10**6)]
    large = [f.path for f in open_data_files(plan, licence_for(None), excel_max_cells=10)]
    assert any(p.endswith(".xlsx") for p in small)
    assert not any(p.endswith(".xlsx") for p in large)


def test_a_plan_in_two_languages_has_a_column_per_language(tmp_path):
    out = tmp_path / "open-data"
    plan = pipeline.check(BILINGUAL).plan
    assert plan is not None
    write_open_data(plan, out, pipeline.other_languages(BILINGUAL, plan))
    with (out / "acties.csv").open(encoding="utf-8") as source:
        table = list(csv.DictReader(source))
    header = list(table[0])
    assert header[header.index("titel") + 1] == "titel_fr"
    assert "code_fr" not in header and "id_fr" not in header  # ids and codes stay
    by_id = {row["id"]: row for row in table}
    assert by_id["waardig-wonen"]["titel_fr"] == "Logement digne"
    # no French text: empty, not the Dutch one
    assert by_id["een-loket"]["omschrijving"] and by_id["een-loket"]["omschrijving_fr"] == ""
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])


def test_each_file_says_what_one_of_its_rows_is(built):
    _folder, site = built
    said = {
        card.a["href"].rsplit("/", 1)[-1]: card.get_text(" ", strip=True)
        for card in content(site, "open-data/").select("li.pw-file")
    }
    # Rows of a project in two gemeenten, and of a partner in two roles: the row is the pair.
    assert "Eén rij per project en gemeente waar het loopt." in said["project_gemeenten.csv"]
    assert "Eén rij per actie en partner die eraan meewerkt" in said["actie_partners.csv"]
    assert "Eén rij per rapport en actie" in said["rapport_acties.csv"]


def test_indicator_values_are_published_as_written(built):
    _folder, site = built
    # basis 0, a measurement 12 and a target 30.5: no '0.0' or '12.0' the editor never wrote
    assert [r["waarde"] for r in rows(site, "metingen")] == ["0", "12", "30.5"]
    slice_ = json.loads((site / "data" / "indicatoren" / "bereik.json").read_text("utf-8"))
    written = [(m["waarde"], type(m["waarde"]).__name__) for m in slice_["metingen"]]
    assert written == [(0, "int"), (12, "int"), (30.5, "float")]
