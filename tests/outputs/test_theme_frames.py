"""The MkDocs adapter writes no generated page through MkDocs: the theme renders a
frame per kind of place, and each page in a shared frame is exactly the page the
theme would have rendered around it alone."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from planwijzer.cli import main
from planwijzer.outputs.mkdocs import theme_frames
from sitecheck import digest_tree
from synthetic_plan import make_plan


def test_mkdocs_builds_only_the_narrative_pages(plan_folder, monkeypatch, tmp_path):
    """MkDocs reads (and its macros see) only the narrative pages; every generated page
    is Planwijzer's, written into a frame."""
    read: list[str] = []
    real = Page.read_source

    def recording(page, config):  # type: ignore[no-untyped-def]
        read.append(page.file.src_uri)
        return real(page, config)

    monkeypatch.setattr(Page, "read_source", recording)
    folder = plan_folder()
    assert folder.build(tmp_path / "site") == 0
    assert read and all((folder.root / "docs" / uri).is_file() for uri in read)
    assert (tmp_path / "site/acties/index.html").is_file()
    assert len(list((tmp_path / "site/acties").glob("*/index.html"))) >= 2


def test_a_page_in_a_shared_frame_is_the_page_in_its_own(plan_folder, monkeypatch, tmp_path):
    folder = plan_folder()
    assert folder.build(tmp_path / "gedeeld") == 0
    monkeypatch.setattr(
        theme_frames.ThemeFrames, "_key", lambda self, page, job: ("own", page.url, job.wide)
    )
    assert folder.build(tmp_path / "eigen") == 0
    assert digest_tree(tmp_path / "gedeeld") == digest_tree(tmp_path / "eigen")


def test_the_frames_do_not_grow_with_the_plan(tmp_path, monkeypatch):
    renders: list[str] = []
    real = theme_frames.ThemeFrames._render

    def counting(self, page, job, content):  # type: ignore[no-untyped-def]
        renders.append(page.url)
        return real(self, page, job, content)

    monkeypatch.setattr(theme_frames.ThemeFrames, "_render", counting)
    counts = []
    for n in (20, 200):
        root = make_plan(tmp_path / f"plan{n}", n)
        renders.clear()
        assert main(["build", str(root), "--out", str(root / "site")]) == 0
        counts.append(len(renders))
    assert counts[0] == counts[1] < 60


def test_a_plain_mkdocs_build_gives_the_same_site(plan_folder, tmp_path):
    """MkDocs run by hand hands the build to Planwijzer's builder (see plugin)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    folder = plan_folder()
    assert folder.build(tmp_path / "planwijzer") == 0
    config = load_config(str(folder.root / "mkdocs.yml"), site_dir=str(tmp_path / "mkdocs"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    ours = digest_tree(tmp_path / "planwijzer")
    del ours[".planwijzer-site"]  # the mark of a folder 'planwijzer build' may replace
    assert digest_tree(tmp_path / "mkdocs") == ours
