"""Paired runs: one command, with an older version of Planwijzer and with this one, in turns.

    python scripts/paired.py --oud /tmp/oud --runs 7 -- planwijzer check PLAN
    python scripts/paired.py --oud /tmp/oud --cijfer render -- python scripts/render_cost.py PLAN

``--oud`` is a checkout of the older code (``git worktree add /tmp/oud origin/main``):
its ``src`` goes first on PYTHONPATH, so the same virtual environment runs the older
package. The machine is shared and a run swings by ±30 %: taking turns gives both
versions the same load, and the median of each is printed, with the wall time and
the CPU time (user + system of the command and its processes). With ``--cijfer WORD``
the figure is the number the command prints after WORD instead of the wall time.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_once(command: list[str], old: Path | None, figure: str | None) -> tuple[float, float]:
    """(seconds, CPU seconds) of one run; with ``old``, of the older code."""
    env = dict(os.environ)
    if old is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(old / "src"), env.get("PYTHONPATH")]))
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} faalde:\n{done.stdout}\n{done.stderr}")
    if figure is not None:
        found = re.search(rf"\b{re.escape(figure)}\s+([0-9.]+)", done.stdout)
        if found is None:
            raise SystemExit(f"Geen getal na '{figure}' in wat het commando schreef.")
        wall = float(found.group(1))
    return wall, cpu


def paired(command: list[str], old: Path, runs: int, figure: str | None) -> dict[str, list]:
    times: dict[str, list] = {"oud": [], "nieuw": []}
    for _ in range(runs):
        times["oud"].append(run_once(command, old, figure))
        times["nieuw"].append(run_once(command, None, figure))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oud", type=Path, required=True, help="checkout van de oudere code")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cijfer", help="het getal na dit woord in de uitvoer telt")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command or not (args.oud / "src" / "planwijzer").is_dir():
        parser.error("geef een commando na '--' en met --oud een checkout met src/planwijzer")
    times = paired(command, args.oud, args.runs, args.cijfer)
    label = args.cijfer or "wall"
    for side, found in times.items():
        walls = [round(wall, 2) for wall, _cpu in found]
        cpu = statistics.median(c for _wall, c in found)
        middle = statistics.median(walls)
        print(f"{side}: {label} mediaan {middle:.2f} s, cpu mediaan {cpu:.2f} s ({walls})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
