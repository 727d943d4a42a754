"""Gemeenten against Statbel's register: NIS code, province, and names not in it."""

from __future__ import annotations

from planwijzer import pipeline
from planwijzer.loading.municipality_register import lookup, nearest
from sitecheck import content


def test_a_municipality_has_its_nis_code_and_province():
    gent = lookup("gent")
    assert gent is not None and (gent.nis, gent.province) == ("44021", "Oost-Vlaanderen")
    assert lookup("Gand") == gent  # the French name too
    assert lookup("Bruxelles").province is None  # the capital region has no province


def test_names_after_the_2025_mergers():
    assert lookup("Beveren-Kruibeke-Zwijndrecht") is not None
    assert lookup("Beveren") is None  # merged on 1 January 2025
    assert nearest("Beveren") == "Beveren-Kruibeke-Zwijndrecht"
    assert nearest("Gentt") == "Gent"
    assert nearest("Qwxyz") is None


def test_an_unknown_name_is_a_warning_with_the_nearest_name(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
            acties:
              - id: actie-een
                titel: Actie een
                partners: [partner-x]
                bijdragen: {zeker: [doel-a, doel-b]}
                projecten: [{titel: P, gemeente: [Gentt, Gent]}]
            """
        }
    )
    warnings = pipeline.check(folder.root).report.warnings
    [unknown] = [w for w in warnings if w.code == "onbekende-gemeente"]
    assert "'Gentt' staat niet in de lijst" in unknown.message
    assert "Bedoelde je 'Gent'?" in unknown.hint


def test_the_gemeente_page_shows_nis_code_province_and_the_plans_figures(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
            acties:
              - id: actie-een
                titel: Actie een
                partners: [partner-x]
                bijdragen: {zeker: [doel-a, doel-b]}
                projecten: [{titel: P, gemeente: Ronse}]
            """,
            "data/gemeenten.yaml": """\
            rangschikkingen:
              - id: test
                titel: Een rangschikking uit het plan
                bron: Het plan, hoofdstuk 2
                rangen: [Aalst, Ronse]
            """,
        }
    )
    assert folder.build() == 0
    text = content(folder.root / "site", "gemeenten/ronse/").get_text(" ")
    assert "NIS-code 45041" in text and "Oost-Vlaanderen" in text
    text = " ".join(text.split())
    said = "Ronse staat op plaats 2 van 2 in de rangschikking ‘Een rangschikking uit het plan’."
    assert said in text and "Het plan, hoofdstuk 2" in text


def test_statbel_names_a_municipality_and_its_province_in_french():
    from planwijzer.loading.municipality_register import in_language, lookup

    french = {
        name: in_language(lookup(name), "fr")
        for name in ("Brussel", "Schaarbeek", "Antwerpen", "Gent", "Aalst")
    }
    assert [m.name for m in french.values()] == [
        "Bruxelles",
        "Schaerbeek",
        "Anvers",
        "Gand",
        "Alost",
    ]
    assert french["Gent"].province == "Flandre orientale"
    assert french["Antwerpen"].province == "Anvers" and french["Brussel"].province is None
    assert lookup("Gand").nis == lookup("Gent").nis == "44021"  # either name finds it
    assert in_language(lookup("Gent"), "en").name == "Gent"  # Statbel has no English
