"""Helpers for the browser tests: Debian's Chromium through Playwright, axe-core,
and a small server for a built site."""

from __future__ import annotations

import functools
import http.server
import io
import json
import os
import shutil
import subprocess
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


class _PagesHandler(_QuietHandler):
    """As GitHub Pages serves a project site: under /<repo>/, and the site's root
    404.html (status 404) for any address that has no file."""

    prefix = "/"

    def send_head(self):  # type: ignore[no-untyped-def]
        if not self.path.startswith(self.prefix):
            self.send_error(404)
            return None
        self.path = "/" + self.path[len(self.prefix) :]
        local = Path(self.translate_path(self.path))
        if local.is_dir() and (local / "index.html").is_file() and self.path.endswith("/"):
            return super().send_head()
        if local.is_file():
            return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def served_like_pages(site: Path, under: str = "/planwijzer-site/") -> Iterator[str]:
    """The built site as GitHub Pages serves a project site without its own domain:
    under a sub-path, a missing address answered by the root 404.html. Yields the
    site's URL (ending in ``under``)."""
    handler_class = type("Handler", (_PagesHandler,), {"prefix": under})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{under}"
    finally:
        server.shutdown()


def recorded_requests(page: Page) -> list:
    """Every request ``page`` makes from now on (Playwright requests, in order)."""
    seen: list = []
    page.on("request", lambda request: seen.append(request))
    return seen


def bad_requests(requests: list, origin: str) -> list[str]:
    """The requests that left ``origin``, failed or were answered with an error."""
    bad = []
    for request in requests:
        if request.is_navigation_request():
            continue  # the page itself (a missing address is meant to be a 404)
        response = None if request.failure else request.response()
        if not request.url.startswith(origin):
            bad.append(f"elders: {request.url}")
        elif response is None or response.status >= 400:
            bad.append(f"{response.status if response else request.failure}: {request.url}")
    return bad


def open_search(page: Page, query: str | None = None) -> None:
    """Open the theme's search dialog (its shortcut 's'); with ``query``, type it and
    wait until the results are those of the whole query."""
    page.keyboard.press("s")
    page.wait_for_selector(".md-search__input:focus")
    if query:
        page.keyboard.type(query)
        page.wait_for_function(SEARCH_SETTLED, polling=100, timeout=10_000)


# The theme answers every keystroke and writes its count before the results: a
# partial query's answer, or a count without its list, is not the answer. Settled
# means a count (or 'Geen') and the same list for half a second.
SEARCH_SETTLED = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  if (!meta || !/\\d|Geen/.test(meta.textContent)) return false;
  const links = [...document.querySelectorAll('.md-search-result__item > a')];
  const now = meta.textContent + ' ' + links.map(a => a.href).join(' ');
  if (window.__pwSearch !== now) {
    window.__pwSearch = now;
    window.__pwSearchSince = performance.now();
    return false;
  }
  return performance.now() - window.__pwSearchSince > 500;
}"""


def search_results(page: Page, query: str) -> list[str]:
    """The pages the theme's search lists for ``query``, as paths without the leading /."""
    open_search(page, query)
    return page.eval_on_selector_all(
        ".md-search-result__item > a", "els => els.map(a => new URL(a.href).pathname.slice(1))"
    )


def settle(page: Page) -> None:
    """Wait until CSS transitions end: axe must judge the colours a reader sees,
    not a frame of the search dialog fading in."""
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')", timeout=5000
    )


# -- independent checkers (tests/checkers, installed by 'make checkers') ---------------

CHECKERS = Path(__file__).resolve().parent / "checkers" / "node_modules"
HTMLCS = CHECKERS / "html_codesniffer" / "build" / "HTMLCS.js"
VNU = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = CHECKERS / "lighthouse" / "cli" / "index.js"


def vnu_errors(site: Path, excuses: dict[str, str] | None = None) -> list[dict]:
    """The Nu HTML checker's errors on every page of a built site (vnu.jar and java
    from 'make checkers'), less those whose message starts with an excuse."""
    assert VNU.is_file(), "vnu.jar is missing: run 'make checkers'"
    assert shutil.which("java"), "java is missing: run 'make checkers'"
    command = ["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html"]
    result = subprocess.run(
        [*command, str(site)], capture_output=True, text=True, check=False, timeout=600
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        m
        for m in messages
        if m.get("type") == "error" and not any(m["message"].startswith(k) for k in excuses or {})
    ]


_HTMLCS_RUN = """() => new Promise(resolve => HTMLCS.process('WCAG2AA', document, () => resolve(
  HTMLCS.getMessages().filter(m => m.type === HTMLCS.ERROR).map(m => ({
    code: m.code, message: m.msg, element: m.element.outerHTML.slice(0, 200),
    excuse: (window.__pwExcuses[m.code.split('.').slice(-3).join('.')] || [])
      .filter(([selector]) => m.element.matches && m.element.matches(selector))
      .map(([, why]) => why)[0] || null,
  })))))"""


def htmlcs_errors(page: Page, excuses: dict[str, list[tuple[str, str]]]) -> list[dict]:
    """HTML_CodeSniffer's WCAG 2.1 AA errors on the page as it is now, each with the
    excuse that applies to it (rule → [(CSS selector of the element, why)]), if any."""
    assert HTMLCS.is_file(), "HTML_CodeSniffer is missing: run 'make checkers'"
    page.evaluate("excuses => { window.__pwExcuses = excuses; }", excuses)
    page.add_script_tag(path=str(HTMLCS))
    return page.evaluate(_HTMLCS_RUN)


# HTML_CodeSniffer rule (last three parts of its code) → [(element, why it does not apply)].
HTMLCS_EXCUSES = {
    "3_2_2.H32.2": [
        (
            'form[data-md-component="palette"]',
            "the theme's colour switch changes colours, not the context (SC 3.2.2 is about "
            "a change of context on input); H32 asks every form for a submit button",
        ),
        (
            "form.md-search__form",
            "the theme's search shows results in its own dialog while typing and opens a "
            "page only when the reader picks one: no change of context on input",
        ),
    ],
}
