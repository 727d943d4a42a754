"""The page writer, engine-independent: frames with slots, pages written as they are
rendered, on two cores the same as on one, and in the preview only what changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planwijzer.outputs.site_pages import Frame, FrameError, PageWriter, Placement, slot_marker
from planwijzer.rendering.page import PageJob, RenderedPage
from planwijzer.shared import forked

FRAME = Frame.from_marked(
    f"<title>{slot_marker('title')} - Plan</title><h1>{slot_marker('title')}</h1>"
    f"<main>{slot_marker('content')}</main><a href='{slot_marker('canonical')}'>"
)


def test_a_frame_fills_every_slot_where_the_theme_put_it():
    filled = FRAME.fill({"title": "Waardig &amp; wonen", "content": "<p>x</p>", "canonical": "/a/"})
    assert filled == (
        "<title>Waardig &amp; wonen - Plan</title><h1>Waardig &amp; wonen</h1>"
        "<main><p>x</p></main><a href='/a/'>"
    )


@pytest.mark.parametrize("times", [0, 2])
def test_a_layout_that_does_not_show_the_content_once_is_refused_in_dutch(times):
    with pytest.raises(FrameError, match=f"niet precies één keer \\({times} keer\\)"):
        Frame.from_marked("<main>" + slot_marker("content") * times + "</main>")


class Layout:
    """A layout of one frame; pages go to <url>index.html."""

    def place(self, job: PageJob) -> Placement:
        titled = Frame.from_marked(f"<main>{slot_marker('content')}</main>")
        return Placement(f"{job.url}index.html", FRAME, titled, {"canonical": job.url})

    def index_entries(self, url: str, title: str, text: str) -> list:
        return [{"location": url, "title": title, "text": text}]


def job(url: str, body: str = "<p>tekst</p>", *, fail_in_copy: bool = False) -> PageJob:
    parent = os.getpid()

    def render() -> RenderedPage:
        if fail_in_copy and os.getpid() != parent:
            raise ValueError(f"kapot sjabloon bij {url}")
        return RenderedPage(f"{url}index.md", url, f"Pagina {url}", body, search="<p>zoek</p>")

    return PageJob(f"{url}index.md", url, f"Pagina {url}", False, render)


def tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_each_page_is_written_in_its_frame(tmp_path):
    written = PageWriter().write(
        [job("a/"), job("b/", "<h1>Eigen kop</h1>")], Layout(), tmp_path, incremental=False
    )
    assert [w.dest for w in written] == ["a/index.html", "b/index.html"]
    assert (tmp_path / "a/index.html").read_text() == FRAME.fill(
        {"title": "Pagina a/", "content": "<p>tekst</p>", "canonical": "a/"}
    )
    # a body with its own heading gets the frame without the theme's title heading
    assert (tmp_path / "b/index.html").read_text() == "<main><h1>Eigen kop</h1></main>"
    assert written[0].entries == [{"location": "a/", "title": "Pagina a/", "text": "<p>zoek</p>"}]


def test_two_cores_write_the_same_site_as_one(tmp_path, monkeypatch):
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)
    jobs = [job(f"p{i}/", f"<p>{i}</p>") for i in range(7)]
    PageWriter().write(jobs, Layout(), tmp_path / "twee", incremental=False, split=True)
    PageWriter().write(jobs, Layout(), tmp_path / "een", incremental=False, split=False)
    assert tree(tmp_path / "twee") == tree(tmp_path / "een") != {}


def test_an_error_in_the_copy_fails_with_its_own_message(tmp_path, monkeypatch):
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)
    jobs = [job("a/"), job("b/", fail_in_copy=True)]
    with pytest.raises(ValueError, match="kapot sjabloon bij b/"):
        PageWriter().write(jobs, Layout(), tmp_path, incremental=False, split=True)


def test_a_copy_that_dies_loses_no_page(tmp_path, monkeypatch):
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)
    parent = os.getpid()

    def dies_in_copy() -> RenderedPage:
        if os.getpid() != parent:
            os._exit(9)
        return RenderedPage("b/index.md", "b/", "B", "<p>b</p>")

    jobs = [job("a/"), PageJob("b/index.md", "b/", "B", False, dies_in_copy)]
    PageWriter().write(jobs, Layout(), tmp_path, incremental=False, split=True)
    assert sorted(tree(tmp_path)) == ["a/index.html", "b/index.html"]


def test_the_preview_writes_only_changed_pages_and_removes_gone_ones(tmp_path):
    writer = PageWriter()
    writer.write([job("a/"), job("b/"), job("c/")], Layout(), tmp_path, incremental=False)
    old = 1_000_000_000
    for name in ("a", "b"):
        os.utime(tmp_path / name / "index.html", ns=(old, old))
    writer.write([job("a/"), job("b/", "<p>nieuw</p>")], Layout(), tmp_path, incremental=True)
    assert (tmp_path / "a/index.html").stat().st_mtime_ns == old  # unchanged: not written
    assert "<p>nieuw</p>" in (tmp_path / "b/index.html").read_text()
    assert not (tmp_path / "c/index.html").exists()  # gone from the plan: gone from the site


def test_after_a_full_build_every_page_is_written_again(tmp_path):
    writer = PageWriter()
    writer.write([job("a/")], Layout(), tmp_path, incremental=False)
    (tmp_path / "a/index.html").write_text("beschadigd")
    writer.write([job("a/")], Layout(), tmp_path, incremental=False)
    assert "beschadigd" not in (tmp_path / "a/index.html").read_text()
