"""The live preview after an edit of plan data only: MkDocs' site of the previous build,
kept.

When nothing but the data changed (the frame, see ``site._Frame``, and the narrative
pages as they were, the same generated pages with the same titles), MkDocs reads no
configuration, file list or menu again: the frames are the previous build's, and of
the narrative pages only those with a macro (``{{ ... }}``) are read again, since
they may show the data, and rendered again only when their macros now give another
Markdown (most data edits change no count or list a narrative page shows). Anything
else: a site opened afresh.

A plan in several languages: MkDocs keeps one instance per process of a plugin that
has ``on_startup`` or ``on_shutdown``, so the languages' configurations share Material's
search and the planwijzer plugin. The search keeps no language's state that a kept site
needs: each site holds its own index (see ``engine.MkDocsSite``), and the planwijzer
plugin is told each build's plan. Any other shared plugin (Material's blog, tags, ...)
may keep state this module does not know: such a plan's sites open afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...pipeline import fingerprint
from ...rendering.page import PageJob
from ..site.engine import EnginePage, Extras, SiteLanguage
from ..site_pages import Layout
from .search_index import search_plugin

_MACRO = ("{{", "{%")


class KeptSite:
    """One language's site; ``renew`` makes it the next build's."""

    def __init__(self, opened: Any) -> None:
        self.site = opened  # an engine.MkDocsSite
        self._docs = _docs_print(opened.source_docs)
        self._jobs: list[tuple] | None = None
        self._frames: Layout | None = None
        self._pages: list[EnginePage] = []
        self._markdown: dict[str, str] = {}  # per page with a macro, the Markdown it gave
        self._again: set[str] = set()  # those whose macros give another Markdown now
        self.renewed = False

    @property
    def settings(self) -> Any:
        return self.site.settings

    @property
    def source_url(self) -> str | None:
        return self.site.source_url

    def renewable(self, languages: int = 1) -> bool:
        if languages > 1 and not _shares_only_known(self.site.config):
            return False
        return self._frames is not None and _docs_print(self.site.source_docs) == self._docs

    def renew(self, language: SiteLanguage) -> None:
        self.site.language, self.renewed = language, True
        self.site.listen()

    def layout(self, jobs: Sequence[PageJob], extras: Extras) -> Layout:
        keys = self._keys(jobs)
        if self.renewed and keys != self._jobs:  # other pages: MkDocs reads afresh
            self.site = self.site.reopened()
            self.renewed = False
        if self.renewed:
            assert self._frames is not None
            self.site.tell(extras)  # the macros show this build's plan
            self._again = set()
            for page in self._with_macros():
                path = page.file.src_uri
                if self.site.narrative.read(page, self._markdown.get(path)):
                    self._again.add(path)
            self._remember()
            return self._frames
        self._frames = self.site.layout(jobs, extras)
        self._jobs = self._keys(jobs)
        self._remember()
        return self._frames

    def _remember(self) -> None:
        self._markdown = {p.file.src_uri: p.markdown for p in self._with_macros()}

    def _keys(self, jobs: Sequence[PageJob]) -> list[tuple]:
        """What of the generated pages shapes the frames: where each is, its width, and
        the title of one in the menu (another's title fills a slot)."""
        menu = self._frames.in_menu if self._frames is not None else (lambda url: True)
        return [(j.path, j.wide, j.title if menu(j.url) else None) for j in jobs]

    def _with_macros(self) -> list:
        return [f.page for f in self.site.narrative.narrative if _has_macro(f.content_string)]

    def pages(self) -> list[EnginePage]:
        if not self.renewed:
            pages = self.site.pages()
        else:
            fresh = {p.path: p for p in self.site.narrative.render_some(self._again)}
            pages = [fresh.get(p.path, p) if p.path else p for p in _copies(self._pages)]
        self._pages = _copies(pages)  # the builder adds to the entries it is given
        return pages

    def static_files(self) -> list:
        return self.site.static_files()

    def write_index(self, entries: list) -> None:
        self.site.write_index(entries)

    def close(self) -> None:
        self.site.stop_listening()

    def remove(self) -> None:
        self.site.close()


def _copies(pages: list[EnginePage]) -> list[EnginePage]:
    return [replace(p, entries=[dict(e) for e in p.entries]) for p in pages]


def _shares_only_known(config: Any) -> bool:
    """Whether every plugin instance MkDocs shares between the languages' configurations
    is one a kept site needs nothing of (the search, see above) or the builder tells."""
    search = search_plugin(config)
    return all(
        name == "planwijzer" or plugin is search
        for name, plugin in config.plugins.items()
        if hasattr(plugin, "on_startup") or hasattr(plugin, "on_shutdown")
    )


def _has_macro(text: str) -> bool:
    return any(mark in text for mark in _MACRO)


def _docs_print(docs: Path) -> tuple:
    return fingerprint(sorted(docs.rglob("*"))) if docs.is_dir() else ()
