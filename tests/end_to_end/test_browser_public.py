"""The public site as a visitor uses it, at phone (375), tablet (768) and desktop
(1,280) width: the matrix at every width, knowing where you are, finding things.

The reference plan's site (tests/plans/referentie); expected values come from its model.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsercheck import AXE_OPTIONS, PAGE_TYPES, served, settle
from planfolders import PlanFolder

pytestmark = pytest.mark.browser

MATRIX = PAGE_TYPES["matrix-extern"]


def _overflow(page, selector: str = "html") -> int:
    return page.eval_on_selector(selector, "el => el.scrollWidth - el.clientWidth")


def _matrix(plan):
    return next(m for m in plan.matrices if m.id == "extern")


# -- the matrix at every width ---------------------------------------------------------


def test_matrix_fills_a_desktop_without_an_inner_scrollbar(open_page, base_url, plan):
    page = open_page(width=1280)
    page.goto(base_url + MATRIX)
    assert page.locator(".md-sidebar--primary").is_hidden()  # no side menus on this page
    assert page.locator(".md-sidebar--secondary").is_hidden()
    matrix = _matrix(plan)
    assert page.locator("table.pw-matrix thead th.pw-matrix__leaf").count() == len(matrix.columns)
    assert _overflow(page, ".pw-matrix-scroll") <= 0
    box = page.locator(".pw-matrix-scroll").bounding_box()
    content = page.locator(".md-content__inner").bounding_box()
    assert box["width"] > 0.9 * content["width"]
    assert page.locator(".pw-matrix-lists").is_hidden()


def test_matrix_fits_a_tablet(open_page, base_url):
    page = open_page(width=768)
    page.goto(base_url + MATRIX)
    assert page.locator("table.pw-matrix").is_visible()
    assert _overflow(page) <= 1
    assert _overflow(page, ".pw-matrix-scroll") <= 0


def test_matrix_is_a_list_on_a_phone_with_the_same_data(open_page, base_url, plan):
    page = open_page(width=375)
    page.goto(base_url + MATRIX)
    assert page.locator("table.pw-matrix").is_hidden()
    assert _overflow(page) <= 1
    matrix = _matrix(plan)
    per_action = page.locator(".pw-matrix-list").first.locator(":scope > li")
    assert per_action.count() == len(matrix.rows)
    for i, action in enumerate(matrix.rows):
        item = per_action.nth(i)
        assert item.locator(":scope > a").get_attribute("href").rstrip("/").endswith(action.id)
        shown = item.locator(":scope > ul > li")
        expected = matrix.goals_of(action)
        assert shown.count() == len(expected)
        for j, (strength, goals) in enumerate(expected):
            text = shown.nth(j).text_content()
            assert strength.label in text and all(g.title in text for g in goals)
    per_goal = page.locator(".pw-matrix-list").nth(1).locator(":scope > li")
    assert per_goal.count() == len(matrix.columns)
    counted = per_goal.evaluate_all(
        "els => els.map(e => e.querySelectorAll(':scope > ul a').length)"
    )
    assert counted == [matrix.column_total(goal) for goal in matrix.columns]


@pytest.mark.parametrize("width", [375, 768, 1280])
def test_matrix_is_axe_clean_at_every_width(open_page, base_url, width):
    page = open_page(width=width)
    page.goto(base_url + MATRIX)
    settle(page)
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.response["violations"] == [], results.generate_report()


def test_matrix_heads_stay_in_view_in_a_large_matrix(open_page, base_url, plan):
    """A matrix too large for the screen scrolls in its own box, heads sticky."""
    page = open_page(width=1280)
    page.goto(base_url + MATRIX)
    # Make the reference matrix 'large' as the template would for a big plan.
    page.eval_on_selector(".pw-matrix-scroll", "el => el.classList.add('pw-matrix-scroll--groot')")
    page.eval_on_selector(".pw-matrix-scroll", "el => { el.style.maxHeight = '300px'; }")
    page.eval_on_selector(".pw-matrix-scroll", "el => { el.scrollTop = 200; }")
    box = page.locator(".pw-matrix-scroll").bounding_box()
    head = page.locator("table.pw-matrix thead").bounding_box()
    assert abs(head["y"] - box["y"]) < 2  # the head stuck to the top of the box


# -- search that understands Dutch ------------------------------------------------------

SEARCH_PLAN = {
    "data/plan.yaml": """\
        titel: Zoekplan 2024-2026
        organisatie: Zoekorganisatie
        periode: {van: 2024, tot: 2026}
        acties: {naam: Actie, meervoud: Acties}
        """,
    "data/doelstellingen.yaml": """\
        doelstellingen:
          - id: armoede
            titel: Armoede bestrijden
            omschrijving: Minder armoede en een beter beleid voor huurders.
        """,
    "data/acties.yaml": """\
        acties:
          - id: kinderen
            titel: Kansen voor kinderen
            omschrijving: We bestrijden kinderarmoede in de buurt. Scholen doen mee.
            bijdragen: {zeker: [armoede]}
          - id: energie
            titel: Warme woningen
            omschrijving: Energiearmoede bij huurders aanpakken met premies.
            bijdragen: {zeker: [armoede]}
          - id: wonen
            titel: Samen wonen
            omschrijving: Een sociaal woonbeleid, gemaakt met de huurders zelf.
            bijdragen: {mogelijk: [armoede]}
        """,
    "data/partners.yaml": "partners: []\n",
}
# Query → the pages it must find (and no other generated page).
DUTCH_QUERIES = {
    "armoede": {"acties/kinderen/", "acties/energie/", "doelstellingen/armoede/"},
    "beleid": {"acties/wonen/", "doelstellingen/armoede/"},
    "huurders": {"acties/energie/", "acties/wonen/", "doelstellingen/armoede/"},
}


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    folder = PlanFolder(tmp_path_factory.mktemp("zoeken") / "plan", SEARCH_PLAN)
    folder.write("docs/index.md", "# Zoekplan\n")
    assert folder.build() == 0
    with served(folder.root / "site") as url:
        yield url


def _search(page, base: str, query: str) -> list[tuple[str, str, str]]:
    """(address, kind label, snippet) of each page the theme's search finds."""
    page.goto(base)
    page.keyboard.press("s")
    page.wait_for_selector(".md-search__input:focus")
    page.keyboard.type(query)
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.match(/\\d|Geen/)"
    )
    page.wait_for_timeout(200)  # the labels are added right after the results
    return page.eval_on_selector_all(
        ".md-search-result__item > a",
        """els => els.map(a => [new URL(a.href).pathname.slice(1),
            (a.querySelector('.pw-kind-label') || {}).textContent || '',
            a.querySelector('article').innerText])""",
    )


