"""The interface's words from the catalogues, and numbers and dates per language."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

import catalogues
from planwijzer.rendering.formatting import number, percent
from planwijzer.shared.interface import (
    _,
    catalogue_path,
    language,
    month_name,
    ngettext,
    speaking,
)
from planwijzer.shared.languages import LANGUAGES
from planwijzer.shared.periods import Period


@pytest.fixture(scope="module")
def used() -> set:
    """Every message the package's code and templates use (extracted as Babel does)."""
    return catalogues.ids(catalogues.extract())


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_in_the_catalogue_and_none_is_left_over(code, used):
    have = catalogues.ids(catalogues.read(code))
    assert not used - have, f"ontbreekt in {code}: run scripts/catalogues.py en vertaal"
    assert not have - used, f"ongebruikt in {code}: run scripts/catalogues.py"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(code):
    with catalogue_path(code).open("rb") as source:
        catalogue = read_po(source, locale=code)
    assert catalogues.untranslated(catalogue) == []
    assert [(m.id, errors) for m, errors in catalogue.check()] == []


def test_a_page_speaks_its_language_and_the_language_is_put_back():
    assert language() == "nl"
    with speaking("fr"):
        assert _("Doelstellingen") == "Objectifs"
        with speaking("en"):
            assert _("Doelstellingen") == "Goals"
        assert ngettext("%(num)s gemeente", "%(num)s gemeenten", 2) == "%(num)s communes"
    assert _("Doelstellingen") == "Doelstellingen"


@pytest.mark.parametrize(
    ("code", "written", "share"),
    [("nl", "1.234,5", "40%"), ("fr", "1\u202f234,5", "40\u00a0%"), ("en", "1,234.5", "40%")],
)
def test_numbers_are_written_the_way_of_the_language(code, written, share):
    with speaking(code):
        assert number(1234.5) == written
        assert percent(40) == share


@pytest.mark.parametrize(
    ("code", "month", "period", "open_ended"),
    [
        ("nl", "maart", "april 2021 – december 2022", "vanaf 2021"),
        ("fr", "mars", "avril 2021 – décembre 2022", "à partir de 2021"),
        ("en", "March", "April 2021 – December 2022", "from 2021"),
    ],
)
def test_dates_are_written_in_the_language(code, month, period, open_ended):
    with speaking(code):
        assert month_name(3) == month
        assert Period.parse("2021-04", "2022-12").label() == period
        assert Period.parse("2021", None).label() == open_ended
