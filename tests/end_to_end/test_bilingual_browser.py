"""The bilingual test plan's site (tests/plans/tweetalig, fictional) in Chromium, in
both languages: axe on every page type at 375 and 1280 px, no sideways scrolling,
HTML_CodeSniffer, the Nu HTML checker on every page, and search in French."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsercheck import (
    AXE_OPTIONS,
    HTMLCS_EXCUSES,
    VNU,
    bad_requests,
    htmlcs_errors,
    open_search,
    recorded_requests,
    search_results,
    served,
    settle,
)
from paths import BILINGUAL
from planwijzer.cli import main as cli_main

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": "",
    "goal-tree": "doelstellingen/",
    "goal": "doelstellingen/od2/",  # its title is not translated: shown in Dutch, marked
    "action": "acties/waardig-wonen/",
    "action-untranslated": "acties/een-loket/",
    "partner": "partners/huurdersbond/",
    "municipality": "gemeenten/brussel/",
    "matrix": "overzicht/",
    "actions": "acties/",
    "timeline": "tijdlijn/",
    "statement": "toegankelijkheidsverklaring/",
    "privacy": "privacy/",
    "open-data": "open-data/",
}
LANGUAGES = {"nl": "", "fr": "fr/"}


@pytest.fixture(scope="module")
def bilingual_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tweetalig-browser") / "site"
    assert cli_main(["build", str(BILINGUAL), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def site_url(bilingual_site):
    with served(bilingual_site) as url:
        yield url


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_axe_reports_zero_violations_in_every_language(open_page, site_url, kind, language, width):
    page = open_page(width=width)
    page.goto(site_url + LANGUAGES[language] + PAGE_TYPES[kind])
    page.wait_for_load_state("networkidle")
    settle(page)
    assert page.evaluate("document.documentElement.lang") == language
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.response["violations"] == [], results.generate_report()
    if width == 375:
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "action", "matrix", "actions", "statement"])
def test_html_codesniffer_reports_no_error_in_every_language(open_page, site_url, kind, language):
    page = open_page(width=375)
    page.goto(site_url + LANGUAGES[language] + PAGE_TYPES[kind])
    page.wait_for_load_state("networkidle")
    settle(page)
    errors = [e for e in htmlcs_errors(page, HTMLCS_EXCUSES) if e["excuse"] is None]
    assert errors == [], json.dumps(errors, indent=1, ensure_ascii=False)


def test_the_nu_html_checker_finds_no_error_in_either_language(bilingual_site, tmp_path):
    assert VNU.is_file() and shutil.which("java"), "run 'make checkers'"
    site = tmp_path / "site"
    shutil.copytree(bilingual_site, site)
    # A page with a known error proves the checker ran over the French pages too.
    canary = site / "fr" / "kanarie.html"
    canary.write_text("<!DOCTYPE html><html lang=fr><title>x</title><p><div></p>", "utf-8")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html",
         str(site)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [m for m in messages if m.get("type") == "error"]
    assert {m["url"].rsplit("/", 2)[-2:][-1] for m in errors} == {"kanarie.html"}, json.dumps(
        [m for m in errors if "kanarie" not in m["url"]][:10], indent=1, ensure_ascii=False
    )


def test_the_french_site_searches_its_own_french_index(open_page, site_url):
    page = open_page()
    page.goto(site_url + "fr/")
    results = search_results(page, "locataire")  # the pages say 'locataires'
    assert {"fr/acties/waardig-wonen/", "fr/partners/huurdersbond/"} <= set(results)
    assert all(r.startswith("fr/") for r in results)
    page.goto(site_url)
    assert search_results(page, "wonen")[0] == "acties/waardig-wonen/"  # and Dutch in Dutch


def test_the_switcher_leads_to_the_same_page_in_the_other_language(open_page, site_url):
    page = open_page(width=375)
    page.goto(site_url + "acties/waardig-wonen/")
    page.get_by_role("link", name="Français").click()
    page.wait_for_load_state("networkidle")
    assert page.url == site_url + "fr/acties/waardig-wonen/"
    assert page.locator("h1").inner_text().endswith("Logement digne")
    open_search(page)  # the search of the French site, in French
    assert page.locator(".md-search__input").get_attribute("placeholder") == "Rechercher"


def test_the_matrix_tools_made_by_script_speak_the_page_language(open_page, site_url):
    page = open_page()
    page.goto(site_url + "fr/overzicht/")
    page.wait_for_load_state("networkidle")
    tools = page.locator(".pw-matrix-tools")
    assert tools.locator("label").inner_text() == "Afficher les objectifs de"
    assert tools.locator("option").first.inner_text() == "tous les objectifs"
    button = tools.locator("button.pw-transpose")
    assert button.inner_text() == "Objectifs en lignes"
    button.click()
    assert (
        page.locator("table.pw-matrix--transposed caption")
        .inner_text()
        .endswith("(objectifs en lignes)")
    )


def test_no_page_asks_anything_of_another_server_or_a_missing_file(open_page, site_url):
    """mkdocs.yml names another host (https://tweetalig.example/plan/); the site is
    viewed here. Material's script fetched '<href>/sitemap.xml' for every hreflang
    link of a page: two requests to that host per page view."""
    origin = site_url.rstrip("/")
    for language, root in LANGUAGES.items():
        for kind, path in PAGE_TYPES.items():
            page = open_page(width=375)
            requests = recorded_requests(page)
            page.goto(site_url + root + path)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(200)  # what the theme's script starts after loading
            assert len(requests) > 3, (language, kind)  # the page, its styles and scripts
            assert bad_requests(requests, origin) == [], (language, kind)
            # the feed and hreflang links stay for whoever reads the page
            assert (
                page.evaluate("document.querySelectorAll('link[rel=planwijzer-alternate]').length")
                == 0
            )
            page.context.close()


def test_an_untranslated_text_is_marked_for_the_eye(open_page, site_url):
    page = open_page(width=375)
    page.goto(site_url + "fr/acties/een-loket/")
    note = page.locator("#korte-omschrijving .pw-foreign-note")
    assert note.is_visible() and note.inner_text() == "en néerlandais"
    assert float(note.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px")) >= 11
    page.goto(site_url + "fr/doelstellingen/od2/")
    assert page.locator("h1 .pw-foreign-mark").is_visible()
