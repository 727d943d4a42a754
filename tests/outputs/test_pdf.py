"""The plan as a PDF, checked with a reader's tools: poppler's pdfinfo and pdftotext,
and pypdf for the outline and the language."""

from __future__ import annotations

import re
import subprocess

import pytest
from pypdf import PdfReader

from paths import BILINGUAL
from planfolders import folder_with
from planwijzer import pipeline
from planwijzer.cli import main
from planwijzer.rendering.formatting import file_size
from sitecheck import content, soup

GOALS = 24  # more columns than one landscape page holds (20): the matrix is split
FILES = {
    "data/doelstellingen.yaml": "doelstellingen:\n"
    + "".join(
        f"  - {{id: doel-{i}, code: D{i}, titel: Doel nummer {i}}}\n" for i in range(1, GOALS + 1)
    ),
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
            bijdragen: {zeker: [doel-14, doel-15, doel-16, doel-17, doel-18, doel-19, doel-20,
                                doel-21, doel-22, doel-23, doel-24]}
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


def page_texts(pdf):
    """(width, height, text) of every page."""
    info = pdfinfo(pdf, "-f", "1", "-l", "999")
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    pages = pdftotext(pdf).split("\f")
    return [(float(w), float(h), text) for (w, h), text in zip(sizes, pages, strict=False)]


def test_the_matrix_is_landscape_with_goal_names_and_split_with_its_row_headers(built):
    _folder, _site, pdf = built
    landscape = [re.sub(r"\s+", " ", text) for w, h, text in page_texts(pdf) if w > h]
    assert len(landscape) == 2, "a landscape page per part of the matrix"
    first, second = landscape
    # The goal names are in the heads: no numbered columns with a separate key.
    for i in range(1, GOALS + 1):
        assert f"D{i} Doel nummer {i}" in (first if i <= 20 else second)
    assert "De kolommen van" not in first + second and "Kolom" not in first + second
    assert "(deel 1 van 2)" in first and "(deel 2 van 2)" in second
    # Row headers repeated on the second part, nothing cut off.
    assert "Eerste actie van het plan" in second and "Tweede actie van het plan" in second


def test_an_indicator_has_the_sites_legend_and_sentence(built):
    _folder, _site, pdf = built
    text = " ".join(pdftotext(pdf).split())
    chapter = text[text.rindex("Oordeel:") :]
    assert "Streeflijn: van de basis naar de streefwaarden (vierkantjes)" in chapter
    assert "Metingen (bolletjes)" in chapter
    # The line from 0 (end of 2023) to 30 (end of 2026) is at 10 at the end of 2024.
    assert "In 2024 verwachtte de streeflijn 10; de meting was 12: op koers." in chapter


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
    from planwijzer.outputs.pdf import PdfFailed
    from planwijzer.outputs.site import beside as downloads

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


def test_the_cover_says_only_what_the_data_says_and_the_colophon_says_where_from(built):
    _folder, _site, pdf = built
    pages = [" ".join(text.split()) for _w, _h, text in page_texts(pdf)]
    cover, colophon = pages[0], pages[1]
    assert cover.startswith("Testorganisatie Testplan 2024-2026")
    assert "Planperiode 2024-2026" in cover
    assert "Ontwerp" in cover and "Versie" not in cover  # plan.yaml names no version
    assert "Planwijzer" not in cover and "commit" not in cover
    assert colophon.startswith("Colofon")
    whole = " ".join(pages)
    assert whole.count("gemaakt met Planwijzer") == 1
    assert "Gemaakt uit de gegevens van" not in whole and "van de gegevens van" not in whole
    assert "open data onder de licentie Creative Commons Attribution 4.0" in colophon


LOGO = (  # a 1x1 PNG
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(scope="module")
def official(tmp_path_factory):
    """A plan that states its version, colour, logo, a framework and its site's address."""
    folder = folder_with(
        tmp_path_factory.mktemp("officieel") / "plan",
        {
            "data/plan.yaml": """\
                titel: Testplan 2024-2026
                organisatie: Testorganisatie
                periode: {van: 2024, tot: 2026}
                huisstijl: {kleur: "#1f4e79", logo: assets/logo.png}
                licentie: CC0-1.0
                versies:
                  - {datum: 2023-11, besluit: Ontwerp besproken met de partners.}
                  - {datum: 2024-06-12, besluit: Goedgekeurd., door: Raad van bestuur}
                """,
            "data/kaders/prioriteiten.yaml": """\
                titel: Prioriteiten van de minister
                onderdelen:
                  - {id: armoede, code: P1, titel: Armoede bestrijden}
                  - {id: wonen, code: P2, titel: Betaalbaar wonen}
                """,
            "data/acties.yaml": """\
                acties:
                  - id: actie-een
                    titel: Actie een
                    partners: [partner-x]
                    bijdragen: {zeker: [doel-a]}
                    kaders: {prioriteiten: [armoede]}
                  - id: actie-twee
                    titel: Actie twee
                    partners: [partner-x]
                    bijdragen: {zeker: [doel-b]}
                """,
            "docs/inleiding.md": """\
                # Inleiding

                Alle kaders staan onder [Beleidskaders](kaders/index.md); de eerste actie is
                [Actie een](acties/actie-een/). Wanneer alles loopt, toont
                [de tijdlijn](tijdlijn/index.md). Lees ook [het voorwoord](voorwoord.md).
                """,
            "docs/voorwoord.md": "# Voorwoord\n\nEen woord vooraf.\n",
        },
    )
    (folder.root / "docs/assets").mkdir(parents=True)
    (folder.root / "docs/assets/logo.png").write_bytes(LOGO)
    mkdocs = folder.root / "mkdocs.yml"
    mkdocs.write_text("site_url: https://plan.voorbeeld.be/\n" + mkdocs.read_text())
    out = folder.root / "plan.pdf"
    assert main(["pdf", str(folder.root), "--out", str(out)]) == 0
    return out


def test_the_cover_names_the_latest_version_and_carries_the_logo(official):
    cover = " ".join(page_texts(official)[0][2].split())
    assert "Versie 2 · 12 juni 2024 · Raad van bestuur Goedgekeurd." in cover
    assert "Ontwerp" not in cover
    images = subprocess.run(
        ["pdfimages", "-list", "-f", "1", "-l", "1", str(official)], capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert len(images) == 1  # the logo


def test_frameworks_and_the_licence_are_in_the_plans_pdf(official):
    text = " ".join(pdftotext(official).split())
    chapter = text[text.rindex("Beleidskaders Prioriteiten van de minister") :]
    assert "P1 Armoede bestrijden" in chapter and "Actie een" in chapter
    assert "P2 Betaalbaar wonen Nog niets in dit plan draagt hieraan bij." in chapter
    assert "Creative Commons Zero v1.0 Universal (CC0-1.0)" in text


def test_no_sentence_sends_a_reader_to_a_part_the_pdf_does_not_hold(official):
    reader = PdfReader(official)
    text = " ".join(pdftotext(official).split())
    # A page the document does not hold: its full address, in the text itself.
    assert "de tijdlijn (https://plan.voorbeeld.be/tijdlijn/)" in text
    links = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                links.append(action["/URI"])
    assert "https://plan.voorbeeld.be/tijdlijn/" in links
    # Every other link of the narrative pages goes inside the document.
    assert not [uri for uri in links if "voorbeeld.be" in uri and "tijdlijn" not in uri]
    assert "staan onder Beleidskaders; de eerste actie is Actie een." in text
    internal = [
        a.get_object()["/Dest"]
        for page in reader.pages
        for a in page.get("/Annots") or []
        if "/Dest" in a.get_object()
    ]
    assert len(internal) >= 3  # Beleidskaders, Actie een, het voorwoord


def test_the_plan_in_another_of_its_languages(tmp_path, capsys):
    out = tmp_path / "plan-fr.pdf"
    assert main(["pdf", str(BILINGUAL), "--taal", "fr", "--out", str(out)]) == 0
    # its size as a person says it ('49 KB', not '0.0 MB'), in Dutch as every message
    assert re.search(r"^PDF: .*plan-fr\.pdf \(\d+ KB, \d+ s\)\.$", capsys.readouterr().out, re.M)
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "fr"
    text = re.sub(r"\s+", " ", pdftotext(out))
    assert "Logement digne" in text and "Contribution aux objectifs" in text
    assert "Page 2 sur" in text and "Pagina" not in text
    assert "(Bruxelles)" in text and "Brussel" not in text  # the municipality's French name
    # the untranslated description and goal title say so, as on the site
    assert "en néerlandais Een verzonnen loket" in text
    assert "Betaalbare huur (en néerlandais)" in text
    # the default name says the language; a language the plan lacks is refused
    assert main(["pdf", str(BILINGUAL), "--taal", "fra", "--out", str(tmp_path / "x.pdf")]) == 1
    said = capsys.readouterr().err
    assert "in de taal 'fra'" in said and "zijn talen zijn nl, fr" in said
    assert "Bedoelde je 'fr'?" in said
    # a language Planwijzer knows by name is named in words
    assert main(["pdf", str(BILINGUAL), "--taal", "en", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "Het plan is niet in het Engels ('en') geschreven" in capsys.readouterr().err
