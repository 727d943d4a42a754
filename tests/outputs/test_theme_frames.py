"""The MkDocs adapter writes no generated page through MkDocs: the theme renders a
frame per kind of place, and each page in a shared frame is exactly the page the
theme would have rendered around it alone."""

from __future__ import annotations

from mkdocs.commands import build as mkdocs_build

from planwijzer.cli import main
from planwijzer.outputs.mkdocs import theme_frames
from planwijzer.outputs.mkdocs.generated_pages import GeneratedPage
from sitecheck import digest_tree
from synthetic_plan import make_plan


def test_mkdocs_builds_only_the_narrative_pages(plan_folder, monkeypatch, tmp_path):
    built: list[str] = []
    real = mkdocs_build._build_page

    def recording(page, config, doc_files, nav, env, dirty=False, **kwargs):  # type: ignore[no-untyped-def]
        if not dirty or page.file.is_modified():  # as MkDocs decides to write it
            built.append(page.file.src_uri)
            assert not isinstance(page.file, GeneratedPage), page.file.src_uri
        return real(page, config, doc_files, nav, env, dirty, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_build_page", recording)
    folder = plan_folder()
    assert folder.build(tmp_path / "site") == 0
    assert built and all((folder.root / "docs" / uri).is_file() for uri in built)
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
    """MkDocs run by hand (not dirty) writes bare generated pages; Planwijzer's own
    pages then replace every one of them."""
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
