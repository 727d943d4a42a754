"""A goal's code read in another language: its level's own abbreviation (loading/level_codes.py)."""

from __future__ import annotations

from planwijzer.loading.level_codes import codes_in_language

PLAN = {
    "niveaus": [
        {"sleutel": "strategisch", "afkorting": {"nl": "SD", "fr": "OS"}},
        {"sleutel": "operationeel", "afkorting": {"nl": "OD", "fr": "OO"}},
    ]
}
GOALS = {
    "strategisch": [
        {
            "id": "sd1",
            "code": "SD1",
            "operationeel": [
                {"id": "od1", "code": "OD1.1"},
                {"id": "od2", "code": "1.2"},  # no prefix: as written
                {"id": "od3", "code": "ODD3"},  # another word: as written
            ],
        }
    ]
}


def test_a_code_takes_the_abbreviation_of_the_language():
    french = codes_in_language(PLAN, GOALS, "nl", "fr")
    top = french["strategisch"][0]
    assert top["code"] == "OS1" and top["id"] == "sd1"
    assert [g["code"] for g in top["operationeel"]] == ["OO1.1", "1.2", "ODD3"]
    assert GOALS["strategisch"][0]["code"] == "SD1"  # the data itself is not changed


def test_the_main_language_or_one_abbreviation_changes_nothing():
    assert codes_in_language(PLAN, GOALS, "nl", "nl") is GOALS
    plain = {"niveaus": [{"sleutel": "strategisch", "afkorting": "SD"}]}
    assert codes_in_language(plain, GOALS, "nl", "fr") is GOALS
