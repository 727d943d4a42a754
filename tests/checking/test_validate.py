"""Stage 2: every class of bad input gets a located Dutch message and a hint."""

from __future__ import annotations

import pytest

from planwijzer import pipeline
from planwijzer.shared.problems import Severity


def problems(folder, severity=Severity.ERROR):
    report = pipeline.check(folder.root).report
    return [p for p in report.sorted() if p.severity is severity]


def one_error(folder):
    errors = problems(folder)
    assert len(errors) == 1, [e.format() for e in errors]
    return errors[0]


def test_minimal_plan_is_valid(plan_folder):
    result = pipeline.check(plan_folder().root)
    assert result.report.ok and result.plan is not None


def test_unknown_key_suggests_the_right_one(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
        acties:
          - id: actie-een
            titl: Actie een
            partners: [partner-x]
            bijdragen: {zeker: [doel-a, doel-b]}
        """
        }
    )
    error = one_error(folder)  # one typo, one message: not also "'titel' ontbreekt"
    assert (error.file, error.line, error.column) == ("data/acties.yaml", 3, 5)
    assert error.message.startswith("Onbekend veld 'titl'.")
    assert "'titel' ontbreekt" in error.message
    assert "Bedoelde je 'titel'?" in error.hint


def test_unknown_key_lists_the_allowed_ones(plan_folder):
    folder = plan_folder(
        {"data/partners.yaml": "partners:\n  - {id: partner-x, naam: P, telefoon: 09}\n"}
    )
    error = one_error(folder)
    assert error.message == "Onbekend veld 'telefoon'."
    allowed = "id, concept, naam, soort, website, omschrijving, herkomst"
    assert f"Toegelaten velden: {allowed}." in error.hint


def test_missing_required_key(plan_folder):
    folder = plan_folder({"data/partners.yaml": "partners:\n  - id: partner-x\n    soort: x\n"})
    error = one_error(folder)
    assert (error.line, error.message) == (2, "Het verplichte veld 'naam' ontbreekt.")


def test_wrong_type_says_what_was_expected(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: partner-x
            bijdragen: {zeker: [doel-a, doel-b]}
        """
        }
    )
    error = one_error(folder)
    assert (error.line, error.column) == (4, 15)
    assert "moet een lijst zijn" in error.message


def test_boolean_where_text_is_expected(plan_folder):
    folder = plan_folder({"data/partners.yaml": "partners:\n  - {id: partner-x, naam: yes}\n"})
    error = one_error(folder)
    assert error.line == 2 and "moet tekst zijn" in error.message and "ja/nee" in error.message


def test_malformed_id_suggests_a_valid_one(plan_folder):
    folder = plan_folder({"data/partners.yaml": "partners:\n  - {id: Partner X, naam: X}\n"})
    errors = problems(folder)
    bad = next(e for e in errors if "geen geldige id" in e.message)
    assert bad.line == 2 and "partner-x" in bad.hint


def test_duplicate_id_across_files_points_to_the_first(plan_folder):
    folder = plan_folder(
        {
            "data/partners.yaml": (
                "partners:\n  - {id: partner-x, naam: X}\n  - {id: doel-a, naam: Y}\n"
            )
        }
    )
    error = one_error(folder)
    assert (error.file, error.line) == ("data/partners.yaml", 3)
    assert "al in gebruik" in error.message and "data/doelstellingen.yaml:2" in error.message


def test_unknown_goal_reference_with_did_you_mean(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            bijdragen:
              zeker: [doel-a, doel-bb]
        """
        }
    )
    error = one_error(folder)
    assert (error.file, error.line, error.column) == ("data/acties.yaml", 6, 23)
    assert error.message == "Onbekende doelstelling 'doel-bb'."
    assert "Bedoelde je 'doel-b'?" in error.hint
    assert "data/doelstellingen.yaml" in error.hint


def test_unknown_partner(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            trekker: partner-y
            bijdragen: {zeker: [doel-a, doel-b]}
        """
        }
    )
    error = one_error(folder)
    assert error.line == 4 and "Onbekende partner 'partner-y'" in error.message
    assert "partner-x" in error.hint


