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
    assert "data/opvolging/2025.yaml" in out and "Vul nog in" in out
    text = (folder.root / "data/opvolging/2025.yaml").read_text(encoding="utf-8")
    assert 'titel: "Voortgangsrapport 2025"' in text and "peildatum: 2025-12-31" in text
    assert "  actie-een:  # Actie een\n    status: lopend\n    voortgang: 40\n" in text
    assert "  # actie-twee:  # Actie twee (nog niet gerapporteerd)" in text  # nothing invented
    result = pipeline.check(folder.root)
    assert result.report.ok and result.plan is not None
    new = next(r for r in result.plan.reports if r.stem == "2025")
    assert [e.action.id for e in new.entries] == ["actie-een"]
    # The narrative is a placeholder the check reports, not an invented text.
    assert any("aan te vullen" in w.message for w in result.report.warnings)


def test_finished_actions_are_left_out_and_a_plan_kind_named(plan_folder, capsys):
    finished = REPORT_2024.replace(
        "status: lopend, voortgang: 40", "status: afgerond, voortgang: 100"
    )
    folder = plan_folder({"data/opvolging/2024.yaml": finished})
    code = main(
        ["nieuw", "rapport", "2025-plan", "--rapport", "jaarplan", "--dir", str(folder.root)]
    )
    assert code == 0
    text = (folder.root / "data/opvolging/2025-plan.yaml").read_text(encoding="utf-8")
    assert "soort: jaarplan" in text and 'titel: "Jaarplan 2025"' in text
    assert "# actie-een:  # Actie een: afgerond volgens Voortgangsrapport 2024" in text
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
