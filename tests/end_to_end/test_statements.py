"""The privacy and accessibility statements: generated from plan.yaml, linked from
every page's footer, and saying only what is true."""

from __future__ import annotations

from planwijzer import pipeline
from sitecheck import content, soup

PLAN = """\
    titel: Testplan 2024-2026
    organisatie: Testorganisatie
    periode: {van: 2024, tot: 2026}
    privacy:
      contact: privacy@test.invalid
      beheerder: GitHub Pages
      serverlogboek: IP-adres en opgevraagde pagina, 30 dagen
    """


def test_the_privacy_statement_from_plan_yaml(plan_folder):
    folder = plan_folder({"data/plan.yaml": PLAN})
    assert folder.build() == 0
    site = folder.root / "site"
    page = content(site, "privacy/")
    text = page.get_text(" ")
    assert "geen cookies" in text and "GitHub Pages" in text
    assert "IP-adres en opgevraagde pagina, 30 dagen" in text
    assert page.select_one('a[href="mailto:privacy@test.invalid"]') is not None
    for url in ("", "acties/actie-een/", "privacy/", "open-data/"):
        footer = soup(site, url).select_one(".md-copyright")
        assert {"Privacy", "Open data", "Toegankelijkheidsverklaring"} <= {
            a.get_text() for a in footer.find_all("a")
        }, url


def test_without_details_the_statement_says_what_it_does_not_know(plan_folder):
    folder = plan_folder()
    assert folder.build() == 0
    text = content(folder.root / "site", "privacy/").get_text(" ")
    assert "staat (nog) niet in deze verklaring" in text and "Testorganisatie" in text


def test_a_narrative_page_may_not_take_a_generated_pages_place(plan_folder):
    folder = plan_folder({"docs/privacy.md": "# Mijn privacy\n"})
    [error] = [p for p in pipeline.check(folder.root).report.errors]
    assert error.file == "docs/privacy.md"
    assert "neemt de plaats in van een pagina die Planwijzer zelf maakt (privacy/)" in error.message
