"""scripts/render_cost.py: a plan's pages made without an engine, timed by step."""

from __future__ import annotations

import gc

from planwijzer.shared import memory
from render_cost import main, measure


def test_every_page_is_made_and_nothing_written(plan_folder, tmp_path, capsys, monkeypatch):
    # main() declares its process one command long, as 'planwijzer build' does: not this one's
    monkeypatch.setattr(memory, "_until_exit", False)
    folder = plan_folder()
    before = sorted(p for p in folder.root.rglob("*"))
    found = measure(folder.root, tmp_path / "render.prof")
    assert found["pages"] > 10 and found["mb"] > 0
    assert found["slowest"] and found["slowest"][0][0]
    assert (tmp_path / "render.prof").stat().st_size > 0
    assert sorted(p for p in folder.root.rglob("*")) == before
    assert main([str(folder.root)]) == 0
    assert capsys.readouterr().out.startswith("check ")
    gc.unfreeze()
