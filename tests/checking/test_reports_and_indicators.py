"""Stage 2, the living plan: every mistake in a report or an indicator is located,
said in Dutch, with what to do."""

from __future__ import annotations

import pytest

from planwijzer import pipeline
from planwijzer.shared.problems import Severity

REPORT = "data/opvolging/2024.yaml"
INDICATORS = "data/indicatoren.yaml"


def problems(folder, severity=Severity.ERROR):
    report = pipeline.check(folder.root).report
    return [p for p in report.sorted() if p.severity is severity]


def one(folder, severity=Severity.ERROR):
    found = problems(folder, severity)
    assert len(found) == 1, [p.format() for p in found]
    return found[0]


def report_file(*action_lines: str, head: str = "") -> str:
    head = head or "titel: Voortgangsrapport 2024\npeildatum: 2024-12-31\n"
    return head + "acties:\n" + "".join(f"{line}\n" for line in action_lines)


def test_a_valid_report_and_indicator_pass(plan_folder):
    folder = plan_folder(
        {
            REPORT: report_file("  actie-een:", "    status: lopend", "    voortgang: 40"),
            INDICATORS: """\
                indicatoren:
                  - id: bereik
                    titel: Bereik
                    richting: hoger
                    bij: [actie-een, doel-b]
                    basis: {datum: 2023, waarde: 0}
                    streefwaarden: [{datum: 2026, waarde: 30}]
                    metingen: [{datum: 2024, waarde: 12}]
                """,
        }
    )
    result = pipeline.check(folder.root)
    assert result.report.ok and not result.report.warnings, result.report.problems
    assert result.plan is not None and len(result.plan.reports) == 1


def test_unknown_action_in_a_report_suggests_the_right_id(plan_folder):
    folder = plan_folder({REPORT: report_file("  actie-eem:", "    status: lopend")})
    error = one(folder)
    assert (error.file, error.line, error.column) == (REPORT, 4, 3)
    assert error.message == (
        "data/opvolging/2024.yaml noemt de actie 'actie-eem', maar die staat niet (meer) in "
        "het plan."
    )
    assert error.hint.startswith("Een tikfout? Bedoelde je 'actie-een'?")
    assert "Bedoelde je 'actie-een'?" in error.hint


def test_unknown_status_suggests_and_lists_the_statuses(plan_folder):
    folder = plan_folder({REPORT: report_file("  actie-een:", "    status: lopen")})
    error = one(folder)
    assert (error.file, error.line) == (REPORT, 5)
    assert error.message == "Onbekende status 'lopen'."
    assert "Bedoelde je 'lopend'?" in error.hint and "gepland, lopend" in error.hint


def test_a_plan_may_name_its_own_statuses(plan_folder):
    # Status keys follow the rule of ids: 'niet-gestart' is a key; 'Niet gestart' is not.
    folder = plan_folder(
        {
            "data/plan.yaml": """\
                titel: Testplan 2024-2026
                organisatie: Testorganisatie
                periode: {van: 2024, tot: 2026}
                statussen:
                  - {sleutel: Niet gestart, label: Niet gestart}
                """,
            REPORT: report_file("  actie-een:", "    status: lopend"),
        }
    )
    error = next(e for e in problems(folder) if e.file == "data/plan.yaml")
    assert (error.line, error.message) == (5, "'sleutel' is geen geldige sleutel: 'Niet gestart'.")
    assert "bijvoorbeeld 'niet-gestart'" in error.hint and "doelstellingen" not in error.hint
    folder.write(
        "data/plan.yaml",
        folder.root.joinpath("data/plan.yaml")
        .read_text()
        .replace("sleutel: Niet gestart", "sleutel: niet-gestart"),
    )
    error = one(folder)
    assert error.message == "Onbekende status 'lopend'." and "niet-gestart" in error.hint


@pytest.mark.parametrize(
    ("stopped", "expected"),
    [
        ("ja", "moet true of false zijn"),
        ("1", "moet true of false zijn"),
        ('"true"', "moet true of false zijn"),
    ],
)
def test_gestopt_is_true_or_false_at_its_line(plan_folder, stopped, expected):
    folder = plan_folder(
        {
            "data/plan.yaml": f"""\
                titel: Testplan 2024-2026
                organisatie: Testorganisatie
                periode: {{van: 2024, tot: 2026}}
                statussen:
                  - {{sleutel: lopend, label: Lopend}}
                  - sleutel: geannuleerd
                    label: Geannuleerd
                    gestopt: {stopped}
                """,
        }
    )
    error = one(folder)
    assert (error.file, error.line) == ("data/plan.yaml", 8)
    assert expected in error.message


