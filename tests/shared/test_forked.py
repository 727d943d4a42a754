"""Work on a second core: results come back in order, errors and lost copies are handled."""

from __future__ import annotations

import os
import time
from functools import partial

import pytest

from planwijzer.shared import forked


@pytest.fixture
def two_cores(monkeypatch):
    # Whatever the machine, these tests fork (forking works on one core too).
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)


def test_jobs_run_in_two_processes_and_come_back_in_order(two_cores):
    jobs = [lambda i=i: (i, os.getpid()) for i in range(forked.MIN_JOBS)]
    results = forked.run_jobs(jobs)
    assert [i for i, _ in results] == list(range(forked.MIN_JOBS))
    pids = {pid for _, pid in results}
    assert os.getpid() in pids and len(pids) == 2


def test_few_jobs_stay_in_this_process(two_cores):
    jobs = [os.getpid for _ in range(forked.MIN_JOBS - 1)]
    assert set(forked.run_jobs(jobs)) == {os.getpid()}


def test_an_error_in_the_copy_is_raised_here_with_its_type(two_cores):
    def fails() -> None:
        raise KeyError("actie-7")

    jobs = [lambda: 1] * forked.MIN_JOBS
    jobs[1] = fails  # an odd job: the copy's
    with pytest.raises(KeyError, match="actie-7"):
        forked.run_jobs(jobs)


def test_a_copy_that_dies_leaves_its_work_to_this_process(two_cores):
    parent = os.getpid()

    def die_in_copy() -> int:
        if os.getpid() != parent:
            os._exit(3)  # as if killed: no answer at all
        return os.getpid()

    copy = forked.Forked(die_in_copy, fallback=die_in_copy)
    assert copy.result() == parent


def test_the_setting_turns_it_off(monkeypatch):
    monkeypatch.setenv(forked.SETTING, "1")
    assert forked.usable_cores() == 1
    assert not forked.can_fork()


def test_shared_jobs_go_to_whichever_process_is_free(two_cores, tmp_path):
    """With ``shared`` the copy takes the next job as long as this process is busy:
    here, busy until the copy has done every job, so the copy did them all."""
    n = forked.MIN_JOBS

    def job(i: int) -> int:
        (tmp_path / f"{i}.done").write_text("")
        return os.getpid()

    under_way = forked.start_jobs([partial(job, i) for i in range(n)], shared=True)
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("*.done"))) < n and time.monotonic() < deadline:
        time.sleep(0.01)  # this process's own work, meanwhile
    pids = under_way.results()
    assert len(pids) == n and os.getpid() not in pids


def test_shared_jobs_of_a_copy_that_dies_are_done_here(two_cores):
    parent = os.getpid()

    def job(i: int) -> int:
        if os.getpid() != parent:
            os._exit(3)  # as if killed, holding the job it took
        return i

    results = forked.start_jobs([partial(job, i) for i in range(forked.MIN_JOBS)], shared=True)
    assert results.results() == list(range(forked.MIN_JOBS))
