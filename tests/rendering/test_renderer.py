"""Stage 4: relative links, escaped front matter, overridable templates."""

from __future__ import annotations

import yaml

from planwijzer import pipeline
from planwijzer.outputs.page_files import write_pages
from planwijzer.rendering.environment import relative_url
from planwijzer.rendering.page import front_matter


def test_relative_urls_between_directory_pages():
    assert relative_url("partners/caw/", "acties/de-stek/") == "../../partners/caw/"
    assert relative_url("", "acties/de-stek/") == "../../"
    assert relative_url("acties/", "") == "acties/"
    assert relative_url("overzicht/#x", "doelstellingen/") == "../overzicht/#x"
    assert relative_url("#boven", "acties/x/") == "../../#boven"


def test_front_matter_escapes_and_cannot_be_broken_out_of():
    text = front_matter('Titel "met" <b>html</b>\n---\nrender_macros: true')
    lines = text.splitlines()
    end = lines.index("---", 1)  # the front matter ends at the first line that is only ---
    meta = yaml.safe_load("\n".join(lines[1:end]))
    assert meta["render_macros"] is False
    assert meta["title"].startswith('Titel "met" &lt;b&gt;html&lt;/b&gt;')


def test_every_generated_page_disables_macros(plan_folder):
    folder = plan_folder()
    plan = pipeline.check(folder.root).plan
    pages = pipeline.render_pages(plan, folder.root)
    assert {p.path for p in pages} >= {
        "acties/actie-een.md",
        "doelstellingen/doel-a.md",
        "partners/partner-x.md",
        "overzicht/index.md",
    }
    assert all("\nrender_macros: false\n" in p.content for p in pages)


def test_plan_folder_templates_override_the_package(plan_folder):
    folder = plan_folder()
    folder.write(
        "templates/pages/action.md.j2",
        '{% extends "pages/_base.md.j2" %}'
        "{% block body %}<p>EIGEN {{ action.title }}</p>{% endblock %}",
    )
    pages = pipeline.render_pages(pipeline.check(folder.root).plan, folder.root)
    action = next(p for p in pages if p.path == "acties/actie-een.md")
    assert "<p>EIGEN Actie een</p>" in action.content


def test_write_pages_for_another_engine(plan_folder, tmp_path):
    folder = plan_folder()
    pages = pipeline.render_pages(pipeline.check(folder.root).plan, folder.root)
    write_pages(pages, tmp_path / "out")
    assert (tmp_path / "out/acties/actie-een.md").read_text(encoding="utf-8").startswith("---\n")


def test_front_matter_reads_back_whatever_the_text_holds():
    import yaml

    from planwijzer.rendering.page import front_matter

    text = "Plan \U000c7e5d 😀 \u2028 ' \" <img> \\ :"
    block = front_matter("Titel", description=text, hide=["toc"])
    meta = yaml.safe_load(block.strip().strip("-"))
    assert meta["description"] == text and meta["hide"] == ["toc"]
