"""The printed plan's narrative pages, read without MkDocs: each language's own pages,
in mkdocs.yml's order, with MkDocs' built-in Markdown extensions."""

from __future__ import annotations

import shutil

import pytest

from paths import BILINGUAL
from planwijzer import pipeline
from planwijzer.loading.site_file import read_site_file
from planwijzer.outputs.pdf.narrative import NarrativeSource, narrative_pages
from planwijzer.outputs.pdf.writer import PdfFailed
from planwijzer.rendering.renderer import Renderer


def _pages(plan_dir, language=None):
    plan = pipeline.check(plan_dir, language=language).plan
    source = NarrativeSource.of(read_site_file(plan_dir))
    return {page.path: page for page in narrative_pages(source, Renderer(plan, plan_dir))}


def test_each_language_prints_its_own_pages_and_never_the_other_s(tmp_path):
    plan_dir = tmp_path / "plan"
    shutil.copytree(BILINGUAL, plan_dir)
    (plan_dir / "docs/over.fr.md").write_text("# À propos\n\nTexte en français.\n", "utf-8")
    dutch = _pages(plan_dir)
    assert list(dutch) == ["over.md"]  # not index.fr.md nor over.fr.md as chapters
    assert "français" not in dutch["over.md"].html
    french = _pages(plan_dir, "fr")
    assert list(french) == ["over.md"]
    assert (french["over.md"].title, "Texte en français." in french["over.md"].html) == (
        "À propos",
        True,
    )


def test_the_extensions_mkdocs_adds_itself_are_used(tmp_path):
    plan_dir = tmp_path / "plan"
    shutil.copytree(BILINGUAL, plan_dir)
    (plan_dir / "mkdocs.yml").write_text("site_name: X\nmarkdown_extensions: []\n", "utf-8")
    page = "# Over\n\n```\ncode\n```\n\n| a |\n|---|\n| b |\n"
    (plan_dir / "docs/over.md").write_text(page, encoding="utf-8")
    html = _pages(plan_dir)["over.md"].html
    assert "<pre><code>code" in html and "<table>" in html  # fenced_code and tables


def test_a_name_for_mkdocs_that_is_not_installed_is_said(tmp_path):
    plan_dir = tmp_path / "plan"
    shutil.copytree(BILINGUAL, plan_dir)
    (plan_dir / "mkdocs.yml").write_text(
        "markdown_extensions:\n  - toc:\n      slugify: !!python/name:geen_pakket.slug\n", "utf-8"
    )
    with pytest.raises(PdfFailed, match="'geen_pakket'"):
        _pages(plan_dir)


def test_in_another_language_a_page_has_its_own_title_not_the_menu_s(tmp_path):
    plan_dir = tmp_path / "plan"
    shutil.copytree(BILINGUAL, plan_dir)
    with (plan_dir / "mkdocs.yml").open("a", encoding="utf-8") as settings:
        settings.write("nav:\n  - Start: index.md\n  - Over ons: over.md\n")
    (plan_dir / "docs/over.fr.md").write_text("# À propos\n\nTexte.\n", "utf-8")
    assert _pages(plan_dir)["over.md"].title == "Over ons"
    assert _pages(plan_dir, "fr")["over.md"].title == "À propos"
