"""The narrative pages of docs/ as HTML, in the navigation's order, for the printed
plan: their Markdown with the same Markdown extensions as the site, and the same macros
shown as the document shows things (a landscape matrix, references with page numbers)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import markdown
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig

from ...loading.narrative_pages import page_names
from ...rendering.document import NarrativePage, narrative_fragments
from ...rendering.renderer import Renderer
from .macros import NarrativeMacros

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_FIRST_H1 = re.compile(r"\A\s*<h1[^>]*>(.*?)</h1>", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


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


def narrative_pages(config: MkDocsConfig, renderer: Renderer) -> list[NarrativePage]:
    """Each narrative page in nav order, as HTML; the home page and the generated
    pages are not narrative (the document has its own title page)."""
    docs = Path(config.docs_dir)
    printed = PrintedMacros(renderer, Path(config.config_file_path).parent)
    pages = []
    listed = [(title, path) for title, path in _entries(config.nav or [])]
    # A page the nav leaves out is still on the site: after the listed ones.
    named = {path for _, path in listed}
    listed += [(None, name) for name in page_names(docs) if name not in named]
    for title, path in listed:
        source = docs / path
        if path == "index.md" or not path.endswith(".md") or not source.is_file():
            continue
        text = _FRONT_MATTER.sub("", source.read_text(encoding="utf-8"))
        macros = printed.as_dict()
        env = Environment(undefined=StrictUndefined, autoescape=False)
        text = env.from_string(text).render(**macros)
        html = markdown.markdown(
            text,
            extensions=list(config.markdown_extensions),
            extension_configs=dict(config.mdx_configs),
        )
        heading = _FIRST_H1.match(html)
        if heading is not None:
            title = title or _TAGS.sub("", heading.group(1)).strip()
            html = html[heading.end() :]
        pages.append(NarrativePage(path, title or source.stem.replace("-", " ").capitalize(), html))
    return pages
