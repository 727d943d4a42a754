"""Every command but the site's own works with MkDocs not installed: each runs as
'planwijzer' in a process of its own in which importing MkDocs, Material or
mkdocs-macros fails as it does where they are missing. 'build' then says so in Dutch."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from paths import REFERENCE
from planwijzer.shared.engine import PACKAGES

# A meta-path finder ahead of every other: the engine's packages are not there. A
# command that catches the error and goes on is still caught: the attempt is told.
BLOCKER = f"""
import atexit, sys
tried = []
class NoEngine:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {PACKAGES!r}:
            tried.append(name)
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
sys.meta_path.insert(0, NoEngine())
atexit.register(lambda: tried and print("ENGINE IMPORTED: " + tried[0], file=sys.stderr))
from planwijzer.cli import run
run()
"""
GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]


def planwijzer(folder, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER, *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )


def ok(folder, *args: str) -> str:
    done = planwijzer(folder, *args)
    assert "ENGINE IMPORTED" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def plan(tmp_path):
    folder = tmp_path / "plan"
    shutil.copytree(REFERENCE, folder)
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=folder, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=folder, check=True)
    subprocess.run([*GIT, "commit", "-qm", "plan"], cwd=folder, check=True)
    return folder


def test_the_blocker_blocks(plan):
    done = planwijzer(plan, "build")
    assert done.returncode == 1
    assert "MkDocs" in done.stderr and "niet geïnstalleerd" in done.stderr
    assert "Traceback" not in done.stderr and "onverwachts" not in done.stderr
    assert "ENGINE IMPORTED: mkdocs" in done.stderr
    assert not (plan / "site").exists()


def test_check_pdf_and_open_data(plan, tmp_path):
    assert "Het plan is in orde" in ok(plan, "check")
    ok(plan, "pdf", "--out", str(tmp_path / "plan.pdf"))
    assert len(PdfReader(tmp_path / "plan.pdf").pages) > 10
    assert "bestanden in" in ok(plan, "opendata", "--out", str(tmp_path / "od"))
    for table in ("acties.csv", "doelstellingen.csv", "partners.csv", "bijdragen.csv"):
        assert (tmp_path / "od" / table).read_text(encoding="utf-8").count("\n") > 5


def test_new_entries_a_report_diff_and_the_cms_conversion(plan, tmp_path):
    said = ok(plan, "nieuw", "actie", "Buurtrestaurant De Kaai", "--doel", "od-community-building")
    assert "Toegevoegd: actie 'buurtrestaurant-de-kaai'" in said
    said = ok(plan, "nieuw", "doelstelling", "Digitale inclusie", "--onder", "sd3")
    assert "Toegevoegd: doelstelling 'digitale-inclusie'" in said
    ok(plan, "nieuw", "partner", "Digipunt Gent")
    ok(plan, "nieuw", "rapport", "2025")
    assert (plan / "data/opvolging/2025.yaml").is_file()
    ok(plan, "pdf", "--rapport", "2025", "--out", str(tmp_path / "rapport.pdf"))
    assert len(PdfReader(tmp_path / "rapport.pdf").pages) > 1
    said = ok(plan, "diff", "HEAD")
    assert "Nieuw rapport: `2025`" in said  # new entries are concepts: diff counts them later
    subprocess.run([*GIT, "add", "-A"], cwd=plan, check=True)
    subprocess.run([*GIT, "commit", "-qm", "nieuw"], cwd=plan, check=True)
    assert "Omgezet:" in ok(plan, "beheer", "omzetten")
    assert len(list((plan / "data/acties").glob("*.yaml"))) > 20
    assert "Het plan is in orde" in ok(plan, "check")
