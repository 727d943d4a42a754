"""The live preview rebuilds when the YAML changes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing


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
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        page = fetch(url)
        if page is not None and needle in page:
            return time.perf_counter() - started
        time.sleep(0.2)
    return None


def test_serve_rebuilds_after_a_yaml_change(plan_folder):
    folder = plan_folder()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "planwijzer.cli", "serve", str(folder.root), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/acties/actie-een/"
        assert wait_for(url, "Actie een", 60) is not None, "the preview never came up"
        path = folder.root / "data/acties.yaml"
        path.write_text(
            path.read_text(encoding="utf-8").replace("Actie een", "Actie een gewijzigd"),
            encoding="utf-8",
        )
        assert wait_for(url, "Actie een gewijzigd", 60) is not None, "no rebuild after the edit"
    finally:
        server.terminate()
        server.wait(timeout=10)
