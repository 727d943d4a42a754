"""Write generated pages: render each one, put it in its frame, write it at once.

A page is written the moment it is rendered and then let go, so a build's memory
grows with its largest page, not with the plan. Where there are two cores, every
other page is rendered and written by a forked copy (``shared.forked``): pages cost
about the same, and the frames are made before the fork, so the copy needs nothing
of the engine. In the live preview the writer remembers what it wrote: a page whose
HTML did not change is not written again, and a page that is gone is removed; a
page the memo gives unchanged (the same object) in the same place is not even framed
again: its previous result serves.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from ...rendering.page import PageJob, RenderedPage
from ...shared.forked import JobsUnderWay, start_jobs
from .frame import Frame


@dataclass(frozen=True)
class Placement:
    """Where the engine puts one page, and in what frame."""

    dest: str  # the file below the site folder, e.g. 'acties/de-stek/index.html'
    frame: Frame  # for a body without a title heading of its own: the frame adds it
    titled_frame: Frame  # for a body that has its own <h1>
    values: Mapping[str, str]  # the engine's own slots for this page (canonical, edit)
    # The page's <head> tags to be found, from its URL, title and description (plain
    # text); None when the site makes none (no site_url: see outputs/discovery).
    head: Callable[[str, str, str], str] | None = None


class Layout(Protocol):
    """What an engine adapter gives the writer: a placement for every page, and the
    entries of a page in the engine's search index (made where the page is written,
    so on both cores)."""

    def place(self, job: PageJob) -> Placement: ...

    def index_entries(self, url: str, title: str, text: str) -> list: ...


@dataclass(frozen=True)
class WrittenPage:
    path: str  # source path, e.g. 'acties/de-stek.md'
    url: str
    title: str
    dest: str
    digest: int  # of the written HTML
    search: str | None  # the page's short search document
    entries: list  # its entries in the search index (none for an overview page)


# Per page's file: the page as rendered, its placement, what was written.
Kept = dict[str, tuple[RenderedPage, Placement, "WrittenPage"]]


def _write_one(
    job: PageJob,
    place: Placement,
    layout: Layout,
    site_dir: Path,
    before: int | None,
    kept: tuple[Kept, Kept] | None = None,
) -> WrittenPage:
    page = job()
    if kept is not None:  # in this process (see PageWriter.start): (previous, this build)
        last = kept[0].get(place.dest)
        same = last is not None and last[0] is page and last[1] == place and before is not None
        if same and (site_dir / place.dest).is_file():  # (a file removed by hand: written)
            assert last is not None
            done = replace(last[2], entries=[dict(e) for e in last[2].entries])
            kept[1][place.dest] = (page, place, last[2])
            return done  # the index adds compound parts to the entries it is given
    frame = place.titled_frame if "<h1" in page.body else place.frame
    text = frame.fill(
        {
            **place.values,
            "title": html.escape(page.title, quote=False),
            "description": page.description,
            "content": page.body,
            "head": place.head(page.url, page.title, html.unescape(page.description))
            if place.head
            else "",
        }
    )
    digest = hash(text)
    target = site_dir / place.dest
    if digest != before or not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        # As MkDocs writes a page: UTF-8, anything it cannot encode as a reference.
        target.write_bytes(text.encode("utf-8", errors="xmlcharrefreplace"))
    entries = []
    if page.searchable:  # by its short search document, or else its whole body
        indexed = page.body if page.search is None else page.search
        entries = layout.index_entries(page.url, page.title, indexed)
    written = WrittenPage(page.path, page.url, page.title, place.dest, digest, page.search, entries)
    if kept is not None:
        kept[1][place.dest] = (page, place, replace(written, entries=[dict(e) for e in entries]))
    return written


class PageWriter:
    """Writes each build's generated pages; remembers them for the next build.

    ``start`` places every page and sets a copy on its share; ``finish`` writes the
    rest here. In between, the builder can do its own work (the engine's pages, the
    open data): with ``shared`` the copy takes pages until this process joins it."""

    def __init__(self) -> None:
        self._written: dict[str, int] = {}  # dest -> digest, of the previous build
        self._under_way: JobsUnderWay[WrittenPage] | None = None
        self._previous: dict[str, int] = {}
        self._site_dir = Path()
        self._kept: Kept = {}  # pages rendered here, for a next incremental build

    def start(
        self,
        jobs: Sequence[PageJob],
        layout: Layout,
        site_dir: Path,
        *,
        incremental: bool,
        split: bool | None = None,
        their_share: float = 0.5,
        shared: bool = False,
    ) -> None:
        """Begin writing every page of ``jobs`` into ``site_dir``. ``incremental``: the
        folder holds the previous build, so unchanged pages stay and gone pages go."""
        self.stop()
        self._previous = self._written if incremental else {}
        self._written = {}  # a failed build leaves nothing to compare with
        self._site_dir = site_dir
        # Pages written in this process (split False: the live preview's memo) are kept:
        # an unchanged one is not framed, hashed or indexed again.
        previous, self._kept = (self._kept if incremental else {}), {}
        kept = (previous, self._kept) if split is False else None
        places = [layout.place(job) for job in jobs]  # here: the engine's objects stay here
        tasks = [
            partial(_write_one, job, place, layout, site_dir, self._previous.get(place.dest), kept)
            for job, place in zip(jobs, places, strict=True)
        ]
        self._under_way = start_jobs(tasks, split=split, their_share=their_share, shared=shared)

    def finish(self) -> list[WrittenPage]:
        assert self._under_way is not None, "finish() without start()"
        under_way, self._under_way = self._under_way, None
        written = under_way.results()
        now = {w.dest: w.digest for w in written}
        for gone in set(self._previous) - set(now):
            (self._site_dir / gone).unlink(missing_ok=True)
        self._written = now
        return written

    def write(self, jobs: Sequence[PageJob], layout: Layout, site_dir: Path, **kw: Any) -> list:
        self.start(jobs, layout, site_dir, **kw)
        return self.finish()

    def stop(self) -> None:
        """A build that failed: the copy stops, nothing is remembered."""
        if self._under_way is not None:
            self._under_way.stop()
            self._under_way = None
