"""The living plan on a plan folder the tests write: reports, statuses, milestones and
indicators from YAML to the built pages, and nothing of it without the data."""

from __future__ import annotations

import json

import pytest

from planfolders import folder_with
from sitecheck import broken_links, content, soup

LIVING = {
    # The generated home page, which shows the state of the plan.
    "docs/index.md": None,
    "docs/over.md": "# Over dit plan\n",
    "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            periode: {van: 2024, tot: 2026}
            bijdragen:
              zeker: [doel-a]
          - id: actie-twee
            titel: Actie twee
            partners: [partner-x]
            bijdragen:
              zeker: [doel-b]
              mogelijk: [doel-a]
        """,
    "data/opvolging/2024.yaml": """\
        titel: Voortgangsrapport 2024
        periode: 2024
        peildatum: 2024-12-31
        verslag: Het jaar van de *kinderopvang*.
        acties:
          actie-een:
            status: lopend
            voortgang: 40
            toelichting: De werf liep vertraging op.
            mijlpalen:
              - {titel: Eerste steen, datum: 2024-03, gehaald: true}
              - {titel: Opening, datum: 2025-09}
        """,
    "data/opvolging/2025-plan.yaml": """\
        titel: Jaarplan 2025
        soort: jaarplan
        periode: 2025
        peildatum: 2025-01-15
        acties:
          actie-twee:
            mijlpalen: [{titel: Nieuwe partner, datum: 2025-06}]
        """,
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: bereik
            titel: Bereikte gezinnen
            eenheid: gezinnen
            richting: hoger
            bij: [actie-een, doel-b]
            basis: {datum: 2023, waarde: 0}
            streefwaarden: [{datum: 2026, waarde: 3000}]
            metingen: [{datum: 2024, waarde: 1234.5, toelichting: Eerste telling.}]
            bron: https://voorbeeld.invalid/cijfers
        """,
}


@pytest.fixture(scope="module")
def living_site(tmp_path_factory):
    # Built on 1 February 2025, so that the milestone of September 2025 is still planned.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1738368000")
        folder = folder_with(tmp_path_factory.mktemp("levend"), LIVING)
        assert folder.build() == 0
    return folder.root / "site"


def test_report_pages_newest_first_with_kind_and_peildatum(living_site):
    index = content(living_site, "opvolging/")
    titles = [a.get_text() for a in index.select(".pw-card__title a")]
    assert titles == ["Jaarplan 2025", "Voortgangsrapport 2024"]
    text = index.get_text(" ")
    assert "Jaarplan" in text and "Peildatum 15 januari 2025" in text
    report = content(living_site, "opvolging/2024/")
    text = report.get_text(" ")
    assert "31 december 2024" in text and "kinderopvang" in report.select_one("em").get_text()
    entry = report.select_one('[data-actie="actie-een"]')
    assert "Lopend" in entry.get_text() and "40%" in entry.get_text()
    assert "Eerste steen" in entry.get_text() and "Gehaald" in entry.get_text()
    plan = content(living_site, "opvolging/2025-plan/")
    assert "Gepland voor 2025" in plan.get_text(" ") and "Nieuwe partner" in plan.get_text()


def test_an_action_page_shows_state_milestones_history_and_indicators(living_site):
    page = content(living_site, "acties/actie-een/")
    state = page.select_one(".pw-state")
    assert state.select_one(".pw-status").get_text() == "Lopend"  # a word, not a colour
    assert "40%" in state.get_text() and "De werf liep vertraging op." in state.get_text()
    milestones = [li.get_text(" ", strip=True) for li in page.select("ul.pw-milestones li")]
    assert milestones[0].startswith("Gehaald Eerste steen") and "Gepland" in milestones[1]
    history = page.select("table.pw-history tbody tr")
    assert len(history) == 1 and history[0].a["href"].endswith("opvolging/2024/")
    assert page.select_one('a[href$="indicatoren/bereik/"]') is not None
    markers = [m.get_text() for m in page.select(".pw-timeline--mini .pw-milestone")]
    assert markers[0] == "Mijlpaal ‘Eerste steen’, maart 2024: gehaald"
    timeline = content(living_site, "tijdlijn/").select('[data-actie="actie-een"] .pw-milestone')
    assert len(timeline) == 2


def test_goal_and_home_pages_roll_up(living_site):
    goal = content(living_site, "doelstellingen/doel-a/")
    rollup = goal.select_one(".pw-rollup").get_text(" ", strip=True)
    # doel-a: actie-een (zeker, lopend 40%) and actie-twee (mogelijk, not reported)
    assert "1 van 2" in rollup and "40%" in rollup
    home = content(living_site, "").get_text(" ")
    assert "Stand van zaken op 15 januari 2025" in home


