"""Narrative pages: where they are, their language, their address, in one place."""

from __future__ import annotations

from planwijzer.loading.narrative_pages import (
    address,
    docs_dir,
    main_language_page,
    narrative_pages,
    translated_name,
    untranslated,
)

LANGUAGES = ("nl", "fr")


def test_the_folder_is_mkdocs_docs_dir_or_docs(tmp_path):
    assert docs_dir(tmp_path) == tmp_path / "docs"
    (tmp_path / "mkdocs.yml").write_text("site_name: X\ndocs_dir: 'paginas'\n", encoding="utf-8")
    assert docs_dir(tmp_path) == tmp_path / "paginas"


def test_a_language_suffix_names_a_translation_only_in_another_language_of_the_plan():
    assert main_language_page("over/index.fr.md", LANGUAGES) == "over/index.md"
    assert main_language_page("index.nl.md", LANGUAGES) == "index.nl.md"  # main: own page
    assert main_language_page("index.en.md", LANGUAGES) == "index.en.md"  # not a plan language
    assert translated_name("over/index.md", "fr") == "over/index.fr.md"
    assert address("over.fr.md", LANGUAGES) == address("over.md", LANGUAGES) == "over/"


def test_every_question_reads_the_same_folder(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("docs_dir: paginas\n", encoding="utf-8")
    for name in ("index.md", "index.fr.md", "over.md", "uitleg/meer.md"):
        (tmp_path / "paginas" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "paginas" / name).write_text("# x\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/vergeten.md").write_text("# niet gelezen\n", encoding="utf-8")
    assert narrative_pages(tmp_path)["over.md"] == "paginas/over.md"
    assert "vergeten.md" not in narrative_pages(tmp_path)
    assert untranslated(tmp_path, "fr", LANGUAGES) == ["paginas/over.md", "paginas/uitleg/meer.md"]


def test_the_folder_is_read_as_mkdocs_reads_it(tmp_path):
    # Read as YAML, not matched line by line: spaces, an inherited setting.
    (tmp_path / "mkdocs.yml").write_text('docs_dir: "mijn paginas"\n', encoding="utf-8")
    assert docs_dir(tmp_path) == tmp_path / "mijn paginas"
    (tmp_path / "basis.yml").write_text("docs_dir: gedeeld\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: basis.yml\nsite_name: X\n", encoding="utf-8")
    assert docs_dir(tmp_path) == tmp_path / "gedeeld"
