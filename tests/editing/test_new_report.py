"""planwijzer nieuw rapport: next year's report starts from the current state."""

from __future__ import annotations

from planwijzer import pipeline
from planwijzer.cli import main

REPORT_2024 = """\
    titel: Voortgangsrapport 2024
    peildatum: 2024-12-31
    acties:
      actie-een: {status: lopend, voortgang: 40, toelichting: "Goed op weg: 'echt'."}
    """


def test_every_action_is_listed_with_its_current_state(plan_folder, capsys):
    folder = plan_folder({"data/opvolging/2024.yaml": REPORT_2024})
    assert main(["nieuw", "rapport", "2025", "--dir", str(folder.root)]) == 0
    out = capsys.readouterr().out
    # It says what it did, and asks only for what it did not fill in.
    assert out.startswith(
        "Nieuw: data/opvolging/2025.yaml (Voortgangsrapport 2025, peildatum 31 december 2025).\n"
        "1 acties staan erin met hun huidige status en voortgang; 1 (afgerond, stopgezet of "
        "nog niet gerapporteerd) staan als commentaar"
    )
    assert "Vul nog in: het verslag" in out and "Vul nog in: de peildatum" not in out
    text = (folder.root / "data/opvolging/2025.yaml").read_text(encoding="utf-8")
    assert 'titel: "Voortgangsrapport 2025"' in text and "peildatum: 2025-12-31" in text
    assert "  actie-een:  # Actie een\n    status: lopend\n    voortgang: 40\n" in text
    # Nothing invented: one commented line, which one deletion makes part of the report.
    line = "  # actie-twee: {status: gepland, voortgang: 0}  # Actie twee: nog niet gerapporteerd"
    assert line in text
    result = pipeline.check(folder.root)
    assert result.report.ok and result.plan is not None
    new = next(r for r in result.plan.reports if r.stem == "2025")
    assert [e.action.id for e in new.entries] == ["actie-een"]
    # The narrative is a placeholder the check reports, not an invented text.
    assert any("aan te vullen" in w.message for w in result.report.warnings)
    report = folder.root / "data/opvolging/2025.yaml"
    report.write_text(text.replace("  # actie-twee:", "  actie-twee:"), encoding="utf-8")
    result = pipeline.check(folder.root)
    assert result.report.ok, [p.format() for p in result.report.errors]
    new = next(r for r in result.plan.reports if r.stem == "2025")
    assert [e.action.id for e in new.entries] == ["actie-een", "actie-twee"]


