"""The plan's pages in Chromium with axe-core: one page of every kind, chosen from the
plan's own data (its first goal, action, partner, gemeente and matrix), every
narrative page, and every page a pull request changed (PLANWIJZER_PAGINAS: a file with
one URL a line, as 'planwijzer diff BASIS --paginas' writes it), at phone and desktop
width, light and dark."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from plan_under_test import PLAN
from playwright.sync_api import sync_playwright
from rules import pages_of_every_kind, plan_of

from browsercheck import AXE_OPTIONS, CHROMIUM, CHROMIUM_ARGS, served, settle
from planwijzer.loading.narrative_pages import docs_dir

pytestmark = pytest.mark.browser


def _pages() -> list[str]:
    pages = pages_of_every_kind(plan_of(PLAN), docs_dir(PLAN))
    changed = os.environ.get("PLANWIJZER_PAGINAS")
    if changed:
        pages += Path(changed).read_text(encoding="utf-8").split()
    return list(dict.fromkeys(pages))


@pytest.fixture(scope="module")
def base_url(plan_site):
    with served(plan_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_every_kind_of_page_has_no_axe_violation(browser, base_url, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for url in _pages():
        page.goto(base_url + url)
        page.wait_for_load_state("networkidle")
        settle(page)
        violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            found[url] = [(v["id"], len(v["nodes"])) for v in violations]
    context.close()
    assert found == {}
