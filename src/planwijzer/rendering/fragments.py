"""Parts of a page kept between the live preview's builds: a matrix's rows.

A template asks ``kept(key, macro, *args)``: the macro's output for these arguments,
from the previous build when the key is the same. The key lists every value the
macro shows (plain values, lists of them, actions and goals as links); the page's
URL is added here, since links are relative to it. A matrix of 1,000 actions is one
page that each edit of an action changes, but only in that action's row and list
items: the other 999 rows are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from markupsafe import Markup

from ..model import Action, Goal
from .environment import current_page


def _hashable(value: Any) -> Hashable:
    """A key's value as a hashable one: lists as tuples, and an action or goal as
    its link (what action_link and goal_link show: address, code, title). A macro
    that shows more of one lists that in the key too."""
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, Action | Goal):
        return ("link", value.url, value.code, value.title)
    return value


class Fragments:
    """The fragments of one build, with those of the build before."""

    def __init__(self, previous: Fragments | None = None) -> None:
        # Those the last build did not render (its page was kept whole) stay too.
        self._made: dict[Hashable, Markup] = dict(previous._made) if previous else {}
        self.reused = 0

    def __call__(self, key: tuple, macro: Callable[..., Markup], *args: Any) -> Markup:
        full = (current_page(), tuple(_hashable(k) for k in key))
        found = self._made.get(full)
        if found is not None:
            self.reused += 1
            return found
        made = self._made[full] = macro(*args)
        return made
