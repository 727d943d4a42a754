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


# -- every kind on every shape a file can be in: a valid plan, or a clear refusal ------

KINDS = {  # kind → (its file, its list key, how to add one)
    "actie": ("data/acties.yaml", "acties", lambda root: add_action(root, "Nieuwe actie")),
    "doelstelling": (
        "data/doelstellingen.yaml",
        "doelstellingen",
        lambda root: add_goal(root, "Nieuwe doelstelling"),
    ),
    "partner": ("data/partners.yaml", "partners", lambda root: add_partner(root, "Nieuwe partner")),
}
ADDS = {  # file shape → its text (None: the file is missing); {key} is the list's key
    "ontbreekt": None,
    "leeg": "",
    "alleen commentaar": "# nog niets\n",
    "lege sleutel": "{key}:\n",
    "lege lijst": "{key}: []\n",
}
REFUSES = {
    "lijst bovenaan": "- id: iets\n  titel: Iets\n",
    "tekst bovenaan": "gewoon wat tekst\n",
    "sleutel zonder lijst": "{key}: iets\n",
}


def _with_shape(plan_folder, kind, text):
    folder = plan_folder()
    path, key, add = KINDS[kind]
    target = folder.root / path
    if kind != "partner":  # the plan needs its goals and actions: keep the other file
        keep = {"actie": "data/doelstellingen.yaml", "doelstelling": "data/acties.yaml"}[kind]
        assert (folder.root / keep).is_file()
    if kind == "doelstelling":
        # Actions refer to goals: with the goals gone, the plan names none.
        folder.write("data/acties.yaml", "acties: []\n")
    if kind == "partner":  # nor partners, with the partners gone
        folder.write(
            "data/acties.yaml", "acties:\n  - {id: een, titel: Een, bijdragen: {zeker: [doel-a]}}\n"
        )
    if text is None:
        target.unlink(missing_ok=True)
    else:
        target.write_text(text.format(key=key), encoding="utf-8")
    return folder, target, add


@pytest.mark.parametrize("shape", list(ADDS))
@pytest.mark.parametrize("kind", list(KINDS))
def test_nieuw_on_an_empty_file_adds_the_first_entry_and_the_plan_stays_valid(
    plan_folder, kind, shape
):
    folder, target, add = _with_shape(plan_folder, kind, ADDS[shape])
    added = add(folder.root)
    assert added.line > 0 and f"id: {added.id}" in target.read_text(encoding="utf-8")
    result = pipeline.check(folder.root)
    assert result.report.ok, [p.format() for p in result.report.errors]


@pytest.mark.parametrize("shape", list(REFUSES))
@pytest.mark.parametrize("kind", list(KINDS))
def test_nieuw_refuses_a_file_it_cannot_add_to_and_changes_nothing(plan_folder, kind, shape):
    folder, target, add = _with_shape(plan_folder, kind, REFUSES[shape])
    before = target.read_text(encoding="utf-8")
    with pytest.raises(EditError) as refused:
        add(folder.root)
    message = str(refused.value)
    assert KINDS[kind][0] in message and "er is niets gewijzigd" in message
    assert target.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("kind", ["actie", "doelstelling", "partner"])
@pytest.mark.parametrize("title", ["", "   "])
def test_nieuw_refuses_an_empty_title(plan_folder, capsys, kind, title):
    folder = plan_folder()
    before = {p: p.read_text() for p in (folder.root / "data").rglob("*.yaml")}
    assert main(["nieuw", kind, title, "--dir", str(folder.root)]) == 1
    assert "een titel" in capsys.readouterr().err
    assert {p: p.read_text() for p in (folder.root / "data").rglob("*.yaml")} == before
