"""'planwijzer beheer lokaal' before it starts anything: the pinned decap-server, and a
plain Dutch refusal (with what to do) for a plan it cannot edit safely. The whole
command in the browser: tests/end_to_end/test_cms_local_browser.py."""

from __future__ import annotations

import json
import subprocess
import textwrap

from paths import REPO
from planfolders import MINIMAL, folder_with
from planwijzer.cli import main
from planwijzer.outputs.cms.local import SERVER_FILES

WITH_CMS = textwrap.dedent(MINIMAL["data/plan.yaml"]) + "beheer: {repo: org/plan}\n"
GIT = ["git", "-c", "user.email=r@planwijzer.invalid", "-c", "user.name=Redacteur"]


def test_decap_server_is_pinned_by_its_lock_file():
    wanted = json.loads((SERVER_FILES / "package.json").read_text())["dependencies"]
    lock = json.loads((SERVER_FILES / "package-lock.json").read_text())
    assert wanted == {"decap-server": lock["packages"]["node_modules/decap-server"]["version"]}


def test_a_plan_without_beheer_is_told_what_to_add(tmp_path, capsys):
    folder = folder_with(tmp_path / "plan", {})
    assert main(["beheer", "lokaal", str(folder.root), "--poort", "1"]) == 1
    assert "met 'beheer:' in data/plan.yaml" in capsys.readouterr().err


def test_the_readme_says_what_local_editing_needs():
    # the form of the command table, run above (MAP --poort); and 'beheer:' first
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "| `planwijzer beheer lokaal [MAP] [--poort 8000]` |" in readme
    assert "in de planmap (met `beheer:` in `data/plan.yaml`, zie stap 2;" in readme


def test_a_plan_outside_git_is_told_how_to_start_one(tmp_path, capsys):
    folder = folder_with(tmp_path / "plan", {"data/plan.yaml": WITH_CMS})
    assert main(["beheer", "lokaal", str(folder.root), "--poort", "1"]) == 1
    err = capsys.readouterr().err
    assert "staat niet in een git-repository" in err and "git init -b main" in err


def test_a_plan_on_another_branch_is_told_to_switch(tmp_path, capsys):
    root = folder_with(tmp_path / "plan", {"data/plan.yaml": WITH_CMS}).root
    subprocess.run([*GIT, "init", "-q", "-b", "werk"], cwd=root, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=root, check=True)
    subprocess.run([*GIT, "commit", "-qm", "plan"], cwd=root, check=True)
    assert main(["beheer", "lokaal", str(root), "--poort", "1"]) == 1
    err = capsys.readouterr().err
    assert "op de tak 'werk'" in err and "git switch main" in err
    assert not (root / ".git/planwijzer-beheer").exists()  # nothing made


def test_a_plan_without_a_commit_is_told_to_commit(tmp_path, capsys):
    root = folder_with(tmp_path / "plan", {"data/plan.yaml": WITH_CMS}).root
    subprocess.run([*GIT, "init", "-q", "-b", "main"], cwd=root, check=True)
    assert main(["beheer", "lokaal", str(root), "--poort", "1"]) == 1
    assert "nog geen commit" in capsys.readouterr().err
