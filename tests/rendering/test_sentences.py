# ruff: noqa: E501  (the sentences are data: one per line, as a reader hears them)
"""Every sentence a page builds around a number, for 0, 1 and 2, as a reader hears it.

A new sentence in rendering/sentences.py gets its row here; the check at the bottom
fails when a method has none."""

from __future__ import annotations

import inspect

import pytest

from planwijzer.rendering.sentences import Sentences
from planwijzer.shared.interface import speaking

SAY = Sentences("Strategische actie", "Strategische acties")

SPOKEN = {
    "actions": [
        ((0,), "0 strategische acties"),
        ((1,), "1 strategische actie"),
        ((2,), "2 strategische acties"),
    ],
    "reported": [
        ((0, 0), "Geen strategische actie draagt hieraan bij."),
        ((0, 1), "0 van 1 strategische actie gerapporteerd: nog geen rapport geeft haar status of voortgang."),
        ((1, 1), "1 van 1 strategische actie gerapporteerd."),
        ((0, 2), "0 van 2 strategische acties gerapporteerd: nog geen rapport geeft hun status of voortgang."),
        ((1, 2), "1 van 2 strategische acties gerapporteerd."),
        ((2, 2), "2 van 2 strategische acties gerapporteerd."),
    ],
    "mean_over": [
        ((0, []), "over 0 strategische acties."),
        ((1, []), "over 1 strategische actie."),
        ((2, [("Stopgezet", 1)]), "over 2 strategische acties; niet meegeteld: 1 strategische actie met status Stopgezet."),
        ((1, [("Stopgezet", 2), ("Geannuleerd", 1)]),
         "over 1 strategische actie; niet meegeteld: 2 strategische acties met status Stopgezet en 1 strategische actie met status Geannuleerd."),
    ],
    "expectation": [
        (("2023", "11,8%", "13,8%", "Niet op koers"),
         "In 2023 verwachtte de streeflijn 11,8%; de meting was 13,8%: niet op koers."),
        (("2023-03", "1 gezin", "2 gezinnen", "Op koers"),
         "In maart 2023 verwachtte de streeflijn 1 gezin; de meting was 2 gezinnen: op koers."),
        (("2023-12-31", "0", "0", "Op koers"),
         "Op 31 december 2023 verwachtte de streeflijn 0; de meting was 0: op koers."),
    ],
    "target_state": [
        (("2023", "600 gezinnen", True), "De streefwaarde van 2023 (600 gezinnen) is gehaald."),
        (("2022-06", "1 gezin", False), "De streefwaarde van juni 2022 (1 gezin) is niet gehaald."),
    ],
    "next_target": [
        (("2025", "1.200 gezinnen"), "De volgende streefwaarde: 1.200 gezinnen tegen 2025."),
    ],
    "partner_roles": [
        ((0, 0, 0, 0), "Nog geen strategische actie."),
        ((1, 1, 0, 0), "Betrokken bij 1 strategische actie: trekker van 1."),
        ((2, 0, 2, 0), "Betrokken bij 2 strategische acties: partner in 2."),
        ((2, 1, 1, 0), "Betrokken bij 2 strategische acties: trekker van 1 en partner in 1."),
        ((2, 1, 1, 1), "Betrokken bij 2 strategische acties: trekker van 1, partner in 1 en via 1 project."),
        ((1, 0, 0, 2), "Betrokken bij 1 strategische actie: via 2 projecten."),
    ],
    "projects_here": [
        (("Ronse", 0, 0, False), "In Ronse loopt nog geen project van dit plan."),
        (("Ronse", 1, 1, False), "In Ronse loopt 1 project van 1 strategische actie."),
        (("Ronse", 2, 1, False), "In Ronse lopen 2 projecten van 1 strategische actie."),
        (("Ronse", 1, 2, True),
         "In Ronse loopt 1 project van 2 strategische acties. Een project dat bij meer dan één strategische actie hoort, telt één keer."),
    ],
    "projects_here_by_date": [
        (("Ronse", 2, 1, False, 0), "In Ronse lopen 2 projecten van 1 strategische actie."),
        (("Ronse", 1, 1, False, 1), "In Ronse liep 1 project van 1 strategische actie."),
        (("Ronse", 4, 2, False, 4), "In Ronse liepen 4 projecten van 2 strategische acties."),
        (("Ronse", 4, 2, False, 1),
         "In Ronse lopen of liepen 4 projecten van 2 strategische acties; 1 ervan is afgelopen."),
        (("Ronse", 4, 2, False, 2),
         "In Ronse lopen of liepen 4 projecten van 2 strategische acties; 2 ervan zijn afgelopen."),
    ],
    "projects": [((0,), "0 projecten"), ((1,), "1 project"), ((2,), "2 projecten")],
    "partners_of": [
        ((0, "Het plan"), "Dit plan vermeldt geen partners."),
        ((1, "Het plan"), "De enige partner van het plan ‘Het plan’, met het aantal strategische acties waarin hij een rol heeft."),
        ((2, "Het plan"), "De 2 partners van het plan ‘Het plan’, met het aantal strategische acties waarin ze een rol hebben."),
    ],
    "contributing": [
        ((0, "Draagt zeker bij"), "0 strategische acties: draagt zeker bij"),
        ((1, "Draagt zeker bij"), "1 strategische actie: draagt zeker bij"),
        ((2, "Draagt zeker bij"), "2 strategische acties: draagt zeker bij"),
    ],
    "missing_strength": [(("Draagt zeker bij",), "Nog geen strategische actie met ‘Draagt zeker bij’")],
    "matrix_size": [
        ((0, 0, "doelstelling", "doelstellingen"), "0 strategische acties × 0 doelstellingen"),
        ((1, 1, "doelstelling", "doelstellingen"), "1 strategische actie × 1 doelstelling"),
        ((2, 2, "onderdeel", "onderdelen"), "2 strategische acties × 2 onderdelen"),
    ],
    "served": [
        ((0, 2), "0 van 2 onderdelen krijgen een bijdrage"),
        ((1, 1), "1 van 1 onderdeel krijgt een bijdrage"),
        ((1, 2), "1 van 2 onderdelen krijgt een bijdrage"),
        ((2, 2), "2 van 2 onderdelen krijgen een bijdrage"),
    ],
    "reports": [((0,), "0 rapporten"), ((1,), "1 rapport"), ((2,), "2 rapporten")],
    "rows": [((0,), "0 rijen"), ((1,), "1 rij"), ((1200,), "1.200 rijen")],
}  # fmt: skip