def test_two_statuses_with_one_key_are_an_error_at_the_second(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": """\
                titel: Testplan 2024-2026
                organisatie: Testorganisatie
                periode: {van: 2024, tot: 2026}
                statussen:
                  - {sleutel: lopend, label: Lopend}
                  - {sleutel: lopend, label: Bezig}
                """,
        }
    )
    error = one(folder)
    assert (error.file, error.line) == ("data/plan.yaml", 6)
    assert error.message == "De sleutel 'lopend' komt twee keer voor bij de statussen."


def test_a_peildatum_in_the_future_is_a_warning(plan_folder, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    folder = plan_folder({REPORT: report_file("  actie-een:", "    status: lopend")})
    text = folder.root.joinpath(REPORT).read_text().replace("2024-12-31", "2026-03-31")
    folder.write(REPORT, text, dedent=False)
    result = pipeline.check(folder.root)
    [warning] = [w for w in result.report.warnings if w.code == "peildatum-in-de-toekomst"]
    assert (warning.file, warning.line) == (REPORT, 2)
    assert warning.message == (
        "De peildatum 31 maart 2026 ligt in de toekomst (vandaag is het 1 januari 2026)."
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775001600")  # 2026-04-01
    later = pipeline.check(folder.root).report.warnings
    assert not [w for w in later if w.code == "peildatum-in-de-toekomst"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("140", "'voortgang' is te groot."),
        ("-5", "'voortgang' is te klein."),
        ("40.5", "'voortgang' moet een geheel getal zijn, niet het kommagetal 40.5."),
        ("veertig", "'voortgang' moet een geheel getal zijn, niet 'veertig'."),
    ],
)
def test_progress_is_a_whole_number_from_0_to_100(plan_folder, value, expected):
    folder = plan_folder({REPORT: report_file("  actie-een:", f"    voortgang: {value}")})
    error = one(folder)
    assert (error.file, error.line) == (REPORT, 5)
    assert error.message == expected


@pytest.mark.parametrize("missing", ["titel", "peildatum"])
def test_a_report_needs_a_title_and_a_peildatum(plan_folder, missing):
    head = "titel: Rapport\npeildatum: 2024-12-31\n"
    head = "".join(line + "\n" for line in head.splitlines() if not line.startswith(missing))
    folder = plan_folder({REPORT: report_file("  actie-een: {status: lopend}", head=head)})
    error = one(folder)
    assert error.file == REPORT and error.line >= 1
    assert error.message == f"Het verplichte veld '{missing}' ontbreekt."


@pytest.mark.parametrize(
    ("line", "where", "text"),
    [
        ("peildatum: 2024-02-30", 2, "dag 30 bestaat niet in februari 2024"),
        ("peildatum: 2024-13", 2, "maand 13 bestaat niet"),
        ("peildatum: morgen", 2, "geen geldige datum"),
    ],
)
def test_an_unreadable_date_is_located(plan_folder, line, where, text):
    head = f"titel: Rapport\n{line}\n"
    folder = plan_folder({REPORT: report_file("  actie-een: {status: lopend}", head=head)})
    error = one(folder)
    assert (error.file, error.line) == (REPORT, where)
    assert text in error.message and "2021-04-15" in error.hint


def test_two_reports_of_one_kind_on_one_peildatum(plan_folder):
    folder = plan_folder(
        {
            REPORT: report_file("  actie-een: {status: lopend}"),
            "data/opvolging/2024-bis.yaml": report_file("  actie-twee: {status: lopend}"),
        }
    )
    error = one(folder)
    assert (error.file, error.line) == ("data/opvolging/2024.yaml", 2)
    assert "al een voortgangsrapport met peildatum 2024-12-31" in error.message
    assert "data/opvolging/2024-bis.yaml" in error.message


def test_a_plan_and_a_report_may_share_a_peildatum(plan_folder):
    folder = plan_folder(
        {
            REPORT: report_file("  actie-een: {status: lopend}"),
            "data/opvolging/2024-plan.yaml": "titel: Jaarplan\nsoort: jaarplan\n"
            "peildatum: 2024-12-31\n",
        }
    )
    assert problems(folder) == []


def test_an_unknown_report_kind_lists_the_kinds(plan_folder):
    head = "titel: Rapport\nsoort: jaarverslag\npeildatum: 2024-12-31\n"
    folder = plan_folder({REPORT: report_file("  actie-een: {status: lopend}", head=head)})
    error = one(folder)
    assert (error.file, error.line) == (REPORT, 2)
    assert error.message == "'soort' kan niet 'jaarverslag' zijn."
    assert "jaarplan, voortgangsrapport, evaluatie" in error.hint


def indicator(*lines: str) -> str:
    base = [
        "indicatoren:",
        "  - id: bereik",
        "    titel: Bereik",
        "    richting: hoger",
        "    basis: {datum: 2023, waarde: 0}",
    ]
    return "\n".join([*base, *(f"    {line}" for line in lines)]) + "\n"


def test_an_indicator_of_an_unknown_id(plan_folder):
    folder = plan_folder({INDICATORS: indicator("bij: [actie-een, doel-c]")})
    error = one(folder)
    assert (error.file, error.line) == (INDICATORS, 6)
    assert error.message == "Onbekende actie of doelstelling 'doel-c' onder 'bij'."
    assert "Bedoelde je 'doel-a'?" in error.hint or "Bedoelde je 'doel-b'?" in error.hint


def test_a_direction_other_than_higher_or_lower(plan_folder):
    folder = plan_folder({INDICATORS: indicator().replace("richting: hoger", "richting: meer")})
    error = one(folder)
    assert (error.file, error.line) == (INDICATORS, 4)
    assert error.message == "'richting' kan niet 'meer' zijn." and "hoger, lager" in error.hint


@pytest.mark.parametrize(
    ("measurements", "message"),
    [
        ("[{datum: 2025, waarde: 1}, {datum: 2024, waarde: 2}]", "De meting van 2024 staat na"),
        ("[{datum: 2024, waarde: 1}, {datum: 2024, waarde: 2}]", "Twee keer een meting op 2024"),
    ],
)
def test_measurements_in_time_order_once_per_date(plan_folder, measurements, message):
    folder = plan_folder({INDICATORS: indicator(f"metingen: {measurements}")})
    error = one(folder)
    assert (error.file, error.line) == (INDICATORS, 6)
    assert error.message.startswith(message)


def test_a_target_dated_before_the_basis(plan_folder):
    folder = plan_folder({INDICATORS: indicator("streefwaarden: [{datum: 2022, waarde: 5}]")})
    error = one(folder)
    assert (error.file, error.line) == (INDICATORS, 6)
    assert "ligt niet na de basis (2023)" in error.message


def test_a_value_written_with_a_comma(plan_folder):
    folder = plan_folder({INDICATORS: indicator("metingen: [{datum: 2024, waarde: '1,5'}]")})
    error = one(folder)
    assert (error.file, error.line) == (INDICATORS, 6)
    assert "moet een getal zijn" in error.message and "1.5" in error.hint


def test_finished_below_100_is_a_warning(plan_folder):
    folder = plan_folder(
        {REPORT: report_file("  actie-een:", "    status: afgerond", "    voortgang: 80")}
    )
    warning = one(folder, Severity.WARNING)
    assert (warning.file, warning.line) == (REPORT, 6)
    assert warning.message == "De actie 'actie-een' is afgerond, maar haar voortgang is 80%."
    assert (warning.code, warning.subject) == ("afgerond-onder-100", "2024/actie-een")


def test_a_peildatum_outside_the_plan_is_a_warning(plan_folder):
    head = "titel: Rapport\npeildatum: 2020-12-31\n"  # in the past: not also in the future
    folder = plan_folder({REPORT: report_file("  actie-een: {status: lopend}", head=head)})
    warning = one(folder, Severity.WARNING)
    assert (warning.file, warning.line) == (REPORT, 2)
    assert "valt buiten de planperiode 2024-2026" in warning.message


def test_progress_on_a_stopped_action_is_a_warning(plan_folder):
    folder = plan_folder(
        {
            "data/opvolging/2024.yaml": report_file("  actie-een: {status: stopgezet}"),
            "data/opvolging/2025.yaml": report_file(
                "  actie-een: {voortgang: 30}",
                head="titel: Voortgangsrapport 2025\npeildatum: 2025-12-31\n",
            ),
        }
    )
    warning = one(folder, Severity.WARNING)
    assert (warning.file, warning.line) == ("data/opvolging/2025.yaml", 4)
    assert "is stopgezet, maar dit rapport geeft haar nog voortgang" in warning.message


def test_a_report_of_a_broken_action_adds_no_second_error(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
                acties:
                  - id: actie-een
                    titel: Actie een
                    partners: [partner-x]
                    bijdragen: {zeker: [doel-a]}
                    onbekend: 1
                  - id: actie-twee
                    titel: Actie twee
                    partners: [partner-x]
                    bijdragen: {zeker: [doel-b]}
                """,
            REPORT: report_file("  actie-een: {status: lopend}"),
        }
    )
    error = one(folder)
    assert error.file == "data/acties.yaml"


