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
    # SD2 and SD3 have no themes: one blank cell each, not one across both
    assert [(c.goal.id if c.goal else None, c.colspan) for c in themes] == [
        ("thema-sociale-bescherming", 1),
        ("thema-wonen", 2),
        ("thema-arbeid", 1),
        ("thema-onderwijs", 2),
        (None, 2),
        (None, 4),
    ]
    assert all(c.is_leaf for c in leaves) and len(leaves) == 12


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
