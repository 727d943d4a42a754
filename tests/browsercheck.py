"""Helpers for the browser tests: Debian's Chromium through Playwright, axe-core,
and a small server for a built site."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page

# Debian's chromium by default; 'make test CHROMIUM=...' points elsewhere (GitHub runners).
CHROMIUM = os.environ.get("PLANWIJZER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    }
}

# One page of each kind in the reference plan's site (tests/plans/referentie).
PAGE_TYPES = {
    "home": "",
    "goal-tree": "doelstellingen/",
    "goal": "doelstellingen/sd1/",
    "action": "acties/de-stek/",
    "partner": "partners/caw/",
    "municipality": "gemeenten/ronse/",
    "matrices": "overzicht/",
    "matrix-extern": "overzicht/extern/",
    "matrix-intern": "overzicht/intern/",
    "actions": "acties/",
    "actions-filtered": "acties/?partner=caw&jaar=2023",
    "timeline": "tijdlijn/",
    "statement": "toegankelijkheidsverklaring/",
    "not-found": "404.html",  # written by MkDocs without the page hooks
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output readable
        pass


@contextmanager
def served(site: Path) -> Iterator[str]:
    """The built site on a free local port; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def settle(page: Page) -> None:
    """Wait until CSS transitions end: axe must judge the colours a reader sees,
    not a frame of the search dialog fading in."""
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')", timeout=5000
    )
