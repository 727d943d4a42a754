"""The live preview survives an editor's mistakes: a real `planwijzer serve` in
Chromium. Break the YAML, see the located Dutch error in place of the page, reach
the last good page, fix the file, see the page come back by itself."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from serve_latency import free_port, wait_for  # scripts/

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("PLANWIJZER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def _serve(root: Path, port: int, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "planwijzer.cli", "serve", str(root), "--port", str(port)],
        stdout=log.open("w", encoding="utf-8"),
        stderr=subprocess.STDOUT,
    )


@contextmanager
def previewing(root: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """A real 'planwijzer serve' on a free port: its base URL and process."""
    port = free_port()
    server = _serve(root, port, log)
    try:
        yield f"http://127.0.0.1:{port}/", server
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_break_see_the_error_fix_see_the_page(plan_folder, tmp_path):
    folder = plan_folder()
    actions = folder.root / "data" / "acties.yaml"
    good = actions.read_text(encoding="utf-8")
    with previewing(folder.root, tmp_path / "serve.log") as (base, server):
        assert wait_for(base + "acties/actie-een/", "<html", 60) is not None
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(base + "acties/actie-een/")
            expect(page.locator("h1")).to_contain_text("Actie een")

            time.sleep(1.0)  # let the watcher settle
            actions.write_text(good.replace("partners: [partner-x]", "partners: [partner-y]"))
            # The open page reloads by itself and shows the located problem, in Dutch.
            expect(page.locator("h1")).to_have_text("Het plan bevat fouten", timeout=30_000)
            expect(page.locator("main")).to_contain_text("data/acties.yaml:")
            expect(page.locator("main")).to_contain_text("Onbekende partner 'partner-y'")
            assert "Traceback" not in page.content()

            page.get_by_role("link", name="Bekijk de laatste goede versie").click()
            expect(page.locator("h1")).to_contain_text("Actie een")

            page.goto(base + "acties/actie-een/")
            time.sleep(1.0)
            actions.write_text(good.replace("titel: Actie een", "titel: Actie een hersteld"))
            expect(page.locator("h1")).to_contain_text("Actie een hersteld", timeout=30_000)
            browser.close()
        assert server.poll() is None, "the preview stopped"
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "Traceback" not in log


def test_it_starts_on_a_plan_with_a_mistake_and_shows_it(plan_folder, tmp_path):
    """The editor who left a half-filled report yesterday gets a preview today."""
    folder = plan_folder()
    actions = folder.root / "data" / "acties.yaml"
    good = actions.read_text(encoding="utf-8")
    actions.write_text(good.replace("titel: Actie een", "titel: [Actie een"))
    with previewing(folder.root, tmp_path / "serve.log") as (base, server):
        assert wait_for(base, "<html", 60) is not None, (tmp_path / "serve.log").read_text()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(base + "acties/actie-een/")
            expect(page.locator("h1")).to_have_text("Het plan bevat fouten")
            expect(page.locator("main")).to_contain_text("data/acties.yaml:")
            # nothing was ever built: no link to a last good version (a bare 404)
            expect(page.get_by_role("link")).to_have_count(0)
            expect(page.locator("main")).to_contain_text("nog geen goede versie")
            time.sleep(1.0)  # let the watcher settle
            actions.write_text(good)
            expect(page.locator("h1")).to_contain_text("Actie een", timeout=30_000)
            browser.close()
        assert server.poll() is None, "the preview stopped"
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "onverwachts" not in log


def test_a_taken_port_is_said_in_dutch(plan_folder, tmp_path):
    folder = plan_folder()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = ["serve", str(folder.root), "--port", str(port)]
        done = subprocess.run(
            [sys.executable, "-m", "planwijzer.cli", *command],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert f"Poort {port}" in done.stderr and "al in gebruik" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_the_preview_builds_once_per_edit(plan_folder, tmp_path):
    """The system's file notifications also tell when a file is read, and every build
    reads the plan: only a change may start a build, or the preview builds for ever."""
    folder = plan_folder()
    actions = folder.root / "data" / "acties.yaml"
    log = tmp_path / "serve.log"

    def builds() -> int:
        return log.read_text(encoding="utf-8").count("Voorbeeld bijgewerkt")

    with previewing(folder.root, log) as (base, _server):
        assert wait_for(base + "acties/actie-een/", "<html", 60) is not None
        time.sleep(2.0)
        assert builds() == 1, log.read_text(encoding="utf-8")
        text = actions.read_text(encoding="utf-8")
        actions.write_text(text.replace("titel: Actie een", "titel: Actie een bis"))
        assert wait_for(base + "acties/actie-een/", "Actie een bis", 60) is not None
        time.sleep(2.0)
        assert builds() == 2, log.read_text(encoding="utf-8")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_preview_stopped_by_a_signal_leaves_no_folder_behind(plan_folder, tmp_path, sig):
    # A closed terminal (SIGHUP) or a 'kill' (SIGTERM) stops it as Ctrl+C does.
    folder, temp = plan_folder(), tmp_path / "tmp"
    temp.mkdir()
    port, log = free_port(), tmp_path / "serve.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "planwijzer.cli", "serve", str(folder.root), "--port", str(port)],
        stdout=log.open("w", encoding="utf-8"),
        stderr=subprocess.STDOUT,
        env={**os.environ, "TMPDIR": str(temp)},
    )
    try:
        assert wait_for(f"http://127.0.0.1:{port}/acties/actie-een/", "<html", 60) is not None
        assert list(temp.glob("planwijzer-voorbeeld-*"))
        server.send_signal(sig)
        assert server.wait(timeout=20) == 0
    finally:
        server.kill()
    assert not list(temp.glob("planwijzer-voorbeeld-*"))
    said = log.read_text(encoding="utf-8")
    assert "Gestopt." in said and "Voorbeeld op http://127.0.0.1:" in said
    assert "Serving on" not in said and "Watching paths" not in said  # the server's English
