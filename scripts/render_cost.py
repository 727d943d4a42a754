"""What a plan's pages cost to make, without any engine: check, page list, every body.

    python scripts/render_cost.py PLAN [--profile FILE]

Runs ``pipeline.check``, ``Renderer.jobs()`` and then every job (its HTML body and
search document), in this process, and prints the seconds of each step, the pages
and megabytes made, the CPU time, and the five kinds of page that took longest
('acties', 'opvolging', ...). Nothing is written. With ``--profile`` the rendering is
profiled (cProfile) into FILE. Compare two versions of the code with
``scripts/paired.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from planwijzer import pipeline
from planwijzer.rendering.renderer import Renderer
from planwijzer.shared import memory


def measure(plan_dir: Path, profile: Path | None = None) -> dict:
    start, cpu = time.perf_counter(), time.process_time()
    result = pipeline.check(plan_dir)
    if result.plan is None:
        raise SystemExit(f"{plan_dir}: het plan bevat fouten ({result.report.summary()}).")
    checked = time.perf_counter()
    jobs = Renderer(result.plan, plan_dir, home=True).jobs()
    listed = time.perf_counter()
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    size, kinds = 0, {}
    for job in jobs:
        began = time.perf_counter()
        size += len(job().body)
        kind = job.path.split("/")[0]
        kinds[kind] = kinds.get(kind, 0.0) + time.perf_counter() - began
    rendered = time.perf_counter()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    slowest = sorted(kinds.items(), key=lambda kind: -kind[1])[:5]
    return {
        "check": checked - start,
        "jobs": listed - checked,
        "render": rendered - listed,
        "pages": len(jobs),
        "mb": size / 2**20,
        "cpu": time.process_time() - cpu,
        "slowest": [(kind, round(seconds, 2)) for kind, seconds in slowest],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)
    memory.keep_until_exit()  # as 'planwijzer build' runs: one command, one process
    found = measure(args.plan, args.profile)
    print(
        f"check {found['check']:.2f} jobs {found['jobs']:.2f} render {found['render']:.2f} "
        f"({found['pages']} pages, {found['mb']:.1f} MB) cpu {found['cpu']:.2f}"
    )
    print("slowest", " ".join(f"{kind} {seconds}" for kind, seconds in found["slowest"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
