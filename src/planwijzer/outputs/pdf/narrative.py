"""The narrative pages of docs/ as HTML, in the navigation's order, for the printed
plan: their Markdown with the same Markdown extensions as the site (MkDocs' three
built-in ones first, as ``loading.site_file`` gives them), and the same macros shown
as the document shows things (a landscape matrix, references with page numbers).
Engine-free: 'planwijzer pdf' runs without MkDocs."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from ...loading.narrative_pages import (
    main_language_page,
    other_language_page,
    page_names,
    top_level_pages,
    translated_name,
)
from ...loading.site_file import PythonName, Relative, SiteFile
from ...rendering.document import NarrativePage, narrative_fragments
from ...rendering.narrative_macros import NarrativeMacros
from ...rendering.renderer import Renderer
from .writer import PdfFailed

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_FIRST_H1 = re.compile(r"\A\s*<h1[^>]*>(.*?)</h1>", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class NarrativeSource:
    """Where the narrative pages are and how the site reads them."""

    docs_dir: Path
    nav: list | None  # mkdocs.yml's nav; None: the top-level pages by name
    extensions: list[str]
    configs: dict[str, dict] = field(default_factory=dict)
    config_dir: Path = Path()

    @classmethod
    def of(cls, settings: SiteFile) -> NarrativeSource:
        return cls(
            settings.docs_dir,
            settings.nav,
            settings.markdown_extensions,
            settings.mdx_configs,
            settings.plan_dir,
        )


def _entries(nav: Any, title: str | None = None):  # type: ignore[no-untyped-def]
    """(title or None, path) of every page in a MkDocs nav, in order."""
    if isinstance(nav, str):
        yield title, nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _entries(item)
    elif isinstance(nav, dict):
        for key, value in nav.items():
            yield from _entries(value, str(key))


class PrintedMacros(NarrativeMacros):
    """The macros with the same arguments and checks as on the site, shown as the
    printed plan shows things (rendering/templates/pdf/narrative.html.j2)."""

    def __init__(self, renderer: Renderer, plan_dir: Path) -> None:
        super().__init__(renderer, "")
        self.printed = narrative_fragments(renderer.plan, plan_dir)

    def fragment(self, name: str, *args: Any, **kwargs: Any) -> Markup:
        # Blank lines around the HTML make Markdown treat it as one raw block.
        return Markup("\n\n" + str(self.printed(name, *args, **kwargs)).strip() + "\n\n")


def _resolved(value: Any, source: NarrativeSource) -> Any:
    """An extension's settings as MkDocs hands them over: '!!python/name:' imported,
    '!relative' a folder (the pages' own folder stands for the page's)."""
    if isinstance(value, PythonName):
        module, _, name = value.rpartition(".")
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            raise PdfFailed(
                f"mkdocs.yml noemt bij 'markdown_extensions' '!!python/name:{value}', maar "
                f"dat is hier niet geïnstalleerd. Installeer het pakket dat het levert "
                f"('{module.split('.')[0]}'), of laat die instelling weg."
            ) from None
    if isinstance(value, Relative):
        base, _, rest = value.partition("/")
        folder = source.config_dir if base == "$config_dir" else source.docs_dir
        return str(folder / rest) if rest else str(folder)
    if isinstance(value, dict):
        return {key: _resolved(item, source) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolved(item, source) for item in value]
    return value


def _page_names(docs: Path, language: str, languages: tuple[str, ...]) -> list[str]:
    """The pages shown in ``language``, each by its main-language name."""
    names = {
        main_language_page(name, languages)
        for name in page_names(docs)
        if not other_language_page(name, languages)
        or name == translated_name(main_language_page(name, languages), language)
    }
    return [path.as_posix() for path in sorted(Path(name) for name in names)]


def narrative_pages(source: NarrativeSource, renderer: Renderer) -> list[NarrativePage]:
    """Each narrative page in nav order, as HTML, in the plan's language (a page
    without a translation in the main language); the home page and the generated
    pages are not narrative (the document has its own title page)."""
    plan = renderer.plan
    docs = source.docs_dir
    printed = PrintedMacros(renderer, source.config_dir)
    nav = source.nav if source.nav is not None else top_level_pages(docs, plan.languages)
    # A title in mkdocs.yml's nav is the main language's: in another, each page gives
    # its own (front matter or first heading), as the site's menu does.
    own_titles = plan.language != plan.languages[0]
    listed = [(None if own_titles else title, path) for title, path in _entries(nav)]
    # A page the nav leaves out is still on the site: after the listed ones.
    named = {path for _, path in listed}
    listed += [
        (None, name)
        for name in _page_names(docs, plan.language, plan.languages)
        if name not in named
    ]
    configs = _resolved(source.configs, source)
    pages = []
    for title, path in listed:
        own = docs / translated_name(path, plan.language)
        page = own if plan.language != plan.languages[0] and own.is_file() else docs / path
        if path == "index.md" or not path.endswith(".md") or not page.is_file():
            continue
        text = _FRONT_MATTER.sub("", page.read_text(encoding="utf-8"))
        env = Environment(undefined=StrictUndefined, autoescape=False)
        text = env.from_string(text).render(**printed.as_dict())
        html = markdown.markdown(
            text, extensions=list(source.extensions), extension_configs=configs
        )
        heading = _FIRST_H1.match(html)
        if heading is not None:
            title = title or _TAGS.sub("", heading.group(1)).strip()
            html = html[heading.end() :]
        stem = Path(path).stem
        pages.append(NarrativePage(path, title or stem.replace("-", " ").capitalize(), html))
    return pages
