"""Dutch compounds for the search index: 'energiearmoede' is also found by 'armoede'.

Dutch writes compounds as one word, and the browser's search matches whole words
(or their start). At index time each long word is cut where both sides are Dutch
words, and the parts are added to the index (hidden in the results list):

- the Dutch words come from a real word list, the Dutch frequency list that the
  maintained package pyspellchecker ships (MIT; built from OpenSubtitles), so that
  'armoede', 'energie' and 'wonen' find their compounds in any plan; the plan's own
  words count too ('STEK'-like names the list does not know);
- a part that is a verb's stem, or a noun made from a verb, also adds the verb:
  'woon' in 'woonbeleid' and 'woningen' in 'huurwoningen' add 'wonen'.

Exact words still rank first: a page with the word itself has it in its text and
often its title, a compound's page only in the hidden parts.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

_WORD = re.compile(r"[^\W\d_]+")
MIN_PART = 5  # a plan's own word must be this long to count as a part ('buurt')
MIN_WORD = 4  # a word of the list: 'huur', 'kind', 'zorg'
MIN_HEAD = 4  # the first part may be a verb's stem: 'woon' in 'woonbeleid'
MIN_COMPOUND = 8
MIN_FREQUENCY = 100  # in the list's counts: below it are names, typos and rare words
# Linking sounds between the parts of a compound: 'armoede-s-bestrijding'.
_LINKS = ("s", "e", "en")
# Words that are parts of many compounds without saying what they are about, and
# endings the list happens to know as words ('kind-eren').
_NOT_PARTS = frozenset(
    {
        "onder",
        "over",
        "voor",
        "door",
        "mee",
        "samen",
        "tegen",
        "achter",
        "boven",
        "buiten",
        "binnen",
        "naar",
        "terug",
        "weer",
        "heel",
        "alle",
        "zelf",
        "niet",
        "maar",
        "ook",
        "zijn",
        "haar",
        "deze",
        "doen",
        "gaan",
        "eren",
        "ende",
        "ster",
        "tjes",
        "ling",
        "lijk",
        "heid",
        "isch",
        "baar",
        "loos",
        "iets",
        "hier",
        "daar",
        "waar",
        "ding",
        "dingen",
    }
)


def query_rules() -> dict:
    """The rules above for the browser (search.js), which splits the reader's query the
    same way: 'jeugdwerking' is also searched as 'jeugd' and 'werking'. Its word list is
    the index's own words: a part the index does not hold would find nothing anyway."""
    return {
        "min_part": MIN_PART,
        "min_word": MIN_WORD,
        "min_head": MIN_HEAD,
        "min_compound": MIN_COMPOUND,
        "links": list(_LINKS),
        "not_parts": sorted(_NOT_PARTS),
    }


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@cache
def dutch_words() -> frozenset[str]:
    """The Dutch word list: words of four letters or more, common enough to be words."""
    raw = (files("spellchecker") / "resources" / "nl.json.gz").read_bytes()
    counts = json.loads(gzip.decompress(raw))
    return frozenset(
        w for w, n in counts.items() if n >= MIN_FREQUENCY and len(w) >= MIN_WORD and w.isalpha()
    )


def _verb(part: str, known: frozenset[str] | set[str]) -> str | None:
    """The verb behind a stem ('woon' → 'wonen', 'werk' → 'werken') or a noun made from
    a verb ('woning' → 'wonen', 'opleiding' → 'opleiden'), when the list has it."""
    candidates = []
    for ending in ("ingen", "ing"):
        if part.endswith(ending) and len(part) > len(ending) + 2:
            candidates.append(part[: -len(ending)] + "en")
    if part[-1:] not in "aeiouy":
        candidates.append(part + "en")
        if len(part) >= 4 and part[-3] == part[-2] and part[-2] in "aeou":
            candidates.append(part[:-2] + part[-1] + "en")  # a long vowel: woon → wonen
    return next((c for c in candidates if c != part and c in known), None)


class Vocabulary:
    """The words that make up compounds: the Dutch word list and the plan's own words."""

    def __init__(
        self,
        texts: Iterable[str],
        dictionary: frozenset[str] | None = None,
        *,
        known: dict[str, frozenset[str]] | None = None,
    ) -> None:
        """``known``: the words of texts seen before (the live preview's previous build),
        filled with those of these texts."""
        seen = {} if known is None else known
        self.plan_words: set[str] = set()
        for text in texts:
            found = seen.get(text)
            if found is None:
                found = seen[text] = frozenset(w for w in words(text) if len(w) >= MIN_PART)
            self.plan_words |= found
        self._dictionary = dictionary  # None: the Dutch word list, loaded when first needed
        self._parts: dict[str, tuple[str, ...]] = {}

    @property
    def dictionary(self) -> frozenset[str]:
        if self._dictionary is None:
            self._dictionary = dutch_words()
        return self._dictionary

    def _is_word(self, part: str) -> bool:
        if part in _NOT_PARTS:
            return False
        return part in self.plan_words or (len(part) >= MIN_WORD and part in self.dictionary)

    def parts(self, word: str) -> tuple[str, ...]:
        """The parts of ``word`` that are words (empty if none), and their verbs."""
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

        def add(part: str, with_verb: bool = True) -> None:
            if part != word and part not in found:
                found.append(part)
            verb = _verb(part, self.dictionary) if with_verb else None
            if verb is not None and verb != word and verb not in found:
                found.append(verb)

        split = False
        for i in range(MIN_HEAD, len(word) - MIN_WORD + 1):
            head, tail = word[:i], word[i:]
            # A linking sound between the parts: 'armoede-s-bestrijding' → 'armoede'.
            heads = [head] + [head[: -len(link)] for link in _LINKS if head.endswith(link)]
            if not split and self._is_word(tail):
                # One way to cut a compound, the longest last part first ('doel|stelling',
                # not also 'doels|telling').
                words_ = [h for h in heads if self._is_word(h) or self._is_stem(h)]
                inner = [] if words_ else list(self.parts(head))  # 'energiearmoede|beleid'
                if words_ or inner:
                    split = True
                    add(tail)
                    for part in words_:
                        add(part)
                    for part in inner:
                        add(part, with_verb=False)
                    continue
            # The plan's own words count on one side alone ('STEK|werking').
            for part in [tail, *heads]:
                if len(part) >= MIN_PART and part in self.plan_words:
                    add(part, with_verb=False)
        return found

    def _is_stem(self, head: str) -> bool:
        """A verb's stem as the first part ('woon' in 'woonbeleid'): its verb is a word."""
        return len(head) >= MIN_HEAD and _verb(head, self.dictionary) is not None

    def extra_words(self, text: str) -> list[str]:
        """The parts of the compounds in ``text`` that ``text`` does not already hold, and
        the verbs of its nouns made from verbs ('woningen' adds 'wonen')."""
        present = set(words(text))
        extra: list[str] = []
        for word in sorted(present):
            related = list(self.parts(word))
            if len(word) >= MIN_COMPOUND and word.endswith(("ing", "ingen")):
                verb = _verb(word, self.dictionary)
                related += [verb] if verb else []
            for part in related:
                if part not in present and part not in extra:
                    extra.append(part)
        return extra
