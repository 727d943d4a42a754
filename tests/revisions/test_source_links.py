"""The edit link works out of the box: from the CI's variables or the git remote."""

from __future__ import annotations

import subprocess

import pytest

from planwijzer.revisions.source_links import derived_source_url
from sitecheck import content


def _git(folder, *args):
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def test_from_github_actions_variables(tmp_path):
    env = {
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "samenlevingsopbouw/meerjarenplan",
        "GITHUB_HEAD_REF": "nieuwe-actie",
    }
    assert derived_source_url(tmp_path, env) == (
        "https://github.com/samenlevingsopbouw/meerjarenplan/blob/nieuwe-actie/{bestand}#L{regel}"
    )


@pytest.mark.parametrize(
    "remote",
    [
        "https://github.com/org/plan.git",
        "git@github.com:org/plan.git",
        "https://github.com/org/plan",
    ],
)
def test_from_the_git_remote_with_the_plan_folder_inside_the_repository(tmp_path, remote):
    _git(tmp_path, "init", "-q", "-b", "werk")
    _git(tmp_path, "remote", "add", "origin", remote)
    plan = tmp_path / "plannen" / "2025"
    plan.mkdir(parents=True)
    assert derived_source_url(plan, {}) == (
        "https://github.com/org/plan/blob/werk/plannen/2025/{bestand}#L{regel}"
    )


def test_no_link_where_nothing_is_known(tmp_path):
    assert derived_source_url(tmp_path, {}) is None
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "remote", "add", "origin", "/ergens/op/schijf")
    assert derived_source_url(tmp_path, {}) is None


def test_every_generated_page_links_to_its_line_without_any_setting(plan_folder):
    folder = plan_folder()
    _git(folder.root, "init", "-q", "-b", "main")
    _git(folder.root, "remote", "add", "origin", "https://github.com/org/plan.git")
    assert folder.build() == 0
    link = content(folder.root / "site", "acties/actie-een/").select_one(".pw-edit a")
    assert link["href"].startswith("https://github.com/org/plan/blob/main/data/acties.yaml#L")
