"""scripts/preview_rebuild.py: the preview's rebuild after a one-line edit, timed in
process, in one language and in two (as prestaties.md runs it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from paths import REPO


@pytest.mark.parametrize("languages", [[], ["nl,fr"]])
def test_the_rebuild_is_timed_and_incremental(languages):
    done = subprocess.run(
        [sys.executable, "scripts/preview_rebuild.py", "12", "2", *languages],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr  # it stops when a rebuild was not incremental
    assert done.stdout.startswith("12 acties: herbouw ")
