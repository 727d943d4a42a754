"""The languages a plan can be written in, and a text shown in another language than
its page's (a missing translation falls back to the main language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from markupsafe import escape

LANGUAGES = ("nl", "fr", "en")  # the languages a plan may be written in
# Dutch names, for editors' messages ('Frans (fr)').
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Frans", "en": "Engels"}


class Foreign(str):
    """A text in ``lang``, on a page in another language: the main language's text
    where a translation is missing. Jinja's autoescape asks every value for its
    HTML (``__html__``): so wherever a template prints it, it is marked with ``lang``
    and a screen reader pronounces it right. In an attribute, print ``| plain``."""

    lang: str
    # The page's words for the language ('en néerlandais'): shared.interface knows the
    # page's language and sets this; a small visible mark follows the text.
    said_in: ClassVar[Callable[[str], str]] = staticmethod(lambda code: "")

    def __new__(cls, text: str, lang: str) -> Foreign:
        made = super().__new__(cls, text)
        made.lang = lang
        return made

    def __html__(self) -> str:
        text = f'<span lang="{self.lang}">{escape(str.__str__(self))}</span>'
        return text + foreign_mark(self.lang)

    def __reduce__(self) -> tuple:  # pages are rendered on a second core too
        return (Foreign, (str.__str__(self), self.lang))


def foreign_mark(lang: str) -> str:
    """The visible mark after a short text in ``lang``: ' (en néerlandais)', small."""
    said = Foreign.said_in(lang)
    return f' <small class="pw-foreign-mark">({escape(said)})</small>' if said else ""


def foreign_note(lang: str) -> str:
    """The visible note above a block in ``lang``: 'en néerlandais'."""
    said = Foreign.said_in(lang)
    return f'<p class="pw-foreign-note">{escape(said)}</p>' if said else ""


def language_of(text: object) -> str | None:
    """The language a text is in when it is not the page's, else None."""
    return text.lang if isinstance(text, Foreign) else None
