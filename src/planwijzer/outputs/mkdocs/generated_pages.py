"""The rendered pages as MkDocs files, and what changed since the previous build.

MkDocs gets only each page's front matter to parse; the finished HTML is put in
place afterwards (``body_of``). Python-Markdown would otherwise re-parse every
generated page's HTML with its (slow) HTML parser, for no change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ...rendering.page import RenderedPage
from . import second_core
from .search_index import SearchIndexKeeper


class GeneratedPage(File):
    """A generated page that knows whether its content changed since the last build.

    MkDocs asks ``is_modified`` in a dirty build to skip pages; for a generated
    page the answer comes from its content, not from file times.
    """

    changed = True

    def is_modified(self) -> bool:
        return self.changed


class GeneratedPages:
    """The generated pages of the current build and of the one before."""

    def __init__(self) -> None:
        self.bodies: dict[str, str] = {}
        # generated page -> (hash of its content, output file), last build and this one
        self._built: dict[str, tuple[int, str]] = {}
        self._building: dict[str, tuple[int, str]] = {}
        # Other generated files (open data, the PDF): their paths, last build and this.
        self._files_built: set[str] = set()
        self._files_building: set[str] = set()

    def add_files(self, paths: list[str]) -> None:
        """Generated files that are not pages: removed in the next incremental build
        when they are no longer made (a renamed action's JSON)."""
        self._files_building = set(paths)

    def add(
        self,
        pages: list[RenderedPage],
        files: Files,
        config: MkDocsConfig,
        search: SearchIndexKeeper,
        *,
        incremental: bool,
    ) -> None:
        """Add ``pages`` to ``files``; with ``incremental``, an unchanged page is
        marked as such, so that a dirty build skips it."""
        self.bodies, search.documents = {}, {}
        previous, self._building = self._built, {}  # _built: until finish() compares
        for page in pages:
            if files.get_file_from_path(page.path) is not None:
                raise PluginError(
                    f"docs/{page.path} bestaat al, maar Planwijzer maakt die pagina zelf aan. "
                    "Verwijder of hernoem het bestand in docs/."
                )
            file = GeneratedPage.generated(config, page.path, content=page.front_matter)
            digest = hash((page.front_matter, page.body))
            file.changed = not incremental or previous.get(page.path, (0,))[0] != digest
            files.append(file)
            self._building[page.path] = (digest, file.dest_uri)
            self.bodies[page.path] = page.body
            if page.search is not None:
                search.documents[page.path] = page.search

    def finish(self, site_dir: Path, *, incremental: bool) -> None:
        """After the build; an incremental one removes the output of pages now gone."""
        if incremental:
            for gone in set(self._built) - set(self._building):
                (site_dir / self._built[gone][1]).unlink(missing_ok=True)
            for gone in self._files_built - self._files_building:
                (site_dir / gone).unlink(missing_ok=True)
        self._built = self._building
        self._files_built = self._files_building


def start_second_core(
    env: Any, config: MkDocsConfig, files: Files, nav: Any, entries_of: Callable
) -> second_core.SecondCore | None:
    """When it pays, a second process writes every other generated page (neighbours
    cost about the same to write); this process then skips those pages."""
    doc_files = files.documentation_pages()
    generated = [f for f in doc_files if isinstance(f, GeneratedPage)]
    if not second_core.worth_splitting(list(config.plugins), len(generated)):
        return None
    theirs = generated[1::2]
    for file in theirs:
        file.changed = False  # this process skips it (see PlanwijzerPlugin.may_split)
    return second_core.SecondCore([f.page for f in theirs], config, doc_files, nav, env, entries_of)
