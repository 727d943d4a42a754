"""Shape errors do not hide the other problems of an entry: one run says everything.

An entry with a wrong field is read without it, so the checks after shape (statuses,
references, dates) still look at the rest of it."""

from __future__ import annotations

from planwijzer import pipeline
from planwijzer.shared.problems import Severity


def errors(folder) -> list[tuple[str, int, str]]:
    report = pipeline.check(folder.root).report
    return [(p.file, p.line, p.message) for p in report.errors]


def test_a_report_says_every_wrong_field_at_once(plan_folder):
    folder = plan_folder(
        {
            "data/opvolging/2025-jaarplan.yaml": """\
            titel: Jaarplan 2025
            soort: jaarplan
            peildatum: 2025-12
            acties:
              actie-een:
                status: in uitvoering
                voortgang: 80%
              actie-twee:
                status: Bezig
            """
        }
    )
    found = errors(folder)
    file = "data/opvolging/2025-jaarplan.yaml"
    assert [(f, line) for f, line, _ in found] == [(file, 6), (file, 7), (file, 9)], found
    assert "'in uitvoering'" in found[0][2] and "80%" in found[1][2]
    assert "'Bezig'" in found[2][2]


def test_mixed_errors_across_reports_actions_and_indicators(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
            acties:
              - id: actie-een
                titel: Actie een
                telefoon: 09 123
                partners: [partner-y]
                bijdragen:
                  zeker: [doel-a]
              - id: actie-twee
                titel: Actie twee
                code: [1]
                partners: [partner-x]
                bijdragen:
                  zeker: [doel-z]
            """,
            "data/indicatoren.yaml": """\
            indicatoren:
              - id: ind-a
                titel: Ind A
                richting: hoger
                eenheid: [gezinnen]
                bij: [actie-drie]
                basis: {datum: 2024, waarde: 0}
                streefwaarden:
                  - {datum: 2025, waarde: 10}
                  - {datum: 2026-13, waarde: 20}
                metingen:
                  - {datum: 2025, waarde: veel}
            """,
            "data/opvolging/2025.yaml": """\
            titel: Rapport 2025
            peildatum: 2025-12
            verslag: [geen tekst]
            acties:
              actie-een: {status: klaar}
              actie-vier: {voortgang: 10}
            """,
        }
    )
    found = errors(folder)
    lines = {(file, line) for file, line, _ in found}
    # each wrong field and each wrong reference in the same run
    assert lines == {
        ("data/acties.yaml", 4),  # unknown field
        ("data/acties.yaml", 5),  # unknown partner
        ("data/acties.yaml", 10),  # code is not text
        ("data/acties.yaml", 13),  # unknown goal
        ("data/indicatoren.yaml", 5),  # eenheid is not text
        ("data/indicatoren.yaml", 6),  # unknown action
        ("data/indicatoren.yaml", 10),  # no such month
        ("data/indicatoren.yaml", 12),  # waarde is not a number
        ("data/opvolging/2025.yaml", 3),  # verslag is not text
        ("data/opvolging/2025.yaml", 5),  # unknown status
        ("data/opvolging/2025.yaml", 6),  # unknown action
    }, found


def test_a_dropped_field_gives_no_second_message(plan_folder):
    """The entry read without a wrong field must not be told that field is missing,
    nor its id be unknown elsewhere."""
    folder = plan_folder(
        {
            "data/partners.yaml": "partners:\n  - {id: partner-x, naam: P, website: www.p.be}\n",
        }
    )
    found = errors(folder)
    assert len(found) == 1 and found[0][1] == 2, found


def test_a_wrong_status_list_in_plan_yaml_does_not_blame_the_reports(plan_folder):
    """Reports are checked against plan.yaml's statuses: when those are wrong, a
    report that uses them gets no error of its own."""
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: Testplan 2024-2026
            organisatie: Testorganisatie
            periode: {van: 2024, tot: 2026}
            statussen:
              - {sleutel: Bezig, label: Bezig}
              - {sleutel: klaar, label: Klaar}
            """,
            "data/opvolging/2025.yaml": """\
            titel: Rapport 2025
            peildatum: 2025-12
            acties:
              actie-een: {status: Bezig}
            """,
        }
    )
    found = errors(folder)
    assert [(f, line) for f, line, _ in found] == [("data/plan.yaml", 5)], found
    # nor when the key is misspelt: the reports use the statuses it meant
    plan = (folder.root / "data/plan.yaml").read_text(encoding="utf-8")
    plan = plan.replace("statussen:", "statusen:").replace("sleutel: Bezig", "sleutel: bezig")
    folder.write("data/plan.yaml", plan, dedent=False)
    found = errors(folder)
    assert [(f, line) for f, line, _ in found] == [("data/plan.yaml", 4)], found


def test_a_wrong_field_in_plan_yaml_does_not_stop_the_other_checks(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: Testplan 2024-2026
            organisatie: Testorganisatie
            periode: {van: 2024, tot: 2026}
            matrix_max_acties: veel
            """,
            "data/opvolging/2025.yaml": """\
            titel: Rapport 2025
            peildatum: 2025-12
            acties:
              actie-een: {status: klaar}
            """,
        }
    )
    report = pipeline.check(folder.root).report
    found = [(p.file, p.line) for p in report.sorted() if p.severity is Severity.ERROR]
    assert found == [("data/opvolging/2025.yaml", 4), ("data/plan.yaml", 4)], found


def test_a_wrong_key_inside_a_field_of_two_forms_is_located(plan_folder):
    """'periode' is a year or {van, tot}: pydantic names the form it tried ('Periode')
    in the error's path, which is no key of the file (the check crashed on it)."""
    folder = plan_folder(
        {
            "data/opvolging/2025.yaml": """\
            titel: Rapport 2025
            peildatum: 2025-12
            periode: {begin: 2025}
            acties:
              actie-een: {status: klaar}
            """
        }
    )
    found = errors(folder)
    assert ("data/opvolging/2025.yaml", 3, "Onbekend veld 'begin'.") in found, found
    assert ("data/opvolging/2025.yaml", 5) in [(f, line) for f, line, _ in found], found


def test_a_value_in_one_form_is_not_also_wrong_for_the_other(plan_folder):
    report = "titel: Rapport 2025\npeildatum: 2025-12\nperiode: {periode}\n"
    for written, said in (
        ("veel", "'periode' is geen geldige datum: 'veel'."),
        ("{begin: 2025}", "Onbekend veld 'begin'."),
    ):
        folder = plan_folder(
            {"data/opvolging/2025.yaml": report.format(periode=written)}, name=written[:4]
        )
        messages = [message for _, _, message in errors(folder)]
        assert said in messages, messages
        assert not any("constrained" in m or "reeks velden" in m for m in messages), messages
