"""Write generated pages: render each one, put it in its frame, write it at once.

A page is written the moment it is rendered and then let go, so a build's memory
grows with its largest page, not with the plan. Where there are two cores, every
other page is rendered and written by a forked copy (``shared.forked``): pages cost
about the same, and the frames are made before the fork, so the copy needs nothing
of the engine. In the live preview the writer remembers what it wrote: a page whose
HTML did not change is not written again, and a page that is gone is removed.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from ...rendering.page import PageJob
from ...shared.forked import run_jobs
from .frame import Frame


@dataclass(frozen=True)
class Placement:
    """Where the engine puts one page, and in what frame."""

    dest: str  # the file below the site folder, e.g. 'acties/de-stek/index.html'
    frame: Frame  # for a body without a title heading of its own: the frame adds it
    titled_frame: Frame  # for a body that has its own <h1>
    values: Mapping[str, str]  # the engine's own slots for this page (canonical, edit)


class Layout(Protocol):
    """What an engine adapter gives the writer: a placement for every page."""

    def place(self, job: PageJob) -> Placement: ...


@dataclass(frozen=True)
class WrittenPage:
    path: str  # source path, e.g. 'acties/de-stek.md'
    url: str
    title: str
    dest: str
    digest: int  # of the written HTML
    search: str | None  # the page's short search document
    indexed: str | None  # what the search index reads: that document, or the whole body


def _write_one(job: PageJob, place: Placement, site_dir: Path, before: int | None) -> WrittenPage:
    page = job()
    frame = place.titled_frame if "<h1" in page.body else place.frame
    text = frame.fill(
        {
            **place.values,
            "title": html.escape(page.title, quote=False),
            "description": page.description,
            "content": page.body,
        }
    )
    digest = hash(text)
    target = site_dir / place.dest
    if digest != before or not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        # As MkDocs writes a page: UTF-8, anything it cannot encode as a reference.
        target.write_bytes(text.encode("utf-8", errors="xmlcharrefreplace"))
    indexed = (page.body if page.search is None else page.search) if page.searchable else None
    return WrittenPage(page.path, page.url, page.title, place.dest, digest, page.search, indexed)


class PageWriter:
    """Writes each build's generated pages; remembers them for the next build."""

    def __init__(self) -> None:
        self._written: dict[str, int] = {}  # dest -> digest, of the previous build

    def write(
        self,
        jobs: Sequence[PageJob],
        layout: Layout,
        site_dir: Path,
        *,
        incremental: bool,
        split: bool | None = None,
    ) -> list[WrittenPage]:
        """Write every page of ``jobs`` into ``site_dir``. ``incremental``: the folder
        holds the previous build, so unchanged pages stay and gone pages are removed."""
        previous = self._written if incremental else {}
        self._written = {}  # a failed build leaves nothing to compare with
        places = [layout.place(job) for job in jobs]  # here: the engine's objects stay here
        tasks = [
            partial(_write_one, job, place, site_dir, previous.get(place.dest))
            for job, place in zip(jobs, places, strict=True)
        ]
        written = run_jobs(tasks, split=split)
        now = {w.dest: w.digest for w in written}
        for gone in set(previous) - set(now):
            (site_dir / gone).unlink(missing_ok=True)
        self._written = now
        return written
