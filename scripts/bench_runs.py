"""How bench.py and its companions run a build: each in its own process, with its time,
peak memory (a forked helper's peak added) and CPU time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# The README's documented setting that keeps a build in one process.
ONE_PROCESS = "PLANWIJZER_PROCESSEN"

# Peak memory counts a forked helper process too (its peak added to the main one's,
# as if both peaked at once); CPU time is both processes' user + system time.
RUNNER = """
import resource, sys, time
started = time.perf_counter()
{body}
elapsed = time.perf_counter() - started
me, helpers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
peak = (me.ru_maxrss + helpers.ru_maxrss) * 1024
cpu = me.ru_utime + me.ru_stime + helpers.ru_utime + helpers.ru_stime
print("BENCH", elapsed, peak, cpu)
"""

# As the console command does (planwijzer.cli.run).
PLAN_BUILD = """
from planwijzer.cli import main
rc = main(["build", sys.argv[1], "--out", sys.argv[2]], own_process=True)
assert rc == 0, rc
"""

PLAN_CHECK = """
from planwijzer.cli import main
rc = main(["check", sys.argv[1]], own_process=True)
assert rc == 0, rc
"""

# The open data as the build makes it (without the Excel workbook above its limit),
# timed on its own after the plan is checked.
OPEN_DATA = """
from pathlib import Path
from planwijzer import pipeline
from planwijzer.outputs.open_data import open_data_files
from planwijzer.shared.licences import licence_for
from planwijzer.shared.memory import paused_gc
plan = pipeline.check(Path(sys.argv[1])).plan
started = time.perf_counter()
with paused_gc():
    open_data_files(plan, licence_for(plan.licence))
print("EXPORT", time.perf_counter() - started)
"""

PLAN_PDF = """
from planwijzer.cli import main
rc = main(["pdf", sys.argv[1], "--out", sys.argv[2]], own_process=True)
assert rc == 0, rc
"""


def run(body: str, *args: str, env: dict[str, str] | None = None) -> tuple[float, int, float]:
    code = RUNNER.format(body=body)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )
    if done.returncode != 0:
        sys.exit(f"build failed:\n{done.stdout}\n{done.stderr}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("BENCH"))
    _, elapsed, peak, cpu = line.split()
    return float(elapsed), int(peak), float(cpu)


def export_seconds(plan_dir: Path) -> float:
    """The open-data export alone, best of two."""
    times = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", RUNNER.format(body=OPEN_DATA), str(plan_dir)],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(next(x for x in done.stdout.split("\n") if x.startswith("EXPORT"))[7:]))
    return min(times)


def paired_builds(
    plans: dict[str, Path], work: Path, tag: str, repeat: int
) -> dict[str, list[float]]:
    """Build each plan ``repeat`` times, taking turns (so a slower moment of the machine
    falls on both), into work/site-<name>-<tag>; the seconds of each build by name."""
    times: dict[str, list[float]] = {name: [] for name in plans}
    for _ in range(repeat):
        for name, plan_dir in plans.items():
            site = work / f"site-{name}-{tag}"
            shutil.rmtree(site, ignore_errors=True)
            times[name].append(run(PLAN_BUILD, str(plan_dir), str(site))[0])
    return times
