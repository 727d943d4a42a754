"""The 404 page where the site is published (issue 31.5) and in the reader's language
(issue 33.6): served as GitHub Pages serves a project site without its own domain,
below a sub-path the build does not know, the root 404.html for every missing
address, in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsercheck import AXE_OPTIONS, bad_requests, recorded_requests, served_like_pages, settle
from paths import BILINGUAL
from planwijzer.cli import main as cli_main

pytestmark = pytest.mark.browser

MISSING = ["bestaat-niet", "acties/bestaat-niet/", "een/diep/adres/dat/niet/bestaat"]


@pytest.fixture(scope="module")
def pages_url(reference_site: Path):
    """The reference plan's site (no site_url, like the shipped mkdocs.yml)."""
    with served_like_pages(reference_site) as url:
        yield url


@pytest.fixture(scope="module")
def bilingual_url(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("tweetalig-404") / "site"
    assert cli_main(["build", str(BILINGUAL), "--out", str(out)]) == 0
    with served_like_pages(out) as url:
        yield url


def _visit(open_page, url: str, width: int = 1280):  # type: ignore[no-untyped-def]
    page = open_page(width=width)
    requests = recorded_requests(page)
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return page, requests, response


@pytest.mark.parametrize("missing", MISSING)
def test_the_404_page_is_whole_below_a_sub_path(open_page, pages_url, missing):
    page, requests, response = _visit(open_page, pages_url + missing, width=375)
    assert response.status == 404
    origin = pages_url.removesuffix("/planwijzer-site/")
    # Before: its styles, scripts and logo from the domain's root, 17 failed requests.
    assert bad_requests(requests, origin) == []
    assert len(requests) > 5  # the styles and scripts were asked for, below the sub-path
    assert page.locator("article h1").inner_text() == "Deze pagina bestaat niet (meer)"
    # styled: the theme's header is sticky, its logo an icon, not the whole screen
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == (
        "sticky"
    )
    assert page.locator(".md-header label.md-icon svg").first.bounding_box()["height"] < 50
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")
    inside = [h for h in hrefs if h.startswith(origin)]
    assert inside and all(h.startswith(pages_url) for h in inside), inside
    ways_in = [a.get_attribute("href") for a in page.locator("article li a").all()]
    assert ways_in == [
        "/planwijzer-site/",
        "/planwijzer-site/acties/",
        "/planwijzer-site/doelstellingen/",
    ]
    settle(page)
    assert Axe().run(page, options=AXE_OPTIONS).response["violations"] == []
    page.get_by_role("button", name="Zoek op deze site").click()  # the theme's script runs
    page.wait_for_selector(".md-search__input:focus")


def test_without_javascript_the_404_page_reads_in_dutch_with_links_into_the_site(
    open_page, pages_url
):
    page = open_page(js=False)
    requests = recorded_requests(page)
    page.goto(pages_url + "bestaat-niet")
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").inner_text() == "Deze pagina bestaat niet (meer)"
    assert bad_requests(requests, pages_url.removesuffix("/planwijzer-site/")) == []
    with page.expect_navigation():
        page.locator("article li a").nth(1).click()  # all actions
    assert page.url == pages_url + "acties/"


@pytest.mark.parametrize("width", [375, 1280])
def test_a_missing_french_address_reads_in_french(open_page, bilingual_url, width):
    page, requests, response = _visit(open_page, bilingual_url + "fr/acties/bestaat-niet/", width)
    assert response.status == 404
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.locator("article h1").inner_text() == "Cette page n'existe pas (ou plus)"
    assert page.title().startswith("Page introuvable")
    assert bad_requests(requests, bilingual_url.removesuffix("/planwijzer-site/")) == []
    ways_in = {a.inner_text(): a.get_attribute("href") for a in page.locator("article li a").all()}
    assert ways_in["Toutes les actions"] == "/planwijzer-site/fr/acties/"
    settle(page)
    assert Axe().run(page, options=AXE_OPTIONS).response["violations"] == []
    # Before: a Dutch page whose 'Français' link led to another missing address.
    with page.expect_navigation() as went:
        page.locator("nav.pw-languages").get_by_role("link", name="Nederlands").click()
    assert went.value.status == 200 and page.url == bilingual_url
    assert page.evaluate("document.documentElement.lang") == "nl"


def test_a_missing_dutch_address_links_to_the_french_site(open_page, bilingual_url):
    page, _, response = _visit(open_page, bilingual_url + "acties/bestaat-niet/")
    assert response.status == 404
    assert page.evaluate("document.documentElement.lang") == "nl"
    with page.expect_navigation() as went:
        page.locator("nav.pw-languages").get_by_role("link", name="Français").click()
    assert went.value.status == 200 and page.url == bilingual_url + "fr/"
