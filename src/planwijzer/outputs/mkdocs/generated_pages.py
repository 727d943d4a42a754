"""The generated pages as MkDocs files: in the menu and the links, never built by MkDocs.

MkDocs needs a file for every generated page, so that the menu can list it and a
narrative page can link to it (``[acties](acties/index.md)``, checked by MkDocs).
Planwijzer writes the pages itself (``site_pages``); MkDocs runs as a 'dirty' build,
in which it skips every file that says it is not modified: these always say so.
Under a plain ``mkdocs build`` MkDocs writes them too, and Planwijzer's own pages
replace them afterwards.
"""

from __future__ import annotations

import html
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ...rendering.page import PageJob, front_matter


class GeneratedPage(File):
    """A page Planwijzer writes: never one for MkDocs to build."""

    title = ""

    def is_modified(self) -> bool:
        return False

    @property
    def content_string(self) -> str:  # type: ignore[override]
        # Read only by a plain 'mkdocs build' (then replaced): made when asked.
        return front_matter(self.title)


def add_generated_pages(jobs: list[PageJob], files: Files, config: MkDocsConfig) -> None:
    docs = Path(config.docs_dir).name  # mkdocs.yml's docs_dir, mostly docs
    for job in jobs:
        if files.get_file_from_path(job.path) is not None:
            raise PluginError(
                f"{docs}/{job.path} bestaat al, maar Planwijzer maakt die pagina zelf aan. "
                f"Verwijder of hernoem het bestand in {docs}/."
            )
        file = GeneratedPage.generated(config, job.path, content="")
        file.title = job.title
        files.append(file)


def name_menu_entries(nav) -> None:  # type: ignore[no-untyped-def]
    """A generated page in the menu without a title there gets its own (MkDocs would
    read it from the page, which it does not read here)."""
    for page in nav.pages:
        if isinstance(page.file, GeneratedPage) and page.title is None:
            page.title = html.escape(page.file.title, quote=False)  # as its front matter


class OtherFiles:
    """Files a build writes besides the generated pages (open data, the PDF; the
    narrative pages and the files of docs/): what the previous build wrote, so that an
    incremental build of the live preview removes a file no longer made and does not
    write a made file again whose content is the same."""

    def __init__(self) -> None:
        self._built: dict[str, int | None] = {}  # path -> hash of its content, if made
        self._building: dict[str, int | None] = {}

    def add(self, made: list[tuple[str, str | bytes]], others: list[str]) -> None:
        self._building = {path: hash(content) for path, content in made}
        self._building.update(dict.fromkeys(others))

    def mark(self, files: Files, docs: Path, made: list, incremental: bool) -> None:
        """Say which files MkDocs is to write in this build (Planwijzer's are 'dirty'):
        every narrative page (it may show plan data through macros); in an incremental
        build not the theme's files (unchanged, see site._Frame) nor made files with the
        content they had."""
        narrative = [f.dest_uri for f in files if f.src_dir and Path(f.src_dir) == docs]
        self.add(made, narrative)
        for file in files:
            if file.is_documentation_page():
                if not isinstance(file, GeneratedPage):
                    file.is_modified = _always  # type: ignore[method-assign]
            elif incremental and (
                (file.src_dir and Path(file.src_dir) != docs) or self.unchanged(file.src_uri)
            ):
                file.is_modified = _never  # type: ignore[method-assign]

    def unchanged(self, path: str) -> bool:
        """A made file with the same content as in the previous build."""
        digest = self._building.get(path)
        return digest is not None and self._built.get(path) == digest

    def finish(self, site_dir: Path, *, incremental: bool) -> None:
        if incremental:
            for gone in set(self._built) - set(self._building):
                (site_dir / gone).unlink(missing_ok=True)
        self._built = self._building


def _always() -> bool:
    return True


def _never() -> bool:
    return False
