"""Dutch compounds split by the plan's own words, for the search index."""

from __future__ import annotations

import pytest

from planwijzer.rendering.search_words import Vocabulary

PLAN_WORDS = Vocabulary(["Armoede en beleid.", "De buurt, de bestrijding, de zorg."])


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("kinderarmoede", ["armoede"]),  # the head of the compound
        ("woonbeleid", ["beleid"]),  # a short first part ('woon') is cut off, not added
        ("armoedebestrijding", ["bestrijding", "armoede"]),  # both parts
        ("armoedesbestrijding", ["bestrijding", "armoede"]),  # with a linking 's'
        ("buurtwerking", ["buurt"]),
        ("armoede", []),  # a word of the plan itself adds nothing
        ("kindzorg", []),  # 'zorg' has four letters: too short to add
        ("ontbijt", []),  # no part the plan uses
    ],
)
def test_parts_of_compounds(text, parts):
    assert sorted(PLAN_WORDS.extra_words(text)) == sorted(parts)


def test_parts_already_in_the_text_are_not_repeated():
    assert PLAN_WORDS.extra_words("armoede en kinderarmoede") == []
