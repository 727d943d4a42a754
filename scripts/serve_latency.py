"""Live-preview latency: edit one line of an action's YAML, poll the served page.

Starts ``planwijzer serve`` on a synthetic plan, changes the title of one action
several times and measures, for each edit, the time from writing the file to the
first response of the served action page that shows the new title. It also
checks that the goal page the action contributes to and the search index show
the new title: an incremental build must not leave other pages stale.

    python scripts/serve_latency.py               # 1,000 actions, 5 edits
    python scripts/serve_latency.py --actions 100 --edits 3
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import closing
from pathlib import Path

from synthetic_plan import make_plan

ACTION = "actie-1"
POLL_S = 0.02


def free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, needle: str, timeout: float) -> float | None:
    """Seconds until ``url`` serves a page containing ``needle``, or None."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        page = fetch(url)
        if page is not None and needle in page:
            return time.perf_counter() - started
        time.sleep(POLL_S)
    return None


def action_file(plan_dir: Path) -> tuple[Path, str]:
    """The YAML file holding ACTION, and its title line."""
    for path in sorted((plan_dir / "data").rglob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.strip() == f"- id: {ACTION}":
                title = next(x for x in lines[i + 1 :] if x.strip().startswith("titel:"))
                return path, title
    raise SystemExit(f"{ACTION} not found")


def measure(n_actions: int, edits: int, timeout: float = 120) -> dict:
    with tempfile.TemporaryDirectory(prefix="planwijzer-serve-") as tmp:
        plan_dir = make_plan(Path(tmp) / "plan", n_actions)
        path, title_line = action_file(plan_dir)
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        log = open(Path(tmp) / "serve.log", "w+", encoding="utf-8")  # noqa: SIM115
        server = subprocess.Popen(
            [sys.executable, "-m", "planwijzer.cli", "serve", str(plan_dir), "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            started = time.perf_counter()
            if wait_for(base + f"acties/{ACTION}/", "<html", timeout) is None:
                raise SystemExit("the preview never came up")
            first = time.perf_counter() - started
            goal_url = _first_goal_url(fetch(base + f"acties/{ACTION}/") or "", base, ACTION)
            latencies, stale = [], []
            for i in range(edits):
                time.sleep(1.0)  # let the watcher settle between edits
                new_title = f"Gewijzigde titel {i}"
                text = path.read_text(encoding="utf-8")
                indent = title_line[: len(title_line) - len(title_line.lstrip())]
                new_line = f"{indent}titel: {new_title}"
                path.write_text(text.replace(title_line, new_line, 1), encoding="utf-8")
                title_line = new_line
                seconds = wait_for(base + f"acties/{ACTION}/", new_title, timeout)
                if seconds is None:
                    raise SystemExit(f"edit {i}: the page never showed the change")
                latencies.append(seconds)
                # The other pages of the same build: already there, or the build is wrong.
                goal = fetch(goal_url) or ""
                index = fetch(base + "search/search_index.json") or ""
                docs = json.loads(index)["docs"] if index else []
                hits = [d for d in docs if new_title in d.get("title", "") + d.get("text", "")]
                if new_title not in goal:
                    stale.append(f"edit {i}: {goal_url} shows the old title")
                if not hits:
                    stale.append(f"edit {i}: the search index lacks the new title")
                if i == 0:
                    expected_docs = len(docs)
                if len(docs) != expected_docs:
                    stale.append(f"edit {i}: {len(docs)} search entries, not {expected_docs}")
        finally:
            server.terminate()
            server.wait(timeout=10)
            log.seek(0)
            output = log.read()
            log.close()
        if stale:
            raise SystemExit("\n".join(["Stale output after an edit:", *stale, output[-2000:]]))
        return {
            "actions": n_actions,
            "first_build_s": round(first, 1),
            "edits": len(latencies),
            "median_s": round(statistics.median(latencies), 2),
            "max_s": round(max(latencies), 2),
        }


def _first_goal_url(action_page: str, base: str, action: str) -> str:
    """The URL of the first goal page the action page links to."""
    found = re.search(r'href="\.\./\.\./(doelstellingen/[a-z0-9-]+/)"', action_page)
    if found is None:
        raise SystemExit(f"{action} links to no goal")
    return base + found.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    result = measure(args.actions, args.edits)
    print(
        f"{result['actions']} acties: eerste build {result['first_build_s']} s; "
        f"na een wijziging van één regel: mediaan {result['median_s']} s, "
        f"hoogste {result['max_s']} s ({result['edits']} wijzigingen)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
