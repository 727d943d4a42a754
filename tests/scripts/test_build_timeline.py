"""scripts/build_timeline.py: a build's stages with when each started and ended."""

from __future__ import annotations

from build_timeline import main, measure


def test_every_stage_of_a_build_is_timed_in_order(plan_folder, tmp_path, capsys):
    folder = plan_folder()
    found = measure(folder.root, tmp_path / "site")
    names = [name for name, _begin, _end in found]
    assert names[0] == "imports" and names[-1] == "build"
    assert names.index("PageWriter.start") < names.index("PageWriter.finish")
    assert all(begin <= end for _name, begin, end in found)
    assert (tmp_path / "site" / "index.html").is_file()
    assert main([str(folder.root), str(tmp_path / "again")]) == 0
    assert "PageWriter.finish" in capsys.readouterr().out
