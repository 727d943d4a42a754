"""The live preview's rebuild after a one-line edit, in process: no watcher, no polling.

Builds the preview of a synthetic plan once, then changes the title of one action
several times and times ``PreviewBuilder`` for each edit (what ``serve_latency.py``
measures, less the file watcher and the browser's polling). Paired with older code:

    python scripts/paired.py --oud /tmp/oud --runs 3 --cijfer herbouw -- \\
        python scripts/preview_rebuild.py 1000

A third argument, such as ``nl,fr``, writes the plan in those languages.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from planwijzer.outputs.mkdocs.site import PreviewBuilder
from serve_latency import action_file
from synthetic_plan import make_plan


def main() -> int:
    n_actions = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    edits = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    languages = tuple(sys.argv[3].split(",")) if len(sys.argv) > 3 else ("nl",)
    with tempfile.TemporaryDirectory(prefix="planwijzer-herbouw-") as tmp:
        plan = make_plan(Path(tmp) / "plan", n_actions, languages=languages)
        site = Path(tmp) / "site"
        site.mkdir()
        builder = PreviewBuilder(plan, site, host="127.0.0.1", port=8000)
        builder()
        path, line = action_file(plan)
        indent = line[: len(line) - len(line.lstrip())]
        times = []
        for i in range(edits):
            new = f"{indent}titel: Nieuwe titel {i}"
            path.write_text(path.read_text(encoding="utf-8").replace(line, new, 1), "utf-8")
            line = new
            started = time.perf_counter()
            builder()
            times.append(time.perf_counter() - started)
            if not builder.last_was_incremental:
                raise SystemExit("the rebuild was not incremental")
        builder.engine.shutdown()
    print(f"{n_actions} acties: herbouw {statistics.median(times):.3f} s (mediaan van {edits})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
