"""A rendered page: what stage 4 hands to the outputs, and the page memo keeps."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import yaml

from ..shared.interface import speaking


@dataclass(frozen=True)
class RenderedPage:
    path: str  # source path below docs/, e.g. 'acties/de-stek.md'
    url: str  # directory URL, e.g. 'acties/de-stek/'
    title: str
    body: str  # HTML
    search: str | None = None  # a short HTML document for the search index (search.py)
    description: str = ""  # for search engines and link previews, escaped for an attribute
    searchable: bool = True  # overview pages stay out of the search index
    wide: bool = False  # a wide table gets the whole content width: no side menus


@dataclass(frozen=True)
class PageJob:
    """One generated page before it is rendered: where it goes and what frames it
    (known up front, so that a page can be written as soon as it is rendered)."""

    path: str
    url: str
    title: str
    wide: bool  # a wide table: the whole content width, no side menus
    render: Callable[[], RenderedPage]
    language: str = "nl"  # every interface word of the page, and its numbers and dates

    def __call__(self) -> RenderedPage:
        with speaking(self.language):
            return self.render()


def _yaml_value(value: Any) -> str:
    # PyYAML reads front matter back; its own writer escapes what it would read as
    # a line break (U+0085, U+2028) or refuse (control characters). One line each.
    text = yaml.safe_dump(value, default_style='"', width=2**31, allow_unicode=True)
    return text.strip().removesuffix("...").strip()


def front_matter(title: str, **extra: Any) -> str:
    # Themes print the title unescaped (Material does): escape it here.
    lines = ["---", f"title: {_yaml_value(html.escape(title, quote=False))}"]
    lines.append("render_macros: false")
    for key, value in extra.items():
        # Text through PyYAML's own writer: JSON's escapes of characters outside the
        # basic plane (surrogate pairs) are not YAML 1.1, and a front matter PyYAML
        # cannot read is silently dropped by MkDocs.
        as_yaml = _yaml_value(value) if isinstance(value, str) else json.dumps(value)
        lines.append(f"{key}: {as_yaml}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


class PageCache(Protocol):
    """What the renderer asks of a memo of earlier pages (``page_memo.PageMemo``):
    the page of ``entity``, from the memo when its inputs are unchanged, else ``render()``;
    a matrix page likewise; ``fragments``: parts of pages kept (rendering/fragments.py)."""

    fragments: Callable[..., Any]

    def page(
        self, plan: Any, entity: Any, path: str, render: Callable[[], RenderedPage], *, lines: bool
    ) -> RenderedPage: ...

    def matrix(
        self, plan: Any, matrix: Any, path: str, title: str, render: Callable[[], RenderedPage]
    ) -> RenderedPage: ...
