"""A plan in several languages, the MkDocs side: each language's site speaks its
language (the theme, its search) and links every page to its counterparts.

Planwijzer's builder opens one engine site per language (see ``outputs/site``);
where each language's pages go and which narrative pages it has is the builder's.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ...shared.interface import _, gettext, ngettext, pgettext, speaking
from ..site.not_found import MARK
from ..site_pages import SiteLanguages, slot_marker

EXTRA = "planwijzer_talen"  # config.extra: the languages of the site being built


def site_languages(config: Any) -> SiteLanguages:
    """The languages of the build (one, when the plan has one)."""
    said = config.extra.get(EXTRA) or {}
    languages = tuple(said.get("languages") or ("nl",))
    return SiteLanguages(languages, said.get("current") or languages[0])


def set_site_languages(config: Any, languages: tuple[str, ...], current: str) -> None:
    config.extra[EXTRA] = {"languages": list(languages), "current": current}


class LanguageLinks:
    """A page's language switcher, as HTML (a slot value; hreflang is in the sitemap): the
    build's languages and the switcher's label read once, then per page its links."""

    def __init__(self, config: Any) -> None:
        self.languages = site_languages(config)
        with speaking(self.languages.current):
            self.label = _("Taal")

    def __call__(self, url: str) -> dict[str, str]:
        return {"languages": self.languages.switcher(url, self.label)}


def install_interface(env: Any, config: Any) -> None:
    """Let the theme's own templates (theme/) speak through the catalogues, and give
    them the language links: as HTML for a page MkDocs renders, as slots in a frame."""
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(gettext, ngettext, newstyle=True, pgettext=pgettext)
    language_links = LanguageLinks(config)

    def links(page: Any, which: str) -> Markup:
        if page is None:  # the 404 page: to each language's start page (not_found)
            return Markup(language_links.languages.switcher("", language_links.label, MARK + "/"))
        if page.meta and page.meta.get("planwijzer_frame"):
            return Markup(slot_marker(which))
        return Markup(language_links(page.url)[which])

    env.globals["planwijzer_language_links"] = links


def _searches(config: Any) -> list[tuple[str, Any]]:
    return [
        (name, plugin)
        for name, plugin in config.plugins.items()
        if name.split("/")[-1] == "search" and "lang" in plugin.config
    ]


def speak_in(config: Any, code: str) -> None:
    """The theme and its search in ``code`` (Material translates its own words and
    stems the search for French and English); each language's site loads its own
    configuration, so nothing is put back."""
    config.theme["language"] = code
    for _name, plugin in _searches(config):
        plugin.config.lang = [code]
