"""Editing in the browser, for real: the CMS on /beheer/ in Chromium against its local
backend (decap-server, installed by 'make checkers'), on copies of plans in git.

An editor adds an action (two partners and two goals picked by name), changes a
report, starts next year's report and adds a measurement; then 'planwijzer check'
passes and 'planwijzer diff' shows exactly those changes. Saving every entry of the
shipped plan changes no content, and a second save changes no byte. No request
leaves the machine."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page

from browsercheck import served
from paths import BILINGUAL, REPO
from planfolders import MINIMAL, folder_with
from planwijzer.cli import main
from serve_latency import free_port  # scripts/

pytestmark = pytest.mark.browser

SERVER = REPO / "tests/checkers/node_modules/.bin/decap-server"
GIT = ["git", "-c", "user.email=r@planwijzer.invalid", "-c", "user.name=Redacteur"]
SHOTS = REPO / "test-output"

PLAN = {
    "data/plan.yaml": textwrap.dedent(MINIMAL["data/plan.yaml"]) + "beheer: {repo: org/plan}\n",
    "data/partners.yaml": "partners:\n  - {id: partner-x, naam: Partner X}\n"
    "  - {id: partner-y, naam: Partner Y}\n",
    "data/opvolging/2024.yaml": "titel: Voortgangsrapport 2024\npeildatum: 2024-12-31\n"
    "acties:\n  actie-een: {status: lopend, voortgang: 40}\n",
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: bereik
            titel: Bereikte gezinnen
            richting: hoger
            bij: [actie-een]
            basis: {datum: 2024, waarde: 0}
            streefwaarden: [{datum: 2026, waarde: 30}]
            metingen: [{datum: 2024, waarde: 12}]
        """,
    "docs/over.md": "# Over dit plan\n",
}


def _commit(folder: Path, message: str) -> None:
    subprocess.run([*GIT, "add", "-A"], cwd=folder, check=True)
    subprocess.run([*GIT, "commit", "-qm", message], cwd=folder, check=True)


def _in_git(folder: Path) -> Path:
    """The plan in the CMS's layout, committed: the state a pull request starts from."""
    assert main(["beheer", "omzetten", str(folder)]) == 0
    subprocess.run([*GIT, "init", "-q", "-b", "main"], cwd=folder, check=True)
    _commit(folder, "plan")
    return folder


