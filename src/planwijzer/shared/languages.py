"""The languages a plan can be written in, and a text shown in another language than
its page's (a missing translation falls back to the main language)."""

from __future__ import annotations

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

    def __new__(cls, text: str, lang: str) -> Foreign:
        made = super().__new__(cls, text)
        made.lang = lang
        return made

    def __html__(self) -> str:
        return f'<span lang="{self.lang}">{escape(str.__str__(self))}</span>'

    def __reduce__(self) -> tuple:  # pages are rendered on a second core too
        return (Foreign, (str.__str__(self), self.lang))


def language_of(text: object) -> str | None:
    """The language a text is in when it is not the page's, else None."""
    return text.lang if isinstance(text, Foreign) else None
