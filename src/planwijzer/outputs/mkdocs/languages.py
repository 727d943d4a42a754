"""A plan in several languages, the MkDocs side: one build per language.

The main language builds at the site's root as before; every other language is a
second build of the same plan folder into ``<site>/<taal>/``, with the plan read in
that language, the theme and its search in that language, and the narrative pages of
that language. The rule for narrative pages: ``docs/<pagina>.<taal>.md`` beside
``docs/<pagina>.md``; a page without one shows the main language's, marked with
``lang`` (and counted by the check). Afterwards one sitemap lists every language.
"""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...loading.narrative_pages import (
    is_page,
    main_language_page,
    other_language_page,
    translated_name,
)
from ...shared.interface import (
    _,
    enter_language,
    gettext,
    leave_language,
    ngettext,
    pgettext,
    speaking,
)
from ...shared.languages import foreign_note
from ...shared.site_paths import site_root
from ..discovery.sitemap import write_sitemap
from ..site_pages import SiteLanguages, slot_marker
from .navigation import pages_by_own_title
from .not_found import MARK

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


def language_docs(
    docs_dir: Path, target: Path, language: str, languages: tuple[str, ...]
) -> set[str]:
    """``docs_dir`` as read in ``language``, written to ``target``: ``x.<taal>.md`` as
    ``x.md``, other files as they are. The pages shown in the main language (no
    translation) are returned, to be marked."""
    fallback: set[str] = set()
    for source in sorted(docs_dir.rglob("*")):
        if not source.is_file():
            continue
        relative = source.relative_to(docs_dir).as_posix()
        main = main_language_page(relative, languages)
        if main != relative:  # another language's page: this language's takes its place
            if relative == translated_name(main, language):
                _copy(source, target / main)
            continue
        if is_page(relative):
            if (docs_dir / translated_name(relative, language)).is_file():
                continue
            fallback.add(relative)
        _copy(source, target / relative)
    return fallback


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


_URLSET_END = "</urlset>"
_XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def merge_sitemaps(site_dir: Path, languages: tuple[str, ...], site_url: str | None = None) -> None:
    """One sitemap: the other languages' addresses joined to the root's, theirs removed;
    with ``site_url``, each address names its counterparts (hreflang)."""
    root = site_dir / "sitemap.xml"
    if not root.is_file():
        return
    text = root.read_text(encoding="utf-8")
    added = []
    for language in languages[1:]:
        own = site_dir / language / "sitemap.xml"
        if own.is_file():
            body = own.read_text(encoding="utf-8")
            added += re.findall(r"<url>.*?</url>", body, flags=re.DOTALL)
            own.unlink()
        (site_dir / language / "sitemap.xml.gz").unlink(missing_ok=True)
    if not added:
        return
    text = text.replace(_URLSET_END, "\n".join(added) + "\n" + _URLSET_END)
    if site_url:
        text = with_alternates(text, site_url, languages)
    write_sitemap(site_dir, text)


def with_alternates(sitemap: str, site_url: str, languages: tuple[str, ...]) -> str:
    """Every page's counterparts as <xhtml:link hreflang> in the sitemap (Google's
    sitemap form of hreflang). Not in the pages' heads: Material's script fetches
    '<href>/sitemap.xml' for every <link rel="alternate"> a page has, a request to the
    site_url's host wherever the site is viewed."""
    base = site_root(site_url)
    pages = SiteLanguages(languages, languages[0])

    def linked(match: re.Match) -> str:
        address = html.unescape(match.group(2))
        if not address.startswith(base):
            return match.group(0)
        url = address.removeprefix(base)
        first, _, rest = url.partition("/")
        url = rest if first in languages[1:] else url
        links = "".join(
            f'\n         <xhtml:link rel="alternate" hreflang="{language}" '
            f'href="{html.escape(base + pages.root(language) + url)}"/>'
            for language in languages
        )
        return match.group(1) + links

    linked_text = re.sub(r"(<loc>([^<]+)</loc>)", linked, sitemap)
    return linked_text.replace("<urlset ", f"<urlset {_XHTML} ", 1)


