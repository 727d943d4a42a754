"""What a second language costs: the same synthetic plan built in one language and in
two (every text written per language, a French page beside each narrative page),
taking turns in one run, the best of each.

    python scripts/bench_languages.py [--actions 1000] [--repeat 3]

Issue 34's budget: a bilingual plan of 1,000 actions in at most 1.3× the time of the
same plan in one language.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench_runs import paired_builds
from synthetic_plan import make_plan

BUDGET = 1.3


def measure(n: int, work: Path, repeat: int) -> dict:
    one = make_plan(work / f"een-{n}", n)
    two = make_plan(work / f"twee-{n}", n, languages=("nl", "fr"))
    times = paired_builds({"een": one, "twee": two}, work, f"talen-{n}", repeat)
    pages = sum(1 for _ in (work / f"site-twee-talen-{n}").rglob("*.html"))
    result = {
        "actions": n,
        "one_language_s": round(min(times["een"]), 2),
        "two_languages_s": round(min(times["twee"]), 2),
        "ratio": round(min(times["twee"]) / min(times["een"]), 2),
        "pages_two_languages": pages,
    }
    for path in work.iterdir():
        shutil.rmtree(path, ignore_errors=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="planwijzer-talen-") as tmp:
        r = measure(args.actions, Path(tmp), args.repeat)
    print(
        f"{r['actions']} acties: één taal {r['one_language_s']} s, twee talen "
        f"{r['two_languages_s']} s ({r['pages_two_languages']} pagina's): verhouding "
        f"{r['ratio']} (budget {BUDGET})"
    )
    return 0 if r["ratio"] <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
