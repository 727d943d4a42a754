"""What writing a built site's files costs on this machine's disk, apart from making them.

    python scripts/write_cost.py SITE [--repeat 3]

Copies the bytes of every file of SITE (a folder made by 'planwijzer build') into a
fresh folder beside it, three ways, and prints the seconds of each (best of
``--repeat``):

- ``nieuw``: every folder and file new, as in a fresh build;
- ``overschrijven``: the same bytes over the files of the previous round, as a build
  into an existing folder that writes every page again;
- ``vergelijken``: each file read and compared, nothing written, as a writer that
  skips a file whose bytes did not change.

The bytes are read into memory first, so only the writes are timed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path


def site_files(site: Path) -> list[tuple[str, bytes]]:
    return [
        (p.relative_to(site).as_posix(), p.read_bytes())
        for p in sorted(site.rglob("*"))
        if p.is_file()
    ]


def write_new(files: list[tuple[str, bytes]], out: Path) -> float:
    start = time.perf_counter()
    for name, data in files:
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return time.perf_counter() - start


def overwrite(files: list[tuple[str, bytes]], out: Path) -> float:
    start = time.perf_counter()
    for name, data in files:
        (out / name).write_bytes(data)
    return time.perf_counter() - start


def compare(files: list[tuple[str, bytes]], out: Path) -> float:
    start = time.perf_counter()
    changed = sum((out / name).read_bytes() != data for name, data in files)
    seconds = time.perf_counter() - start
    assert changed == 0, changed
    return seconds


def measure(site: Path, repeat: int) -> dict[str, float]:
    files = site_files(site)
    times: dict[str, list[float]] = {"nieuw": [], "overschrijven": [], "vergelijken": []}
    for _ in range(repeat):
        out = Path(tempfile.mkdtemp(prefix="schrijven-", dir=site.parent))
        try:
            times["nieuw"].append(write_new(files, out))
            times["overschrijven"].append(overwrite(files, out))
            times["vergelijken"].append(compare(files, out))
        finally:
            shutil.rmtree(out, ignore_errors=True)
    result = {name: round(min(seconds), 2) for name, seconds in times.items()}
    result["bestanden"] = len(files)
    result["mb"] = round(sum(len(data) for _, data in files) / 2**20, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.site.is_dir():
        print(f"{args.site} is geen map.", file=sys.stderr)
        return 1
    found = measure(args.site, args.repeat)
    print(
        f"{found['bestanden']} bestanden, {found['mb']} MB: nieuw {found['nieuw']} s, "
        f"overschrijven {found['overschrijven']} s, vergelijken {found['vergelijken']} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
