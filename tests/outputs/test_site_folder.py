"""Nothing outside the site is ever written or deleted, whatever --out names."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time

import pytest

from planwijzer.cli import main
from planwijzer.outputs.site_folder import MARKER, clean_stale


def _snapshot(root):
    return sorted(
        (p.relative_to(root).as_posix(), p.read_bytes() if p.is_file() else b"")
        for p in root.rglob("*")
        if "site" not in p.relative_to(root).parts[:1]
    )


@pytest.mark.parametrize(
    "out",
    [".", "docs", "data", "data/site", "docs/site", "templates", "mkdocs.yml", "..", ".git"],
)
def test_an_output_folder_on_the_plan_sources_is_refused_and_nothing_changes(
    plan_folder, capsys, out
):
    folder = plan_folder({"templates/README.md": "eigen templates\n"})
    (folder.root / ".git").mkdir()
    (folder.root / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    before = _snapshot(folder.root)
    assert main(["build", str(folder.root), "--out", str(folder.root / out)]) == 1
    assert _snapshot(folder.root) == before
    err = capsys.readouterr().err
    assert "Niet gebouwd" in err and "uitvoermap" in err and "Traceback" not in err


def test_an_existing_folder_that_is_not_a_site_is_never_replaced(plan_folder, tmp_path, capsys):
    folder = plan_folder()
    other = tmp_path / "mijn-documenten"
    other.mkdir()
    (other / "belangrijk.txt").write_text("niet wissen\n", encoding="utf-8")
    assert main(["build", str(folder.root), "--out", str(other)]) == 1
    assert (other / "belangrijk.txt").read_text(encoding="utf-8") == "niet wissen\n"
    assert MARKER in capsys.readouterr().err


def test_a_site_is_marked_and_replaced_by_the_next_build(plan_folder, tmp_path):
    folder = plan_folder()
    out = tmp_path / "uit"
    out.mkdir()  # an empty folder may be used
    assert folder.build(out) == 0
    assert (out / MARKER).is_file()
    (out / "oud.html").write_text("van de vorige build\n", encoding="utf-8")
    assert folder.build(out) == 0
    assert not (out / "oud.html").exists() and (out / "index.html").is_file()


def test_a_site_built_before_the_marker_existed_is_recognised(plan_folder, tmp_path):
    folder = plan_folder()
    out = tmp_path / "uit"
    assert folder.build(out) == 0
    (out / MARKER).unlink()
    assert folder.build(out) == 0


def test_the_site_follows_the_umask(plan_folder, tmp_path):
    folder = plan_folder()
    out = tmp_path / "uit"
    old = os.umask(0o022)
    try:
        assert folder.build(out) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755


def test_folders_left_by_a_killed_build_are_cleaned(plan_folder, tmp_path):
    folder = plan_folder()
    out = tmp_path / "site"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid that no longer runs
    stale = [tmp_path / f".site-nieuw-{dead.pid}-abc", tmp_path / f".site-oud-{dead.pid}"]
    running = tmp_path / f".site-nieuw-{os.getpid()}-xyz"  # a build still running: kept
    for path in [*stale, running]:
        path.mkdir()
    assert folder.build(out) == 0
    assert not any(p.exists() for p in stale) and running.exists()
    assert clean_stale(out) == []


def test_a_second_core_dies_with_its_parent(tmp_path):
    pid_file = tmp_path / "kopie.pid"
    script = textwrap.dedent(
        f"""
        import os, signal, time
        from planwijzer.shared.forked import Forked

        def work():
            open({str(pid_file)!r}, "w").write(str(os.getpid()))
            time.sleep(600)

        Forked(work, fallback=lambda: None)
        while not os.path.exists({str(pid_file)!r}):
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    child = int(pid_file.read_text())
    for _ in range(200):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(child, 9)
    pytest.fail("the forked copy outlived its parent")
