"""The search index: each generated page indexed by its short search document.

Material's search plugin indexes ``page.content`` in ``on_page_context``. Around
it, a page shows the search plugin only its short search document and gets its
full content back afterwards. The entries the plugin added are kept per page, so
that an incremental build, or a build split over two processes, can write a
complete index in page order.

Each paragraph of an entry gets the parts of its Dutch compounds (search_words) in a
<sub>, which the results list does not show (planwijzer.css): a search for 'armoede'
shows the sentence with 'kinderarmoede'.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from ...rendering.search_words import Vocabulary

_FULL_CONTENT = "_planwijzer_full_content"
# A paragraph or list item of an index entry (the search plugin keeps only such tags).
_BLOCK = re.compile(r"(<p>|<li>)(.*?)</(?:p|li)>", re.S)


class SearchIndexKeeper:
    """Per generated page: its search document, and its entries in the index."""

    def __init__(self) -> None:
        self.documents: dict[str, str] = {}  # page -> short search document
        self.entries: dict[str, list] = {}  # page -> its entries in the search index
        self.vocabulary = Vocabulary([])
        self._before = 0

    def learn_words(self, files: Files) -> None:
        """The plan's words (its search documents and narrative pages), to split its
        compounds: after the generated pages are added, before any page is indexed."""
        narrative = [
            f.content_string for f in files.documentation_pages() if f.src_uri not in self.documents
        ]
        self.vocabulary = Vocabulary([*self.documents.values(), *narrative])

    def show_document(self, context: dict, page: Any, config: MkDocsConfig) -> None:
        """Before the search plugin reads the page: give it the search document."""
        self._before = len(index_entries(config))
        doc = self.documents.get(page.file.src_uri)
        if doc is not None:
            context[_FULL_CONTENT] = page.content
            page.content = doc

    def restore_content(self, context: dict, page: Any, config: MkDocsConfig) -> None:
        """After it: the page's full content back, and the entries it added kept."""
        if _FULL_CONTENT in context:
            page.content = context.pop(_FULL_CONTENT)
        added = index_entries(config)[self._before :]
        for entry in added:
            text = _BLOCK.sub(self._with_parts, entry.get("text", ""))
            entry["text"] = self._with_title_parts(entry.get("title", ""), text)
        self.entries[page.file.src_uri] = added

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

    def entries_of(self, pages: list) -> dict[str, list]:
        return {p.file.src_uri: self.entries.get(p.file.src_uri, []) for p in pages}

    def complete(self, config: MkDocsConfig, pages: list[str], rewrite: bool) -> None:
        """With ``rewrite`` (pages skipped here were indexed earlier or elsewhere), the
        index becomes every page's entries in page order; then only those pages are kept."""
        if rewrite:
            index_entries(config)[:] = [e for uri in pages for e in self.entries.get(uri, [])]
        self.entries = {uri: self.entries.get(uri, []) for uri in pages}


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
