"""Stage 3, the living plan's rules: the same figures for any reader."""

from __future__ import annotations

import textwrap
from fractions import Fraction

import pytest

from planwijzer import pipeline
from planwijzer.model.follow_up import round_half_up

ACTIONS = """\
    acties:
      - id: een
        titel: Een
        partners: [partner-x]
        bijdragen: {zeker: [doel-a1]}
      - id: twee
        titel: Twee
        partners: [partner-x]
        bijdragen: {mogelijk: [doel-a2]}
      - id: drie
        titel: Drie
        partners: [partner-x]
        bijdragen: {zeker: [doel-b]}
    """
GOALS = """\
    doelstellingen:
      - id: doel-a
        titel: Doel A
        subdoelen:
          - {id: doel-a1, titel: Doel A1}
          - {id: doel-a2, titel: Doel A2}
      - id: doel-b
        titel: Doel B
    """
PLAN = """\
    titel: Testplan 2024-2026
    organisatie: Testorganisatie
    periode: {van: 2024, tot: 2026}
    niveaus:
      - {sleutel: doelstellingen, naam: Doelstelling, meervoud: Doelstellingen}
      - {sleutel: subdoelen, naam: Subdoel, meervoud: Subdoelen}
    """


def plan_with(plan_folder, reports: dict[str, str], plan_extra: str = ""):
    plan = PLAN + textwrap.dedent(plan_extra).replace("\n", "\n    ")
    files = {"data/plan.yaml": plan, "data/doelstellingen.yaml": GOALS, "data/acties.yaml": ACTIONS}
    files.update({f"data/opvolging/{stem}.yaml": text for stem, text in reports.items()})
    result = pipeline.check(plan_folder(files).root)
    assert result.plan is not None, [p.format() for p in result.report.problems]
    return result.plan


REPORTS = {
    # Named so that file order and peildatum order differ: the peildatum decides.
    "a-laatste": """\
        titel: Rapport 2025
        peildatum: 2025-12-31
        acties:
          een: {status: lopend}
          twee: {status: afgerond, voortgang: 100}
        """,
    "b-eerste": """\
        titel: Rapport 2024
        peildatum: 2024-12-31
        acties:
          een:
            status: gepland
            voortgang: 35
            toelichting: Vertraagd door de verbouwing.
            mijlpalen: [{titel: Start, datum: 2024-03}]
          twee: {status: lopend, voortgang: 50}
        """,
    "c-evaluatie": """\
        titel: Evaluatie
        soort: evaluatie
        peildatum: 2025-06
        acties:
          een:
            mijlpalen: [{titel: Start, datum: 2024-03, gehaald: true}, {titel: Einde, datum: 2026}]
        """,
}


def test_each_field_comes_from_the_latest_report_that_gives_it(plan_folder):
    plan = plan_with(plan_folder, REPORTS)
    een = plan.action("een")
    assert [h.report.stem for h in een.history] == ["b-eerste", "c-evaluatie", "a-laatste"]
    state = een.state
    assert state.status.key == "lopend" and state.status_from.stem == "a-laatste"
    assert state.progress == 35 and state.progress_from.stem == "b-eerste"
    # The toelichting of 2024 explains the state of 2024, not the status of 2025.
    assert state.explanation is None and state.explanation_from is None
    assert plan.action("drie").state.reported is False


