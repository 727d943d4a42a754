"""The search index: the theme's one index, with Planwijzer's pages in it.

Material's search plugin indexes each narrative page in ``on_page_context``; the
entries it adds are kept per page. Each generated page is indexed by its short
search document, through the same plugin's indexer (``add_generated``). The index
is then written as every page's entries in page order (``complete``).

Each paragraph of an entry gets the parts of its Dutch compounds (search_words) in a
<sub>, which the results list does not show (planwijzer.css): a search for 'armoede'
shows the sentence with 'kinderarmoede'.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from ...rendering.search_words import Vocabulary

# A paragraph or list item of an index entry (the search plugin keeps only such tags).
_BLOCK = re.compile(r"(<p>|<li>)(.*?)</(?:p|li)>", re.S)


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


class SearchIndexKeeper:
    """Per page: its entries in the search index, for one build."""

    def __init__(self) -> None:
        self.entries: dict[str, list] = {}  # page -> its entries in the search index
        self.vocabulary = Vocabulary([])
        # Kept between the live preview's builds: entries made of a page's text, and
        # texts with their compound parts (as long as the plan's words are the same).
        self.made_entries = EntryMemo()
        self._with_compounds: dict[tuple[str, str], str] = {}
        self._before = 0
        self.compounds = True  # a plan's site in Dutch; another language has none

    def before_indexing(self, config: MkDocsConfig) -> None:
        """Before the search plugin reads a page MkDocs builds."""
        self._before = len(index_entries(config))

    def after_indexing(self, page: Any, config: MkDocsConfig) -> None:
        """After it: the entries it added, kept."""
        self.entries[page.file.src_uri] = index_entries(config)[self._before :]

    def add_generated(self, written: list, files: Files) -> None:
        """The generated pages' entries (made as they were written, see
        ``index_entries``); the plan's words (search documents and narrative pages)
        to split its compounds."""
        documents = [w.search for w in written if w.search is not None]
        generated = {w.path for w in written}
        narrative_texts = [
            f.content_string for f in files.documentation_pages() if f.src_uri not in generated
        ]
        vocabulary = Vocabulary([*documents, *narrative_texts])
        if vocabulary.plan_words != self.vocabulary.plan_words:
            self._with_compounds = {}
        self.vocabulary = vocabulary
        for page in written:
            self.entries[page.path] = page.entries

    def _with_parts(self, block: re.Match) -> str:
        extra = self.vocabulary.extra_words(block.group(2))
        if not extra:
            return block.group(0)
        return (
            f"{block.group(1)}{block.group(2)} <sub>{' '.join(extra)}</sub></{block.group(1)[1:]}"
        )

    def _with_title_parts(self, title: str, text: str) -> str:
        """A title's compounds too ('Betere huurwoningen' is found by 'wonen'), hidden in
        the entry's first block, or a block of their own."""
        extra = [w for w in self.vocabulary.extra_words(title) if w not in text]
        if not extra:
            return text
        hidden = f" <sub>{' '.join(extra)}</sub>"
        match = _BLOCK.search(text)
        if match is None:
            return f"{text}<p>{hidden.strip()}</p>"
        end = match.end(2)
        return text[:end] + hidden + text[end:]

    def complete(self, config: MkDocsConfig, pages: list[str]) -> None:
        """The index becomes every page's entries in page order, with the parts of
        their compounds."""
        entries = [e for uri in pages for e in self.entries.get(uri, [])]
        before, done = self._with_compounds, {}
        for entry in entries:
            key = (entry.get("title", ""), entry.get("text", ""))
            if key not in done:
                if not self.compounds:
                    done[key] = key[1]
                elif key in before:
                    done[key] = before[key]
                else:
                    text = _BLOCK.sub(self._with_parts, key[1])
                    done[key] = self._with_title_parts(key[0], text)
            entry["text"] = done[key]
        self._with_compounds = done
        index_entries(config)[:] = entries
        self.entries = {}
        self.made_entries.next_build()


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


def keeps_entries_per_page(config: MkDocsConfig) -> bool:
    """No search, or Material's search, whose index entries can be kept per page."""
    searching = any(name.split("/")[-1] == "search" for name in config.plugins)
    return not searching or search_plugin(config) is not None
