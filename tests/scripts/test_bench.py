"""`make bench` runs: scripts/bench.py at small sizes measures every case it reports
(builds, floor, Hugo, check, living plan, two languages, the live preview) and ends
with the targets table. The figures themselves are for the bench, not for a test."""

from __future__ import annotations

import json
import subprocess
import sys

from paths import REPO

# Every case at 12 actions, once; the PDF is timed by its own tests.
SIZES = "--sizes 12 --repeat 1 --living-actions 12 --language-actions 12 --serve-actions 12"
SMALL = (*SIZES.split(), "--pdf-actions", "0")


def test_the_bench_measures_every_case_and_lists_the_targets(tmp_path):
    figures = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "scripts/bench.py", *SMALL, "--json", str(figures)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    measured = json.loads(figures.read_text(encoding="utf-8"))
    build = measured["builds"][0]
    assert build["actions"] == 12 and build["pages"] > 12
    assert build["build_s"] > 0 and build["hugo_s"] > 0 and build["check_s"] > 0
    assert measured["living"]["ratio"] > 0
    assert measured["languages"]["ratio"] > 0
    assert measured["serve"]["12"]["median_s"] > 0
    assert "| doel (issue 34) | gemeten | grens | |" in done.stdout