def test_a_jaarplan_plans_from_the_start_of_its_year(plan_folder, capsys):
    finished = REPORT_2024.replace(
        "status: lopend, voortgang: 40", "status: afgerond, voortgang: 100"
    )
    folder = plan_folder({"data/opvolging/2024.yaml": finished})
    code = main(
        ["nieuw", "rapport", "2025-plan", "--rapport", "jaarplan", "--dir", str(folder.root)]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "(Jaarplan 2025, peildatum 1 januari 2025)" in out
    text = (folder.root / "data/opvolging/2025-plan.yaml").read_text(encoding="utf-8")
    assert "soort: jaarplan" in text and 'titel: "Jaarplan 2025"' in text
    assert "peildatum: 2025-01-01" in text
    assert "[aan te vullen: wat we in 2025 willen bereiken]" in text  # a plan, not a report
    assert "status:" not in text  # a jaarplan plans; it does not report
    assert pipeline.check(folder.root).report.ok
    path = folder.root / "data/opvolging/2025-plan.yaml"
    path.write_text(text.replace("  # actie-een:", "  actie-een:"), encoding="utf-8")
    result = pipeline.check(folder.root)
    assert result.report.ok, [p.format() for p in result.report.errors]
    plan = next(r for r in result.plan.reports if r.stem == "2025-plan")
    assert [(a.id, m.date_text) for a, m in plan.milestones()] == [("actie-een", "2025-12")]


def test_finished_actions_stand_on_one_commented_line(plan_folder):
    finished = REPORT_2024.replace(
        "status: lopend, voortgang: 40", "status: afgerond, voortgang: 100"
    )
    folder = plan_folder({"data/opvolging/2024.yaml": finished})
    assert main(["nieuw", "rapport", "2025", "--dir", str(folder.root)]) == 0
    text = (folder.root / "data/opvolging/2025.yaml").read_text(encoding="utf-8")
    line = "  # actie-een: {status: afgerond}  # Actie een: afgerond volgens Voortgangsrapport 2024"
    assert line in text
    assert pipeline.check(folder.root).report.ok


def test_refuses_an_existing_report_a_bad_name_and_a_broken_plan(plan_folder, capsys):
    folder = plan_folder({"data/opvolging/2024.yaml": REPORT_2024})
    before = (folder.root / "data/opvolging/2024.yaml").read_text(encoding="utf-8")
    assert main(["nieuw", "rapport", "2024", "--dir", str(folder.root)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert (folder.root / "data/opvolging/2024.yaml").read_text(encoding="utf-8") == before
    assert main(["nieuw", "rapport", "Verslag 2025", "--dir", str(folder.root)]) == 1
    assert "bijvoorbeeld 'verslag-2025'" in capsys.readouterr().err
    folder.write("data/acties.yaml", "acties:\n  - id: kapot\n")
    assert main(["nieuw", "rapport", "2026", "--dir", str(folder.root)]) == 1
    assert "verbeter eerst" in capsys.readouterr().err
    assert not (folder.root / "data/opvolging/2026.yaml").exists()


def test_run_from_inside_data_it_finds_the_plan_folder_above(plan_folder, capsys, monkeypatch):
    folder = plan_folder()
    (folder.root / "data/opvolging").mkdir()
    monkeypatch.chdir(folder.root / "data/opvolging")
    assert main(["nieuw", "rapport", "2025"]) == 0
    assert (folder.root / "data/opvolging/2025.yaml").is_file()
    out = capsys.readouterr().out
    # the hint's command stands alone, nothing sticks to it: it runs as copied
    assert out.endswith(
        "Controleer daarna met: planwijzer check ../..\nOpen dan een pull request.\n"
    ), out
    monkeypatch.chdir(folder.root / "data")
    assert main(["nieuw", "partner", "Partner Y"]) == 0
    assert "Controleer daarna met: planwijzer check ..\n" in capsys.readouterr().out
    assert "partner-y" in (folder.root / "data/partners.yaml").read_text(encoding="utf-8")


def test_the_hint_in_the_plan_folder_is_the_command_as_typed(plan_folder, capsys, monkeypatch):
    folder = plan_folder()
    monkeypatch.chdir(folder.root)
    assert main(["nieuw", "rapport", "2025"]) == 0
    out = capsys.readouterr().out
    assert "planwijzer check .\n" in out and "planwijzer check .," not in out


def test_a_report_after_the_plan_period_is_refused_with_the_way_out(plan_folder, capsys):
    folder = plan_folder()  # periode: {van: 2024, tot: 2026}
    # the name says the kind: '2027-jaarplan' is a jaarplan
    for name, kind in (("2027-jaarplan", "jaarplan"), ("2027", "voortgangsrapport")):
        assert main(["nieuw", "rapport", name, "--dir", str(folder.root)]) == 1
        err = capsys.readouterr().err
        assert f"Het plan loopt van 2024 tot 2026: een {kind} voor 2027 valt erna." in err, err
        assert "'periode: {van: 2024, tot: 2027}'" in err
        assert not (folder.root / f"data/opvolging/{name}.yaml").exists()
    # an evaluation comes after the plan: made
    assert main(["nieuw", "rapport", "2027-evaluatie", "--dir", str(folder.root)]) == 0
    text = (folder.root / "data/opvolging/2027-evaluatie.yaml").read_text(encoding="utf-8")
    assert "soort: evaluatie" in text


def test_a_report_before_the_plan_period_is_made_with_a_note(plan_folder, capsys):
    folder = plan_folder()
    assert main(["nieuw", "rapport", "2023-jaarplan", "--dir", str(folder.root)]) == 0
    out = capsys.readouterr().out
    assert "Let op: het plan begint pas in 2024; een jaarplan voor 2023 valt ervoor" in out
    text = (folder.root / "data/opvolging/2023-jaarplan.yaml").read_text(encoding="utf-8")
    assert "soort: jaarplan" in text
