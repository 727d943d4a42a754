"""Editing in the browser on the editor's own machine, as the README says it: the
command 'planwijzer beheer lokaal' in a plan in git, with the editorial workflow on.

An editor creates an action, saves it, keeps typing for 20 seconds (saving again on
the way) and publishes it: the CMS page never reloads, nothing typed is lost, the
publication is a merge on main in the plan folder, the preview shows it and
'planwijzer check' passes. "Publiceer" is offered only once the status is "Klaar".
"""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page
from test_cms_browser import GIT, PLAN, _in_git, _pick

from paths import REPO
from planfolders import folder_with
from planwijzer.cli import main
from serve_latency import free_port  # scripts/

pytestmark = pytest.mark.browser

TYPING_SECONDS = 20


def readme_command() -> list[str]:
    """The command the README gives for local editing, word for word."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Lokaal bewerken**", 1)[1]
    block = re.search(r"```\n(.+?)\n```", section, re.S)
    assert block, "README: no command under 'Lokaal bewerken'"
    words = shlex.split(block[1])
    assert words[:3] == ["planwijzer", "beheer", "lokaal"], block[1]
    return words


def _wait_for(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer in {seconds} s")


def _text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.read().decode("utf-8")


def _git_out(folder: Path, *args: str) -> str:
    done = subprocess.run([*GIT, *args], cwd=folder, capture_output=True, text=True, check=True)
    return done.stdout


def _save(page: Page) -> None:
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.get_by_text("Wijzigingen opgeslagen").wait_for(timeout=30_000)
    # A new entry is then opened from its branch: the form is filled again from there.
    page.wait_for_url(re.compile("/entries/"))
    page.get_by_role("button", name=re.compile("^Status: ")).wait_for(timeout=30_000)
    page.wait_for_load_state("networkidle")


def test_the_readme_command_edits_with_the_editorial_workflow(open_page, tmp_path):
    folder = _in_git(folder_with(tmp_path / "plan", PLAN).root)
    port = free_port()
    words = readme_command()
    program = str(Path(sys.executable).parent / words[0])
    command = [program, *words[1:], "--poort", str(port)]
    process = subprocess.Popen(
        command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(base + "beheer/config.yml", process)
        assert "publish_mode: editorial_workflow" in _text(base + "beheer/config.yml")
        page = open_page(width=1280)
        loads: list[str] = []
        page.on("load", lambda p: loads.append(p.url))
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(base + "beheer/")
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(re.compile("#/collections/"), timeout=30_000)
        page.evaluate("window.planwijzerMarker = 'nog dezelfde pagina'")
        # A new action, saved: a branch of its own, the plan folder untouched.
        page.evaluate("location.hash = '#/collections/acties/new'")
        page.get_by_label("Titel", exact=True).fill("Buurtrestaurant De Kaai")
        _pick(page, "Partners (optioneel)", ["Partner X"])
        _pick(page, "Draagt zeker bij (optioneel)", ["Doel A"])
        page.get_by_label("Concept (optioneel)").click()  # finished: on the public site
        _save(page)
        # The branch is in the CMS's own clone: the plan folder did not move.
        assert _git_out(folder, "status", "--porcelain") == ""
        assert _git_out(folder, "branch", "--format=%(refname:short)").split() == ["main"]
        # From 800 px on (below it the page says that editing needs a larger screen),
        # the form fits without sideways scrolling.
        page.set_viewport_size({"width": 800, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth") <= 800
        page.set_viewport_size({"width": 1280, "height": 900})
        # Keep typing for 20 seconds, saving once on the way: no reload, nothing lost.
        field = page.get_by_label("Titel", exact=True)
        typed = "Buurtrestaurant De Kaai"
        field.press("End")
        started = time.monotonic()
        while time.monotonic() - started < TYPING_SECONDS:
            letter = "abcdefghij"[len(typed) % 10]
            field.press_sequentially(letter)
            typed += letter
            if len(typed) == 40:
                _save(page)
                field.press("End")  # the editor clicks back at the end of the text
            page.wait_for_timeout(250)
        assert field.input_value() == typed
        assert page.evaluate("window.planwijzerMarker") == "nog dezelfde pagina"
        assert len(loads) == 1, loads
        _save(page)
        # "Publiceer" is not offered while the entry is a concept ("Concept" status).
        assert page.get_by_role("button", name="Status: Concept").is_visible()
        assert not page.get_by_role("button", name="Publiceer", exact=True).is_visible()
        page.get_by_role("button", name="Status: Concept").click()
        page.get_by_role("menuitem", name="Klaar").click()
        page.get_by_role("button", name="Status: Klaar").wait_for(timeout=30_000)
        page.get_by_role("button", name="Publiceer", exact=True).click()
        page.get_by_role("menuitem", name="Publiceer nu").click()
        # Published: merged into main of the plan folder, shown by the preview.
        deadline = time.monotonic() + 30
        while "cms/acties/" not in _git_out(folder, "log", "--merges", "--format=%s"):
            assert time.monotonic() < deadline, _git_out(folder, "log", "--format=%s")
            time.sleep(0.3)
        deadline = time.monotonic() + 60
        while typed not in _text(base + "acties/"):
            assert time.monotonic() < deadline, "the preview does not show the publication"
            time.sleep(0.5)
        assert page.evaluate("window.planwijzerMarker") == "nog dezelfde pagina"
        assert len(loads) == 1, loads
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl+C, as the command says
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert main(["check", str(folder)]) == 0
    assert _git_out(folder, "status", "--porcelain") == ""
    merge = _git_out(folder, "log", "--merges", "-1", "--format=%s")
    assert merge.startswith("Merge branch 'cms/acties/buurtrestaurant-de-kaai'"), merge
    written = yaml.safe_load(next((folder / "data/acties").glob("buurtrestaurant*")).read_text())
    assert written["titel"] == typed and written["partners"] == ["partner-x"]
