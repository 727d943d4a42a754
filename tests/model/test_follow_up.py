"""Stage 3, the living plan's rules: the same figures for any reader."""

from __future__ import annotations

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


def plan_with(plan_folder, reports: dict[str, str]):
    files = {"data/plan.yaml": PLAN, "data/doelstellingen.yaml": GOALS, "data/acties.yaml": ACTIONS}
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
    assert state.explanation == "Vertraagd door de verbouwing."
    assert plan.action("drie").state.reported is False


def test_the_latest_word_on_a_milestone_counts_in_date_order(plan_folder):
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


def test_a_report_on_its_own(plan_folder):
    plan = plan_with(plan_folder, REPORTS)
    first = next(r for r in plan.reports if r.stem == "b-eerste")
    summary = plan.report_summary(first)
    assert (summary.total, summary.reported, summary.mean_progress) == (3, 2, 43)
    groups = first.groups()
    assert [root.id for root, _ in groups] == ["doel-a"]
    evaluation = next(r for r in plan.reports if r.stem == "c-evaluatie")
    assert plan.report_summary(evaluation).reported == 0  # milestones only


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
