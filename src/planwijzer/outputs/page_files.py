"""Generated pages as plain Markdown files, for an engine that reads a folder.

The MkDocs adapter hands pages to MkDocs in memory; this is the door for any other
engine (Material for MkDocs reaches its end of life in May 2027).
"""

from __future__ import annotations

from pathlib import Path

from ..rendering.page import RenderedPage


def write_pages(pages: list[RenderedPage], out_dir: Path) -> None:
    """Write each page to ``out_dir`` at its source path (``acties/de-stek.md``)."""
    for page in pages:
        target = out_dir / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.content, encoding="utf-8")