def test_removing_an_action_a_report_names_says_so_and_how_to_keep_its_history(plan_folder):
    folder = plan_folder({REPORT: report_file("  actie-twee:", "    status: lopend")})
    actions = folder.root / "data/acties.yaml"
    text = actions.read_text()
    actions.write_text(text[: text.index("  - id: actie-twee")])  # the editor deletes it
    error = one(folder)
    assert (error.file, error.line) == (REPORT, 4)
    assert error.message == (
        "data/opvolging/2024.yaml noemt de actie 'actie-twee', maar die staat niet (meer) "
        "in het plan."
    )
    assert "Zet ze terug en geef ze in een nieuw rapport de status 'stopgezet'" in error.hint


APPROVAL_HEAD = "titel: Voortgangsrapport 2024\npeildatum: 2024-12-31\ngoedgekeurd: {}\n"


def test_an_approval_names_a_date_and_who(plan_folder):
    approved = APPROVAL_HEAD.replace("{}", "{datum: 2025-03-20, door: Raad van bestuur}")
    folder = plan_folder({REPORT: report_file("  actie-een: {status: lopend}", head=approved)})
    result = pipeline.check(folder.root)
    assert result.report.ok, [p.format() for p in result.report.problems]
    [report] = result.plan.reports
    assert (report.approved_on, report.approved_by) == ("2025-03-20", "Raad van bestuur")