class LanguageBuild:
    """Which language one MkDocs build is, for the plugin: the main one (the default),
    or another one that ``build_site`` builds after it into ``<site>/<taal>/``."""

    def __init__(self) -> None:
        self.code: str | None = None  # None: the plan's main language
        self.main_url: str | None = None  # the main language's site_url
        self.main_data: list = []  # the open data of the main build (every language in it)
        self.fallback: set[str] = set()  # narrative pages shown in the main language
        self.languages: tuple[str, ...] = ("nl",)
        self._token: Any = None

    def follow(self, code: str, main: LanguageBuild, main_url: str | None, fallback: set) -> None:
        """Make this the build of ``code`` after the main build ``main`` (at ``main_url``):
        it lists the main build's open data and shows ``fallback`` in the main language."""
        self.code, self.main_url, self.main_data = code, main_url, main.main_data
        self.fallback = fallback

    @property
    def secondary(self) -> bool:
        return self.code is not None and self.code != self.languages[0]

    def site_url(self, config: Any) -> str | None:
        """The main language's site_url (MkDocs shares this plugin between builds: what
        a second language's build was told is not the next main build's)."""
        return self.main_url if self.secondary else config.site_url

    @property
    def data_root(self) -> str:
        """From this language's root to the open data (which the main build writes)."""
        return "../" if self.secondary else ""

    def begin(self, config: Any, plan: Any) -> None:
        """At on_config: the build's words, numbers and dates in the plan's language."""
        self.end()
        self.languages = plan.languages
        self._token = enter_language(plan.language)
        set_site_languages(config, plan.languages, plan.language)
        if self.secondary and config.nav:
            config.nav = pages_by_own_title(config.nav)
        if plan.languages != ("nl",) and not self.secondary:
            # A plan that names its languages: the theme and its search speak the main
            # one, whatever mkdocs.yml says (a plan may be French first).
            speak_in(config, plan.language)

    def end(self) -> None:
        if self._token is not None:
            leave_language(self._token)
            self._token = None

    def data(self) -> list | None:
        """The open data a build lists: the main build's, seen from ``<taal>/``; None
        for the main build, which makes it."""
        if not self.secondary:
            return None
        return [replace(f, path=f"../{f.path}") for f in self.main_data]

    def written(self, made: Any) -> list[tuple[str, bytes]]:
        """The files this build writes beside its pages. The main build's open data is
        kept: the other languages' builds list it ('../data/...'), they write none."""
        if not self.secondary:
            self.main_data = made.data
        return [(f.path, f.content) for f in made.files if not f.path.startswith("../")]

    def files(self, files: Any) -> None:
        """The main build leaves out the other languages' narrative pages."""
        if self.secondary or len(self.languages) < 2:
            return
        for file in list(files.documentation_pages()):
            if other_language_page(file.src_uri, self.languages):
                files.remove(file)

    def page_content(self, html: str, page: Any) -> str:
        """A narrative page without a translation: its text marked as the main language's."""
        if self.secondary and page.file.src_uri in self.fallback:
            main = self.languages[0]
            return (
                f'<div class="pw-foreign">{foreign_note(main)}<div lang="{main}">{html}</div></div>'
            )
        return html


def _searches(config: Any) -> list[tuple[str, Any]]:
    return [
        (name, plugin)
        for name, plugin in config.plugins.items()
        if name.split("/")[-1] == "search" and "lang" in plugin.config
    ]


def speak_in(config: Any, code: str) -> dict:
    """The theme and its search in ``code`` (Material translates its own words and
    stems the search for French and English); returns what they said before, for
    ``put_back`` (MkDocs may share a plugin between builds)."""
    before = {"theme": config.theme["language"]}
    config.theme["language"] = code
    for name, plugin in _searches(config):
        before[name], plugin.config.lang = plugin.config.lang, [code]
    return before


def put_back(config: Any, before: dict) -> None:
    """What ``speak_in`` changed, as it was."""
    config.theme["language"] = before["theme"]
    for name, plugin in _searches(config):
        plugin.config.lang = before.get(name, plugin.config.lang)
