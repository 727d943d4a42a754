"""A plan in several languages, the builder's side: each language's narrative pages,
and one sitemap for all of them.

The rule for narrative pages: ``docs/<pagina>.<taal>.md`` beside ``docs/<pagina>.md``;
a page without one shows the main language's, marked with ``lang`` (and counted by
the check).
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from ...loading.narrative_pages import is_page, main_language_page, translated_name
from ...shared.site_paths import site_root
from ..discovery.sitemap import write_sitemap
from ..site_pages import SiteLanguages


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
