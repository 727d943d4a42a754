"""A report's PDF for the board: a label with its value and a heading with its chart on
one page, and the report's approval on its cover (read with poppler's pdftotext)."""

from __future__ import annotations

import subprocess

import pytest

from planfolders import folder_with
from planwijzer.cli import main

ACTIONS = 24
WORDS = [
    "buurt",
    "bewoners",
    "ontmoeten",
    "samen",
    "werken",
    "aan",
    "een",
    "sterke",
    "wijk",
    "met",
    "elkaar",
]


def _description(i: int) -> str:
    # Lengths that vary from action to action, so that labels fall at every height of
    # a page: some land at its foot.
    return " ".join(WORDS[(i + k) % len(WORDS)] for k in range(12 + (i * 53) % 170))


FILES = {
    "data/doelstellingen.yaml": "doelstellingen:\n  - {id: doel-a, titel: Doel A}\n",
    "data/partners.yaml": "partners:\n  - {id: partner-x, naam: Partner X}\n",
    "data/acties.yaml": "acties:\n"
    + "".join(
        f"  - id: actie-{i}\n    titel: Actie nummer {i}\n    trekker: partner-x\n"
        f"    periode: {{van: 2024, tot: 2026}}\n    omschrijving: {_description(i)}\n"
        "    bijdragen: {zeker: [doel-a]}\n"
        for i in range(1, ACTIONS + 1)
    ),
    "data/opvolging/2024.yaml": "titel: Voortgangsrapport 2024\npeildatum: 2024-12-31\n"
    "goedgekeurd: {datum: 2025-03-20, door: Raad van bestuur}\nacties:\n"
    + "".join(f"  actie-{i}: {{status: lopend, voortgang: {i}}}\n" for i in range(1, ACTIONS + 1)),
    "data/indicatoren.yaml": "indicatoren:\n"
    + "".join(
        f"  - id: ind-{i}\n    titel: Indicator nummer {i}\n    richting: hoger\n"
        f"    omschrijving: {_description(i * 7)}\n"
        "    basis: {datum: 2023, waarde: 0}\n    streefwaarden: [{datum: 2026, waarde: 30}]\n"
        "    metingen: [{datum: 2024, waarde: 12}]\n"
        for i in range(1, 7)
    ),
}
LABELS = ("Periode", "Trekker", "Stand van zaken op 31 december 2024")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = folder_with(tmp_path_factory.mktemp("rapport") / "plan", FILES)
    out = folder.root / "rapport.pdf"
    assert main(["pdf", str(folder.root), "--rapport", "2024", "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    return [
        [line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")
    ]


def test_a_label_and_its_value_stay_on_one_page(pages):
    for number, lines in enumerate(pages, 1):
        body = [line for line in lines if not line.startswith("Pagina ")]
        assert not body or body[-1] not in LABELS, f"page {number} ends with '{body[-1]}'"


def test_an_indicators_heading_and_its_chart_stay_on_one_page(pages):
    for i in range(1, 7):
        [page] = [lines for lines in pages if f"Indicator nummer {i}" in lines]
        assert any(line.startswith("Streeflijn:") for line in page), f"indicator {i}"


def test_the_cover_and_the_first_chapter_say_who_approved_it_and_when(pages):
    cover = " ".join(pages[0])
    assert "Goedgekeurd door Raad van bestuur op 20 maart 2025" in cover
    assert "Ontwerp" not in cover
    assert "Goedgekeurd door Raad van bestuur op 20 maart 2025" in " ".join(pages[2])
