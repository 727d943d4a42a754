"""The seam between Planwijzer's builder and a site engine (MkDocs, or another).

An engine gives the theme and renders the narrative pages; Planwijzer does the rest.
``Engine.open`` opens one language's site; the ``EngineSite`` it returns gives the
frames for the generated pages (``site_pages.Layout``), the narrative pages in
their frames with their search entries, the theme's own files, and writes the
search index it reads. Nothing of the engine's own objects crosses this seam.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ...model import Plan
from ...rendering.page import PageJob
from ..site_pages import Layout


@dataclass(frozen=True)
class SiteLanguage:
    """One language of the site being built."""

    plan: Plan  # read in this language
    plan_dir: Path
    code: str
    languages: tuple[str, ...]  # the plan's, main language first
    site_dir: Path  # where this language's pages go ('<site>/<taal>/' for the others)
    main_url: str | None  # the main language's site_url, when the site has one
    serving: bool = False  # the live preview: concepts shown, nothing to be found

    @property
    def main(self) -> bool:
        return self.code == self.languages[0]


@dataclass(frozen=True)
class EnginePage:
    """A page the engine wrote into its frame (a narrative page, or the engine's own
    such as 404.html), with its entries in the search index."""

    path: str  # its source, e.g. 'inleiding.md' ('' for a page of the theme)
    dest: str  # below the language's folder, e.g. 'inleiding/index.html'
    html: str
    entries: list
    source: str = ""  # its text as written: its words make compounds findable


@dataclass(frozen=True)
class Extras:
    """What the builder tells the engine before it frames anything."""

    head: Any  # the <head> tags that make a page findable (discovery's PageHead), or None
    renderer: Any  # what the narrative pages' macros show the plan with (its downloads too)
    download: Any = None  # the plan's PDF (its path and link text), which every page offers


class EngineSite(Protocol):
    settings: Any  # the site's settings as read (docs_dir, site_url, repo_url, ...)
    source_url: str | None  # where 'Bekijk en bewerk de bron' leads ({bestand}, {regel})

    def layout(self, jobs: Sequence[PageJob], extras: Extras) -> Layout:
        """Every generated page known (menu, links), the frames to put them in."""
        ...

    def pages(self) -> list[EnginePage]:
        """The narrative pages and the theme's own pages, each in its frame."""
        ...

    def static_files(self) -> list[tuple[str, Path | bytes]]:
        """The theme's and the narrative folder's other files: (dest, source or content)."""
        ...

    def write_index(self, entries: list) -> None:
        """The search index with these entries, in this order."""
        ...


class Engine(Protocol):
    def open(self, language: SiteLanguage) -> EngineSite: ...