def test_an_indicator_page_has_a_chart_with_text_and_a_table(living_site):
    page = content(living_site, "indicatoren/bereik/")
    assert "Op koers" in page.select_one(".pw-verdict").get_text()
    svg = page.select_one("svg[role=img]")
    assert svg.title.get_text() == "Grafiek: Bereikte gezinnen"
    assert "Meting 2024: 1.234,5 gezinnen" in svg.desc.get_text()
    cells = [td.get_text() for td in page.select("table.pw-indicator-table td.pw-num")]
    assert cells == ["0", "1.234,5", "3.000"]  # Dutch numbers, the unit in the header
    assert page.select_one('a[href="https://voorbeeld.invalid/cijfers"]') is not None
    assert page.select_one('a[href$="acties/actie-een/"]') is not None


def test_the_filters_know_the_statuses_and_the_menu_the_sections(living_site):
    actions = content(living_site, "acties/")
    options = [o["value"] for o in actions.select("#f-status option")]
    assert options == ["", "gepland", "lopend", "vertraagd", "afgerond", "stopgezet", "geen"]
    cards = {li["data-actie"]: li["data-status"] for li in actions.select("li.pw-card")}
    assert cards == {"actie-een": "lopend", "actie-twee": "geen"}
    nav = soup(living_site, "acties/").select_one("nav.md-nav--primary").get_text(" ")
    assert "Opvolging" in nav and "Indicatoren" in nav  # added to the plan's own nav


def test_search_finds_report_texts(living_site):
    index = json.loads((living_site / "search/search_index.json").read_text(encoding="utf-8"))
    report = [d for d in index["docs"] if d["location"] == "opvolging/2024/"]
    assert report and "De werf liep vertraging op." in report[0]["text"]


def test_no_broken_links(living_site):
    assert broken_links(living_site) == []


def test_without_reports_and_indicators_nothing_of_it_appears(plan_folder):
    folder = plan_folder()
    assert folder.build() == 0
    site = folder.root / "site"
    assert not (site / "opvolging").exists() and not (site / "indicatoren").exists()
    page = soup(site, "acties/actie-een/")
    text = page.get_text(" ")
    assert "Opvolging" not in text and "Stand van zaken" not in text
    assert page.select_one("#f-status") is None


@pytest.mark.browser
def test_the_status_filter_in_a_browser_and_in_the_url(living_site):
    from playwright.sync_api import sync_playwright

    from browsercheck import CHROMIUM, CHROMIUM_ARGS, served

    with served(living_site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 375, "height": 800})
        page.goto(base + "acties/?status=lopend")
        shown = "#pw-actions li.pw-card:not([hidden])"
        assert page.eval_on_selector_all(shown, "els => els.map(e => e.dataset.actie)") == [
            "actie-een"
        ]
        page.click(".pw-filters-toggle")  # on a phone the filters fold away
        page.select_option("#f-status", "geen")
        assert "status=geen" in page.url
        assert page.eval_on_selector_all(shown, "els => els.map(e => e.dataset.actie)") == [
            "actie-twee"
        ]
        assert page.text_content("#pw-count-n") == "1"
        browser.close()


@pytest.mark.browser
def test_a_stacked_table_on_a_phone_is_still_a_table(living_site):
    """The HTML has no table roles (the Nu HTML checker rejects them on a table); on a
    phone, where CSS stacks the rows as cards, the script gives them back, and Chromium
    announces a table with its row headers and cells."""
    from playwright.sync_api import sync_playwright

    from browsercheck import CHROMIUM, CHROMIUM_ARGS, served

    table = soup(living_site, "acties/actie-een/").select_one("table.pw-table--stack")
    assert table is not None
    assert [e.name for e in table.select("[role]")] == [] and not table.has_attr("role")
    with served(living_site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 375, "height": 800})
        page.goto(base + "acties/actie-een/")
        stacked = page.eval_on_selector(
            "table.pw-table--stack tbody tr", "e => getComputedStyle(e).display"
        )
        assert stacked == "block"  # the phone's layout: one card per row
        cdp = page.context.new_cdp_session(page)
        node = cdp.send("DOM.getDocument")["root"]["nodeId"]
        target = cdp.send(
            "DOM.querySelector", {"nodeId": node, "selector": "table.pw-table--stack"}
        )
        tree = cdp.send(
            "Accessibility.getPartialAXTree", {"nodeId": target["nodeId"], "fetchRelatives": False}
        )
        roles = {n["role"]["value"] for n in tree["nodes"]}
        assert "table" in roles
        whole = cdp.send("Accessibility.getFullAXTree")["nodes"]
        found = {n["role"]["value"] for n in whole}
        assert {"row", "rowheader", "cell", "columnheader"} <= found
        browser.close()
