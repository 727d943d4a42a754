"""'planwijzer beheer omzetten': the layout the CMS edits cleanly, with nothing lost."""

from __future__ import annotations

import re
import shutil
import subprocess

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
