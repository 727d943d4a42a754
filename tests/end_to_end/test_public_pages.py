"""Partner and gemeente pages answer a partner's questions at a glance; every page
says whose plan it is, how to reach them and where in the site you are."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from sitecheck import content, soup

ACTIONS = """\
    acties:
      - id: actie-een
        titel: Actie een
        trekker: partner-x
        omschrijving: Een lange omschrijving die de gemeentepagina niet herhaalt.
        bijdragen: {zeker: [doel-a]}
        projecten: [{titel: Buurtwerk, gemeente: Ronse}]
      - id: actie-twee
        titel: Actie twee
        partners: [partner-x]
        bijdragen: {zeker: [doel-b]}
        projecten: [{titel: Buurtwerk, gemeente: Ronse}, {titel: Taalcafé, gemeente: Ronse}]
    """
PARTNERS = """\
    partners:
      - id: partner-x
        naam: Partner X
        soort: vzw
        omschrijving: Een organisatie die *buurtwerk* doet.
        website: https://partner.invalid
    """


def test_a_gemeente_page_opens_with_a_summary_and_lists_each_project_once(plan_folder):
    folder = plan_folder({"data/acties.yaml": ACTIONS, "data/partners.yaml": PARTNERS})
    assert folder.build() == 0
    page = content(folder.root / "site", "gemeenten/ronse/")
    lead = page.select_one(".pw-lead").get_text(" ", strip=True)
    assert lead == (
        "In Ronse lopen 2 projecten van 2 acties. Een project dat bij meer dan één actie "
        "hoort, telt één keer. Trekker: Partner X ."
    )
    assert [h.get_text() for h in page.select(".pw-projects h3")] == ["Buurtwerk", "Taalcafé"]
    assert not page.select(".pw-projects li h3")  # a heading is not a list item's content
    assert len(page.select(".pw-project")[0].select("a")) == 2  # both actions, once
    index = content(folder.root / "site", "gemeenten/")
    assert "Ronse 2 projecten" in index.get_text(" ", strip=True)  # the same count
    assert "Een lange omschrijving" not in page.get_text()  # linked, not repeated


def test_a_partner_page_says_who_it_is_and_what_it_does(plan_folder):
    folder = plan_folder({"data/acties.yaml": ACTIONS, "data/partners.yaml": PARTNERS})
    assert folder.build() == 0
    page = content(folder.root / "site", "partners/partner-x/")
    assert page.select_one("em").get_text() == "buurtwerk"
    assert page.select_one('a[href="https://partner.invalid"]') is not None
    lead = page.select_one(".pw-lead").get_text(" ", strip=True)
    assert lead == "Betrokken bij 2 acties: trekker van 1 en partner in 1."
    headings = [h.get_text(" ", strip=True) for h in page.select("h2")]
    assert "Trekt (1)" in headings and "Werkt mee aan (1)" in headings


IDENTITY = """\
    titel: Meerjarenplan voor een lange periode 2024-2026
    korte_titel: Plan 2024-2026
    organisatie: Testorganisatie vzw
    periode: {van: 2024, tot: 2026}
    contact:
      adres: Straat 1, 9000 Gent
      telefoon: 09 000 00 00
      email: info@test.invalid
      website: https://test.invalid
    huisstijl: {kleur: "#7a1f3d", logo: assets/logo.svg}
    overzichten:
      - {id: eerste, titel: Eerste overzicht, doelen: [doel-a]}
      - {id: tweede, titel: Tweede overzicht, doelen: [doel-b]}
    """
LOGO = (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
    "<rect width='10' height='10'/></svg>"
)


def test_every_page_says_whose_plan_it_is_and_how_to_reach_them(plan_folder):
    folder = plan_folder({"data/plan.yaml": IDENTITY})
    folder.write("docs/assets/logo.svg", LOGO)
    assert folder.build() == 0
    page = soup(folder.root / "site", "acties/actie-een/")
    header = page.select_one(".md-header__title")
    assert header.select_one(".pw-header__org").get_text(strip=True) == "Testorganisatie vzw"
    assert header.select_one(".pw-header__title").get_text(strip=True) == "Plan 2024-2026"
    footer = page.select_one(".md-copyright").get_text(" ", strip=True)
    for expected in ("Testorganisatie vzw", "Straat 1, 9000 Gent", "tel. 09 000 00 00"):
        assert expected in footer
    assert page.select_one('.md-copyright a[href="mailto:info@test.invalid"]') is not None
    assert page.select_one('.md-copyright a[href="https://test.invalid"]') is not None
    assert "--md-primary-fg-color: #7a1f3d" in page.select_one("head style").get_text()
    assert page.select_one(".md-logo img")["src"].endswith("assets/logo.svg")


def test_the_menu_lists_every_matrix_and_marks_the_section_of_the_page(plan_folder):
    folder = plan_folder({"data/plan.yaml": IDENTITY})
    folder.write("docs/assets/logo.svg", LOGO)
    assert folder.build() == 0
    page = soup(folder.root / "site", "acties/actie-een/")
    menu = page.select_one(".md-nav--primary")
    links = {a.get_text(strip=True): a["href"] for a in menu.select("a.md-nav__link")}
    assert links["Eerste overzicht"].endswith("overzicht/eerste/")
    assert links["Tweede overzicht"].endswith("overzicht/tweede/")
    active = [
        li.select_one("a").get_text(strip=True) for li in menu.select("li.md-nav__item--active")
    ]
    assert active == ["Acties"]  # the section of an action page
    matrix = soup(folder.root / "site", "overzicht/tweede/").select_one(".md-nav--primary")
    current = matrix.select("a.md-nav__link--active")
    assert [a.get_text(strip=True) for a in current] == ["Tweede overzicht"]


def test_the_page_wrapper_holds_only_its_own_classes(plan_folder):
    """Regression: a block inside the wrapper's class attribute put a whole paragraph in it."""
    folder = plan_folder()
    assert folder.build() == 0
    site = folder.root / "site"
    for path in site.rglob("index.html"):
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for wrapper in html.select("article div.pw"):
            assert all(re.fullmatch(r"pw(-[a-z-]+)?", c) for c in wrapper["class"]), path


def test_with_a_site_url_the_sitemap_lists_every_page(plan_folder):
    folder = plan_folder()
    mkdocs = (folder.root / "mkdocs.yml").read_text(encoding="utf-8")
    folder.write("mkdocs.yml", "site_url: https://plan.test.invalid/\n" + mkdocs, dedent=False)
    assert folder.build() == 0
    site = folder.root / "site"
    listed = set(re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text("utf-8")))
    pages = {
        "https://plan.test.invalid/" + p.parent.relative_to(site).as_posix().removeprefix(".")
        for p in site.rglob("index.html")
    }
    pages = {p if p.endswith("/") else p + "/" for p in pages}
    # The cards to embed are for partners' iframes (noindex), not for search engines.
    cards = {p for p in pages if "/insluiten/" in p}
    assert cards and listed == pages - cards
    action = soup(site, "acties/actie-een/")
    assert action.select_one('link[rel="canonical"]')["href"] == (
        "https://plan.test.invalid/acties/actie-een/"
    )