@pytest.mark.parametrize("query", list(DUTCH_QUERIES))
def test_dutch_queries_find_their_pages(open_page, search_site, query):
    results = _search(open_page(), search_site, query)
    found = {address for address, _, _ in results if address.startswith(("acties/", "doel"))}
    assert found == DUTCH_QUERIES[query]


# A compound the reader types is split the way the index was: 'armoedebestrijding' is in
# no page, its parts are.
COMPOUND_QUERIES = {
    "armoedebestrijding": {"acties/kinderen/", "acties/energie/", "doelstellingen/armoede/"},
    "kinderarmoedebestrijding": {"acties/kinderen/"},
    "energiearmoedebestrijding": {"acties/energie/"},
}


@pytest.mark.parametrize("query", list(COMPOUND_QUERIES))
def test_a_compound_the_reader_types_finds_the_pages_of_its_parts(open_page, search_site, query):
    results = _search(open_page(), search_site, query)
    found = {address for address, _, _ in results if address.startswith(("acties/", "doel"))}
    assert COMPOUND_QUERIES[query] <= found


def test_the_page_with_the_compound_itself_comes_first(open_page, search_site):
    results = [a for a, _, _ in _search(open_page(), search_site, "kinderarmoede")]
    pages = [a for a in results if a.startswith(("acties/", "doel"))]
    assert pages[0] == "acties/kinderen/"  # the exact word, then pages with 'armoede'
    assert "acties/energie/" in pages


def test_results_say_their_kind_and_show_a_short_snippet(open_page, search_site):
    results = dict((a, (k, s)) for a, k, s in _search(open_page(), search_site, "armoede"))
    kind, snippet = results["acties/kinderen/"]
    assert kind == "Actie"
    assert "kinderarmoede in de buurt" in snippet  # the sentence with the word
    assert "Scholen doen mee" not in snippet  # not the page's whole text
    assert results["doelstellingen/armoede/"][0] == "Doelstelling"


def test_the_filter_text_box_finds_compounds_too(open_page, search_site):
    page = open_page()
    page.goto(search_site + "acties/?tekst=armoede")
    page.wait_for_function("window.planwijzerIndex !== undefined")
    shown = page.eval_on_selector_all(
        "#pw-actions li.pw-card:not([hidden])", "els => els.map(e => e.dataset.actie)"
    )
    assert shown == ["kinderen", "energie"]


# -- filters on a phone ---------------------------------------------------------------


