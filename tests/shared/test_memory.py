"""The cycle collector: paused during a stage, frozen for good only in a one-shot command."""

from __future__ import annotations

import gc

import pytest

from planwijzer.shared import memory


@pytest.fixture
def clean_gc(monkeypatch):
    monkeypatch.setattr(memory, "_until_exit", False)  # what a test before may have declared
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_paused_during_a_stage_and_back_on_after(clean_gc):
    assert gc.isenabled()
    with memory.paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # the live preview: the next plan may replace this one


def test_a_one_shot_command_freezes_what_a_stage_made(clean_gc, monkeypatch):
    monkeypatch.setattr(memory, "_until_exit", False)
    memory.keep_until_exit()
    with memory.paused_gc():
        made = [{"id": f"actie-{i}"} for i in range(1000)]
    assert gc.get_freeze_count() >= len(made)
    assert gc.isenabled()


def test_a_fork_shares_frozen_memory_and_unfreezes_after(clean_gc, monkeypatch):
    monkeypatch.setattr(memory, "_until_exit", False)
    with memory.shared_with_fork():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    monkeypatch.setattr(memory, "_until_exit", True)
    with memory.shared_with_fork():
        pass
    assert gc.get_freeze_count() > 0  # kept: the process ends with the command


def test_the_console_command_is_one_shot_except_serve(clean_gc, monkeypatch, plan_folder):
    from planwijzer import cli

    folder = plan_folder()
    monkeypatch.setattr(memory, "_until_exit", False)
    assert cli.main(["check", str(folder.root)]) == 0
    assert not memory._until_exit  # tests and other callers keep a collectable heap
    served = []
    monkeypatch.setattr(cli, "cmd_serve", lambda args: served.append(args) or 0)
    monkeypatch.setattr("sys.argv", ["planwijzer", "serve", str(folder.root)])
    with pytest.raises(SystemExit):
        cli.run()
    assert served and not memory._until_exit  # the live preview replaces its plan
    monkeypatch.setattr("sys.argv", ["planwijzer", "check", str(folder.root)])
    with pytest.raises(SystemExit) as stopped:
        cli.run()
    assert stopped.value.code == 0
    assert memory._until_exit and gc.get_freeze_count() > 0
