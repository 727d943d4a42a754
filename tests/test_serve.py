"""The live preview rebuilds when the YAML changes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing

import pytest


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


# -- incremental rebuilds, in process ------------------------------------------------

import json  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

from planwijzer.integrations.mkdocs_site import PreviewBuilder  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def seed_copy(tmp_path: Path) -> Path:
    root = tmp_path / "plan"
    for name in ("data", "docs", "templates"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


def preview(root: Path, site: Path) -> PreviewBuilder:
    builder = PreviewBuilder(root, site, host="127.0.0.1", port=8123)
    config = builder.config()
    config.plugins.on_startup(command="serve", dirty=False)
    builder(config)
    assert not builder.last_was_incremental
    return builder


def site_files(site: Path) -> dict[str, object]:
    files: dict[str, object] = {}
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix != ".gz":  # gzip headers hold a time
            name = path.relative_to(site).as_posix()
            text = path.read_bytes()
            files[name] = json.loads(text) if name.endswith(".json") else text
    return files


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_to_an_action_rebuilds_incrementally_and_equals_a_full_build(tmp_path):
    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    edit(root / "data/acties.yaml", "titel: De STEK", "titel: De STEK vernieuwd")
    edit(root / "data/partners.yaml", "naam: CAW,", "naam: CAW Oost-Vlaanderen,")
    builder()
    assert builder.last_was_incremental
    preview(root, tmp_path / "full")  # a fresh, full build of the same plan
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")
    assert "De STEK vernieuwd" in (tmp_path / "preview/acties/de-stek/index.html").read_text()


def test_a_removed_action_disappears_from_the_preview(tmp_path):
    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    assert (tmp_path / "preview/acties/de-stek/index.html").exists()
    text = (root / "data/acties.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: de-stek")
    end = text.index("\n  - id: ", start + 1)
    (root / "data/acties.yaml").write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    for md in (root / "docs").glob("*.md"):  # narrative pages may name it in a macro
        md.write_text(md.read_text(encoding="utf-8").replace("de-stek", "ieders-stem-telt"))
    builder()
    assert not (tmp_path / "preview/acties/de-stek/index.html").exists()
    index = json.loads((tmp_path / "preview/search/search_index.json").read_text())
    assert not [d for d in index["docs"] if d["location"].startswith("acties/de-stek/")]


def test_other_changes_and_failed_builds_give_a_full_build(tmp_path):
    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    edit(root / "docs/inleiding.md", "# Inleiding", "# Inleiding en opzet")  # in the nav
    builder()
    assert not builder.last_was_incremental
    edit(root / "data/acties.yaml", "trekker: ", "trekker: onbekende-partner-")
    with pytest.raises(SystemExit, match="Niet gebouwd"):
        builder()
    edit(root / "data/acties.yaml", "trekker: onbekende-partner-", "trekker: ")
    builder()
    assert not builder.last_was_incremental  # the failed build may have left half a site
    edit(root / "data/acties.yaml", "titel: De STEK", "titel: De STEK (2)")
    builder()
    assert builder.last_was_incremental
