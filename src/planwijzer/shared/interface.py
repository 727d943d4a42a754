"""The language of the interface while a page is written: every word the site says
around the plan's own texts (menus, headings, labels, sentences), and how numbers
and dates are written ('1.234,5' in Dutch, '1 234,5' in French, '1,234.5' in
English).

The words come from gettext catalogues (``locales/<taal>/LC_MESSAGES/planwijzer.po``,
read with Babel); their message ids are the Dutch texts, so a template reads as the
Dutch page it makes. Numbers and dates follow Babel's CLDR data. The language is a
context variable, set by whoever renders a page (``speaking('fr')``): templates,
sentences and formatting ask for it, nothing passes it along. Messages for editors
(check, nieuw, the preview's errors) stay Dutch and do not come through here.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from .languages import LANGUAGES, Foreign

LOCALES = Path(__file__).parent / "locales"
DOMAIN = "planwijzer"
_LANGUAGE: ContextVar[str] = ContextVar("interface_language", default="nl")


def language() -> str:
    """The language of the page being written (Dutch outside any page)."""
    return _LANGUAGE.get()


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Everything said inside is said in ``code``."""
    token = enter_language(code)
    try:
        yield
    finally:
        leave_language(token)


def enter_language(code: str) -> Token[str]:
    """From here on, ``code`` (for what spans several calls: a MkDocs build)."""
    return _LANGUAGE.set(code)


def leave_language(token: Token[str]) -> None:
    _LANGUAGE.reset(token)


def catalogue_path(code: str) -> Path:
    return LOCALES / code / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(code: str) -> Translations:
    """The catalogue of ``code``, compiled in memory (no .mo file is kept)."""
    if code not in LANGUAGES:
        raise ValueError(f"geen catalogus voor de taal '{code}'")
    with catalogue_path(code).open("rb") as source:
        catalogue = read_po(source, locale=code, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def gettext(message: str) -> str:
    return translations(_LANGUAGE.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_LANGUAGE.get()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A word that is translated differently in different places ('open' of a
    period, 'open' of a door)."""
    return translations(_LANGUAGE.get()).pgettext(context, message)


_ = gettext


def N_(message: str) -> str:
    """Marks a message for the catalogues where it is written; translated where shown."""
    return message


# A text shown in another language than its page's (a missing translation) says so,
# visibly and in the page's words: 'en néerlandais' (see shared.languages.Foreign).
_SAID_IN = {"nl": N_("in het Nederlands"), "fr": N_("in het Frans"), "en": N_("in het Engels")}


def said_in(code: str) -> str:
    """'in het Nederlands' in the page's language: 'en néerlandais'."""
    return gettext(_SAID_IN[code]) if code in _SAID_IN else ""


Foreign.said_in = staticmethod(said_in)


@cache
def _symbols(code: str) -> tuple[str, str, str]:
    """(thousands, decimals, before the percent sign) of ``code``, from CLDR."""
    locale = Locale.parse(code)
    symbols = locale.number_symbols["latn"]
    percent = locale.percent_formats[None].pattern  # '#,##0%', '#,##0 %'
    return symbols["group"], symbols["decimal"], percent[percent.index("0") + 1 : -1]


def number_symbols() -> tuple[str, str, str]:
    return _symbols(_LANGUAGE.get())


@cache
def _plural_rule(code: str):  # type: ignore[no-untyped-def]
    return Locale.parse(code).plural_form


def singular(n: int) -> bool:
    """Whether ``n`` takes the singular in the page's language (CLDR): 1 in Dutch and
    English, 0 and 1 in French ('0 action')."""
    return bool(_plural_rule(_LANGUAGE.get())(n) == "one")


# French sets ':' apart by a no-break space, ';', '!' and '?' by a narrow one.
_SPACE_BEFORE = {"fr": {":": "\u00a0", ";": "\u202f", "!": "\u202f", "?": "\u202f"}}


def punctuation(mark: str) -> str:
    """':' as the page's language writes it after a word: '\u00a0:' in French."""
    return _SPACE_BEFORE.get(_LANGUAGE.get(), {}).get(mark, "") + mark


@cache
def _months(code: str) -> tuple[str, ...]:
    names = Locale.parse(code).months["format"]["wide"]
    return tuple(names[month] for month in range(1, 13))


def month_name(month: int) -> str:
    """'maart', 'mars', 'March'."""
    return _months(_LANGUAGE.get())[month - 1]
