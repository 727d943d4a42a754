"""Stage 3: the model answers the questions the templates ask."""

from __future__ import annotations

import pytest

from paths import REFERENCE
from planwijzer import pipeline


@pytest.fixture(scope="module")
def seed():
    result = pipeline.check(REFERENCE)
    assert result.plan is not None, [p.format() for p in result.report.errors]
    return result.plan


def test_seed_has_the_whole_plan(seed):
    levels = [lv.key for lv in seed.levels]
    assert levels == ["strategische_doelstellingen", "themas", "operationele_doelstellingen"]
    assert [g.code for g in seed.goals] == ["SD1", "SD2", "SD3", "SD intern"]
    assert len(seed.goal("sd1").children) == 4  # the four themes
    external = [g for root in seed.goals[:3] for g in root.leaves()]
    assert len(external) == 12
    assert len(seed.goal("sd-intern").leaves()) == 5
    strategic = [a for a in seed.actions if a.code and a.code.isdigit()]
    assert len(strategic) == 10


def test_a_level_can_be_skipped(seed):
    od = seed.goal("od-community-building")
    assert od.parent is seed.goal("sd2")
    assert od.ancestor_at(1) is None and od.ancestor_at(0) is seed.goal("sd2")


def test_contributions_grouped_by_strength_include_descendants(seed):
    grouped = dict(
        (s.key, [a.id for a in actions])
        for s, actions in seed.contributions_to(seed.goal("thema-wonen"))
    )
    assert grouped["zeker"] == ["noodkoopfonds", "waardig-wonen"]
    assert grouped["mogelijk"] == []  # noodkoopfonds counts once, at its strongest


def test_partner_roles(seed):
    roles = seed.partner_roles(seed.partner("esf"))
    assert [a.id for a in roles.takes_part] == ["waardig-werk"]
    assert {p.title for _, p in roles.via_projects} == {"Wijswerk", "Travak"}
    lead = seed.partner_roles(seed.partner("so-oost-vlaanderen")).leads
    assert "waardig-wonen" in [a.id for a in lead]


def test_municipalities_from_projects(seed):
    names = [m.name for m in seed.municipalities]
    assert {"Ronse", "Denderleeuw", "Ninove", "Zelzate", "Sint-Niklaas", "Beveren"} <= set(names)
    ronse = next(m for m in seed.municipalities if m.slug == "ronse")
    assert {a.id for a in ronse.actions} >= {
        "de-stek",
        "waardig-werk",
        "aandachtsbuurten-versterken",
    }


def test_matrix_header_rows_follow_the_tree(seed):
    matrix = next(m for m in seed.matrices if m.id == "extern")
    assert len(matrix.columns) == 12 and len(matrix.header_rows) == 3
    top, themes, leaves = matrix.header_rows
    assert [(c.goal.id, c.colspan) for c in top] == [("sd1", 6), ("sd2", 2), ("sd3", 4)]
    # SD2 and SD3 have no themes: they span down over that row, no blank head cells
    assert [c.rowspan for c in top] == [1, 2, 2]
    assert [(c.goal.id, c.colspan) for c in themes] == [
        ("thema-sociale-bescherming", 1),
        ("thema-wonen", 2),
        ("thema-arbeid", 1),
        ("thema-onderwijs", 2),
    ]
    assert all(c.is_leaf for c in leaves) and len(leaves) == 12


def test_a_level_no_column_has_is_no_head_row(seed):
    matrix = next(m for m in seed.matrices if m.id == "intern")
    top, leaves = matrix.header_rows  # the internal goals have no themes
    assert [(c.goal.id, c.rowspan) for c in top] == [("sd-intern", 1)]
    assert all(c.is_leaf and c.rowspan == 1 for c in leaves)


def test_a_level_skipped_under_part_of_a_goal_keeps_a_blank_cell(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: P
            organisatie: O
            periode: {van: 2024, tot: 2026}
            niveaus:
              - {sleutel: lijnen, naam: Lijn, meervoud: Lijnen}
              - {sleutel: themas, naam: Thema, meervoud: Themas}
              - {sleutel: doelen, naam: Doel, meervoud: Doelen}
            """,
            "data/doelstellingen.yaml": """\
            lijnen:
              - id: lijn
                titel: L
                themas: [{id: thema, titel: T, doelen: [{id: doel-a, titel: A}]}]
                doelen: [{id: doel-b, titel: B}]
            """,
            "data/acties.yaml": """\
            acties:
              - {id: actie, titel: Actie, bijdragen: {zeker: [doel-a, doel-b]}}
            """,
        }
    )
    plan = pipeline.check(folder.root).plan
    top, themes, _ = plan.matrices[0].header_rows
    assert [(c.goal.id, c.rowspan) for c in top] == [("lijn", 1)]
    assert [(c.goal.id if c.goal else None, c.colspan) for c in themes] == [
        ("thema", 1),
        (None, 1),
    ]


def test_leaf_higher_up_spans_down(plan_folder):
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
              - id: doel-a
                titel: A
              - id: lijn
                titel: L
                doelen: [{id: doel-b, titel: B}]
            """,
        }
    )
    plan = pipeline.check(folder.root).plan
    top, bottom = plan.matrices[0].header_rows
    assert [(c.goal.id, c.rowspan, c.is_leaf) for c in top] == [
        ("doel-a", 2, True),
        ("lijn", 1, False),
    ]
    assert [c.goal.id for c in bottom] == ["doel-b"]


PROJECTS_IN_TIME = """\
    acties:
      - id: actie-een
        titel: Actie een
        partners: [partner-x]
        bijdragen: {zeker: [doel-a]}
        projecten:
          - {titel: Vroeg, gemeente: Ronse, periode: {van: 2024, tot: 2024-06}}
          - {titel: Heel het plan, gemeente: Ronse}
      - id: actie-twee
        titel: Actie twee
        partners: [partner-x]
        bijdragen: {zeker: [doel-b]}
    """


@pytest.mark.parametrize(
    ("epoch", "ended"),
    [
        ("1704067200", 0),  # 1 January 2024: nothing ended yet
        ("1735689600", 1),  # 1 January 2025: the project that ran until June 2024
        ("1830297600", 2),  # 1 January 2028: the plan (2024-2026) is over, and all with it
    ],
)
def test_a_project_ended_by_its_own_end_or_the_plans(plan_folder, monkeypatch, epoch, ended):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    folder = plan_folder({"data/acties.yaml": PROJECTS_IN_TIME})
    plan = pipeline.check(folder.root).plan
    ronse = next(m for m in plan.municipalities if m.name == "Ronse")
    assert plan.ended_projects(ronse.project_groups()) == ended
