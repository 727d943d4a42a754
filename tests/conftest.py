"""Shared fixtures: small plan folders written on the fly, and the built seed site."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from paths import REFERENCE
from planfolders import MINIMAL, PlanFolder
from planwijzer.cli import main as cli_main

# In CI the property tests run the same examples every time: a new find is made (and
# fixed) on a developer's machine, never a red build that the next run turns green.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def plan_folder(tmp_path: Path):
    """Factory: plan_folder(overrides) gives a PlanFolder based on MINIMAL."""

    def make(overrides: dict[str, str | None] | None = None, name: str = "plan") -> PlanFolder:
        files = dict(MINIMAL)
        files.update(overrides or {})
        return PlanFolder(tmp_path / name, files)

    return make


@pytest.fixture(scope="session")
def reference_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference plan of the tests, built once per test run."""
    out = tmp_path_factory.mktemp("referentie") / "site"
    assert cli_main(["build", str(REFERENCE), "--out", str(out)]) == 0
    return out


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Lets fixtures see whether the test failed (the browser tests take a screenshot).
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
