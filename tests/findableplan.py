"""A small plan with everything discovery reads (site_url, contact, versions, a
report, an indicator), and a title an attacker chose: for tests/outputs/discovery and
the end-to-end tests of the feed, the catalogue, the cards and the page heads."""

from __future__ import annotations

from pathlib import Path

from planfolders import PlanFolder, folder_with
from planwijzer import pipeline
from planwijzer.model import Plan

SITE = "https://plan.example/meerjarenplan/"
HOSTILE = '</script><script>alert("x")</script> & <b>vet</b>'

FILES = {
    "data/plan.yaml": """\
        titel: Testplan 2024-2026
        organisatie: Testorganisatie vzw
        periode: {van: 2024, tot: 2026}
        licentie: CC0-1.0
        contact:
          email: plan@testorganisatie.example
        versies:
          - datum: 2024-01
            besluit: Plan goedgekeurd door de raad.
          - datum: 2025-03-15
            besluit: Actie twee toegevoegd.
        """,
    "data/acties.yaml": f"""\
        acties:
          - id: actie-een
            titel: '{HOSTILE.replace("'", "''")}'
            trekker: partner-x
            periode: {{van: 2024, tot: 2025}}
            bijdragen:
              zeker: [doel-a]
          - id: actie-twee
            titel: Actie twee
            partners: [partner-x]
            bijdragen:
              zeker: [doel-b]
        """,
    "data/opvolging/2024.yaml": """\
        titel: Voortgangsrapport 2024
        peildatum: 2024-12-31
        acties:
          actie-een:
            status: lopend
            voortgang: 40
        """,
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: bereik
            titel: Bereik
            richting: hoger
            bij: [actie-een]
            basis: {datum: 2023, waarde: 0}
            streefwaarden: [{datum: 2026, waarde: 30}]
            metingen: [{datum: 2024-06, waarde: 12}]
        """,
}


def findable_folder(root: Path, site_url: str | None = SITE, **overrides: str | None) -> PlanFolder:
    folder = folder_with(root, {**FILES, **overrides})
    if site_url:
        config = folder.root / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        config.write_text(f"site_url: {site_url}\n{text}", encoding="utf-8")
    return folder


def findable_plan(root: Path) -> Plan:
    plan = pipeline.check(findable_folder(root).root).plan
    assert plan is not None
    return plan
