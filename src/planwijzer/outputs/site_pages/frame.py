"""A page frame: the site's layout once rendered, with slots for what differs per page.

The engine renders its layout once per kind of place in the site, with a marker in
each slot; ``Frame.from_marked`` splits that text at the markers, and ``fill`` puts
one page's values in. A marker is plain ASCII letters, so that no escaping or tag
stripping in a theme's template changes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# title: escaped for text; description, canonical and edit: for an attribute;
# languages: the page's links to its other languages, as HTML; head: what the page
# says in its <head> to be found (feed, link preview, structured data).
SLOTS = ("title", "description", "canonical", "edit", "content", "languages", "head")
_MARKER = re.compile(r"PLANWIJZERSLOT([a-z]+)X7F3C")


def slot_marker(slot: str) -> str:
    assert slot in SLOTS, slot
    return f"PLANWIJZERSLOT{slot}X7F3C"


class FrameError(RuntimeError):
    """The layout cannot frame a page (its content slot is not there exactly once)."""


@dataclass(frozen=True)
class Frame:
    parts: tuple[str, ...]  # the text around the slots: one more than slots
    slots: tuple[str, ...]  # slot names in the order they appear (a slot may repeat)

    @classmethod
    def from_marked(cls, text: str) -> Frame:
        pieces = _MARKER.split(text)
        parts, slots = tuple(pieces[0::2]), tuple(pieces[1::2])
        if slots.count("content") != 1:
            raise FrameError(
                "Het thema toont de inhoud van een pagina niet precies één keer "
                f"({slots.count('content')} keer): Planwijzer kan zijn pagina's er niet in zetten."
            )
        unknown = set(slots) - set(SLOTS)
        if unknown:
            raise FrameError(f"Onbekende plaats in het paginakader: {', '.join(sorted(unknown))}")
        return cls(parts, slots)

    def fill(self, values: Mapping[str, str]) -> str:
        out = [self.parts[0]]
        for slot, part in zip(self.slots, self.parts[1:], strict=True):
            out.append(values[slot])
            out.append(part)
        return "".join(out)
