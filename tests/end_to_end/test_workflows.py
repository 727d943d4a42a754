"""The GitHub workflows parse, pin their actions and call the README's make targets."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import REPO

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))


def steps(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [step for job in data["jobs"].values() for step in job["steps"]], data


def readme_targets() -> set[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"\bmake (site|test|serve)\b", readme))


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
    used = set(re.findall(r"\bmake (\w+)", runs))
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in used:
        assert re.search(rf"^{target}:", makefile, flags=re.MULTILINE), target
    assert used - {"install"} <= readme_targets()


def test_pull_request_workflow_does_what_editors_need():
    all_steps, data = steps(REPO / ".github/workflows/pull-request.yml")
    assert "pull_request" in data[True]  # PyYAML reads the key 'on' as True
    runs = "\n".join(step.get("run", "") for step in all_steps)
    assert "planwijzer check . --format github" in runs
    assert "make site" in runs and "make test" in runs
    assert "planwijzer links site" in runs
    assert "planwijzer diff" in runs and "GITHUB_STEP_SUMMARY" in runs
    assert any("upload-artifact" in step.get("uses", "") for step in all_steps)


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
