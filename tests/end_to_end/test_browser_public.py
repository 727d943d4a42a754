"""The public site as a visitor uses it, at phone (375), tablet (768) and desktop
(1,280) width: the matrix at every width, knowing where you are, finding things.

The reference plan's site (tests/plans/referentie); expected values come from its model.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsercheck import AXE_OPTIONS, PAGE_TYPES, settle

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
