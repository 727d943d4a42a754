"""Data is data: text from the YAML never runs as a template, HTML or script."""

from __future__ import annotations

import pytest

from browsercheck import served
from sitecheck import content, soup

EVIL = "{{ 7*7 }} {% include 'mkdocs.yml' %} <script>alert(1)</script> <img src=x onerror=alert(2)>"


def test_yaml_text_is_shown_literally(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": f"""\
            acties:
              - id: actie-een
                titel: "Titel {EVIL}"
                omschrijving: "Tekst {EVIL} [klik](javascript:alert(3))"
                partners: [partner-x]
                projecten: [{{titel: "Project {EVIL}", gemeente: "Gent {{{{ 6*7 }}}}"}}]
                bijdragen: {{zeker: [doel-a, doel-b]}}
            """,
            "docs/index.md": '# Start\n\n{{ actie("actie-een") }}\n',
        }
    )
    assert folder.build() == 0
    site = folder.root / "site"
    for url in ("acties/actie-een/", "", "acties/", "doelstellingen/doel-a/", "overzicht/"):
        page = soup(site, url)
        html = (site / url / "index.html").read_text(encoding="utf-8")  # as the browser gets it
        assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
        assert "49" not in content(site, url).get_text()
        assert not page.find("script", string=lambda s: s and "alert" in s)
        assert not page.find("img", src="x")
        assert "javascript:" not in html
        assert "onerror=alert" not in html.replace("onerror=alert(2)&gt;", "")
    text = content(site, "acties/actie-een/").get_text()
    assert "{{ 7*7 }}" in text and "{% include 'mkdocs.yml' %}" in text
    assert "<script>alert(1)</script>" in text  # shown, as text
    assert "{{ 6*7 }}" in content(site, "gemeenten/gent-6-7/").get_text()
    # In <title> the tag is escaped text (shown as typed), not markup
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;"
        in (site / "acties/actie-een/index.html")
        .read_text(encoding="utf-8")
        .split("<title>")[1]
        .split("</title>")[0]
    )


def test_undefined_macro_fails_the_build_and_keeps_the_old_site(plan_folder):
    folder = plan_folder()
    assert folder.build() == 0
    marker = (folder.root / "site/index.html").read_text(encoding="utf-8")
    folder.write("docs/index.md", "# Start\n\n{{ bestaat_niet() }}\n")
    assert folder.build() == 1
    assert (folder.root / "site/index.html").read_text(encoding="utf-8") == marker
    assert not list(folder.root.glob(".site-*"))  # no staging folder left behind


def test_macro_with_unknown_id_fails_the_build(plan_folder):
    folder = plan_folder({"docs/index.md": '# Start\n\n{{ actie("actie-eeen") }}\n'})
    assert folder.build() == 1


@pytest.mark.browser
def test_the_matrix_tools_show_a_goal_title_as_text(plan_folder, open_page):
    # The tools above a matrix are made by a script (matrix.js) from the table's heads:
    # a title that looks like HTML stays text there too.
    evil = '<img src=x onerror="window.pwned=1">'
    folder = plan_folder(
        {
            "data/doelstellingen.yaml": f"""\
                doelstellingen:
                  - id: doel-a
                    titel: '{evil}'
                  - id: doel-b
                    titel: Doel B
                """
        }
    )
    out = folder.root / "site"
    assert folder.build(out) == 0
    with served(out) as url:
        page = open_page()
        page.goto(url + "overzicht/")
        page.wait_for_load_state("networkidle")
        options = page.locator(".pw-matrix-tools option").all_inner_texts()
        assert any(evil in option for option in options)
        assert page.evaluate("window.pwned") is None
