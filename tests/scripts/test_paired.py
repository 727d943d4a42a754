"""scripts/paired.py: one command with older and newer code, in turns."""

from __future__ import annotations

import sys

import pytest

from paired import main, paired


def test_each_side_runs_its_own_code_in_turns(tmp_path, capsys):
    old = tmp_path / "oud"
    (old / "src" / "planwijzer").mkdir(parents=True)
    (old / "src" / "planwijzer" / "__init__.py").write_text("OLD = True\n")
    said = "import planwijzer; print('tijd', 2.5 if hasattr(planwijzer, 'OLD') else 1.5)"
    command = [sys.executable, "-c", said]
    times = paired(command, old, 2, "tijd")
    assert [wall for wall, _cpu in times["oud"]] == [2.5, 2.5]
    assert [wall for wall, _cpu in times["nieuw"]] == [1.5, 1.5]
    assert main(["--oud", str(old), "--runs", "1", "--cijfer", "tijd", "--", *command]) == 0
    out = capsys.readouterr().out
    assert "oud: tijd mediaan 2.50 s" in out and "nieuw: tijd mediaan 1.50 s" in out


def test_a_failing_command_or_a_wrong_folder_stops_with_a_message(tmp_path):
    with pytest.raises(SystemExit):
        main(["--oud", str(tmp_path), "--", sys.executable, "-c", "pass"])
    (tmp_path / "src" / "planwijzer").mkdir(parents=True)
    with pytest.raises(SystemExit, match="faalde"):
        main(["--oud", str(tmp_path), "--", sys.executable, "-c", "raise SystemExit(3)"])