def test_on_a_phone_the_filters_fold_behind_one_button(open_page, base_url, plan):
    page = open_page(width=375)
    page.goto(base_url + "acties/")
    toggle = page.locator(".pw-filters-toggle")
    assert toggle.is_visible() and toggle.text_content() == "Filters"
    assert page.locator("#pw-filters").is_hidden()
    assert page.locator("#pw-count").bounding_box()["y"] < 900  # results in the first screen
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    page.select_option("#f-partner", "caw")
    assert toggle.text_content() == "Filters (1 actief)"
    expected = len(plan.partner_roles(plan.partner("caw")).all_actions)
    assert page.text_content("#pw-count-n") == str(expected)
    page.click(".pw-filters-done")
    assert page.locator("#pw-filters").is_hidden()
    first = page.locator("#pw-actions li.pw-card:not([hidden])").first.bounding_box()
    assert 0 <= first["y"] < 900  # the results are on screen


def test_no_results_say_which_filter_to_loosen(open_page, base_url, plan):
    page = open_page(width=375)
    page.goto(base_url + "acties/?partner=caw&tekst=zzzqqq")
    empty = page.locator("#pw-empty")
    assert empty.is_visible()
    buttons = empty.locator("button")
    assert buttons.all_text_contents() == ["Wis Partner: CAW", "Wis Zoek op een woord: zzzqqq"]
    assert empty.locator("a").get_attribute("href") == "./"  # reset: all filters off
    buttons.nth(1).click()
    assert empty.is_hidden()
    assert page.text_content("#pw-count-n") == str(
        len(plan.partner_roles(plan.partner("caw")).all_actions)
    )
    assert "tekst=" not in page.url


def test_on_a_desktop_the_filters_stay_open(open_page, base_url):
    page = open_page(width=1280)
    page.goto(base_url + "acties/")
    assert page.locator("#pw-filters").is_visible()
    assert page.locator(".pw-filters-toggle").is_hidden()


# -- a look of its own: the organisation's colour, readable in both schemes ------------

IDENTITY_PLAN = {
    "data/plan.yaml": """\
        titel: Kleurplan 2024-2026
        korte_titel: Kleurplan
        organisatie: Kleurorganisatie vzw
        periode: {van: 2024, tot: 2026}
        contact: {telefoon: 09 000 00 00, website: https://kleur.invalid}
        huisstijl: {kleur: "#00594f"}
        """,
}


@pytest.fixture(scope="module")
def identity_site(tmp_path_factory):
    from planfolders import MINIMAL

    folder = PlanFolder(tmp_path_factory.mktemp("kleur") / "plan", {**MINIMAL, **IDENTITY_PLAN})
    assert folder.build() == 0
    with served(folder.root / "site") as url:
        yield url


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["", "acties/actie-een/", "acties/"])
def test_the_organisation_colour_keeps_every_page_readable(open_page, identity_site, path, scheme):
    page = open_page(width=1280, scheme=scheme)
    page.goto(identity_site + path)
    header = page.eval_on_selector(".md-header", "el => getComputedStyle(el).backgroundColor")
    assert header == "rgb(0, 89, 79)"  # the colour from plan.yaml
    settle(page)
    results = Axe().run(page, options=AXE_OPTIONS)  # colour contrast of text and links
    assert results.response["violations"] == [], results.generate_report()


# -- frameworks: the new pages are accessible, the filter works by onderdeel ------------


@pytest.fixture(scope="module")
def framework_url(tmp_path_factory):
    from planfolders import framework_plan

    folder = framework_plan(tmp_path_factory.mktemp("kaders-browser"))
    assert folder.build() == 0
    with served(folder.root / "site") as url:
        yield url


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize(
    "path", ["kaders/", "kaders/eigen/", "kaders/eigen/matrix/", "kaders/sdg/"]
)
def test_framework_pages_are_axe_clean(open_page, framework_url, path, width, scheme):
    page = open_page(width=width, scheme=scheme)
    page.goto(framework_url + path)
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    settle(page)
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.response["violations"] == [], results.generate_report()


def test_the_actions_filter_by_onderdeel_is_in_the_url(open_page, framework_url):
    page = open_page(width=1280)
    page.goto(framework_url + "acties/?kader=eigen:wonen")
    shown = "#pw-actions li.pw-card:not([hidden])"
    assert page.eval_on_selector_all(shown, "els => els.map(e => e.dataset.actie)") == [
        "actie-een"  # names 'huurders', below 'wonen'
    ]
    page.select_option("#f-kader", "eigen:4-1")
    assert "kader=eigen%3A4-1" in page.url or "kader=eigen:4-1" in page.url
    assert page.eval_on_selector_all(shown, "els => els.map(e => e.dataset.actie)") == [
        "actie-een",
        "actie-twee",  # both through 'Doel A'
    ]
