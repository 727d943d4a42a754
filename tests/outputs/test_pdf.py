"""The plan as a PDF, checked with a reader's tools: poppler's pdfinfo and pdftotext,
and pypdf for the outline and the language."""

from __future__ import annotations

import re
import subprocess

import pytest
from pypdf import PdfReader

from planfolders import folder_with
from planwijzer import pipeline
from planwijzer.cli import main
from planwijzer.rendering.formatting import file_size
from sitecheck import content, soup

GOALS = 14  # more columns than one landscape page holds (12): the matrix is split
FILES = {
    "data/doelstellingen.yaml": "doelstellingen:\n"
    + "".join(f"  - {{id: doel-{i}, code: D{i}, titel: Doel nummer {i}}}\n" for i in range(1, 15)),
    "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Eerste actie van het plan
            partners: [partner-x]
            omschrijving: Een **korte** omschrijving.
            bijdragen:
              zeker: [doel-1, doel-2, doel-3, doel-4, doel-5, doel-6, doel-7]
              mogelijk: [doel-8, doel-9, doel-10, doel-11, doel-12, doel-13, doel-14]
          - id: actie-twee
            titel: Tweede actie van het plan
            partners: [partner-x]
            bijdragen: {zeker: [doel-14]}
        """,
    "data/opvolging/2024.yaml": """\
        titel: Voortgangsrapport 2024
        peildatum: 2024-12-31
        verslag: Een jaar met veel werk.
        acties:
          actie-een: {status: lopend, voortgang: 40, toelichting: Goed op weg.}
        """,
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: bereik
            titel: Bereikte gezinnen
            richting: hoger
            bij: [actie-een]
            basis: {datum: 2023, waarde: 0}
            streefwaarden: [{datum: 2026, waarde: 30}]
            metingen: [{datum: 2024, waarde: 12}]
        """,
    "docs/index.md": None,
    "docs/inleiding.md": "# Inleiding\n\nWaarom dit plan er is. Zie {{ actie('actie-een') }}\n",
}


def pdfinfo(path, *args):
    return subprocess.run(["pdfinfo", *args, str(path)], capture_output=True, text=True).stdout


def pdftotext(path):
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = folder_with(tmp_path_factory.mktemp("pdf") / "plan", FILES)
    assert folder.build() == 0
    [pdf] = (folder.root / "site" / "downloads").glob("*.pdf")
    return folder, folder.root / "site", pdf


def test_a4_tagged_with_pages(built):
    _folder, _site, pdf = built
    info = pdfinfo(pdf)
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert "(A4)" in info and int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) >= 6
    assert re.search(r"^Title:\s+Testplan 2024-2026$", info, re.M)
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == "nl"


def test_every_goal_and_action_title_in_order(built):
    folder, _site, pdf = built
    plan = pipeline.check(folder.root).plan
    text = re.sub(r"\s+", " ", pdftotext(pdf))
    body = text[text.index("Waarom dit plan er is") :]  # after the contents page
    position = 0
    for title in [*(g.title for g in plan.all_goals()), *(a.title for a in plan.actions)]:
        found = body.find(title, position)
        assert found >= 0, title
        position = found
    assert "Pagina 3 van" in text  # page numbers in the footer


def test_an_outline_entry_per_chapter_goal_and_action(built):
    folder, _site, pdf = built
    plan = pipeline.check(folder.root).plan

    def titles(outline):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    outline = list(titles(PdfReader(pdf).outline))
    for action in plan.actions:
        assert any(action.title in entry for entry in outline), action.title
    for goal in plan.all_goals():
        assert any(goal.title in entry for entry in outline), goal.title
    assert "Inleiding" in outline and "Indicatoren" in outline


def test_the_matrix_is_landscape_and_split_with_its_row_headers(built):
    _folder, _site, pdf = built
    sizes = re.findall(
        r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", pdfinfo(pdf, "-f", "1", "-l", "99")
    )
    assert any(float(w) > float(h) for w, h in sizes)
    text = pdftotext(pdf)
    matrix = text[text.index("kolommen 1 tot 12 van 14") :]
    assert "kolommen 13 tot 14 van 14" in matrix
    second = matrix[matrix.index("kolommen 13 tot 14 van 14") :]
    assert "Eerste actie van het plan" in second  # row headers repeated, nothing cut off


def test_home_and_footer_link_it_with_its_real_size(built):
    _folder, site, pdf = built
    label = f"Download het plan (PDF, {file_size(pdf.stat().st_size)})"
    home = content(site, "")
    task = home.find("a", string="Download het plan")  # among the home page's tasks
    assert task["href"].endswith(f"downloads/{pdf.name}")
    assert task.find_next_sibling("span").get_text() == f"PDF, {file_size(pdf.stat().st_size)}"
    footer = soup(site, "acties/actie-een/").select_one(".md-copyright")
    assert footer.find("a", string=label) is not None


def test_one_report_as_a_document(built, tmp_path):
    folder, _site, _pdf = built
    out = tmp_path / "rapport.pdf"
    assert main(["pdf", str(folder.root), "--rapport", "2024", "--out", str(out)]) == 0
    assert re.search(r"^Tagged:\s+yes$", pdfinfo(out), re.M)
    text = pdftotext(out)
    assert "Voortgangsrapport 2024" in text and "Goed op weg." in text and "40%" in text


def test_a_failing_pdf_engine_leaves_the_site_whole(plan_folder, monkeypatch, capsys):
    from planwijzer.outputs.mkdocs import downloads
    from planwijzer.outputs.pdf import PdfFailed

    def broken(_html):
        raise PdfFailed("WeasyPrint ontbreekt (test).")

    monkeypatch.setattr(downloads, "pdf_bytes", broken)
    folder = plan_folder()
    assert folder.build() == 0
    assert "PDF niet gemaakt: WeasyPrint ontbreekt (test)." in capsys.readouterr().err
    site = folder.root / "site"
    assert (site / "acties/actie-een/index.html").is_file()
    assert not (site / "downloads").exists()
    assert "Download het plan" not in (site / "index.html").read_text(encoding="utf-8")
