"""MkDocs as the builder's engine: no MkDocs build of its own, one configuration per
language, and 'mkdocs build' hands over to the builder (the same pages)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import mkdocs.commands.build
import mkdocs.config

from compare_sites import compare  # scripts/, on the test path (pyproject.toml)
from paths import BILINGUAL, REFERENCE
from planwijzer.cli import main
from planwijzer.outputs.mkdocs import engine


def test_planwijzer_build_runs_no_mkdocs_build_and_each_language_once(monkeypatch, tmp_path):
    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("MkDocs' own build ran")

    loaded: list[str | None] = []
    real = mkdocs.config.load_config

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        loaded.append(kwargs.get("docs_dir"))
        return real(*args, **kwargs)

    monkeypatch.setattr(mkdocs.commands.build, "build", refused)
    monkeypatch.setattr(engine, "load_config", counting)
    assert main(["build", str(BILINGUAL), "--out", str(tmp_path / "site")]) == 0
    assert len(loaded) == 2  # nl, then fr: one reading of mkdocs.yml each
    assert (tmp_path / "site/fr/acties/waardig-wonen/index.html").is_file()


def test_mkdocs_build_writes_the_pages_planwijzer_build_writes(tmp_path):
    plan = tmp_path / "plan"
    shutil.copytree(REFERENCE, plan)
    assert main(["build", str(plan), "--out", str(tmp_path / "planwijzer")]) == 0
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "mkdocs")]
    subprocess.run(command, cwd=plan, check=True)
    lines, summary = compare(tmp_path / "planwijzer", tmp_path / "mkdocs")
    assert not lines, summary + "\n" + "\n".join(lines)
    same, total = re.match(r"(\d+) van (\d+) ", summary).groups()  # type: ignore[union-attr]
    assert same == total and int(total) > 100, summary
