"""Dutch compounds for the search index: 'kinderarmoede' is also found by 'armoede'.

Dutch writes compounds as one word, and the browser's search matches whole words
(or their start). At index time each long word whose end, or start, is itself a word
of the plan (its vocabulary: every word in its own texts) adds that part to the
index. No dictionary is needed, and only parts the plan itself uses are added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+")
MIN_PART = 5  # "buurt", "zorg"+: shorter parts ("acht", "door") match too much
MIN_REST = 3  # 'woon' in 'woonbeleid', 'kind' in 'kindzorg'
MIN_COMPOUND = MIN_PART + MIN_REST
# Linking sounds between the parts of a compound: 'armoede-s-bestrijding'.
_LINKS = ("s", "e", "en")


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


class Vocabulary:
    """The words a plan uses, to recognise the parts of its compound words."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.words = {w for text in texts for w in words(text) if len(w) >= MIN_PART}
        self._parts: dict[str, tuple[str, ...]] = {}

    def parts(self, word: str) -> tuple[str, ...]:
        """The parts of ``word`` that are words of the plan (empty if none)."""
        word = word.lower()
        if len(word) < MIN_COMPOUND:
            return ()
        found = self._parts.get(word)
        if found is None:
            found = tuple(self._split(word))
            self._parts[word] = found
        return found

    def _split(self, word: str) -> list[str]:
        found: list[str] = []
        # Each side of a cut has at least MIN_REST letters; only a side that is itself a
        # word of the plan, of MIN_PART letters or more, is added ('woon|beleid').
        for i in range(MIN_REST, len(word) - MIN_REST + 1):
            head, tail = word[:i], word[i:]
            candidates = [tail, head]
            # A linking sound between the parts: 'armoede-s-bestrijding' → 'armoede'.
            candidates += [head[: -len(link)] for link in _LINKS if head.endswith(link)]
            for part in candidates:
                if len(part) >= MIN_PART and part in self.words and part not in found:
                    found.append(part)
        return found

    def extra_words(self, text: str) -> list[str]:
        """The parts of the compounds in ``text`` that ``text`` does not already hold."""
        present = set(words(text))
        extra: list[str] = []
        for word in sorted(present):
            for part in self.parts(word):
                if part not in present and part not in extra:
                    extra.append(part)
        return extra