def test_partner_reference_without_partners_file(plan_folder):
    folder = plan_folder({"data/partners.yaml": None})
    errors = problems(folder)
    assert errors and all("geen bestand data/partners.yaml" in e.message for e in errors)


def test_undeclared_contribution_key(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            bijdragen:
              zekr: [doel-a]
              zeker: [doel-b]
        """
        }
    )
    error = one_error(folder)
    assert error.line == 6 and "Onbekende soort bijdrage 'zekr'" in error.message
    assert "Bedoelde je 'zeker'?" in error.hint


def test_contribution_to_a_goal_with_children(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: Plan
            organisatie: Org
            periode: {van: 2024, tot: 2026}
            niveaus:
              - {sleutel: hoofddoelen, naam: Hoofddoel, meervoud: Hoofddoelen}
              - {sleutel: subdoelen, naam: Subdoel, meervoud: Subdoelen}
            """,
            "data/doelstellingen.yaml": """\
            hoofddoelen:
              - id: hoofd
                titel: Hoofd
                subdoelen:
                  - {id: doel-a, titel: A}
                  - {id: doel-b, titel: B}
            """,
            "data/acties.yaml": """\
            acties:
              - id: actie-een
                titel: Actie een
                partners: [partner-x]
                bijdragen: {zeker: [hoofd, doel-b], mogelijk: [doel-a]}
            """,
        }
    )
    error = one_error(folder)
    assert error.line == 5 and "onderliggende doelstellingen" in error.message
    assert "doel-a, doel-b" in error.hint


def test_period_that_ends_before_it_starts(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            periode: {van: 2025-06, tot: 2024}
            bijdragen: {zeker: [doel-a, doel-b]}
        """
        }
    )
    error = one_error(folder)
    assert error.line == 5 and "begint (2025-06) na haar einde (2024)" in error.message


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "april 2024"])
def test_impossible_dates(plan_folder, value):
    folder = plan_folder(
        {
            "data/acties.yaml": f"""\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            periode: {{van: "{value}"}}
            bijdragen: {{zeker: [doel-a, doel-b]}}
        """
        }
    )
    error = one_error(folder)
    assert error.line == 5


def test_missing_required_file_and_all_problems_at_once(plan_folder):
    folder = plan_folder(
        {
            "data/doelstellingen.yaml": None,
            "data/partners.yaml": "partners:\n  - {id: p, naam: [lijst]}\n  - {id: q}\n",
        }
    )
    errors = problems(folder)
    files = {e.file for e in errors}
    assert "data/doelstellingen.yaml" in files and "data/partners.yaml" in files
    assert len([e for e in errors if e.file == "data/partners.yaml"]) == 2


def test_level_key_in_the_wrong_place(plan_folder):
    folder = plan_folder(
        {
            "data/doelstellingen.yaml": """\
        doelstellingen:
          - id: doel-a
            titel: A
            doelstellingen:
              - {id: doel-c, titel: C}
          - id: doel-b
            titel: B
        """
        }
    )
    error = one_error(folder)
    assert error.line == 4 and "kan niet onder" in error.message


def test_warnings_do_not_fail_the_check(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
            acties:
              - id: actie-een
                titel: Actie een
                periode: {van: 2023-09, tot: 2025}
                bijdragen: {mogelijk: [doel-a, doel-b]}
            """,
            "data/partners.yaml": "partners: []\n",
        }
    )
    result = pipeline.check(folder.root)
    assert result.plan is not None
    messages = [w.message for w in result.report.warnings]
    assert any("buiten de planperiode" in m for m in messages)
    assert any("geen partners" in m for m in messages)
    assert sum("Geen enkele actie 'draagt zeker bij'" in m for m in messages) == 2


def test_github_annotation_format(plan_folder):
    folder = plan_folder(
        {"data/acties.yaml": "acties:\n  - id: a\n    titel: A\n    bijdragen: {zeker: [doel-x]}\n"}
    )
    error = one_error(folder)
    line = error.format_github()
    assert line.startswith("::error file=data/acties.yaml,line=4,col=")
    assert "Onbekende doelstelling 'doel-x'." in line


