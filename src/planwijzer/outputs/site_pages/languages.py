"""A site in several languages: where each language's pages are, and the links between
a page and its counterparts.

The main language is at the site's root, every other language under ``/<taal>/``, with
the same addresses below it (ids are the same in every language): ``acties/x/`` is
``fr/acties/x/`` in French. So every page has its counterpart in every language, and
a link to it is the page's own address under another root.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

# Each language by its own name: a reader looks for the language they read.
ENDONYMS = {"nl": "Nederlands", "fr": "Français", "en": "English"}


@dataclass(frozen=True)
class SiteLanguages:
    languages: tuple[str, ...]  # main language first
    current: str

    @property
    def several(self) -> bool:
        return len(self.languages) > 1

    def root(self, language: str) -> str:
        """The folder of ``language`` below the site's root ('' or 'fr/')."""
        return "" if language == self.languages[0] else f"{language}/"

    def href(self, url: str, language: str) -> str:
        """A link from the page at ``url`` (in the current language) to its counterpart
        in ``language``: up to the site's root, down again."""
        depth = (self.root(self.current) + url).count("/")
        return "../" * depth + self.root(language) + url or "./"

    def switcher(self, url: str, label: str, root: str = "") -> str:
        """Every language of the page: the others as links, the current one marked;
        ``root``: where this language's root is (the 404 page's own links)."""
        if not self.several:
            return ""
        items = []
        for language in self.languages:
            name = escape(ENDONYMS[language])
            if language == self.current:
                items.append(f'<li><span aria-current="page" lang="{language}">{name}</span></li>')
            else:
                href = escape(root + self.href(url, language))
                items.append(
                    f'<li><a href="{href}" hreflang="{language}" lang="{language}">{name}</a></li>'
                )
        start = f'<nav class="pw-languages" aria-label="{escape(label)}"><ul>'
        return start + "".join(items) + "</ul></nav>"
