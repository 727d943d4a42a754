"""'mkdocs serve', for people who know MkDocs: the planwijzer plugin hands each build to
Planwijzer's builder, which also rebuilds on an edit of the plan's data."""

from __future__ import annotations

import shutil
import subprocess
import sys

from paths import REFERENCE
from serve_latency import free_port, wait_for  # scripts/, on the test path (pyproject.toml)


def test_mkdocs_serve_shows_the_plan_and_each_edit_of_its_data(tmp_path):
    plan = tmp_path / "plan"
    shutil.copytree(REFERENCE, plan)
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(command, cwd=plan, stdout=log, stderr=subprocess.STDOUT)
    try:
        page = f"http://127.0.0.1:{port}/acties/de-stek/"
        assert wait_for(page, "<title>1 De STEK - ", 120) is not None
        actions = plan / "data/acties.yaml"
        text = actions.read_text(encoding="utf-8")
        actions.write_text(text.replace("titel: De STEK", "titel: De STEK bewerkt", 1), "utf-8")
        assert wait_for(page, "<title>1 De STEK bewerkt - ", 120) is not None
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