@pytest.mark.parametrize(
    ("method", "args", "expected"),
    [(m, args, expected) for m, cases in SPOKEN.items() for args, expected in cases],
)
def test_each_sentence_for_zero_one_and_many(method, args, expected):
    assert getattr(SAY, method)(*args) == expected


def test_every_sentence_is_spoken_here():
    methods = {
        name
        for name, member in inspect.getmembers(Sentences, inspect.isfunction)
        if not name.startswith("_")
    }
    assert methods == set(SPOKEN)


FRENCH = [
    ("contributing", (0, "Contribue certainement"), "0 action\u00a0: contribue certainement"),
    ("contributing", (1, "Contribue certainement"), "1 action\u00a0: contribue certainement"),
    ("contributing", (2, "Contribue certainement"), "2 actions\u00a0: contribue certainement"),
    ("rows", (1,), "1 ligne"),
    ("rows", (5,), "5 lignes"),
    (
        "projects_here",
        ("Bruxelles", 1, 1, False),
        "À Bruxelles, 1 projet de 1 action est en cours.",
    ),
    (
        "projects_here",
        ("Bruxelles", 2, 2, False),
        "À Bruxelles, 2 projets de 2 actions sont en cours.",
    ),
    ("reports", (2,), "2 rapports"),
]


@pytest.mark.parametrize(("method", "args", "expected"), FRENCH)
def test_a_french_page_counts_in_french(method, args, expected):
    """Every noun beside a number from the catalogue, by French plural rules (0 and 1
    singular), with French spacing before a colon."""
    with speaking("fr"):
        assert getattr(Sentences("Action", "Actions"), method)(*args) == expected
