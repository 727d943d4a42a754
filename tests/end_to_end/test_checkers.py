"""Independent checkers on the built site, beside axe: HTML_CodeSniffer (the engine
pa11y runs) on every page type in both colour schemes, the Nu HTML checker on every
page, and Lighthouse's accessibility and SEO audits on the home, an action and a
matrix page. Where a checker is wrong, its excuse says why, per rule and element."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from browsercheck import (
    CHROMIUM,
    CHROMIUM_ARGS,
    HTMLCS_EXCUSES,
    LIGHTHOUSE,
    PAGE_TYPES,
    htmlcs_errors,
    open_search,
    served,
    settle,
    vnu_errors,
)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("kind", [*PAGE_TYPES, "search-with-results"])
def test_html_codesniffer_reports_no_error(open_page, base_url, kind, width, scheme):
    page = open_page(width=width, scheme=scheme)
    page.goto(base_url + PAGE_TYPES.get(kind, ""))
    page.wait_for_load_state("networkidle")
    if kind == "search-with-results":
        open_search(page, "buurt")
    settle(page)
    errors = [e for e in htmlcs_errors(page, HTMLCS_EXCUSES) if e["excuse"] is None]
    assert errors == [], json.dumps(errors, indent=1, ensure_ascii=False)


# Nu HTML checker message (start) → why it does not apply. None so far: keep it so.
VNU_EXCUSES: dict[str, str] = {}


def test_the_nu_html_checker_finds_no_error(reference_site, tmp_path):
    # A page with a known error proves the checker ran and reports.
    canary = tmp_path / "kanarie.html"
    canary.write_text("<!DOCTYPE html><html lang=nl><title>x</title><p><div></p>", "utf-8")
    assert vnu_errors(canary.parent) != []
    errors = vnu_errors(reference_site, VNU_EXCUSES)
    assert errors == [], json.dumps(errors[:10], indent=1, ensure_ascii=False)


@pytest.fixture(scope="module")
def lighthouse_site(reference_site):
    with served(reference_site) as url:
        yield url


@pytest.mark.parametrize("kind", ["home", "action", "matrix-extern"])
def test_lighthouse_accessibility_and_seo_are_100(lighthouse_site, kind, tmp_path):
    assert LIGHTHOUSE.is_file(), "Lighthouse is missing: run 'make checkers'"
    report = tmp_path / "lighthouse.json"
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    subprocess.run(
        [
            "node",
            str(LIGHTHOUSE),
            lighthouse_site + PAGE_TYPES[kind],
            "--only-categories=accessibility,seo",
            "--output=json",
            f"--output-path={report}",
            "--quiet",
            f"--chrome-flags={flags}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
        timeout=180,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    failed = [
        (a["id"], a["title"])
        for a in result["audits"].values()
        if a.get("scoreDisplayMode") == "binary" and a.get("score") == 0
    ]
    scores = {name: c["score"] for name, c in result["categories"].items()}
    assert scores == {"accessibility": 1, "seo": 1}, failed
