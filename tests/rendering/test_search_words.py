"""Dutch compounds split by a real Dutch word list and the plan's own words, for the
search index."""

from __future__ import annotations

import pytest

from planwijzer.rendering.search_words import Vocabulary

# The plan's own words alone (no word list): what a plan's vocabulary adds by itself.
PLAN_WORDS = Vocabulary(
    ["Armoede en beleid.", "De buurt, de bestrijding, de zorg."], dictionary=frozenset()
)
# With the Dutch word list (pyspellchecker's), as every build uses it.
DUTCH = Vocabulary([])


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


@pytest.mark.parametrize(
    ("word", "found_by"),
    [
        ("energiearmoede", ["armoede", "energie"]),  # neither is a word of this plan
        ("woonbeleid", ["wonen", "beleid"]),  # 'woon' is the stem of 'wonen'
        ("huurwoningen", ["wonen", "huur", "woningen"]),  # a noun made from a verb
        ("renovatiebegeleiding", ["renovatie", "begeleiding", "begeleiden"]),
        ("stationswijk", ["station", "wijk"]),  # with a linking 's'
        ("samenlevingsopbouw", ["samenleving", "opbouw"]),
    ],
)
def test_a_dutch_word_list_splits_compounds_in_any_plan(word, found_by):
    extra = DUTCH.extra_words(word)
    assert all(part in extra for part in found_by), extra


@pytest.mark.parametrize("word", ["ontbijt", "gemeenten", "kinderen", "bestrijding"])
def test_a_word_that_is_no_compound_gets_no_made_up_parts(word):
    assert DUTCH.parts(word) == ()


def test_no_part_is_a_little_word_that_says_nothing():
    assert "ding" not in DUTCH.extra_words("armoedebestrijding")
    assert "onder" not in DUTCH.extra_words("onderwijsopbouwwerk")
