"""outputs/site: Planwijzer's builder runs the whole flow with any engine behind the
seam; the smallest engine (no theme, no narrative pages) fits in this file."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

from planwijzer.outputs.site.build import run
from planwijzer.outputs.site_pages import Frame, Placement, slot_marker

PLAIN = Frame.from_marked(
    f"<html><title>{slot_marker('title')}</title><main>{slot_marker('content')}</main></html>"
)


class PlainLayout:
    def place(self, job):  # type: ignore[no-untyped-def]
        return Placement(job.url + "index.html", PLAIN, PLAIN, {})

    def index_entries(self, url: str, title: str, text: str) -> list:
        return [{"location": url, "title": title, "text": ""}]


class PlainSite:
    """An engine site without a theme: its settings as mkdocs.yml would give them."""

    def __init__(self, language) -> None:  # type: ignore[no-untyped-def]
        root = language.plan_dir
        self.site_dir, self.source_url = language.site_dir, None
        self.settings = SimpleNamespace(
            docs_dir=str(root / "docs"),
            site_url=None,
            site_name="Testplan",
            repo_url=None,
            extra={},
            nav=None,
            markdown_extensions=[],
            mdx_configs={},
            config_file_path=str(root / "mkdocs.yml"),
        )

    def layout(self, jobs, extras):  # type: ignore[no-untyped-def]
        return PlainLayout()

    def pages(self) -> list:
        return []

    def static_files(self) -> list:
        return []

    def write_index(self, entries: list) -> None:
        (self.site_dir / "zoeken.json").write_text(json.dumps(entries), encoding="utf-8")


class PlainEngine:
    def open(self, language):  # type: ignore[no-untyped-def]
        return PlainSite(language)


def test_the_builder_builds_a_site_with_any_engine(plan_folder, tmp_path):
    folder = plan_folder({"docs/index.md": None})
    run(folder.root, tmp_path / "site", PlainEngine())
    page = (tmp_path / "site/acties/actie-een/index.html").read_text(encoding="utf-8")
    assert page.startswith("<html><title>Actie een</title><main>") and "Partner X" in page
    assert (tmp_path / "site/data/acties.csv").is_file()  # the open data, by the builder
    found = {e["location"] for e in json.loads((tmp_path / "site/zoeken.json").read_text())}
    assert "acties/actie-een/" in found


def test_the_builder_imports_no_engine():
    blocked = (
        "import sys; sys.modules['mkdocs'] = None; "
        "import planwijzer.outputs.site.build, planwijzer.outputs.site.engine; print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", blocked], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_the_rest_is_written_while_the_copy_renders_pages(plan_folder, tmp_path, monkeypatch):
    """The open data and the engine's files are written before this process joins the
    forked copy on the generated pages, not after every page is done."""
    from planwijzer.outputs.site_pages import PageWriter

    seen = []
    finish = PageWriter.finish

    def finish_and_look(writer):  # type: ignore[no-untyped-def]
        seen.append(sorted(p.name for p in (writer._site_dir / "data").glob("*.csv")))
        return finish(writer)

    monkeypatch.setattr(PageWriter, "finish", finish_and_look)
    folder = plan_folder({"docs/index.md": None})
    run(folder.root, tmp_path / "site", PlainEngine())
    assert seen and "acties.csv" in seen[0]


def test_the_word_list_is_loaded_before_the_last_pages_not_after(
    plan_folder, tmp_path, monkeypatch
):
    """The Dutch word list of the search index loads while the copy renders pages;
    after them it would be a wait that nothing else fills."""
    from planwijzer.outputs.site_pages import PageWriter
    from planwijzer.rendering.search_words import dutch_words

    loaded = []
    finish = PageWriter.finish

    def finish_and_look(writer):  # type: ignore[no-untyped-def]
        loaded.append(dutch_words.cache_info().currsize)
        return finish(writer)

    monkeypatch.setattr(PageWriter, "finish", finish_and_look)
    dutch_words.cache_clear()
    folder = plan_folder({"docs/index.md": None})
    run(folder.root, tmp_path / "site", PlainEngine())
    assert loaded == [1]
