"""Where a build's time goes, stage by stage, in one run: each stage of the builder with
when it started and ended (seconds from the start, imports included), so what runs on
one core and what overlaps with the forked copy shows.

    python scripts/build_timeline.py PLAN OUT

A stage that starts later than the previous one ended ran after something not listed.
"""

from __future__ import annotations

import functools
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()

# (module, attribute) of each stage, in the order a build runs them.
STAGES = [
    ("planwijzer.outputs.site.build", "checked"),
    ("planwijzer.outputs.mkdocs.engine", "MkDocsEngine.open"),
    ("planwijzer.outputs.site.build", "beside_the_site"),
    ("planwijzer.rendering.renderer", "Renderer.jobs"),
    ("planwijzer.outputs.mkdocs.engine", "MkDocsSite.layout"),
    ("planwijzer.outputs.site_pages.writer", "PageWriter.start"),
    ("planwijzer.outputs.mkdocs.engine", "MkDocsSite.pages"),
    ("planwijzer.outputs.site.build", "_write_the_rest"),
    ("planwijzer.outputs.site.search", "SearchIndex.prepare"),
    ("planwijzer.outputs.site_pages.writer", "PageWriter.finish"),
    ("planwijzer.outputs.site.search", "SearchIndex.entries"),
    ("planwijzer.outputs.mkdocs.engine", "MkDocsSite.write_index"),
    ("planwijzer.outputs.site.build", "swap_into_place"),
]


def _timed(name: str, work, found: list):  # type: ignore[no-untyped-def]
    @functools.wraps(work)
    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        begin = time.perf_counter() - STARTED
        try:
            return work(*args, **kwargs)
        finally:
            found.append((name, begin, time.perf_counter() - STARTED))

    return timed


def measure(plan: Path, out: Path) -> list[tuple[str, float, float]]:
    """Build ``plan`` into ``out``; every stage's (name, start, end), and 'imports' first."""
    import importlib

    from planwijzer.cli import main

    found: list[tuple[str, float, float]] = [("imports", 0.0, time.perf_counter() - STARTED)]
    for module_name, attribute in STAGES:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        if owner is None or not hasattr(owner, name):
            continue  # an older version of the builder
        setattr(owner, name, _timed(attribute, getattr(owner, name), found))
    begin = time.perf_counter() - STARTED
    rc = main(["build", str(plan), "--out", str(out)], own_process=True)
    assert rc == 0, rc
    found.append(("build", begin, time.perf_counter() - STARTED))
    return found


def main(argv: list[str]) -> int:
    plan, out = (Path(a) for a in argv)
    for name, begin, end in measure(plan, out):
        print(f"{name:28s} {begin:7.3f} → {end:7.3f}  ({end - begin:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
