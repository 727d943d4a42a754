"""The example plans in voorbeelden/: they build, keep every content rule (derived
from their own data, never from their text), say on every page that they are
invented, and every kind of page they have passes axe at phone and desktop width,
light and dark."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright
from rules import pages_of_every_kind, plan_of, site_problems

from browsercheck import AXE_OPTIONS, CHROMIUM, CHROMIUM_ARGS, served, settle, vnu_errors
from paths import REPO
from planwijzer.cli import main
from planwijzer.loading.narrative_pages import docs_dir

EXAMPLES = sorted(p.parent.parent for p in (REPO / "voorbeelden").glob("*/data/plan.yaml"))


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.name)
def example(request, tmp_path_factory) -> tuple[Path, Path]:
    site = tmp_path_factory.mktemp(request.param.name) / "site"
    assert main(["build", str(request.param), "--out", str(site)]) == 0
    return request.param, site


def test_there_is_an_example_of_the_living_plan():
    plans = [plan_of(folder) for folder in EXAMPLES]
    assert any(p.reports and p.indicators and p.has_progress for p in plans)
    kinds = {r.kind for p in plans for r in p.reports}
    assert kinds == {"jaarplan", "voortgangsrapport", "evaluatie"}
    assert any(i.measurements for p in plans for i in p.indicators)


def test_an_example_keeps_every_content_rule(example):
    folder, site = example
    assert site_problems(folder, site) == []


def test_every_page_of_an_example_says_it_is_invented(example):
    folder, site = example
    plan = plan_of(folder)
    assert plan.fictional and "fictief" in plan.title
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    unmarked = [
        p.relative_to(site).as_posix()
        for p in pages
        if 'class="pw-fictional"' not in p.read_text(encoding="utf-8")
    ]
    assert unmarked == []


def test_every_page_of_an_example_is_valid_html(example):
    _, site = example
    errors = [(e["url"].split("/site/")[-1], e["message"]) for e in vnu_errors(site)]
    assert errors == [], errors[:10]


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
def test_every_kind_of_page_of_an_example_passes_axe(example, width, scheme):
    folder, site = example
    urls = pages_of_every_kind(plan_of(folder), docs_dir(folder))
    urls.append("acties/?status=lopend")
    found = {}
    with served(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=scheme
        ).new_page()
        for url in urls:
            page.goto(base + url)
            page.wait_for_load_state("networkidle")
            settle(page)
            violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
            if violations:
                found[url] = [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
            wider = page.evaluate("document.documentElement.scrollWidth") - width
            if wider > 0:
                found[url + " (breedte)"] = wider
        browser.close()
    assert found == {}
