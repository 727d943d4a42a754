"""The built seed site in a real browser: Debian's Chromium through Playwright.

Accessibility with axe-core (WCAG 2.0/2.1 A and AA plus best practices) on every
page type, light and dark, wide and narrow; filters, keyboard use, the timeline,
the matrix tools and search. On failure a screenshot lands in test-output/.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from browsercheck import AXE_OPTIONS, PAGE_TYPES, open_search, search_results, settle
from sitecheck import indexed_actions_with_word

pytestmark = pytest.mark.browser


def visible_action_ids(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        "#pw-actions li.pw-card:not([hidden])", "els => els.map(e => e.dataset.actie)"
    )


# -- accessibility -------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("kind", [*PAGE_TYPES, "search-open"])
def test_axe_reports_zero_violations(open_page, base_url, kind, width, scheme):
    page = open_page(width=width, scheme=scheme)
    page.goto(base_url + PAGE_TYPES.get(kind, ""))
    page.wait_for_load_state("networkidle")
    if kind == "search-open":
        open_search(page)
    settle(page)
    results = Axe().run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    assert violations == [], results.generate_report()


# -- filters -------------------------------------------------------------------------


def test_filter_by_partner_shows_exactly_its_actions_and_keeps_state_in_the_url(
    open_page, base_url, plan
):
    page = open_page()
    page.goto(base_url + "acties/")
    assert len(visible_action_ids(page)) == len(plan.actions)
    page.select_option("#f-partner", "caw")
    expected = [a.id for a in plan.partner_roles(plan.partner("caw")).all_actions]
    expected.sort(key=lambda i: [a.id for a in plan.actions].index(i))
    assert visible_action_ids(page) == expected
    assert "partner=caw" in page.url
    assert page.text_content("#pw-count-n") == str(len(expected))
    assert page.get_attribute("#pw-count", "role") == "status"  # announced by screen readers
    page.reload()
    assert page.input_value("#f-partner") == "caw"
    assert visible_action_ids(page) == expected
    fresh = open_page()
    fresh.goto(base_url + "acties/?partner=caw")
    assert visible_action_ids(fresh) == expected


def test_filters_combine_goal_strength_year_and_text(open_page, base_url, plan, reference_site):
    page = open_page()
    page.goto(base_url + "acties/?doel=sd1&bijdrage=zeker&jaar=2024")
    goal = plan.goal("sd1")
    expected = [
        a.id
        for a in plan.actions
        if a.goal_strengths().get(goal) is plan.strongest and 2024 in plan.action_years(a)
    ]
    assert visible_action_ids(page) == expected
    page.fill("#f-tekst", "wonen")
    # The text box searches the site's search index: the actions whose indexed words
    # include one starting with 'wonen' (title and text alike).
    with_word = set(indexed_actions_with_word(reference_site, "wonen"))
    assert "waardig-wonen" in with_word
    page.wait_for_function("window.planwijzerIndex !== undefined")
    assert visible_action_ids(page) == [i for i in expected if i in with_word]


def test_without_javascript_the_full_list_shows(open_page, base_url, plan):
    page = open_page(js=False)
    page.goto(base_url + "acties/?partner=caw")
    cards = page.locator("#pw-actions li.pw-card")
    assert cards.count() == len(plan.actions)
    assert page.locator("#pw-filters").is_hidden()


def test_pages_link_to_the_overview_prefiltered(open_page, base_url, plan):
    page = open_page()
    page.goto(base_url + "gemeenten/ronse/")
    page.click("p.pw-filterlink a")
    page.wait_for_url("**/acties/?gemeente=ronse")
    expected = [a.id for a in plan.actions if any(m.slug == "ronse" for m in a.municipalities)]
    assert visible_action_ids(page) == expected


def test_keyboard_only_filter_and_open_a_result(open_page, base_url):
    page = open_page()
    page.goto(base_url + "acties/")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "f-partner":
            break
    else:
        pytest.fail("the partner filter cannot be reached with Tab")
    page.keyboard.press("ArrowDown")  # first partner in the list
    chosen = page.input_value("#f-partner")
    assert chosen and f"partner={chosen}" in page.url
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#pw-actions')"):
            break
    else:
        pytest.fail("no result can be reached with Tab")
    target = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/acties/*/")
    assert target.strip("./").split("/")[-1] in page.url


# -- timeline ------------------------------------------------------------------------


@pytest.mark.parametrize("action_id", ["de-stek", "noodkoopfonds", "ieders-stem-telt"])
def test_timeline_bars_line_up_with_the_periods(open_page, base_url, plan, action_id):
    page = open_page()
    page.goto(base_url + "tijdlijn/")
    action = plan.action(action_id)
    row = page.locator(f'li.pw-track[data-actie="{action_id}"]')
    lane = row.locator(".pw-lane").bounding_box()
    bar = row.locator(".pw-bar").bounding_box()
    start = max(action.period.start, plan.timeline_start)
    expected_left = lane["x"] + plan.timeline_position(start) / 100 * lane["width"]
    assert abs(bar["x"] - expected_left) < 2
    end_fraction = plan.timeline_position(action.period.end) / 100
    assert abs(bar["x"] + bar["width"] - (lane["x"] + end_fraction * lane["width"])) < 3
    # the year on the axis sits where the bar of a January start begins
    year = page.locator(".pw-axis__year", has_text=str(start.year)).first.bounding_box()
    year_fraction = plan.month_position(start.year, 1) / 100
    assert abs(year["x"] - (lane["x"] + year_fraction * lane["width"])) < 2


@pytest.mark.parametrize("width", [1280, 375])
def test_action_page_timeline_axis_lines_up_with_its_bar(open_page, base_url, plan, width):
    page = open_page(width=width)
    page.goto(base_url + "acties/noodkoopfonds/")
    mini = page.locator(".pw-timeline--mini")
    axis = mini.locator(".pw-axis").bounding_box()
    lane = mini.locator(".pw-track:not(.pw-track--project) .pw-lane").first.bounding_box()
    assert abs(axis["x"] - lane["x"]) < 2 and abs(axis["width"] - lane["width"]) < 2


def test_timeline_has_a_table_alternative(open_page, base_url, plan):
    page = open_page()
    page.goto(base_url + "tijdlijn/")
    rows = page.locator("table.pw-timeline-table tbody tr")
    dated = sum(1 + sum(1 for p in a.projects if p.period) for a in plan.actions if a.period)
    assert rows.count() == dated
    assert "april 2020" in page.locator("table.pw-timeline-table").text_content()


# -- phone layout --------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_horizontal_scrolling_at_375px(open_page, base_url, kind):
    page = open_page(width=375)
    page.goto(base_url + PAGE_TYPES[kind])
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1


def test_key_numbers_sit_side_by_side_on_a_phone(open_page, base_url):
    page = open_page(width=375)
    page.goto(base_url)
    boxes = page.eval_on_selector_all(
        "ul.pw-numbers > li", "els => els.map(e => e.getBoundingClientRect().toJSON())"
    )
    assert len(boxes) >= 4
    assert boxes[0]["top"] == boxes[1]["top"] and boxes[1]["left"] > boxes[0]["right"]


# -- matrix --------------------------------------------------------------------------

BROKEN_WORDS = """els => els.flatMap(el => {
  const broken = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (range.getClientRects().length > 1) broken.push(m[0]);
    }
  }
  return broken;
})"""


@pytest.mark.parametrize("width", [1280, 768])
def test_matrix_headers_break_between_words_only(open_page, base_url, width):
    page = open_page(width=width)
    page.goto(base_url + PAGE_TYPES["matrix-extern"])
    assert page.eval_on_selector_all(".pw-matrix thead th", BROKEN_WORDS) == []


def test_matrix_highlight_filter_and_transpose(open_page, base_url, plan):
    page = open_page()
    page.goto(base_url + "overzicht/extern/")
    page.hover('tbody tr[data-actie="noodkoopfonds"] td.pw-cell >> nth=1')
    assert page.locator("tbody tr[data-actie=noodkoopfonds] .pw-hl").count() > 1
    assert page.locator("thead th.pw-matrix__leaf.pw-hl").count() == 1
    page.select_option("#pw-wortel-extern", "sd2")
    visible_leaves = page.eval_on_selector_all(
        "thead th.pw-matrix__leaf:not([hidden])", "els => els.map(e => e.dataset.doel)"
    )
    assert visible_leaves == [g.id for g in plan.goal("sd2").leaves()]
    page.select_option("#pw-wortel-extern", "")
    page.click("button.pw-transpose")
    transposed = page.locator("table.pw-matrix--transposed tbody tr")
    assert transposed.count() == len(plan.matrices[0].columns)
    assert page.locator(".pw-matrix-scroll:not([hidden]) table.pw-matrix--transposed").count()


# -- search --------------------------------------------------------------------------


def search(page: Page, base_url: str, query: str) -> list[str]:
    page.goto(base_url)
    return ["/" + path for path in search_results(page, query)]


def test_search_finds_dutch_plural_noodkopers(open_page, base_url):
    results = search(open_page(), base_url, "noodkopers")
    assert "/acties/noodkoopfonds/" in results


def test_search_for_a_place_lists_its_actions(open_page, base_url):
    results = search(open_page(), base_url, "Ronse")
    assert {"/acties/de-stek/", "/acties/waardig-werk/"} <= set(results)


def test_search_for_a_partner_finds_its_page(open_page, base_url):
    results = search(open_page(), base_url, "Domus Mundi")
    assert "/partners/domus-mundi/" in results


# -- privacy -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [*PAGE_TYPES, "search-open"])
def test_no_page_makes_a_request_to_another_server(open_page, base_url, kind):
    page = open_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base_url + PAGE_TYPES.get(kind, ""))
    page.wait_for_load_state("networkidle")
    if kind == "search-open":
        page.keyboard.press("s")
        page.keyboard.type("armoede")
        page.wait_for_load_state("networkidle")
    elsewhere = [u for u in requests if not u.startswith((base_url, "data:", "blob:"))]
    assert requests and elsewhere == []
