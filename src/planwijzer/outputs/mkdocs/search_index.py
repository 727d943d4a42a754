"""The theme's search index: its plugin's entries for each page.

Material's search plugin indexes each narrative page in ``on_page_context``; the
entries it adds are that page's. Each generated page is indexed by its short search
document through the same plugin's indexer (``entries_for_page``). The builder puts
them in order (``outputs/site/search``); the plugin writes the index.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig


class EntryMemo:
    """The search entries made of each page's text, in this build and the one before:
    an unchanged page's are taken over, and only this build's are kept for the next."""

    def __init__(self) -> None:
        self._before: dict[tuple, list] = {}
        self._now: dict[tuple, list] = {}

    def entries(self, key: tuple, make: Callable[[], list]) -> list:
        if key not in self._now:
            self._now[key] = self._before[key] if key in self._before else make()
        return self._now[key]

    def next_build(self) -> None:
        self._before, self._now = self._now, {}


def entries_for_page(config: MkDocsConfig, url: str, title: str, text: str) -> list:
    """The entries the theme's search plugin makes of a page with ``text`` as its
    content (for a page MkDocs does not build)."""
    plugin = search_plugin(config)
    if plugin is None:
        return []
    index = plugin.search_index
    before = len(index.entries)
    index.add_entry_from_context(_IndexedPage(url, title, text))
    added = index.entries[before:]
    del index.entries[before:]
    return added


class _IndexedPage:
    """What the theme's indexer reads of a page."""

    def __init__(self, url: str, title: str, text: str) -> None:
        self.url, self.title, self.content, self.toc = url, title, text, []
        self.meta = {"title": html.escape(title, quote=False)}


def search_plugin(config: MkDocsConfig) -> Any:
    """Material's search plugin, when it is the one in use (it keeps its entries)."""
    for plugin in config.plugins.values():
        entries = getattr(getattr(plugin, "search_index", None), "entries", None)
        if isinstance(entries, list):
            return plugin
    return None


def index_entries(config: MkDocsConfig) -> list:
    plugin = search_plugin(config)
    return plugin.search_index.entries if plugin is not None else []


def own_search_index(config: MkDocsConfig) -> Any:
    """The index the theme's search plugin holds now (None without Material's search)."""
    plugin = search_plugin(config)
    return plugin.search_index if plugin is not None else None


def write_search_index(config: MkDocsConfig, index: Any) -> None:
    """Write ``index`` where the search plugin writes its own, as it does (a build that
    is not 'dirty' has no previous index to merge)."""
    path = Path(config.site_dir) / "search" / "search_index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(index.generate_search_index(None), encoding="utf-8")
