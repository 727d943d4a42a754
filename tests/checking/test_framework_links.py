"""data/kaders/ and 'kaders:' links: located Dutch errors with did-you-mean."""

from __future__ import annotations

from planwijzer import pipeline
from planwijzer.shared.problems import Severity

FRAMEWORK = """\
    titel: Een actieplan
    onderdelen:
      - {id: wonen, titel: Wonen, onderdelen: [{id: huurders, titel: Huurders}]}
      - {id: werk, titel: Werk}
    """


def _problems(plan_folder, files, severity=Severity.ERROR):
    folder = plan_folder(files)
    report = pipeline.check(folder.root).report
    return [p for p in report.sorted() if p.severity is severity]


def _actions(kaders: str) -> str:
    return f"""\
    acties:
      - id: actie-een
        titel: Actie een
        partners: [partner-x]
        bijdragen: {{zeker: [doel-a]}}
        kaders: {kaders}
    """


def test_an_unknown_framework_suggests_the_right_one(plan_folder):
    errors = _problems(
        plan_folder,
        {
            "data/kaders/actieplan.yaml": FRAMEWORK,
            "data/acties.yaml": _actions("{actieplann: [wonen]}"),
        },
    )
    assert len(errors) == 1, [e.format() for e in errors]
    assert (errors[0].file, errors[0].line) == ("data/acties.yaml", 6)
    assert "Onbekend kader 'actieplann'. Bedoelde je 'actieplan'?" in errors[0].message


def test_an_unknown_onderdeel_suggests_the_right_one(plan_folder):
    errors = _problems(
        plan_folder,
        {
            "data/kaders/actieplan.yaml": FRAMEWORK,
            "data/acties.yaml": _actions("{actieplan: [huurder]}"),
        },
    )
    assert len(errors) == 1, [e.format() for e in errors]
    assert "geen onderdeel 'huurder'. Bedoelde je 'huurders'?" in errors[0].message
    assert errors[0].line == 6


def test_sdg_numbers_may_be_written_as_numbers(plan_folder):
    assert _problems(plan_folder, {"data/acties.yaml": _actions("{sdg: [1, 10]}")}) == []


def test_duplicate_onderdeel_ids_point_to_the_first(plan_folder):
    framework = FRAMEWORK + "  - {id: wonen, titel: Nog eens wonen}\n"
    errors = _problems(
        plan_folder,
        {
            "data/kaders/actieplan.yaml": framework,
            "data/acties.yaml": _actions("{actieplan: [werk]}"),
        },
    )
    assert len(errors) == 1, [e.format() for e in errors]
    assert errors[0].file == "data/kaders/actieplan.yaml" and errors[0].line == 5
    assert "'wonen' komt twee keer voor in dit kader (eerst op regel 3)" in errors[0].message


def test_a_plan_path_that_is_no_plan_folder(plan_folder):
    errors = _problems(
        plan_folder,
        {
            "data/kaders/vlaams.yaml": "plan: ../bestaat-niet\n",
            "data/acties.yaml": _actions("{vlaams: [x]}"),
        },
    )
    assert any("'../bestaat-niet' is geen planmap" in e.message for e in errors)


def test_the_problems_of_a_plan_used_as_framework_keep_its_file_names(plan_folder):
    other = plan_folder(
        {"data/doelstellingen.yaml": "doelstellingen:\n  - {id: Fout, titel: X}\n"}, name="ander"
    )
    errors = _problems(
        plan_folder,
        {
            "data/kaders/ander.yaml": "plan: ../ander\n",
            "data/acties.yaml": _actions("{ander: [x]}"),
        },
    )
    assert any(
        e.file == "../ander/data/doelstellingen.yaml" and "geen geldige id: 'Fout'" in e.message
        for e in errors
    ), [e.format() for e in errors]
    assert other.root.name == "ander"


def test_a_framework_nobody_names_is_a_warning(plan_folder):
    warnings = _problems(plan_folder, {"data/kaders/actieplan.yaml": FRAMEWORK}, Severity.WARNING)
    assert any(
        w.file == "data/kaders/actieplan.yaml"
        and "Geen actie of doelstelling verwijst" in w.message
        for w in warnings
    )


def test_a_narrative_page_in_place_of_the_frameworks_page_is_refused(plan_folder):
    errors = _problems(
        plan_folder,
        {"data/acties.yaml": _actions("{sdg: [1]}"), "docs/kaders/index.md": "# Mijn kaders\n"},
    )
    assert any(
        e.file == "docs/kaders/index.md" and "Planwijzer zelf maakt (kaders/)" in e.message
        for e in errors
    ), [e.format() for e in errors]


def test_a_broken_framework_file_is_reported_once_not_at_every_link(plan_folder):
    broken = "titel: Een actieplan\nonderdelen:\n  - {id: wonen, titel: Wonen, betaalbaar}\n"
    errors = _problems(
        plan_folder,
        {
            "data/kaders/actieplan.yaml": broken,
            "data/acties.yaml": _actions("{actieplan: [wonen]}"),
        },
    )
    assert [(e.file, e.line) for e in errors] == [("data/kaders/actieplan.yaml", 3)]
    assert "Na een komma werd 'betaalbaar' een eigen veld" in errors[0].message
