"""Benchmark: full builds of synthetic plans next to the engine's floor, in one run.

For each size it builds a synthetic plan with ``planwijzer build`` (check + generate
+ MkDocs + search index) and, as the floor, mkdocs-material building as many bare
Markdown pages as the plan site has pages, none of them in the nav, and Hugo (Debian's,
'make hugo') building as many pages with a minimal template (scripts/floors.py). Each build runs
in its own process so peak memory is that build's own. The plan is also built kept
to one process (PLANWIJZER_PROCESSEN=1), to show what the second core brings.

    python scripts/bench.py                  # 100, 1,000 and 10,000 actions
    python scripts/bench.py --sizes 100 1000 # a quicker run
    python scripts/bench.py --markdown docs/prestaties.md  # also write the table
Then the live preview (--serve-actions, scripts/serve_latency.py), the living plan,
a framework of 200 onderdelen (--framework-actions) and the PDF, each against a baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench_languages import measure as measure_languages
from bench_runs import (
    ONE_PROCESS,
    PLAN_BUILD,
    PLAN_CHECK,
    PLAN_PDF,
    export_seconds,
    paired_builds,
    run,
)
from bench_targets import targets
from floors import FLOOR_BUILD, HUGO_BUILD, make_floor, make_hugo_site
from serve_latency import measure as measure_serve
from synthetic_plan import make_plan


def measure_pdf(n: int, work: Path) -> dict:
    """'planwijzer pdf' of an n-action plan: seconds, pages, size."""
    plan_dir = make_plan(work / f"pdf-{n}", n)
    out = work / f"pdf-{n}.pdf"
    seconds = run(PLAN_PDF, str(plan_dir), str(out))[0]
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = next((int(x.split()[-1]) for x in info.splitlines() if x.startswith("Pages:")), 0)
    result = {"actions": n, "seconds": round(seconds), "pages": pages}
    result["mb"] = round(out.stat().st_size / 2**20, 1)
    shutil.rmtree(plan_dir, ignore_errors=True)
    out.unlink(missing_ok=True)
    return result


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(n: int, work: Path, repeat: int) -> dict:
    """Best of ``repeat`` runs each, plan build and floor taking turns, so both
    meet the same load on the machine."""
    plan_dir = make_plan(work / f"plan-{n}", n)
    check_s = min(run(PLAN_CHECK, str(plan_dir))[0] for _ in range(repeat))
    site = work / f"site-{n}"
    floor_dir = work / f"floor-{n}"
    plans, floors, one_core, hugo = [], [], [], []
    hugo_dir = work / f"hugo-{n}"
    for _ in range(repeat):
        shutil.rmtree(site, ignore_errors=True)
        plans.append(run(PLAN_BUILD, str(plan_dir), str(site)))
        if not floor_dir.exists():
            make_floor(floor_dir, sum(1 for _ in site.rglob("index.html")))
            make_hugo_site(hugo_dir, sum(1 for _ in site.rglob("index.html")))
        shutil.rmtree(work / f"floor-site-{n}", ignore_errors=True)
        floors.append(run(FLOOR_BUILD, str(floor_dir), str(work / f"floor-site-{n}")))
        shutil.rmtree(work / f"hugo-site-{n}", ignore_errors=True)
        hugo.append(run(HUGO_BUILD, str(hugo_dir), str(work / f"hugo-site-{n}")))
        # The same build kept to one process, as on a machine with one core.
        one_site = work / f"site-een-{n}"
        shutil.rmtree(one_site, ignore_errors=True)
        one_core.append(run(PLAN_BUILD, str(plan_dir), str(one_site), env={ONE_PROCESS: "1"}))
    pages = sum(1 for _ in site.rglob("index.html"))
    export_s = export_seconds(plan_dir)
    plan_s, plan_peak, plan_cpu = min(plans)
    plan_peak = max(peak for _, peak, _ in plans)
    floor_s, floor_peak, floor_cpu = min(floors)
    floor_peak = max(peak for _, peak, _ in floors)
    total = size_of(site)
    action_page = (site / "acties/actie-1/index.html").stat().st_size
    matrix_pages = sorted(site.glob("overzicht/**/index.html"))
    matrix_max = max(p.stat().st_size for p in matrix_pages)
    search = (site / "search/search_index.json").stat().st_size
    result = {
        "actions": n,
        "pages": pages,
        "check_s": round(check_s, 2),
        "build_s": round(plan_s, 2),
        "floor_s": round(floor_s, 1),
        "ratio": round(plan_s / floor_s, 2),
        "hugo_s": round(min(hugo)[0], 2),
        "hugo_ratio": round(plan_s / min(hugo)[0], 1),
        "export_s": round(export_s, 2),
        "export_share": f"{export_s / plan_s:.0%}",
        "one_core_ratio": round(min(one_core)[0] / floor_s, 2),
        "cpu_s": round(plan_cpu, 1),
        "floor_cpu_s": round(floor_cpu, 1),
        "peak_mb": round(plan_peak / 2**20),
        "floor_peak_mb": round(floor_peak / 2**20),
        "action_page_kb": round(action_page / 1024, 1),
        "matrix_page_kb": round(matrix_max / 1024),
        "total_mb": round(total / 2**20, 1),
        "kb_per_page": round(total / pages / 1024, 1),
        "search_kb_per_page": round(search / pages / 1024, 2),
    }
    for path in (
        site,
        one_site,
        floor_dir,
        work / f"floor-site-{n}",
        plan_dir,
        hugo_dir,
        work / f"hugo-site-{n}",
    ):
        shutil.rmtree(path, ignore_errors=True)
    return result


def measure_framework(n: int, parts: int, work: Path, repeat: int) -> dict:
    """The same plan built with and without a framework of ``parts`` onderdelen that
    every action and top goal links to, taking turns, in one run."""
    plain = make_plan(work / f"fw-plain-{n}", n)
    linked = make_plan(work / f"fw-linked-{n}", n, framework_parts=parts)
    times = paired_builds({"plain": plain, "linked": linked}, work, f"fw-{n}", repeat)
    site = work / f"site-linked-fw-{n}"
    matrices = [p.stat().st_size for p in (site / "kaders" / "bench" / "matrix").rglob("*.html")]
    result = {
        "actions": n,
        "parts": parts,
        "without_s": round(min(times["plain"]), 1),
        "with_s": round(min(times["linked"]), 1),
        "ratio": round(min(times["linked"]) / min(times["plain"]), 3),
        "matrix_mb": round(max(matrices, default=0) / 1e6, 1),
    }
    for path in work.glob(f"*fw*-{n}"):
        shutil.rmtree(path, ignore_errors=True)
    return result


def measure_living(n: int, work: Path, repeat: int) -> dict:
    """The same plan built with and without the living plan's data (five yearly
    reports covering every action, n/5 indicators of five measurements), taking
    turns, in one run."""
    plain = make_plan(work / f"plain-{n}", n)
    living = make_plan(work / f"living-{n}", n, reports=5, indicators=n // 5)
    times = paired_builds({"plain": plain, "living": living}, work, str(n), repeat)
    site = work / f"site-living-{n}"
    action_pages = [p.stat().st_size for p in site.glob("acties/*/index.html")]
    result = {
        "actions": n,
        "indicators": n // 5,
        "without_s": round(min(times["plain"]), 1),
        "with_s": round(min(times["living"]), 1),
        "ratio": round(min(times["living"]) / min(times["plain"]), 2),
        "largest_action_page_kb": round(max(action_pages) / 1024, 1),
        "export_s": round(export_seconds(living), 2),
        "pages": sum(1 for _ in site.rglob("index.html")),
    }
    for path in work.glob(f"*-{n}"):
        shutil.rmtree(path, ignore_errors=True)
    return result


COLUMNS = [
    ("actions", "acties"),
    ("pages", "pagina's"),
    ("check_s", "check (s)"),
    ("build_s", "build (s)"),
    ("floor_s", "vloer (s)"),
    ("ratio", "build/vloer"),
    ("hugo_s", "Hugo (s)"),
    ("hugo_ratio", "build/Hugo"),
    ("one_core_ratio", "op één kern/vloer"),
    ("export_s", "open data (s)"),
    ("export_share", "open data/build"),
    ("cpu_s", "build CPU (s)"),
    ("floor_cpu_s", "vloer CPU (s)"),
    ("peak_mb", "piekgeheugen (MB)"),
    ("action_page_kb", "actiepagina (KB)"),
    ("matrix_page_kb", "grootste matrixpagina (KB)"),
    ("kb_per_page", "KB per pagina"),
    ("search_kb_per_page", "zoekindex KB per pagina"),
]


def table(results: list[dict]) -> str:
    head = "| " + " | ".join(label for _, label in COLUMNS) + " |"
    sep = "|" + "---|" * len(COLUMNS)
    rows = ["| " + " | ".join(str(r[key]) for key, _ in COLUMNS) + " |" for r in results]
    return "\n".join([head, sep, *rows])


def _memory_gb() -> int:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            return round(int(meminfo.readline().split()[1]) / 2**20)
    except (OSError, ValueError, IndexError):
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--json", help="write the figures as JSON to this file")
    parser.add_argument("--markdown", help="write a Markdown report to this file")
    parser.add_argument("--serve-actions", type=int, nargs="*", default=[1000, 100])
    parser.add_argument(
        "--language-actions",
        type=int,
        default=1000,
        help="the same plan in one and in two languages at this size; 0 skips it",
    )
    parser.add_argument("--repeat", type=int, default=2, help="runs per build; the best counts")
    parser.add_argument(
        "--pdf-actions",
        type=int,
        default=1000,
        help="time 'planwijzer pdf' on a plan of this size; 0 skips it",
    )
    parser.add_argument(
        "--living-actions",
        type=int,
        default=10000,
        help="the living-plan case (reports and indicators) at this size; 0 skips it",
    )
    parser.add_argument(
        "--framework-actions",
        type=int,
        default=0,
        help="a framework of 200 "
        "onderdelen on a plan of this size, against the plain plan; 0 skips it",
    )
    args = parser.parse_args()
    results = []
    living = pdf = framework = languages = None
    with tempfile.TemporaryDirectory(prefix="planwijzer-bench-") as tmp:
        for n in args.sizes:
            started = time.perf_counter()
            print(f"{n} acties ...", file=sys.stderr, flush=True)
            results.append(measure(n, Path(tmp), args.repeat))
            print(f"  klaar in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        if args.living_actions:
            n = args.living_actions
            print(f"levend plan, {n} acties ...", file=sys.stderr, flush=True)
            living = measure_living(n, Path(tmp), args.repeat)
        if args.framework_actions:
            n = args.framework_actions
            print(f"beleidskader, {n} acties ...", file=sys.stderr, flush=True)
            framework = measure_framework(n, 200, Path(tmp), args.repeat)
        if args.language_actions:
            print(f"twee talen, {args.language_actions} acties ...", file=sys.stderr, flush=True)
            languages = measure_languages(args.language_actions, Path(tmp), args.repeat)
        if args.pdf_actions:
            print(f"PDF, {args.pdf_actions} acties ...", file=sys.stderr, flush=True)
            pdf = measure_pdf(args.pdf_actions, Path(tmp))
    lines = [table(results), ""]
    if living is not None:
        lines.append(
            f"levend plan bij {living['actions']} acties (5 jaarrapporten over elke actie, "
            f"{living['indicators']} indicatoren met 5 metingen): build {living['with_s']} s, "
            f"zonder rapporten en indicatoren {living['without_s']} s, verhouding "
            f"{living['ratio']}; grootste actiepagina {living['largest_action_page_kb']} KB; "
            f"open data {living['export_s']} s ({living['export_s'] / living['with_s']:.0%})"
        )
    if framework is not None:
        lines.append(
            f"beleidskader van {framework['parts']} onderdelen bij {framework['actions']} acties "
            f"(elke actie en topdoelstelling gekoppeld): build {framework['with_s']} s, zonder "
            f"kader {framework['without_s']} s, verhouding {framework['ratio']}; "
            f"grootste kadermatrixpagina {framework['matrix_mb']} MB"
        )
    if pdf is not None:
        lines.append(
            f"PDF van {pdf['actions']} acties ('planwijzer pdf'): {pdf['seconds']} s, "
            f"{pdf['pages']} pagina's, {pdf['mb']} MB"
        )
    by_n = {r["actions"]: r for r in results}
    if 1000 in by_n and 10000 in by_n:
        growth = by_n[10000]["build_s"] / by_n[1000]["build_s"]
        lines.append(f"tijd(10.000) / tijd(1.000) = {growth:.1f}")
    serve: dict[int, dict] = {}
    for n in args.serve_actions:
        print(f"live voorbeeld, {n} acties ...", file=sys.stderr, flush=True)
        serve[n] = measure_serve(n, edits=5)
        lines.append(
            f"live voorbeeld bij {n} acties: pagina bijgewerkt {serve[n]['median_s']} s na "
            f"het bewaren (mediaan van {serve[n]['edits']} wijzigingen, hoogste "
            f"{serve[n]['max_s']} s)"
        )
    if languages is not None:
        lines.append(
            f"twee talen bij {languages['actions']} acties: {languages['two_languages_s']} s "
            f"tegenover {languages['one_language_s']} s in één taal ({languages['ratio']} ×)"
        )
    lines += ["", targets(results, living, serve, languages)]
    report = "\n".join(lines)
    print(report)
    machine = (
        f"{os.cpu_count()} kernen, {_memory_gb()} GB geheugen, {platform.machine()}, "
        f"{platform.system()}, Python {platform.python_version()}"
    )
    if args.json:
        figures = dict(
            builds=results,
            serve=serve,
            living=living,
            pdf=pdf,
            framework=framework,
            languages=languages,
        )
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    if args.markdown:
        Path(args.markdown).write_text(
            f"Gemeten op {date.today().isoformat()} ({machine}).\n\n" + report + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
