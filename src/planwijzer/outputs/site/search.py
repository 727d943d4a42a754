"""The search index: every page's entries in page order, Dutch compounds made findable.

The engine makes each page's entries (its search plugin's indexer); the builder puts
them in the order of the pages and gives each paragraph of an entry the parts of its
Dutch compounds (search_words) in a <sub>, which the results list does not show
(planwijzer.css): a search for 'armoede' shows the sentence with 'kinderarmoede'.
"""

from __future__ import annotations

import re

from ...rendering.search_words import Vocabulary, dutch_words

# A paragraph or list item of an index entry (the search plugin keeps only such tags).
_BLOCK = re.compile(r"(<p>|<li>)(.*?)</(?:p|li)>", re.S)


class SearchIndex:
    """Kept between the live preview's builds: texts with their compound parts, as long
    as the plan's words are the same."""

    def __init__(self) -> None:
        self.vocabulary = Vocabulary([])
        self._with_compounds: dict[tuple[str, str], str] = {}
        self._words: dict[str, frozenset[str]] = {}  # per text, its words

    def prepare(self, *, compounds: bool) -> None:
        """Load the Dutch word list (±0.3 s) while a forked copy renders pages, not in
        ``entries``, which waits for every page."""
        if compounds:
            dutch_words()

    def entries(self, pages: list[list], words: list[str], *, compounds: bool) -> list:
        """``pages``: each page's entries in page order; ``words``: the plan's texts
        (search documents and narrative pages) whose compounds are split. Only a site
        in Dutch has compounds."""
        # Each text's words from the previous build; only this build's texts stay.
        now = {text: self._words[text] for text in words if text in self._words}
        vocabulary = Vocabulary(words, known=now)
        self._words = now
        if vocabulary.plan_words != self.vocabulary.plan_words:
            self._with_compounds = {}
        self.vocabulary = vocabulary
        entries = [entry for page in pages for entry in page]
        before, done = self._with_compounds, {}
        for entry in entries:
            key = (entry.get("title", ""), entry.get("text", ""))
            if key not in done:
                if not compounds:
                    done[key] = key[1]
                elif key in before:
                    done[key] = before[key]
                else:
                    text = _BLOCK.sub(self._with_parts, key[1])
                    done[key] = self._with_title_parts(key[0], text)
            entry["text"] = done[key]
        self._with_compounds = done
        return entries

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