@pytest.mark.parametrize(
    ("approval", "said"),
    [
        ("{datum: 2025-03-20}", "'door'"),
        ("ja", "goedgekeurd"),
        ("{datum: 2025-02-30, door: Raad van bestuur}", "Ongeldige datum '2025-02-30'"),
        ("{datum: 2024-06-01, door: Raad van bestuur}", "vóór zijn peildatum (31 december 2024)"),
    ],
)
def test_an_approval_that_cannot_be_is_an_error_at_its_line(plan_folder, approval, said):
    head = APPROVAL_HEAD.replace("{}", approval)
    folder = plan_folder({REPORT: report_file("  actie-een: {status: lopend}", head=head)})
    error = one(folder)
    assert (error.file, error.line) == (REPORT, 3)
    assert said in error.format()
    assert not any(word in error.format() for word in ("Field required", "Input should"))


ENDED_ACTION = """\
    acties:
      - id: actie-een
        titel: Actie een
        partners: [partner-x]
        periode: {van: 2024, tot: 2024-06}
        bijdragen:
          zeker: [doel-a]
      - id: actie-twee
        titel: Actie twee
        partners: [partner-x]
        bijdragen:
          zeker: [doel-b]
    """


@pytest.mark.parametrize("status", ["lopend", "vertraagd"])
def test_running_after_the_action_ended_is_a_warning_at_the_status(plan_folder, status):
    folder = plan_folder(
        {
            "data/acties.yaml": ENDED_ACTION,
            REPORT: report_file("  actie-een:", f"    status: {status}", "    voortgang: 40"),
        }
    )
    warning = one(folder, Severity.WARNING)
    assert (warning.file, warning.line) == (REPORT, 5)
    assert warning.message == (
        f"{REPORT} geeft de actie 'actie-een' op 31 december 2024 de status '{status}', "
        "maar haar periode eindigde in juni 2024: de site zou ze tonen als nog bezig."
    )
    assert "'afgerond', 'stopgezet'" in warning.hint and "periode: tot" in warning.hint
    assert (warning.code, warning.subject) == ("bezig-na-einde", "2024/actie-een")


def test_a_finished_status_after_the_end_or_running_before_it_is_fine(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": ENDED_ACTION,
            REPORT: report_file("  actie-een: {status: afgerond, voortgang: 100}"),
            "data/opvolging/2024-03.yaml": report_file(
                "  actie-een: {status: lopend}",
                head="titel: Tussentijds\npeildatum: 2024-03-31\n",
            ),
        }
    )
    assert problems(folder, Severity.WARNING) == []
