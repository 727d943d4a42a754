"""The GitHub workflows parse, pin their actions and call the README's make targets."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from paths import REPO

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))


def steps(path, job: str | None = None):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jobs = [data["jobs"][job]] if job else list(data["jobs"].values())
    return [step for j in jobs for step in j["steps"]], data


def readme_targets() -> set[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"\bmake (site|test|serve|content-check)\b", readme))


def test_there_are_a_pull_request_and_a_publish_workflow():
    names = {p.name for p in WORKFLOWS}
    assert names == {"pull-request.yml", "publish.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_to_versions(path):
    for step in steps(path)[0]:
        if "uses" in step:
            assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", step["uses"]), step["uses"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_use_only_make_targets_the_readme_names(path):
    runs = " ".join(step.get("run", "") for step in steps(path)[0])
    used = set(re.findall(r"\bmake ([\w-]+)", runs))
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in used:
        assert re.search(rf"^{target}:", makefile, flags=re.MULTILINE), target
    assert used - {"install"} <= readme_targets()


def test_pull_request_workflow_does_what_editors_need():
    workflow = REPO / ".github/workflows/pull-request.yml"
    content_steps, data = steps(workflow, "inhoud")
    assert "pull_request" in data[True]  # PyYAML reads the key 'on' as True
    runs = "\n".join(step.get("run", "") for step in content_steps)
    assert "planwijzer check . --format github" in runs
    assert "make site" in runs and "make content-check" in runs
    assert "planwijzer links site" in runs
    assert "planwijzer diff" in runs and "GITHUB_STEP_SUMMARY" in runs
    assert any("upload-artifact" in step.get("uses", "") for step in content_steps)
    assert "make test" not in runs  # content only: a few minutes
    assert "--paginas > gewijzigde-paginas.txt" in runs  # axe on the changed pages too
    check = next(s for s in content_steps if "make content-check" in s.get("run", ""))
    assert check["env"]["PLANWIJZER_PAGINAS"] == "gewijzigde-paginas.txt"


def test_code_changes_run_every_test_and_content_changes_do_not():
    workflow = REPO / ".github/workflows/pull-request.yml"
    code_steps, data = steps(workflow, "code")
    assert "make test" in "\n".join(step.get("run", "") for step in code_steps)
    assert data["jobs"]["code"]["if"] == "needs.inhoud.outputs.alleen-inhoud != 'true'"
    kind = next(s["run"] for s in steps(workflow, "inhoud")[0] if s.get("id") == "soort")
    # only these paths make a change 'content only'
    assert "^(data/|docs/|mkdocs\\.yml$)" in kind


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_finds_nothing(path):
    binary = Path(sys.executable).with_name("actionlint")
    done = subprocess.run([str(binary), str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_publish_workflow_builds_and_deploys_main():
    all_steps, data = steps(REPO / ".github/workflows/publish.yml")
    assert data[True]["push"]["branches"] == ["main"]
    assert "make site" in "\n".join(step.get("run", "") for step in all_steps)
    assert any("deploy-pages" in step.get("uses", "") for step in all_steps)


def test_editor_files_exist():
    for name in (
        ".github/pull_request_template.md",
        ".github/CODEOWNERS",
        ".pre-commit-config.yaml",
        "CONTRIBUTING.md",
    ):
        assert (REPO / name).is_file(), name
    hook = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert "planwijzer check" in hook["repos"][0]["hooks"][0]["entry"]
