"""Work on a second core: part of a stage runs in a forked copy of this process.

Rendering and writing thousands of pages is pure Python and runs on one core. A
forked copy starts with everything already loaded (the plan, the model, compiled
templates), does its share and sends back only the result. Used on Linux, where
fork is cheap and safe for this single-threaded program, when two cores or more are
free; ``PLANWIJZER_PROCESSEN=1`` turns it off everywhere.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from .memory import shared_with_fork

T = TypeVar("T")
SETTING = "PLANWIJZER_PROCESSEN"
MIN_JOBS = 200  # below this, starting a process costs about what it saves
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def usable_cores() -> int:
    if os.environ.get(SETTING, "").strip() == "1":
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return sys.platform.startswith("linux") and usable_cores() >= 2


class Forked(Generic[T]):
    """Runs ``work`` in a forked copy of this process; ``result()`` waits for it.

    If the copy dies without an answer (killed, out of memory), ``result()`` runs
    ``fallback`` here instead, so the work is never lost.
    """

    def __init__(self, work: Callable[[], T], fallback: Callable[[], T]) -> None:
        self._fallback = fallback
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        parent = os.getpid()
        self._process = context.Process(target=_run, args=(send, work, parent), daemon=True)
        with shared_with_fork():
            self._process.start()
        send.close()

    def result(self) -> T:
        try:
            ok, value = self._receive.recv()
        except EOFError:
            self._process.join()
            return self._fallback()
        finally:
            self._receive.close()
        self._process.join()
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receive.close()


def _die_with_parent(parent: int) -> None:
    """A copy whose parent is killed would otherwise wait for ever on its pipe: ask
    Linux to kill it when the parent dies (and leave if that already happened)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    if os.getppid() != parent:
        os._exit(1)


def _run(send, work: Callable[[], object], parent: int) -> None:  # type: ignore[no-untyped-def]
    _die_with_parent(parent)
    try:
        answer: tuple[bool, object] = (True, work())
    except Exception as exc:  # raised again in the main process
        answer = (False, exc)
    try:
        send.send(answer)
    except Exception as exc:  # e.g. an exception that does not pickle
        send.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    send.close()


class JobsUnderWay(Generic[T]):
    """Jobs of which a forked copy already does its share (``theirs``: which of them);
    ``results()`` does the rest here and gives every result, in order. With ``shared``
    the two processes take the next job from one counter instead: the copy works from
    the start, this process joins when its other work is done, and whichever is free
    takes the next page (a fixed share fits one size of plan only)."""

    def __init__(
        self, jobs: Sequence[Callable[[], T]], theirs: set[int], *, shared: bool = False
    ) -> None:
        self._jobs = jobs
        self._theirs = sorted(theirs)
        self._copy: Forked[list[tuple[int, T]]] | None = None
        self._counter = None
        self._mine: set[int] = set()
        if shared:
            self._counter = multiprocessing.get_context("fork").Value("q", 0)
            self._copy = Forked(self._claimed, fallback=self._not_mine)
        elif self._theirs:
            mine_later = [(i, jobs[i]) for i in self._theirs]

            def run_theirs() -> list[tuple[int, T]]:
                return [(i, job()) for i, job in mine_later]

            self._copy = Forked(run_theirs, fallback=run_theirs)

    def _claim(self) -> int:
        assert self._counter is not None
        with self._counter.get_lock():
            taken = self._counter.value
            self._counter.value = taken + 1
        return taken

    def _claimed(self) -> list[tuple[int, T]]:
        done = []
        while (i := self._claim()) < len(self._jobs):
            done.append((i, self._jobs[i]()))
        return done

    def _not_mine(self) -> list[tuple[int, T]]:
        """What a copy that died had taken: every job this process did not do."""
        return [(i, job()) for i, job in enumerate(self._jobs) if i not in self._mine]

    def results(self) -> list[T]:
        results: list[T | None] = [None] * len(self._jobs)
        try:
            if self._counter is not None:
                for i, value in self._claimed():
                    self._mine.add(i)
                    results[i] = value
            else:
                taken = set(self._theirs)
                for i, job in enumerate(self._jobs):
                    if i not in taken:
                        results[i] = job()
        except BaseException:
            self.stop()
            raise
        if self._copy is not None:
            for i, value in self._copy.result():
                results[i] = value
        return results  # type: ignore[return-value]

    def stop(self) -> None:
        if self._copy is not None:
            self._copy.stop()


def start_jobs(
    jobs: Sequence[Callable[[], T]],
    *,
    split: bool | None = None,
    their_share: float = 0.5,
    shared: bool = False,
) -> JobsUnderWay[T]:
    """Start ``jobs``: when that pays (``split``, or by default at least MIN_JOBS jobs)
    and two cores are free, a forked copy starts on ``their_share`` of them (spread
    over the list), or (``shared``) on the next job free, while this process goes on;
    ``results()`` finishes."""
    if split is None:
        split = len(jobs) >= MIN_JOBS
    theirs: set[int] = set()
    if split and can_fork():
        theirs = {i for i in range(len(jobs)) if int((i + 1) * their_share) > int(i * their_share)}
    return JobsUnderWay(jobs, theirs, shared=shared and bool(theirs))


def run_jobs(jobs: Sequence[Callable[[], T]], *, split: bool | None = None) -> list[T]:
    """Every job's result, in order; every other job on a second core when that pays:
    ``split`` says so, or by default there are at least MIN_JOBS jobs."""
    return start_jobs(jobs, split=split).results()
