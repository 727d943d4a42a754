"""The page around the CMS on /beheer/, in Chromium: before signing in it says whose it
is (organisation, plan, logo, where you sign in and what a save does); on a phone it
says that editing needs a larger screen, without sideways scrolling and without
loading the CMS."""

from __future__ import annotations

import textwrap

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsercheck import AXE_OPTIONS, served
from paths import REPO
from planfolders import MINIMAL, folder_with
from planwijzer.cli import main

pytestmark = pytest.mark.browser

SHOTS = REPO / "test-output"
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
    '<rect width="120" height="40" fill="#1f4e79"/></svg>'
)
PLAN = {
    "data/plan.yaml": textwrap.dedent(MINIMAL["data/plan.yaml"])
    + "huisstijl: {kleur: '#1f4e79', logo: assets/logo.svg}\n"
    + "beheer: {repo: org/plan, aanmelden: 'https://aanmelden.testorganisatie.be'}\n",
    "docs/assets/logo.svg": LOGO,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = folder_with(tmp_path_factory.mktemp("beheer") / "plan", PLAN)
    assert main(["build", str(folder.root), "--out", str(folder.root / "site")]) == 0
    return folder.root / "site"


def _scroll_width(page) -> int:  # type: ignore[no-untyped-def]
    return page.evaluate("document.documentElement.scrollWidth")


def test_the_sign_in_page_says_whose_it_is(open_page, site):
    with served(site) as base:
        page = open_page(width=1280)
        page.goto(base + "beheer/")
        button = page.get_by_role("button", name="Inloggen met GitHub")
        button.wait_for(timeout=30_000)
        header = page.locator("#pw-wie")
        assert header.is_visible()
        text = header.inner_text()
        assert "Testorganisatie" in text and "Beheer van Testplan 2024-2026" in text
        assert "Je meldt je aan met je eigen account bij GitHub" in text
        assert "pull request" in text
        logo = header.locator("img")
        assert logo.evaluate("img => img.complete && img.naturalWidth > 0")
        # Decap's own logo and credit are gone; nothing overlaps the button.
        assert page.locator("[class*='DecapLogoIcon']").is_hidden()
        box, own = button.bounding_box(), header.bounding_box()
        assert own["y"] + own["height"] <= box["y"], (own, box)
        assert _scroll_width(page) <= 1280
        found = Axe().run(page, options=AXE_OPTIONS)
        assert found.violations_count == 0, found.generate_report()
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "beheer-aanmelden-desktop.png"))


def test_on_a_phone_it_says_editing_needs_a_larger_screen(open_page, site):
    with served(site) as base:
        page = open_page(width=375)
        requested: list[str] = []
        page.on("request", lambda r: requested.append(r.url))
        page.goto(base + "beheer/")
        page.wait_for_load_state("networkidle")
        message = page.get_by_text("Bewerken in de browser vraagt een groter scherm")
        assert message.is_visible()
        assert page.get_by_text("Testorganisatie").is_visible()
        assert _scroll_width(page) <= 375
        assert not any(url.endswith("decap-cms.js") for url in requested)  # 5 MB for nothing
        found = Axe().run(page, options=AXE_OPTIONS)
        assert found.violations_count == 0, found.generate_report()
        page.screenshot(path=str(SHOTS / "beheer-aanmelden-telefoon.png"), full_page=True)
        # A wider window (a tablet turned, a window made larger): the CMS after all.
        page.set_viewport_size({"width": 1024, "height": 900})
        page.get_by_role("button", name="Inloggen met GitHub").wait_for(timeout=30_000)
        assert message.is_hidden()
        assert _scroll_width(page) <= 1024