def one_action(*lines: str) -> dict[str, str]:
    """data/acties.yaml with one action made of ``lines`` (after its id)."""
    return {
        "data/acties.yaml": "acties:\n  - id: actie-een\n" + "".join(f"    {x}\n" for x in lines)
    }


ACTIE_EEN = ("titel: Actie een", "partners: [partner-x]", "bijdragen: {zeker: [doel-a, doel-b]}")


def test_an_unreadable_actions_file_gives_its_error_and_no_cascade_of_warnings(plan_folder):
    folder = plan_folder(one_action("titel Actie een", *ACTIE_EEN[1:]))
    error = one_error(folder)
    # The colon is missing on line 3; PyYAML only notices on line 4.
    assert (error.line, error.column) == (3, 5)
    assert "dubbelpunt" in error.message and "regel 4" in error.message
    # Nothing is known about the actions: not 'no action contributes to doel-a'.
    assert problems(folder, Severity.WARNING) == []


def test_a_broken_action_keeps_back_the_warnings_it_could_make_untrue(plan_folder):
    folder = plan_folder(one_action(*ACTIE_EEN, "onbekend: veld"))
    assert "onbekend" in one_error(folder).message
    assert problems(folder, Severity.WARNING) == []


@pytest.mark.parametrize(
    ("extra", "warned"),
    [
        ("", True),  # automated tests alone
        ("  handmatige_controle: 2026-10\n", False),
        ("  handmatige_controle: 2026-10\n  bekende_problemen: [De matrix schuift.]\n", True),
    ],
)
def test_full_compliance_needs_a_manual_check_and_no_known_problem(plan_folder, extra, warned):
    plan = (
        "titel: Testplan\norganisatie: Test\nperiode: {van: 2024, tot: 2026}\n"
        "toegankelijkheid:\n  contact: info@test.invalid\n  datum_controle: 2026-11\n"
        "  status: volledig in overeenstemming\n" + extra
    )
    found = problems(plan_folder({"data/plan.yaml": plan}), Severity.WARNING)
    codes = [(p.code, p.line) for p in found]
    assert (("toegankelijkheid-te-stellig", 7) in codes) is warned


# A plan whose files all point at each other: a report, an indicator, an overview and
# an accepted warning, so a file that cannot be read could set off a cascade.
LINKED = {
    "data/plan.yaml": """\
        titel: Testplan 2024-2026
        organisatie: Testorganisatie
        periode: {van: 2024, tot: 2026}
        overzichten: [{id: alles, titel: Alles, doelen: [doel-a, doel-b]}]
        aanvaarde_meldingen:
          - {melding: geen-sterke-bijdrage, bij: doel-c, reden: Komt later.}
        """,
    "data/doelstellingen.yaml": """\
        doelstellingen:
          - {id: doel-a, titel: Doel A}
          - {id: doel-b, titel: Doel B}
          - {id: doel-c, titel: Doel C}
        """,
    "data/opvolging/2024.yaml": "titel: Rapport 2024\npeildatum: 2024-12-31\n"
    "acties:\n  actie-een: {status: lopend}\n",
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: bereik
            titel: Bereik
            richting: hoger
            bij: [actie-een, doel-b]
            basis: {datum: 2023, waarde: 0}
            streefwaarden: [{datum: 2026, waarde: 30}]
        """,
}


@pytest.mark.parametrize(
    "broken", ["data/acties.yaml", "data/doelstellingen.yaml", "data/partners.yaml"]
)
def test_a_file_that_cannot_be_read_gives_one_message_not_a_cascade(plan_folder, broken):
    folder = plan_folder(LINKED)
    assert pipeline.check(folder.root).report.ok
    path = folder.root / broken
    path.write_text(path.read_text(encoding="utf-8") + "kapot: [open\n", encoding="utf-8")
    error = one_error(folder)
    assert error.file == broken and "YAML" in error.message
    assert problems(folder, Severity.WARNING) == []
