"""The content checks: the plan this repository publishes (or, with PLANWIJZER_PLAN,
any plan folder) is valid, builds strictly, and its site shows exactly its data.

Nothing here names an action, a goal or a number of the plan: a valid edit to the
plan's content never fails these tests. A pull request that only changes content
runs just these (make content-check)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from plan_under_test import PLAN
from rules import site_problems

from planwijzer.cli import main


def test_the_plan_is_valid():
    assert main(["check", str(PLAN)]) == 0


def test_the_site_shows_exactly_the_plans_data(plan_site):
    assert site_problems(PLAN, plan_site) == []


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "plan"
    for name in ("data", "docs", "templates"):
        if (PLAN / name).is_dir():
            shutil.copytree(PLAN / name, root / name)
    shutil.copy(PLAN / "mkdocs.yml", root / "mkdocs.yml")
    return root


def _first_action(root: Path) -> tuple[Path, str]:
    for path in sorted((root / "data").rglob("*.yaml")):
        match = re.search(r"^  - id: ([a-z0-9-]+)$", path.read_text(encoding="utf-8"), re.M)
        if match and "acties" in path.as_posix():
            return path, match.group(1)
    raise AssertionError("no action found")


@pytest.mark.parametrize("edit", ["toevoegen", "verwijderen", "hernoemen"])
def test_a_valid_content_change_keeps_the_checks_green(tmp_path, capsys, edit):
    """An editor's ordinary edits to a copy of the plan: the same checks stay green."""
    root = _copy(tmp_path)
    path, action_id = _first_action(root)
    text = path.read_text(encoding="utf-8")
    if edit == "toevoegen":
        goal = re.search(r"zeker: \[([a-z0-9-]+)", text) or re.search(r"- ([a-z0-9-]+)\n", text)
        argv = ["nieuw", "actie", "Een nieuwe actie", "--dir", str(root)]
        assert main([*argv, "--doel", goal.group(1)]) == 0 if goal else main(argv) == 0
    elif edit == "hernoemen":
        renamed = re.sub(rf"\b{action_id}\b", f"{action_id}-nieuw", text)
        path.write_text(renamed, encoding="utf-8")
        for md in (root / "docs").rglob("*.md"):  # macros may name the action
            md.write_text(re.sub(rf"\b{action_id}\b", f"{action_id}-nieuw", md.read_text()))
    else:
        start = text.index(f"  - id: {action_id}\n")
        end = text.find("\n  - id: ", start + 1)
        path.write_text(text[:start] + (text[end + 1 :] if end >= 0 else ""), encoding="utf-8")
        for md in (root / "docs").rglob("*.md"):  # a macro naming it would fail: drop it
            md.write_text(re.sub(rf"\{{\{{ actie\(\"{action_id}\"\) \}}\}}", "", md.read_text()))
    out = tmp_path / "site"
    assert main(["build", str(root), "--out", str(out)]) == 0, capsys.readouterr().err
    assert site_problems(root, out) == []
