"""Small plan folders written on the fly: the MINIMAL plan and the PlanFolder around it.

Used by the ``plan_folder`` fixture (conftest) and by module-scoped fixtures that
build one site for many tests.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from planwijzer.cli import main as cli_main
from planwijzer.editing.new_plan import SKELETON

MINIMAL = {
    "data/plan.yaml": """\
        titel: Testplan 2024-2026
        organisatie: Testorganisatie
        periode: {van: 2024, tot: 2026}
        """,
    "data/doelstellingen.yaml": """\
        doelstellingen:
          - id: doel-a
            titel: Doel A
          - id: doel-b
            titel: Doel B
        """,
    "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            bijdragen:
              zeker: [doel-a]
          - id: actie-twee
            titel: Actie twee
            partners: [partner-x]
            bijdragen:
              zeker: [doel-b]
              mogelijk: [doel-a]
        """,
    "data/partners.yaml": """\
        partners:
          - {id: partner-x, naam: Partner X}
        """,
    "docs/index.md": "# Testplan\n\n{{ kerncijfers() }}\n",
}


class PlanFolder:
    """A plan folder in a temporary directory; files given as dedented text."""

    def __init__(self, root: Path, files: dict[str, str | None]) -> None:
        self.root = root
        mkdocs = (SKELETON / "mkdocs.yml").read_text(encoding="utf-8")
        self.write("mkdocs.yml", mkdocs.replace("__TITEL__", "Testplan"), dedent=False)
        for name, text in files.items():
            if text is not None:
                self.write(name, text)

    def write(self, name: str, text: str, *, dedent: bool = True) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text) if dedent else text, encoding="utf-8")
        return path

    def build(self, out: Path | None = None, *args: str) -> int:
        target = out or self.root / "site"
        return cli_main(["build", str(self.root), "--out", str(target), *args])

    def check(self, *args: str) -> int:
        return cli_main(["check", str(self.root), *args])


def folder_with(root: Path, overrides: dict[str, str | None]) -> PlanFolder:
    """MINIMAL with ``overrides`` (None removes a file) in ``root``."""
    files = dict(MINIMAL)
    files.update(overrides)
    return PlanFolder(root, files)


OWN_FRAMEWORK = """\
    titel: Vlaams actieplan voor de buurt
    korte_titel: Actieplan buurt
    bron: https://actieplan.invalid
    onderdelen:
      - {id: "4-1", code: "4.1", titel: Vermaatschappelijking}
      - id: wonen
        titel: Wonen
        onderdelen:
          - {id: huurders, titel: Huurders met de grootste woonnood}
      - {id: vergeten, titel: Een onderdeel waar niets aan bijdraagt}
    """
FRAMEWORK_GOALS = """\
    doelstellingen:
      - id: doel-a
        titel: Doel A
        kaders: {eigen: [4-1]}
      - id: doel-b
        titel: Doel B
    """
FRAMEWORK_ACTIONS = """\
    acties:
      - id: actie-een
        titel: Actie een
        bijdragen: {zeker: [doel-a]}
        kaders: {sdg: [1, 10], eigen: [huurders]}
      - id: actie-twee
        titel: Actie twee
        bijdragen: {zeker: [doel-b], mogelijk: [doel-a]}
        kaders: {vlaams: [vlaams-doel]}
    """


def framework_plan(root: Path) -> PlanFolder:
    """A plan with the built-in SDGs, a framework of its own ('eigen') and another plan
    ('vlaams', beside it) as framework; the tests of frameworks build it."""
    other = dict(MINIMAL)
    other["data/doelstellingen.yaml"] = """\
        doelstellingen:
          - {id: vlaams-doel, code: V1, titel: Een Vlaams doel}
        """
    other["data/acties.yaml"] = """\
        acties:
          - {id: vlaamse-actie, titel: Vlaamse actie, bijdragen: {zeker: [vlaams-doel]}}
        """
    other["data/partners.yaml"] = "partners: []\n"
    other["data/plan.yaml"] = MINIMAL["data/plan.yaml"].replace("Testplan 2024-2026", "Vlaams plan")
    PlanFolder(root / "vlaams", other)
    files = {
        **MINIMAL,
        "data/doelstellingen.yaml": FRAMEWORK_GOALS,
        "data/acties.yaml": FRAMEWORK_ACTIONS,
    }
    files["data/kaders/eigen.yaml"] = OWN_FRAMEWORK
    files["data/kaders/vlaams.yaml"] = "plan: ../vlaams\nurl: https://vlaams.invalid\n"
    return PlanFolder(root / "plan", files)
