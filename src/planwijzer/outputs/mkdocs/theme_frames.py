"""The MkDocs side of ``site_pages.Layout``: page frames from the theme's templates.

The theme (Material, with Planwijzer's ``theme/`` on top) renders its page template
once per kind of place in the site, with slot markers for what differs per page;
every generated page of that kind is then that frame with its own values. Two pages
share a frame when the theme would render the same around them: the same folder (so
the same relative links), the same menu entry marked, the same width, and no link of
the frame to the page itself or below it (the footer links the privacy statement,
which then reads './'). A page in the menu has a frame of its own.
"""

from __future__ import annotations

import copy
import posixpath
import re
from typing import Any

from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ...rendering.page import PageJob
from ..site_pages import Frame, Placement, slot_marker
from .languages import LanguageLinks
from .navigation import SectionMarker, section_of
from .search_index import EntryMemo, entries_for_page
from .theme_fixes import fix_theme_markup

# A relative link of the frame (not a slot: the canonical address is one; not an anchor
# on the same page, which reads the same on every page).
_LINK = re.compile(r'(?:href|src)="(?!PLANWIJZERSLOT)([^"#?:]+)[#?"]')


class _ClaimsHeading(str):
    """Marker content that holds an <h1> as far as the theme can tell: the theme then
    adds no title heading of its own (as for a body with an <h1>)."""

    __slots__ = ()

    def __contains__(self, item: object) -> bool:
        return item == "\u003ch1" or str.__contains__(self, item)  # type: ignore[operator]


class ThemeFrames:
    """Placements for generated pages, from the theme of one MkDocs build."""

    def __init__(
        self,
        config: MkDocsConfig,
        files: Files,
        nav: Navigation,
        env: Any,
        made: EntryMemo,
        head: Any = None,
    ) -> None:
        self.config, self.files, self.nav, self.env = config, files, nav, env
        self._head = head  # the pages' <head> tags to be found (discovery.PageHead, or None)
        self._made = made  # search entries made before, kept for the next build
        self._in_nav = {p.url for p in nav.pages}
        self._doc_pages = files.documentation_pages()  # as MkDocs gives its templates
        self._section = SectionMarker()
        self._language_links = LanguageLinks(config)  # the same for every page's links
        self._frames: dict[tuple, tuple[Frame, Frame]] = {}
        self._targets: dict[tuple, set[str]] = {}  # per shared frame: the pages it links

    def place(self, job: PageJob) -> Placement:
        file = self.files.get_file_from_path(job.path)
        assert file is not None and file.page is not None, job.path
        page = file.page
        frame, titled = self._frames_for(page, job)
        values = {"canonical": page.canonical_url or "", "edit": page.edit_url or ""}
        values |= self._language_links(page.url)
        return Placement(file.dest_uri, frame, titled, values, self._head)

    def in_menu(self, url: str) -> bool:
        return url in self._in_nav

    def index_entries(self, url: str, title: str, text: str) -> list:
        """The page's search entries; the live preview's next build reuses them for an
        unchanged page (copies: the index adds compound parts to its own)."""
        made = self._made.entries(
            (url, title, text), lambda: entries_for_page(self.config, url, title, text)
        )
        return [dict(entry) for entry in made]

    def _key(self, page: Page, job: PageJob) -> tuple:
        url = page.url
        own = ("own", url, job.wide)
        below = any(u != url and u.startswith(url) for u in self._in_nav)
        if url in self._in_nav or below or page.is_homepage:
            return own
        anchor = section_of(page, self.nav)
        folder = posixpath.dirname(url.rstrip("/"))
        shared = ("shared", folder, anchor.url if anchor else None, job.wide)
        if shared in self._targets and _links_to(self._targets[shared], url):
            return own
        return shared

    def _frames_for(self, page: Page, job: PageJob) -> tuple[Frame, Frame]:
        key = self._key(page, job)
        if key not in self._frames:
            plain = self._render(page, job, slot_marker("content"))
            titled = self._render(page, job, _ClaimsHeading(slot_marker("content")))
            frames = (Frame.from_marked(plain), Frame.from_marked(titled))
            if key[0] == "shared":
                targets = {_resolve(page.url, href) for href in _LINK.findall(plain)}
                if _links_to(targets, page.url):  # this frame holds only for this page
                    return frames
                self._targets[key] = targets
            self._frames[key] = frames
        return self._frames[key]

    def _render(self, page: Page, job: PageJob, content: str) -> str:
        """As MkDocs renders a page, with markers in the slots: a page made for the
        frame (made on a copy of the page's file, as a Page makes itself its file's
        page; then given the file itself), marked current as MkDocs marks a page."""
        config = self.config
        title = page.title if page.url in self._in_nav else slot_marker("title")
        frame = Page(title, copy.copy(page.file), config)
        frame.file = page.file  # the menu knows its entry by its file (identity)
        frame.parent, frame.previous_page, frame.next_page = (
            page.parent,
            page.previous_page,
            page.next_page,
        )
        frame.meta = {"title": slot_marker("title"), "description": slot_marker("description")}
        frame.meta["planwijzer_frame"] = True  # the theme puts slots for the language links
        if job.wide:
            frame.meta["hide"] = ["navigation", "toc"]
        frame.markdown, frame.content = "", content
        if frame.canonical_url:
            frame.canonical_url = slot_marker("canonical")
        if frame.edit_url:
            frame.edit_url = slot_marker("edit")
        page.active = True  # the page's entry in the menu (and its sections)
        self._section.mark(page, self.nav)
        try:
            context = get_context(self.nav, self._doc_pages, config, frame)
            output = self.env.get_template("main.html").render(context)
            return fix_theme_markup(config.plugins.on_post_page(output, page=frame, config=config))
        finally:
            self._section.unmark()
            page.active = False


def _resolve(page_url: str, href: str) -> str:
    """The site address a relative link of a page leads to ('' is the home page)."""
    if href.startswith("/"):
        return href.lstrip("/")
    joined = posixpath.normpath(posixpath.join(page_url or ".", href))
    return "" if joined == "." else joined + ("/" if not joined.endswith("/") else "")


def _links_to(targets: set[str], url: str) -> bool:
    return any(t.startswith(url) for t in targets) if url else "" in targets
