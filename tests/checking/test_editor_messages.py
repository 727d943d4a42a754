"""Every message names the real cause and the fix, in Dutch, on the right line."""

from __future__ import annotations

import random
import re

import pytest

from planwijzer import pipeline
from yamlgen import mapping, mutate

PARTNERS = """\
partners:
  - {id: so-oost-vlaanderen, naam: Samenlevingsopbouw Oost-Vlaanderen vzw}
  - {id: samenlevingsopbouw-sector, naam: Samenlevingsopbouw (sector)}
  - {id: partner-x, naam: Partner X}
"""

SLIPS = {
    "one space too many": (
        "    titel: A\n     omschrijving: B\n",
        (4, "'omschrijving' springt 5 spaties in, 1 meer dan 'titel'", "beginnen op 4 spaties"),
    ),
    "two spaces too few": (
        "    titel: A\n  omschrijving: B\n",
        (4, "'omschrijving' springt 2 spaties in, minder dan", "Spring 'omschrijving' 4 spaties"),
    ),
    "comma inside { }": (
        "    titel: A\n    projecten: [{titel: Eten, drinken en ontmoeten, gemeente: Ronse}]\n",
        (4, "Na een komma werd 'drinken en ontmoeten' een eigen veld", 'titel: "Eten, drinken'),
    ),
    "list as a, b inside { }": (
        "    titel: A\n    projecten: [{titel: Eten, gemeente: Ronse, Ninove}]\n",
        (4, "Na een komma werd 'Ninove' een eigen veld", "gemeente: [Ronse, Ninove]"),
    ),
    "list as a, b": (  # two real gemeenten: an error, the site would publish one page
        "    titel: A\n    projecten:\n      - titel: Eten\n        gemeente: Ronse, Ninove\n",
        (6, "'Ronse, Ninove' zijn 2 gemeenten, geschreven als één naam",
         "gemeente: [Ronse, Ninove]"),
    ),
    "a name with a comma, not all of it gemeenten": (
        "    titel: A\n    projecten:\n      - titel: Eten\n        gemeente: Ronse, Buiten\n",
        (6, "één gemeente met een komma", "gemeente: [Ronse, Buiten]"),
    ),
    "key at the wrong level": (
        "    titel: A\n    zeker: [doel-b]\n",
        (4, "'zeker' hoort niet op dit niveau, maar onder 'bijdragen:'", "Spring 'zeker' in"),
    ),
    "# inside unquoted text": (
        "    titel: A\n    samenwerking: Met het OCMW en CAW #Ronse, en met de buurt.\n",
        (4, "Alles vanaf '#' valt weg", 'samenwerking: "Met het OCMW en CAW #Ronse, en'),
    ),
    "a code read as a number": (
        "    titel: A\n    code: 1.10\n",
        (4, "YAML leest '1.10' als het getal 1.1", 'code: "1.10"'),
    ),
    "a code with a leading zero": (
        "    titel: A\n    code: 01\n",
        (4, "YAML leest '01' als het getal 1", 'code: "01"'),
    ),
    "trekker by name": (
        "    titel: A\n    trekker: Samenlevingsopbouw Oost-Vlaanderen\n",
        (4, "Onbekende partner 'Samenlevingsopbouw Oost-Vlaanderen'",
         "Bedoelde je 'so-oost-vlaanderen' (Samenlevingsopbouw Oost-Vlaanderen vzw)?"),
    ),
    "a text longer than any plan writes": (
        "    titel: A\n    omschrijving: " + "woord " * 2000 + "\n",
        (4, "is 11.999 tekens lang; hoogstens 10.000 kan", "Kort de tekst in"),
    ),
    "a text full of unclosed brackets": (
        "    titel: A\n    omschrijving: '" + "[" * 150 + "'\n",
        (4, "bevat 150 keer '['; hoogstens 100 kan", "schrijf minder links"),
    ),
    "a trailing zero, quoted nowhere, in a flow list": (
        "    titel: A\n    labels: [1.50, x]\n",
        (4, "YAML leest '1.50' als het getal 1.5", 'labels: "1.50"'),
    ),
    "trekker as a made-up id": (
        "    titel: A\n    trekker: samenlevingsopbouw-oost-vlaanderen\n",
        (4, "Onbekende partner", "Bedoelde je 'so-oost-vlaanderen'"),
    ),
}  # fmt: skip


def _action_file(fields: str) -> str:
    return (
        "acties:\n  - id: actie-een\n"
        + fields
        + "    partners: [partner-x]\n    bijdragen:\n      mogelijk: [doel-a]\n"
    )


@pytest.mark.parametrize("slip", sorted(SLIPS))
def test_each_common_slip_gets_its_cause_and_fix(plan_folder, slip):
    fields, (line, cause, fix) = SLIPS[slip]
    folder = plan_folder({"data/acties.yaml": _action_file(fields), "data/partners.yaml": PARTNERS})
    report = pipeline.check(folder.root).report
    found = [p for p in report.problems if p.file == "data/acties.yaml" and cause in p.message]
    assert found, [p.format() for p in report.problems]
    assert found[0].line == line and fix in found[0].hint, found[0].format()


def test_a_suggestion_is_never_an_id_that_does_not_exist(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": _action_file("    titel: A\n    trekker: Iets Heel Anders\n"),
            "data/partners.yaml": PARTNERS,
        }
    )
    report = pipeline.check(folder.root).report
    hints = " ".join(p.hint for p in report.problems)
    suggested = re.findall(r"Bedoelde je '([^']+)'", hints)
    assert all(
        s in {"so-oost-vlaanderen", "samenlevingsopbouw-sector", "partner-x"} for s in suggested
    )
    assert "iets-heel-anders" not in hints


PARSER_ENGLISH = re.compile(
    r"\b(expected|found|mapping|scanning|parsing|while|indicator|token|stream|"
    r"could not|did not|not allowed)\b"
)


def test_no_parser_english_reaches_an_editor(plan_folder):
    """Thousands of editors' slips (a line indented differently, dropped, doubled) in
    random plan-like files: every message is Dutch."""
    rng = random.Random(14)
    folder = plan_folder()
    path = folder.root / "data" / "acties.yaml"
    for _ in range(300):
        path.write_text(mutate(rng, "acties:\n" + mapping(rng, "  ", 0)) + "\n", encoding="utf-8")
        for problem in pipeline.check(folder.root).report.problems:
            text = problem.message + " " + problem.hint
            assert not PARSER_ENGLISH.search(text), problem.format()


def test_a_comma_list_of_real_gemeenten_is_an_error_an_unknown_name_a_warning(plan_folder):
    def severities(gemeente: str) -> list[str]:
        fields = (
            f"    titel: A\n    projecten:\n      - titel: Eten\n        gemeente: {gemeente}\n"
        )
        folder = plan_folder(
            {"data/acties.yaml": _action_file(fields), "data/partners.yaml": PARTNERS}
        )
        report = pipeline.check(folder.root).report
        return [p.severity.value for p in report.problems if p.file == "data/acties.yaml"]

    assert severities("Geraardsbergen, Ninove") == ["fout"]
    assert severities("Nergenshuizen") == ["waarschuwing"]
