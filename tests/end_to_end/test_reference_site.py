"""End to end: the default plan's site is complete and its matrix matches the data."""

from __future__ import annotations

import pytest

from paths import REFERENCE
from planwijzer import pipeline
from sitecheck import broken_links, content, soup


@pytest.fixture(scope="module")
def plan():
    return pipeline.check(REFERENCE).plan


def test_every_entity_has_its_page(reference_site, plan):
    urls = ["", "doelstellingen/", "acties/", "partners/", "gemeenten/", "overzicht/"]
    urls += [g.url for g in plan.all_goals()] + [a.url for a in plan.actions]
    urls += [p.url for p in plan.partners] + [m.url for m in plan.municipalities]
    urls += [m.url for m in plan.matrices]
    missing = [u for u in urls if not (reference_site / u / "index.html").is_file()]
    assert not missing
    for page in (
        "voorwoord",
        "inleiding",
        "missie-en-visie",
        "omgevingsanalyse",
        "strategische-opties",
        "prioriteiten-minister",
    ):
        assert (reference_site / page / "index.html").is_file()


def test_pages_are_dutch_and_show_plan_title_and_period(reference_site):
    page = soup(reference_site, "acties/de-stek/")
    assert page.html["lang"] == "nl"
    header = page.select_one(".md-header__title").get_text()
    assert "Meerjarenplan 2021-2025" in header
    assert "Samenlevingsopbouw Oost-Vlaanderen" in header  # whose plan this is
    # One way of numbering: the code, a space, the title (as in links and lists).
    assert page.title.get_text().startswith("1 De STEK")
    assert page.h1.get_text(" ", strip=True) == "1 De STEK"


def test_action_page_shows_every_field(reference_site, plan):
    article = content(reference_site, "acties/noodkoopfonds/")
    text = article.get_text(" ")
    assert "Noodkoopfonds" in article.h1.get_text()
    # What the action is comes first: its short description right under the title.
    assert article.h1.find_next_sibling().get("id") == "korte-omschrijving"
    for expected in (
        "Maatschappelijke context",
        "Samenwerking",
        "119.000",
        "2021 – 2023",
        "Noodkoopfonds Wetteren",
        "Draagt zeker bij",
    ):
        assert expected in text
    hrefs = {a["href"] for a in article.find_all("a", href=True)}
    assert "../../partners/domus-mundi/" in hrefs  # partners linked
    assert "../../partners/samenlevingsopbouw-sector/" in hrefs  # trekker linked
    assert "../../gemeenten/ninove/" in hrefs and "../../gemeenten/denderleeuw/" in hrefs
    assert "../../doelstellingen/od-woonkwaliteit/" in hrefs


def test_goal_page_groups_actions_by_strength(reference_site):
    article = content(reference_site, "doelstellingen/sd2/")
    assert article.select_one(".pw-kicker").get_text() == "Strategische doelstelling"
    assert article.h1.get_text(" ", strip=True) == "SD2 Krachtige buurten en steden"
    zeker = article.find(id="bijdrage-zeker").find_next("ul")
    assert [li["data-actie"] for li in zeker.select("li.pw-card")] == [
        "aandachtsbuurten-versterken"
    ]


def test_partner_and_municipality_pages(reference_site):
    partner = content(reference_site, "partners/esf/").get_text(" ")
    assert "Waardig werk" in partner and "Wijswerk" in partner and "Travak" in partner
    ronse = content(reference_site, "gemeenten/ronse/").get_text(" ")
    for project in ("Den Botaniek", "Wijswerk", "Buurtopbouwwerk Ronse"):
        assert project in ronse


def test_matrix_rows_columns_and_cells_match_the_data(reference_site, plan):
    for matrix in plan.matrices:
        table = content(reference_site, matrix.url).select_one("table.pw-matrix")
        rows = table.select("tbody tr")
        assert [r["data-actie"] for r in rows] == [a.id for a in matrix.rows]
        leaf_headers = table.select("thead th.pw-matrix__leaf")
        assert [th["data-doel"] for th in leaf_headers] == [g.id for g in matrix.columns]
        for row, action in zip(rows, matrix.rows, strict=True):
            cells = row.select("td.pw-cell")
            assert len(cells) == len(matrix.columns)
            for cell, goal in zip(cells, matrix.columns, strict=True):
                strength = action.strength_for(goal)
                if strength is None:
                    assert cell.get_text(strip=True) == ""
                else:
                    # symbol for the eye, label as text for screen readers
                    assert cell.get_text(strip=True) == strength.symbol + strength.label
        assert table.caption is not None
        assert all(th.get("scope") for th in table.find_all("th"))
    external = content(reference_site, "overzicht/extern/").select_one("table.pw-matrix")
    assert len(external.select("tbody tr")) == 10  # the ten strategic actions


def test_overview_says_how_strengths_were_derived(reference_site):
    assert (
        "afgeleid" in content(reference_site, "overzicht/extern/").get_text()
        or "leidde" in content(reference_site, "overzicht/extern/").get_text()
    )


def test_macros_in_narrative_pages(reference_site):
    home = content(reference_site, "")
    assert home.select_one("ul.pw-numbers") and home.select_one("ul.pw-tree")
    minister = content(reference_site, "prioriteiten-minister/")
    cards = [li["data-actie"] for li in minister.select("li.pw-card")]
    assert "sociaal-lokaal-beleid" in cards and "noodkoopfonds" in cards
    assert content(reference_site, "strategische-opties/").select_one("table.pw-matrix")


def test_navigation_does_not_list_every_action(reference_site, plan):
    nav = soup(reference_site, "acties/de-stek/").select_one("nav.md-nav--primary")
    links = {a["href"] for a in nav.find_all("a", href=True)}
    assert not any(f"acties/{a.id}/" in href for a in plan.actions for href in links)


def test_no_broken_internal_links(reference_site):
    assert broken_links(reference_site) == []


def test_search_index_is_dutch_and_covers_entities(reference_site):
    import json

    index = json.loads((reference_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]
    locations = {doc["location"] for doc in index["docs"]}
    assert "acties/noodkoopfonds/" in locations and "partners/caw/" in locations


def test_search_documents_find_words_partners_and_places(reference_site):
    import json

    index = json.loads((reference_site / "search/search_index.json").read_text(encoding="utf-8"))
    by_location: dict[str, str] = {}
    for doc in index["docs"]:
        by_location.setdefault(doc["location"].split("#")[0], "")
        by_location[doc["location"].split("#")[0]] += doc["title"] + " " + doc["text"]
    assert "noodkopers" in by_location["acties/noodkoopfonds/"]
    ronse = {
        loc for loc, text in by_location.items() if "Ronse" in text and loc.startswith("acties/")
    }
    assert ronse >= {
        "acties/de-stek/",
        "acties/waardig-werk/",
        "acties/aandachtsbuurten-versterken/",
    }
    assert "Domus Mundi" in by_location["partners/domus-mundi/"]
    # overview pages stay out of the index; each entity page is one short entry
    assert "acties/" not in by_location and "overzicht/extern/" not in by_location
    assert all(len(text) < 4000 for loc, text in by_location.items() if loc.startswith("acties/"))
