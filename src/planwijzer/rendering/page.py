"""A rendered page: what stage 4 hands to the outputs, and the page memo keeps."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class RenderedPage:
    path: str  # source path below docs/, e.g. 'acties/de-stek.md'
    url: str  # directory URL, e.g. 'acties/de-stek/'
    title: str
    front_matter: str
    body: str  # HTML
    search: str | None = None  # a short HTML document for the search index (search.py)

    @property
    def content(self) -> str:
        """The page as a Markdown file: front matter and one raw-HTML block."""
        return self.front_matter + self.body


def front_matter(title: str, **extra: Any) -> str:
    # Themes print the title unescaped (Material does): escape it here. JSON strings
    # are valid YAML, so nothing in a title can break out of the front matter.
    lines = ["---", f"title: {json.dumps(html.escape(title, quote=False), ensure_ascii=False)}"]
    lines.append("render_macros: false")
    for key, value in extra.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


class PageCache(Protocol):
    """What the renderer asks of a memo of earlier pages (``page_memo.PageMemo``):
    the page of ``entity``, from the memo when its inputs are unchanged, else ``render()``."""

    def page(
        self, plan: Any, entity: Any, path: str, render: Callable[[], RenderedPage], *, lines: bool
    ) -> RenderedPage: ...
