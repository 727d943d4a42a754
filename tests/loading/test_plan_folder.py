"""Which files a plan folder has: only its own, never one a link points out to."""

from __future__ import annotations

from planwijzer.cli import main
from planwijzer.loading.plan_folder import load_plan_sources
from planwijzer.shared.problems import Report


def test_a_data_file_linking_outside_the_plan_is_a_located_error_and_not_read(
    plan_folder, tmp_path, capsys
):
    secret = tmp_path / "elders" / "partners.yaml"
    secret.parent.mkdir()
    secret.write_text("partners:\n  - {id: partner-x, naam: Geheime naam}\n", encoding="utf-8")
    folder = plan_folder({"data/partners.yaml": None})
    (folder.root / "data" / "partners.yaml").symlink_to(secret)
    report = Report()
    sources = load_plan_sources(folder.root, report)
    assert sources.partners is None
    [problem] = [p for p in report.errors if p.file == "data/partners.yaml"]
    assert "buiten de planmap" in problem.message
    assert main(["build", str(folder.root)]) == 1
    assert "Geheime naam" not in capsys.readouterr().out


def test_a_link_inside_the_plan_folder_is_fine(plan_folder):
    folder = plan_folder()
    real = folder.root / "data" / "partners.yaml"
    moved = folder.root / "data" / "bron-partners.yml"
    real.rename(moved)
    real.symlink_to(moved.name)
    report = Report()
    assert load_plan_sources(folder.root, report).partners is not None
    assert report.ok


def test_a_narrative_page_linking_outside_the_plan_is_refused(plan_folder, tmp_path, capsys):
    outside = tmp_path / "prive.md"
    outside.write_text("# Privé\n", encoding="utf-8")
    folder = plan_folder()
    (folder.root / "docs" / "prive.md").symlink_to(outside)
    assert folder.check() == 1
    assert "docs/prive.md" in capsys.readouterr().err
    assert folder.build() == 1
    assert not (folder.root / "site").exists()
