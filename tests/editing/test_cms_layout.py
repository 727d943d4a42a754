"""'planwijzer beheer omzetten': the layout the CMS edits cleanly, with nothing lost."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from paths import REFERENCE
from planwijzer import pipeline
from planwijzer.cli import main

GIT = ["git", "-c", "user.email=r@planwijzer.invalid", "-c", "user.name=Redacteur"]


def _reference_in_git(tmp_path):
    plan = tmp_path / "plan"
    for name in ("data", "docs"):
        shutil.copytree(REFERENCE / name, plan / name)
    shutil.copy(REFERENCE / "mkdocs.yml", plan / "mkdocs.yml")
    subprocess.run([*GIT, "init", "-q", "-b", "main"], cwd=plan, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=plan, check=True)
    subprocess.run([*GIT, "commit", "-qm", "plan"], cwd=plan, check=True)
    return plan


def _comments(folder):
    """Every comment that says something, in every data file."""
    found = []
    for path in sorted((folder / "data").rglob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.search(r"(?:^|\s)#\s?(.*)$", line)
            if match and "yaml-language-server" not in line and match.group(1).strip():
                found.append(match.group(1).strip())
    return found


def test_converting_keeps_every_fact_and_every_comment(tmp_path, capsys):
    plan = _reference_in_git(tmp_path)
    before = pipeline.check(plan).plan
    comments = _comments(plan)
    assert comments, "the reference plan has comments to move"
    assert main(["beheer", "omzetten", str(plan)]) == 0
    assert "elk in een eigen bestand in data/acties/" in capsys.readouterr().out
    # The same plan: valid, the same content ('planwijzer diff' says so), the same order.
    assert main(["check", str(plan)]) == 0
    assert main(["diff", "HEAD", "--dir", str(plan)]) == 0
    assert "Geen inhoudelijke wijzigingen." in capsys.readouterr().out
    after = pipeline.check(plan).plan
    assert [a.id for a in after.actions] == [a.id for a in before.actions]
    files = sorted((plan / "data/acties").glob("*.yaml"))
    assert [yaml.safe_load(f.read_text())["id"] for f in files] == [a.id for a in before.actions]
    assert not (plan / "data/acties.yaml").exists()
    # Every comment is still there: in an entry's 'herkomst', or in data/LEESMIJ.md.
    kept = " ".join(
        p.read_text(encoding="utf-8")
        for p in [*(plan / "data").rglob("*.yaml"), plan / "data/LEESMIJ.md"]
    )
    kept = " ".join(kept.split())
    missing = [c for c in comments if " ".join(c.split()) not in kept]
    assert missing == []
    assert _comments(plan) == []  # and no comment left for the CMS to drop


def test_with_beheer_on_the_check_warns_for_what_a_form_would_lose(tmp_path, capsys):
    plan = _reference_in_git(tmp_path)
    settings = plan / "data/plan.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "beheer: {repo: org/plan}\n")
    report = pipeline.check(plan).report
    codes = {w.code for w in report.warnings}
    assert {"commentaar-in-beheerd-bestand", "acties-niet-apart"} <= codes
    warning = next(w for w in report.warnings if w.code == "commentaar-in-beheerd-bestand")
    assert "planwijzer beheer omzetten" in warning.hint
    assert main(["beheer", "omzetten", str(plan)]) == 0
    codes = {w.code for w in pipeline.check(plan).report.warnings}
    assert not {"commentaar-in-beheerd-bestand", "acties-niet-apart"} & codes


def _plan(plan_folder, files):
    folder = plan_folder(files)
    subprocess.run([*GIT, "init", "-q", "-b", "main"], cwd=folder.root, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=folder.root, check=True)
    subprocess.run([*GIT, "commit", "-qm", "plan"], cwd=folder.root, check=True)
    return folder.root


def _snapshot(root):
    return {
        p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and ".git" not in p.parts
    }


def test_a_run_on_a_converted_plan_changes_nothing_and_says_so(plan_folder, capsys):
    root = _plan(plan_folder, {})
    assert main(["beheer", "omzetten", str(root)]) == 0
    capsys.readouterr()
    before = {p: p.stat().st_mtime_ns for p in (root / "data").rglob("*") if p.is_file()}
    assert main(["beheer", "omzetten", str(root)]) == 0
    assert "Al omgezet: niets gewijzigd" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in (root / "data").rglob("*") if p.is_file()} == before


def test_a_second_run_adds_to_the_notes_and_keeps_what_they_said(plan_folder):
    root = _plan(plan_folder, {"data/partners.yaml": "# Bron: bijlage 2\npartners:\n"
                               "  - {id: partner-x, naam: Partner X}\n"})  # fmt: skip
    assert main(["beheer", "omzetten", str(root)]) == 0
    notes = root / "data/LEESMIJ.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\nEen eigen notitie.\n")
    goals = root / "data/doelstellingen.yaml"
    goals.write_text("# Uit hoofdstuk 3\n" + goals.read_text(encoding="utf-8"))
    assert main(["beheer", "omzetten", str(root)]) == 0
    text = notes.read_text(encoding="utf-8")
    assert "Bron: bijlage 2" in text and "Een eigen notitie." in text and "Uit hoofdstuk 3" in text


def test_an_action_named_by_its_file_keeps_its_id(plan_folder, capsys):
    root = _plan(plan_folder, {})
    assert main(["beheer", "omzetten", str(root)]) == 0
    # As the CMS writes a new action: the file's name is its id, no 'id:' inside.
    (root / "data/acties/buurtrestaurant.yaml").write_text(
        "titel: Buurtrestaurant\nbijdragen:\n  zeker: [doel-a]\n", encoding="utf-8"
    )
    before = [a.id for a in pipeline.check(root).plan.actions]
    assert main(["beheer", "omzetten", str(root)]) == 0
    assert [a.id for a in pipeline.check(root).plan.actions] == before
    assert "buurtrestaurant" in before


@pytest.mark.parametrize(
    ("actions", "where"),
    [
        ("acties:\n  id: actie-een\n  titel: Actie een\n  bijdragen: {zeker: [doel-a]}\n",
         "data/acties.yaml:2"),
        ("acties:\n  - id: actie-een\n    titel: Actie een\n    bijdragen: {zeker: [doel-a]}\n"
         "  - id: actie-twee\n    titel: Actie twee\n    bijdragen: {zeker: [doel-b]}\n"
         "  - id: actie-drie\n    titel: Actie drie\n    bijdragen: {zeker: [doel-b]}\n"
         "    id: actie-vier\n    titel: Actie vier\n", "data/acties.yaml:"),
    ],
    ids=["acties-als-mapping", "vergeten-streepje"],
)  # fmt: skip
def test_a_file_the_check_refuses_is_not_converted(plan_folder, capsys, actions, where):
    root = _plan(plan_folder, {"data/acties.yaml": actions})
    before = _snapshot(root)
    assert main(["beheer", "omzetten", str(root)]) == 1
    err = capsys.readouterr().err
    assert "Niet omgezet" in err and "niets gewijzigd" in err and where in err, err
    assert _snapshot(root) == before


def test_a_file_that_is_not_utf8_gets_a_dutch_message(plan_folder, capsys):
    root = _plan(plan_folder, {})
    partners = root / "data/partners.yaml"
    partners.write_bytes("partners:\n  - {id: partner-x, naam: Café X}\n".encode("latin-1"))
    before = _snapshot(root)
    assert main(["beheer", "omzetten", str(root)]) == 1
    err = capsys.readouterr().err
    assert "data/partners.yaml:2" in err and "UTF-8" in err and "Traceback" not in err, err
    assert _snapshot(root) == before


def test_a_converted_file_reads_back_as_written_in_the_cmss_yaml_1_2():
    # The CMS reads data files as YAML 1.2, where '08' and '1e5' are numbers: written
    # plain, an id '08' would come back from the form as 8.
    from ruamel.yaml import YAML as Yaml12

    from planwijzer.editing.cms_layout import dump

    data = {"id": "08", "code": "1e5", "titel": "0o17", "peildatum": "2023-12-31"}
    written = dump(data)
    assert "peildatum: 2023-12-31\n" in written  # a date stays as the CMS writes it
    back = Yaml12(typ="safe").load(written)
    assert {key: str(value) for key, value in back.items()} == data
    back = yaml.safe_load(written)  # and as YAML 1.1 reads it
    assert {key: str(value) for key, value in back.items()} == data
