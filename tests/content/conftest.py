"""The content checks' fixture: the plan's site, built strictly once per run."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_under_test import PLAN

from planwijzer.cli import main


@pytest.fixture(scope="session")
def plan_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plan") / "site"
    assert main(["build", str(PLAN), "--out", str(out)]) == 0
    return out
