"""planwijzer nieuw: entries land in the right file, valid, the rest untouched."""

from __future__ import annotations

import pytest

from planwijzer import pipeline
from planwijzer.cli import main
from planwijzer.editing.new_entry import EditError, add_action, add_goal, add_partner, unique_id

COMMENTED = """\
    # Onze acties. Commentaar blijft staan.
    acties:
      - id: actie-een   # de eerste
        titel: 'Actie een'
        partners: [partner-x]
        bijdragen: {zeker: [doel-a]}
      - id: actie-twee
        titel: Actie twee
        partners: [partner-x]
        bijdragen:
          zeker: [doel-b]
    """


def test_new_action_is_appended_and_keeps_everything_else(plan_folder, capsys):
    folder = plan_folder({"data/acties.yaml": COMMENTED})
    before = (folder.root / "data/acties.yaml").read_text(encoding="utf-8")
    assert (
        main(
            [
                "nieuw",
                "actie",
                "Buurtrestaurant De Kaai",
                "--dir",
                str(folder.root),
                "--doel",
                "doel-b",
            ]
        )
        == 0
    )
    after = (folder.root / "data/acties.yaml").read_text(encoding="utf-8")
    assert after.startswith(before)  # comments, quotes, flow style: all as they were
    added = after[len(before) :]
    assert added == (
        "  - id: buurtrestaurant-de-kaai\n"
        "    concept: true\n"
        "    titel: Buurtrestaurant De Kaai\n"
        "    bijdragen:\n"
        "      zeker: [doel-b]\n"
    )
    out = capsys.readouterr().out
    assert "data/acties.yaml:12" in out and "Vul nog in" in out and "concept" in out
    result = pipeline.check(folder.root)
    assert result.plan is not None and "buurtrestaurant-de-kaai" not in [
        a.id for a in result.plan.actions
    ]  # a concept: not on the public site
    assert any("nog een concept" in p.message for p in result.report.warnings)


def test_ids_are_unique_over_the_whole_plan(plan_folder):
    folder = plan_folder()
    first = add_partner(folder.root, "Doel A")  # 'doel-a' is a goal already
    assert first.id == "doel-a-2"
    assert unique_id("Één & ander", {"een-ander"}) == "een-ander-2"


def test_unknown_goal_is_refused_with_a_suggestion(plan_folder):
    folder = plan_folder()
    with pytest.raises(EditError, match="Bedoelde je 'doel-b'"):
        add_action(folder.root, "X", goal="doel-bb")


def test_new_goal_under_a_goal_uses_the_next_level(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: P
            organisatie: O
            periode: {van: 2024, tot: 2026}
            niveaus:
              - {sleutel: lijnen, naam: Lijn, meervoud: Lijnen}
              - {sleutel: doelen, naam: Doel, meervoud: Doelen}
            """,
            "data/doelstellingen.yaml": """\
            lijnen:
              - id: lijn
                titel: Lijn
                doelen:
                  - {id: doel-a, titel: A}
                  - {id: doel-b, titel: B}
            """,
        }
    )
    added = add_goal(folder.root, "Doel C", under="lijn")
    assert added.id == "doel-c" and "van deze doel" in added.to_fill
    plan = pipeline.check(folder.root, concepts=True).plan  # new: a concept, in the preview
    assert [g.id for g in plan.goal("lijn").children] == ["doel-a", "doel-b", "doel-c"]
    assert plan.goal("doel-c").concept
    assert [g.id for g in pipeline.check(folder.root).plan.goal("lijn").children] == [
        "doel-a",
        "doel-b",
    ]
    with pytest.raises(EditError, match="onderste niveau"):
        add_goal(folder.root, "Te diep", under="doel-a")


def test_new_partner_creates_the_file_when_missing(plan_folder):
    folder = plan_folder(
        {
            "data/partners.yaml": None,
            "data/acties.yaml": """\
        acties:
          - {id: actie-een, titel: Een, bijdragen: {zeker: [doel-a, doel-b]}}
        """,
        }
    )
    added = add_partner(folder.root, "Stad Gent")
    assert (added.file, added.line, added.id) == ("data/partners.yaml", 2, "stad-gent")
    assert pipeline.check(folder.root, concepts=True).plan.partner("stad-gent").name == "Stad Gent"


def test_list_indentation_of_the_file_is_kept(plan_folder):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
        acties:
        - id: actie-een
          titel: Een
          partners: [partner-x]
          bijdragen: {zeker: [doel-a, doel-b]}
        """
        }
    )
    add_action(folder.root, "Twee")
    text = (folder.root / "data/acties.yaml").read_text(encoding="utf-8")
    assert "\n- id: twee\n  concept: true\n  titel: Twee\n" in text
