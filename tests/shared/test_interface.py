"""The interface's words from the catalogues, and numbers and dates per language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

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


def _asked(call: ast.Call) -> int:
    """How many of a call's first arguments are messages (0: not a catalogue call)."""
    name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
    return {"ngettext": 2, "pgettext": 2}.get(str(name), 0)


def test_every_plural_is_asked_for_where_it_is_written():
    """A plural message passed on as a variable is not found by the catalogues (the
    French page said '5 rijen'): ngettext and pgettext take their words as written."""
    package = Path(catalogues.PACKAGE)
    loose = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "interface.py":
            continue  # where they are defined
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _asked(node):
                words = node.args[: _asked(node)]
                if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in words):
                    loose.append(f"{path.relative_to(package)}:{node.lineno}")
    assert loose == []


def _strings(message) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_french_sets_its_punctuation_apart_with_a_no_break_space():
    """'Pilote : ...' never breaks before its colon, nor 'Vous avez vu une erreur ?'."""
    with catalogue_path("fr").open("rb") as source:
        catalogue = read_po(source, locale="fr")
    loose = [
        text
        for message in catalogue
        if message.id
        for text in _strings(message)
        if re.search(r"(?:^|[^\u00a0\u202f])[:;!?](?!//|\w)", re.sub(r"<[^>]*>", "", text))
    ]
    assert loose == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_title_is_never_a_bare_noun(code):
    """'Les actions de Plan d'exemple' reads wrong for any title: a plan's or report's
    title stands in quotes, after a noun ('le plan « ... »', 'het rapport ‘...’')."""
    with catalogue_path(code).open("rb") as source:
        catalogue = read_po(source, locale=code)
    bare = [
        text
        for message in catalogue
        if message.id and message.id != "%(plan)s van %(organisatie)s"  # a description
        for text in _strings(message)
        if re.search(r"(?<![‘«\u202f])%\((plan|rapport)\)s", text)
    ]
    assert bare == []


def test_the_catalogues_script_sets_french_punctuation_apart():
    """After a merge, 'python scripts/catalogues.py' gives a new French translation its
    no-break spaces, so the test above holds without anyone typing U+00A0."""
    assert catalogues.typeset("fr", "Pilote: %(naam)s") == "Pilote\u00a0: %(naam)s"
    assert (
        catalogues.typeset("fr", "Une erreur ? Voir ; ici") == "Une erreur\u202f? Voir\u202f; ici"
    )
    assert (
        catalogues.typeset("fr", "Source\u00a0: https://x.be/a:b")
        == "Source\u00a0: https://x.be/a:b"
    )
    assert catalogues.typeset("nl", "Trekker: %(naam)s") == "Trekker: %(naam)s"