@contextmanager
def cms(folder: Path, site: Path):
    """The plan's site with /beheer/ talking to decap-server on a free port (its own
    folder, written straight to disk: the local stand-in for a pull request)."""
    assert SERVER.exists(), "decap-server is missing: run 'make checkers'"
    assert main(["build", str(folder), "--out", str(site)]) == 0
    port = free_port()
    config = site / "beheer/config.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace(
        "local_backend: true", f"local_backend:\n  url: http://localhost:{port}/api/v1"
    )
    config.write_text(text.replace("publish_mode: editorial_workflow\n", ""), encoding="utf-8")
    env = {**os.environ, "GIT_REPO_DIRECTORY": str(folder), "MODE": "fs", "PORT": str(port)}
    server = subprocess.Popen(
        [str(SERVER)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 30
        while b"listening" not in (server.stdout.readline() or b"") and time.monotonic() < deadline:
            pass
        with served(site) as base:
            yield base, port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _open(page: Page, base: str, hosts: set[str]) -> None:
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(base + "beheer/")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile("#/collections/"), timeout=30_000)


def _publish(page: Page) -> None:
    page.get_by_text("Publiceer", exact=True).click()
    page.get_by_text("Publiceer nu").click()
    page.get_by_text("Niet-opgeslagen wijzigingen").wait_for(state="detached", timeout=30_000)


def _go(page: Page, base: str, where: str) -> None:
    """A fresh load of one screen of the CMS (a changed '#' alone keeps the last form)."""
    page.goto("about:blank")
    page.goto(base + "beheer/#/collections/" + where)
    page.get_by_text("Terug naar", exact=False).first.wait_for(timeout=30_000)


def _pick(page: Page, label: str, names: list[str]) -> None:
    for name in names:
        page.get_by_label(label).first.fill(name)
        page.keyboard.press("Enter")


@pytest.fixture
def plan_in_git(tmp_path):
    return _in_git(folder_with(tmp_path / "plan", PLAN).root)


def test_an_editor_changes_the_plan_in_forms(open_page, plan_in_git, tmp_path, capsys):
    folder = plan_in_git
    hosts: set[str] = set()
    with cms(folder, tmp_path / "site") as (base, port):
        page = open_page(width=1280)
        _open(page, base, hosts)
        # 1. A new action: two partners and two goals picked by their names.
        _go(page, base, "acties/new")
        page.get_by_label("Titel", exact=True).fill("Buurtrestaurant De Kaai")
        _pick(page, "Partners (optioneel)", ["Partner X", "Partner Y"])
        _pick(page, "Draagt zeker bij (optioneel)", ["Doel A", "Doel B"])
        assert page.get_by_label("Concept (optioneel)").is_checked()  # a concept by default
        page.get_by_label("Concept (optioneel)").click()  # finished: on the public site
        page.screenshot(path=str(tmp_path / "actie.png"), full_page=True)
        _publish(page)
        # 2. A report: the status and progress of an action.
        _go(page, base, "rapporten/entries/2024")
        twee = page.get_by_text("Actie twee (optioneel)", exact=True).get_attribute("for")
        page.locator(f"#{twee}").get_by_role("button", name="Expand").first.click()
        page.locator(f"#{twee}").get_by_label("Status (optioneel)").fill("Vertraagd")
        page.keyboard.press("Enter")
        page.locator(f"#{twee}").get_by_label("Voortgang (optioneel)").fill("25")
        _publish(page)
        # 3. Next year's report, started from each action's current state.
        _go(page, base, "rapporten/new")
        page.get_by_label("Titel", exact=True).first.fill("Voortgangsrapport 2025")
        page.get_by_label("Peildatum", exact=True).fill("2025-12-31")
        _publish(page)
        # 4. A measurement of an indicator.
        _go(page, base, "indicatoren/entries/indicatoren")
        page.get_by_text("Voeg indicatoren toe").wait_for()
        page.locator("#indicatoren-field-1 button:not([aria-label])").nth(1).click()
        page.get_by_role("button", name="Voeg metingen toe").click()
        page.get_by_role("button", name="Alleen een jaar of maand").last.click()  # not a day
        page.get_by_label("Datum", exact=True).last.fill("2025")
        page.get_by_label("Waarde", exact=True).last.fill("20")
        _publish(page)
    assert hosts == {base.split("/")[2], f"localhost:{port}"}  # nothing leaves the machine
    # The pull request's checks: valid, and exactly these changes.
    assert main(["check", str(folder)]) == 0
    capsys.readouterr()
    assert main(["diff", "HEAD", "--dir", str(folder)]) == 0
    diff = capsys.readouterr().out
    changes = [line for line in diff.splitlines() if line.startswith("- ")]
    assert len(changes) == 5, diff
    assert any("Buurtrestaurant De Kaai" in c for c in changes), diff
    assert any("Actie twee: status niet gerapporteerd → Vertraagd" in c for c in changes), diff
    assert any("Actie twee: voortgang geen → 25%" in c for c in changes), diff
    assert any("Nieuw rapport" in c and "Voortgangsrapport 2025" in c for c in changes), diff
    assert any("nieuwe meting 2025: 20" in c for c in changes), diff
    new = next((folder / "data/acties").glob("buurtrestaurant*.yaml")).read_text()
    assert "partner-y" in new and "doel-b" in new and "concept: false" in new


def _entries(folder: Path) -> list[str]:
    """Every entry's address in the CMS."""
    files = ["plan/entries/plan", "doelstellingen/entries/doelstellingen"]
    files += ["partners/entries/partners", "indicatoren/entries/indicatoren"]
    files += ["gemeenten/entries/gemeenten"] if (folder / "data/gemeenten.yaml").exists() else []
    for collection, sub in (("acties", "acties"), ("rapporten", "opvolging"), ("kaders", "kaders")):
        files += [
            f"{collection}/entries/{p.stem}" for p in sorted((folder / "data" / sub).glob("*.yaml"))
        ]
    return files


TEXT = "input[type=text]:visible:not([id^='react-select'])"


def _first_text(page: Page, base: str, entry: str):  # type: ignore[no-untyped-def]
    _go(page, base, entry)
    if page.locator(TEXT).count() == 0:  # a list file: open its first item
        page.locator("[id$='-field-1'] button:not([aria-label])").nth(1).click()
    field = page.locator(TEXT).first
    field.click()
    field.press("End")
    return field


def _touch_and_save(page: Page, base: str, entry: str) -> None:
    """Change a text of an entry and save, change it back and save: the file is then as
    the CMS writes it, with the content it had (the CMS saves nothing unchanged)."""
    field = _first_text(page, base, entry)
    before = field.input_value()
    field.type("x")  # still a valid id, date or title
    _publish(page)
    field = _first_text(page, base, entry)
    field.press("Backspace")
    assert field.input_value() == before
    _publish(page)


def test_saving_every_entry_of_the_shipped_plan_changes_no_content(open_page, tmp_path, capsys):
    folder = tmp_path / "plan"
    for name in ("data", "docs"):
        shutil.copytree(REPO / name, folder / name)
    shutil.copy(REPO / "mkdocs.yml", folder / "mkdocs.yml")
    settings = folder / "data/plan.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "beheer: {repo: org/plan}\n")
    _in_git(folder)
    hosts: set[str] = set()
    for round_ in (1, 2):
        with cms(folder, tmp_path / f"site-{round_}") as (base, _port):
            page = open_page(width=1280)
            _open(page, base, hosts)
            for entry in _entries(folder):
                _touch_and_save(page, base, entry)
        if round_ == 1:  # the CMS may write a file its own way once: no content changes
            assert main(["diff", "HEAD", "--dir", str(folder)]) == 0
            assert "Geen inhoudelijke wijzigingen." in capsys.readouterr().out
            _commit(folder, "geformatteerd door het beheer")
    changed = subprocess.run(
        ["git", "status", "--short"], cwd=folder, capture_output=True, text=True
    )
    assert changed.stdout == ""  # the second save changes no byte


def test_forms_in_an_editors_words(open_page, tmp_path):
    """An action's id is shown, not a text field; a report's peildatum is a calendar;
    a message is a sentence; a new report is named and ordered as 'nieuw rapport'
    writes it, without empty milestones."""
    actions = textwrap.dedent(MINIMAL["data/acties.yaml"]).split("  - id: ")
    reversed_order = "acties:\n" + "".join(f"  - id: {a}" for a in (actions[2], actions[1]))
    report = (
        "titel: R\nperiode: 2024\npeildatum: 2024-12-31\nacties:\n"
        "  actie-een: {status: lopend, voortgang: 40}\n"
        "  actie-twee: {status: gepland, voortgang: 10}\n"
    )
    files = {**PLAN, "data/acties.yaml": reversed_order, "data/opvolging/2024.yaml": report}
    folder = _in_git(folder_with(tmp_path / "plan", files).root)
    with cms(folder, tmp_path / "site") as (base, _port):
        page = open_page(width=1280)
        _open(page, base, set())
        _go(page, base, "acties/entries/001-actie-twee")
        fixed = page.get_by_label("Vaste naam (optioneel)")
        assert fixed.evaluate("e => e.tagName") == "OUTPUT" and fixed.inner_text() == "actie-twee"
        assert page.locator("#" + fixed.get_attribute("id")).locator("input").count() == 0
        # A new partner types its id once; the existing one's is shown.
        _go(page, base, "partners/entries/partners")
        page.locator("#partners-field-1 button:not([aria-label])").nth(1).click()
        assert page.get_by_label("Vaste naam", exact=True).first.inner_text() == "partner-x"
        page.get_by_role("button", name="Voeg partners toe").click()
        new_id = page.get_by_label("Vaste naam", exact=True).last
        new_id.fill("partner-z")
        assert new_id.evaluate("e => e.tagName") == "INPUT"  # still a field after typing
        page.get_by_label("Naam", exact=True).last.fill("Partner Z")
        _publish(page)
        # A period: a year as 'nieuw rapport' writes it, then two years side by side.
        _go(page, base, "rapporten/entries/2024")
        start = page.get_by_label("Van", exact=True)
        assert start.input_value() == "2024"
        page.get_by_role("button", name="Alleen een jaar of maand").first.click()
        page.locator(f"#{start.get_attribute('id')}-tot").fill("2025")
        # A milestone: a day from the calendar, planned (not 'gehaald: false').
        een = page.get_by_text("Actie een (optioneel)", exact=True).get_attribute("for")
        page.locator(f"#{een}").get_by_role("button", name="Expand").first.click()
        page.locator(f"#{een}").get_by_role("button", name="Voeg mijlpalen toe").click()
        page.locator(f"#{een}").get_by_label("Titel", exact=True).last.fill("Eerste buurtavond")
        page.locator(f"#{een}").get_by_label("Datum", exact=True).last.fill("2025-03-01")
        _publish(page)
        _go(page, base, "rapporten/new")
        page.get_by_label("Titel", exact=True).first.fill("Voortgangsrapport 2025")
        page.get_by_text("Publiceer", exact=True).click()
        page.get_by_text("Publiceer nu").click()
        message = page.get_by_text("Peildatum is vereist.")
        assert message.evaluate("e => getComputedStyle(e.closest('ul')).textTransform") == "none"
        peildatum = page.get_by_label("Peildatum", exact=True)
        peildatum.locator("xpath=..").get_by_role("button").click()  # a year or month
        page.get_by_label("Peildatum", exact=True).fill("eind 2025")
        page.get_by_text("Publiceer", exact=True).click()
        page.get_by_text("Publiceer nu").click()
        page.get_by_text("Een jaar (2021), een maand (2021-04) of een dag (2021-04-15).").wait_for()
        assert page.get_by_text("komt niet overeen", exact=False).count() == 0
        peildatum.locator("xpath=..").get_by_role("button", name="Kies een dag").click()
        date = page.get_by_label("Peildatum", exact=True)
        assert date.get_attribute("type") == "date"  # the browser's calendar
        date.fill("2025-12-31")
        _publish(page)
        # A year plan: named as 'nieuw rapport 2026-jaarplan' names it.
        _go(page, base, "jaarplannen/new")
        page.get_by_label("Titel", exact=True).first.fill("Jaarplan 2026")
        page.get_by_label("Peildatum", exact=True).fill("2026-01-01")
        _publish(page)
    changed = yaml.safe_load((folder / "data/opvolging/2024.yaml").read_text())
    assert changed["periode"] == {"van": 2024, "tot": 2025}
    (milestone,) = changed["acties"]["actie-een"]["mijlpalen"]
    assert milestone == {"titel": "Eerste buurtavond", "datum": datetime.date(2025, 3, 1)}
    assert not list((folder / "data/opvolging").glob("voortgangsrapport*"))
    written = (folder / "data/opvolging/2025.yaml").read_text(encoding="utf-8")
    assert list(yaml.safe_load(written)["acties"]) == ["actie-twee", "actie-een"], written
    assert "mijlpalen" not in written, written
    year_plan = yaml.safe_load((folder / "data/opvolging/2026-jaarplan.yaml").read_text())
    assert year_plan["soort"] == "jaarplan" and "acties" not in year_plan, year_plan
    assert "id: partner-z" in (folder / "data/partners.yaml").read_text(encoding="utf-8")
    assert main(["check", str(folder)]) == 0


def test_two_languages_side_by_side(open_page, tmp_path, capsys):
    """A plan with 'talen: [nl, fr]': every text of a form in both, side by side; a
    translation added in the form is written as {nl, fr}; a new action is named after
    its Dutch title."""
    folder = tmp_path / "plan"
    shutil.copytree(BILINGUAL, folder)
    settings = folder / "data/plan.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "beheer: {repo: org/plan}\n")
    _in_git(folder)
    with cms(folder, tmp_path / "site") as (base, _port):
        page = open_page(width=1280)
        _open(page, base, set())
        _go(page, base, "acties/entries/001-waardig-wonen")
        title = page.get_by_label("Titel", exact=True).first
        french = page.locator(f"#{title.get_attribute('id')}-fr")
        assert (title.input_value(), french.input_value()) == ("Waardig wonen", "Logement digne")
        _go(page, base, "acties/entries/002-een-loket")  # a description in Dutch only
        story = page.get_by_label("Omschrijving (optioneel)")
        page.locator(f"#{story.get_attribute('id')}-fr").fill("Un guichet inventé.")
        _publish(page)
        _go(page, base, "acties/new")
        page.get_by_label("Titel", exact=True).first.fill("Buurtrestaurant")
        title = page.get_by_label("Titel", exact=True).first
        page.locator(f"#{title.get_attribute('id')}-fr").fill("Restaurant de quartier")
        _pick(page, "Draagt zeker bij (optioneel)", ["Minder leegstand"])
        _publish(page)
    changed = yaml.safe_load((folder / "data/acties/002-een-loket.yaml").read_text())
    assert changed["omschrijving"] == {
        "nl": "Een verzonnen loket waar iedereen met vragen terecht kan.",
        "fr": "Un guichet inventé.",
    }
    new = yaml.safe_load((folder / "data/acties/buurtrestaurant.yaml").read_text())
    assert new["titel"] == {"nl": "Buurtrestaurant", "fr": "Restaurant de quartier"}
    assert main(["check", str(folder)]) == 0
    assert "beheer-en-talen" not in capsys.readouterr().err
