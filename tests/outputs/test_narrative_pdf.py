"""The narrative pages in the printed plan: every macro shows as the document's own
chapter does (the matrix on landscape pages, with the goal names) or as a reference with
its page number, and no word of any page lies outside it (poppler's pdftotext -bbox)."""

from __future__ import annotations

import re
import subprocess
from xml.etree import ElementTree

import pytest

from planfolders import folder_with
from planwijzer.cli import main

GOALS = 24  # more columns than a landscape page holds (20): the matrix comes in two parts
FILES = {
    "data/doelstellingen.yaml": "doelstellingen:\n"
    + "".join(
        f"  - {{id: doel-{i}, code: D{i}, titel: Doel nummer {i}}}\n" for i in range(1, GOALS + 1)
    ),
    "data/kaders/prioriteiten.yaml": """\
        titel: Prioriteiten van de minister
        onderdelen:
          - {id: armoede, code: P1, titel: Armoede bestrijden}
        """,
    "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Eerste actie van het plan
            omschrijving: Een korte omschrijving.
            partners: [partner-x]
            kaders: {prioriteiten: [armoede]}
            bijdragen:
              zeker: [doel-1, doel-2, doel-3, doel-4, doel-5, doel-6, doel-7, doel-21]
              mogelijk: [doel-8, doel-9, doel-10, doel-11, doel-12, doel-13, doel-14]
          - id: actie-twee
            titel: Tweede actie van het plan
            partners: [partner-x]
            bijdragen: {zeker: [doel-15, doel-16, doel-17, doel-18, doel-19, doel-20, doel-24]}
        """,
    "docs/index.md": None,
    "docs/opties.md": """\
        # Strategische opties

        Het overzicht:

        {{ matrix() }}

        De doelstellingen: {{ doelstellingen() }}

        Eén actie: {{ actie('actie-een') }} Alle acties: {{ acties() }}

        {{ kerncijfers() }} {{ taken() }} {{ kader('prioriteiten') }}
        """,
}


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    folder = folder_with(tmp_path_factory.mktemp("verhaal") / "plan", FILES)
    out = folder.root / "plan.pdf"
    assert main(["pdf", str(folder.root), "--out", str(out)]) == 0
    return out


def pages(pdf):
    """(width, height, [(xMin, yMin, xMax, yMax, word)]) of every page."""
    done = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    root = ElementTree.fromstring(re.sub(r'\sxmlns="[^"]+"', "", done.stdout, count=1))
    return [
        (
            float(page.get("width")),
            float(page.get("height")),
            [
                (*(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")), w.text or "")
                for w in page.iter("word")
            ],
        )
        for page in root.iter("page")
    ]


def test_no_word_lies_outside_its_page(pdf):
    for number, (width, height, words) in enumerate(pages(pdf), 1):
        outside = [
            word
            for x0, y0, x1, y1, word in words
            if x0 < -0.5 or y0 < -0.5 or x1 > width + 0.5 or y1 > height + 0.5
        ]
        assert not outside, f"page {number}: {outside[:10]}"


def test_the_narrative_matrix_is_the_documents_landscape_matrix_with_names(pdf):
    texts = [" ".join(word for *_box, word in words) for _w, _h, words in pages(pdf)]
    sizes = [(w, h) for w, h, _words in pages(pdf)]
    chapter = next(i for i, t in enumerate(texts) if t.split()[2:4] == ["Strategische", "opties"])
    narrative = texts[chapter + 1 : chapter + 3]
    assert all(w > h for w, h in sizes[chapter + 1 : chapter + 3])  # landscape
    for i in range(1, GOALS + 1):
        assert f"D{i} Doel nummer {i}" in narrative[0 if i <= 20 else 1]
    assert "Draagt zeker bij Draagt" not in " ".join(narrative)  # symbols, not words
    # The goals' matrix on four landscape pages: the narrative page's two, the chapter's two.
    landscape = [t for (w, h), t in zip(sizes, texts, strict=True) if w > h]
    assert sum("D24 Doel nummer 24" in t for t in landscape) == 2


def test_the_other_macros_are_references_with_the_right_page_number(pdf):
    texts = [" ".join(word for *_box, word in words) for _w, _h, words in pages(pdf)]
    whole = " ".join(texts).replace("• ", "")
    action_page = 1 + next(i for i, t in enumerate(texts) if "Een korte omschrijving." in t)
    assert f"Eén actie: Eerste actie van het plan (pagina {action_page})" in whole
    assert "Tweede actie van het plan (pagina " in whole
    framework_page = 1 + next(
        i for i, t in enumerate(texts) if "van dit plan. Een" in t and "P1 Armoede" in t
    )
    assert f"Prioriteiten van de minister (pagina {framework_page})" in whole
    assert "Doelstelling D24 Doel nummer 24 (pagina " in whole
    assert "Lees de doelstellingen" not in whole and "Blader door" not in whole
