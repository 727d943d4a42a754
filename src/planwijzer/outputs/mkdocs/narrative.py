"""The narrative pages for the PDF a site build makes: MkDocs' configuration handed to
the engine-free printed pages (``outputs/pdf/narrative``)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from ...rendering.document import NarrativePage
from ...rendering.renderer import Renderer
from ..pdf.narrative import NarrativeSource
from ..pdf.narrative import narrative_pages as printed_pages


def narrative_pages(config: MkDocsConfig, renderer: Renderer) -> list[NarrativePage]:
    """As ``outputs.pdf.narrative.narrative_pages``, with the settings MkDocs has read
    (and a build has changed: the menu, a language's pages)."""
    source = NarrativeSource(
        Path(config.docs_dir),
        config.nav,
        list(config.markdown_extensions),
        dict(config.mdx_configs),
        Path(config.config_file_path).parent,
    )
    return printed_pages(source, renderer)
