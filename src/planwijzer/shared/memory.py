"""When Python's cycle collector runs.

A plan's stages build many long-lived objects in one go. The collector would walk
the growing heap again and again (over half of a check's time at 10,000 actions)
and find nothing to free, so it is paused while a stage runs. In a one-shot command
(``planwijzer check`` or ``build``, see ``keep_until_exit``) what a stage made then
lives until the process ends: it is frozen, so no later collection walks it either.
The live preview, which replaces its plan after every edit, leaves it collectable.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_until_exit = False


def keep_until_exit() -> None:
    """Declare this process one command long: what stages make is kept until exit."""
    global _until_exit
    _until_exit = True


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector while a stage allocates many long-lived objects.

    Reference counting still frees as usual. On the way out, in a one-shot command,
    the stage's objects are frozen: otherwise the first collection after the pause
    walks all of them (0.15 s after a check of 10,000 actions).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _until_exit:
            gc.freeze()
        if was_enabled:
            gc.enable()


def settle() -> None:
    """Before a stage that makes many short-lived objects (writing pages): in a one-shot
    command, what exists now lives until exit, so no collection should walk it again."""
    if _until_exit:
        gc.freeze()


@contextmanager
def shared_with_fork() -> Iterator[None]:
    """Around a fork: a forked copy shares this process's memory until either side
    writes to it, and the copy's collector would touch, and so copy, every object."""
    gc.freeze()
    try:
        yield
    finally:
        if not _until_exit:
            gc.unfreeze()