def test_the_latest_word_on_a_milestone_counts_in_date_order(plan_folder, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01: 'Einde' not yet due
    plan = plan_with(plan_folder, REPORTS)
    milestones = plan.action("een").milestones
    assert [(m.title, m.reached) for m in milestones] == [("Start", True), ("Einde", None)]
    assert [m.state_label for m in milestones] == ["Gehaald", "Gepland"]


def test_reports_newest_first(plan_folder):
    plan = plan_with(plan_folder, REPORTS)
    assert [r.stem for r in plan.reports] == ["a-laatste", "c-evaluatie", "b-eerste"]
    assert plan.latest_report.title == "Rapport 2025"


def test_a_goal_rolls_up_every_action_below_it_at_any_strength(plan_folder):
    plan = plan_with(plan_folder, REPORTS)
    rollup = plan.rollup(plan.goal("doel-a"))
    assert (rollup.total, rollup.reported) == (2, 2)
    assert [(s.key, n) for s, n in rollup.counts] == [("lopend", 1), ("afgerond", 1)]
    assert rollup.mean_progress == 68  # (35 + 100) / 2 = 67.5, rounded .5 upward
    whole = plan.rollup()
    assert (whole.total, whole.reported, whole.mean_progress) == (3, 2, 68)
    assert plan.rollup(plan.goal("doel-b")).mean_progress is None


def test_a_report_counts_the_plan_as_of_its_peildatum(plan_folder):
    plan = plan_with(plan_folder, REPORTS)
    first = next(r for r in plan.reports if r.stem == "b-eerste")
    summary = plan.report_summary(first)
    assert (summary.total, summary.reported, summary.mean_progress) == (3, 2, 43)
    groups = first.groups()
    assert [root.id for root, _ in groups] == ["doel-a"]
    # The evaluation names milestones only: as of its peildatum the 2024 figures hold.
    evaluation = next(r for r in plan.reports if r.stem == "c-evaluatie")
    assert (
        plan.report_summary(evaluation).reported,
        plan.report_summary(evaluation).mean_progress,
    ) == (2, 43)


@pytest.mark.parametrize(
    ("value", "rounded"),
    [(Fraction(135, 2), 68), (Fraction(133, 2), 67), (Fraction(201, 3), 67), (Fraction(1, 2), 1)],
)
def test_rounding_half_upward(value, rounded):
    assert round_half_up(value) == rounded


def test_a_plan_without_reports_has_no_state(plan_folder):
    plan = plan_with(plan_folder, {})
    assert plan.reports == [] and plan.latest_report is None and not plan.has_progress
    assert plan.rollup().reported == 0


def test_the_toelichting_goes_with_the_report_of_the_status(plan_folder):
    plan = plan_with(
        plan_folder,
        {
            "2024": """\
                titel: Rapport 2024
                peildatum: 2024-12-31
                acties:
                  een: {status: vertraagd, voortgang: 10, toelichting: Het gebouw is nog niet vrij.}
                  twee: {status: lopend, toelichting: Alles volgens plan.}
                """,
            "2025": """\
                titel: Rapport 2025
                peildatum: 2025-12-31
                acties:
                  een: {status: lopend, voortgang: 60}
                  twee: {voortgang: 50}
                """,
        },
    )
    een, twee = plan.action("een").state, plan.action("twee").state
    assert een.explanation is None  # 2024's words do not explain 2025's status
    assert twee.explanation == "Alles volgens plan."  # the status is still 2024's
    assert twee.explanation_from.stem == "2024" and twee.source.stem == "2024"
    # As of 2024, the toelichting belongs to the state.
    first = next(r for r in plan.reports if r.stem == "2024")
    assert plan.as_of(first).state(plan.action("een")).explanation == "Het gebouw is nog niet vrij."


def test_as_of_a_report_nothing_from_a_later_one(plan_folder):
    plan = plan_with(plan_folder, REPORTS)
    first = next(r for r in plan.reports if r.stem == "b-eerste")
    then = plan.as_of(first)
    een = plan.action("een")
    assert then.state(een).status.key == "gepland" and then.state(een).progress == 35
    assert [(m.title, m.reached) for m in then.milestones(een)] == [("Start", None)]
    assert [a.id for a in then.followed()] == ["een", "twee"]
    assert plan.as_of(first) is then  # computed once per report
    assert een.state.status.key == "lopend"  # the current state is untouched


def test_a_milestone_past_its_date_that_no_report_settles_is_not_reported(plan_folder, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    plan = plan_with(plan_folder, REPORTS)
    [start, end] = plan.action("een").milestones
    assert (start.state_key, start.state_label) == ("reached", "Gehaald")
    assert (end.state_key, end.state_label) == ("planned", "Gepland")  # due end of 2026
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")  # 2027-01-01
    plan = plan_with(plan_folder, REPORTS)
    end = plan.action("een").milestones[1]
    assert (end.state_key, end.state_label) == ("unreported", "Niet gemeld")
    # As of a report, judged on its peildatum: 'Start' was due in March 2024 and the
    # report of December 2024 does not settle it (only the evaluation of 2025 does).
    first = next(r for r in plan.reports if r.stem == "b-eerste")
    assert plan.as_of(first).milestones(plan.action("een"))[0].state_label == "Niet gemeld"


def test_a_stopped_action_is_left_out_of_the_mean_and_said_so(plan_folder):
    plan = plan_with(
        plan_folder,
        {
            "2025": """\
                titel: Rapport 2025
                peildatum: 2025-12-31
                acties:
                  een: {status: lopend, voortgang: 40}
                  twee: {status: lopend, voortgang: 80}
                  drie: {status: stopgezet, voortgang: 10}
                """,
        },
    )
    whole = plan.rollup()
    assert (whole.mean_progress, whole.mean_over) == (60, 2)
    assert [(s.key, n) for s, n in whole.stopped] == [("stopgezet", 1)]


def test_a_plan_may_mark_its_own_stopping_status(plan_folder):
    plan = plan_with(
        plan_folder,
        {
            "2025": """\
                titel: Rapport 2025
                peildatum: 2025-12-31
                acties:
                  een: {status: niet-gestart, voortgang: 0}
                  twee: {status: geannuleerd, voortgang: 30}
                  drie: {status: stopgezet, voortgang: 50}
                """,
        },
        plan_extra="""\
            statussen:
              - {sleutel: niet-gestart, label: Niet gestart}
              - {sleutel: geannuleerd, label: Geannuleerd, gestopt: true}
              - {sleutel: stopgezet, label: Stopgezet, gestopt: false}
            """,
    )
    whole = plan.rollup()
    assert [(s.key, n) for s, n in whole.stopped] == [("geannuleerd", 1)]
    assert (whole.mean_progress, whole.mean_over) == (25, 2)


def test_a_goal_with_actions_but_no_report_counts_zero(plan_folder):
    plan = plan_with(
        plan_folder,
        {"2025": "titel: R\npeildatum: 2025-12-31\nacties:\n  een: {status: lopend}\n"},
    )
    rollup = plan.rollup(plan.goal("doel-b"))
    assert (rollup.reported, rollup.total, rollup.mean_progress) == (0, 1, None)
