"""The editors' guide, followed step by step on a copy of the seed plan."""

from __future__ import annotations

import re
import shutil
import subprocess

from paths import REFERENCE, REPO
from planwijzer.cli import main


def test_follow_the_guide(tmp_path, capsys):
    plan = tmp_path / "plan"
    for name in ("data", "docs", "schemas"):
        shutil.copytree(REFERENCE / name, plan / name)
    shutil.copy(REFERENCE / "mkdocs.yml", plan / "mkdocs.yml")
    git = ["git", "-c", "user.email=r@planwijzer.invalid", "-c", "user.name=Redacteur"]
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=plan, check=True)
    subprocess.run([*git, "add", "-A"], cwd=plan, check=True)
    subprocess.run([*git, "commit", "-qm", "plan"], cwd=plan, check=True)

    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert 'planwijzer nieuw actie "Buurtrestaurant De Kaai" --doel od-community-building' in guide

    # 1. add an action, as the guide shows
    assert (
        main(
            [
                "nieuw",
                "actie",
                "Buurtrestaurant De Kaai",
                "--doel",
                "od-community-building",
                "--dir",
                str(plan),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Toegevoegd: actie 'buurtrestaurant-de-kaai' in data/acties.yaml:" in out

    # 2. a typo in a goal id: reported on its line, with the right suggestion
    acties = plan / "data/acties.yaml"
    text = acties.read_text(encoding="utf-8")
    typo = text.replace("zeker: [od-community-building]\n", "zeker: [od-comunity-building]\n")
    acties.write_text(typo, encoding="utf-8")
    line = typo.splitlines().index("      zeker: [od-comunity-building]") + 1
    assert main(["check", str(plan)]) == 1
    err = capsys.readouterr().err
    assert (
        f"data/acties.yaml:{line}:15: fout: Onbekende doelstelling 'od-comunity-building'." in err
    )
    assert "Bedoelde je 'od-community-building'?" in err
    acties.write_text(text, encoding="utf-8")
    assert main(["check", str(plan)]) == 0

    # 2a. a concept is no change of the public site yet: diff says so, as the guide does
    assert "`planwijzer diff` telt een concept nog niet mee" in " ".join(guide.split())
    assert main(["diff", "main", "--dir", str(plan)]) == 0
    assert "Geen inhoudelijke wijzigingen" in capsys.readouterr().out

    # 2b. it is a concept until the editor says it is done, as the guide tells
    assert "verwijder de regel `concept: true`" in guide.lower()
    assert "concept: true" in text
    acties.write_text(text.replace("    concept: true\n", "", 1), encoding="utf-8")
    assert main(["check", str(plan)]) == 0

    # 3. the change, as the plan sees it
    assert main(["diff", "main", "--dir", str(plan)]) == 0
    assert "Nieuw: `buurtrestaurant-de-kaai` Buurtrestaurant De Kaai" in capsys.readouterr().out

    # 4. the site builds and has the new action
    assert main(["build", str(plan)]) == 0
    assert (plan / "site/acties/buurtrestaurant-de-kaai/index.html").is_file()


def test_the_guide_tells_how_to_make_the_boards_pdf_and_it_works(plan_folder, capsys, monkeypatch):
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "planwijzer pdf --rapport 2025" in guide
    assert "Wat overgaat naar het volgende rapport" in guide
    folder = plan_folder()
    # the report's command, as the guide writes it (after 'make site': in .venv/bin)
    command = ".venv/bin/planwijzer nieuw rapport 2025"
    assert f"\n   {command}\n" in guide
    monkeypatch.chdir(folder.root)
    assert main(command.split()[1:]) == 0
    out = folder.root / "rapport.pdf"
    assert main(["pdf", str(folder.root), "--rapport", "2025", "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Voortgangsrapport 2025" in text and "Peildatum 31 december 2025" in text
    # the approval, written as the guide shows it: on the cover instead of 'Ontwerp'
    line = re.search(r"`(goedgekeurd: \{[^`]*\})`", guide).group(1)
    report = folder.root / "data/opvolging/2025.yaml"
    report.write_text(report.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    assert main(["pdf", str(folder.root), "--rapport", "2025", "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    cover = " ".join(text.split("\f")[0].split())
    assert "Goedgekeurd door Raad van bestuur op 20 maart 2026" in cover
    assert "Ontwerp" not in cover


def test_the_guides_jaarplan_command_runs_from_inside_data(plan_folder, capsys, monkeypatch):
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    command = "planwijzer nieuw rapport 2025-jaarplan"
    assert f"(`{command}`: de naam zegt de soort)" in guide
    assert "werkt ook vanuit `data/`" in guide
    folder = plan_folder()
    monkeypatch.chdir(folder.root / "data")
    assert main(command.split()[1:]) == 0
    text = (folder.root / "data/opvolging/2025-jaarplan.yaml").read_text(encoding="utf-8")
    assert "soort: jaarplan" in text and "peildatum: 2025-01-01" in text
    assert "planwijzer check ..\n" in capsys.readouterr().out


def test_the_guides_activation_step_puts_planwijzer_on_the_path():
    # The tool's messages say 'planwijzer check .'; the guide's step 3 makes that work.
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "Typ in die terminal `. .venv/bin/activate`." in guide
    done = subprocess.run(
        ["bash", "-c", ". .venv/bin/activate && planwijzer --help"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "het plan controleren" in done.stdout
