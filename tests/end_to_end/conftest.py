"""Browser fixtures for the end-to-end tests: the reference plan's site, served on a
free port, and fresh Chromium pages at a chosen width and colour scheme."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from browsercheck import CHROMIUM, CHROMIUM_ARGS, served
from paths import REFERENCE, REPO
from planwijzer import pipeline

OUTPUT = REPO / "test-output"


@pytest.fixture(scope="module")
def plan():
    return pipeline.check(REFERENCE).plan


@pytest.fixture(scope="module")
def base_url(reference_site: Path):
    with served(reference_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run 'make test' (installs it)"
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def open_page(browser, request):
    """open_page(width=1280, scheme='light', js=True) -> a fresh Page; screenshot on failure."""
    pages: list[Page] = []

    def make(width: int = 1280, scheme: str = "light", js: bool = True) -> Page:
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            color_scheme=scheme,
            java_script_enabled=js,
            locale="nl-BE",
        )
        page = context.new_page()
        pages.append(page)
        return page

    yield make
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    for i, page in enumerate(pages):
        if failed:
            OUTPUT.mkdir(exist_ok=True)
            name = request.node.name.replace("/", "_").replace("?", "_")
            page.screenshot(path=str(OUTPUT / f"{name}-{i}.png"), full_page=True)
        page.context.close()
