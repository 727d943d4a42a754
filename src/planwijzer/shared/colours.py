"""Colour contrast as WCAG 2.1 defines it (relative luminance, contrast ratio), for an
organisation colour from plan.yaml: checked before the build, adapted for dark mode."""

from __future__ import annotations

WHITE = "#ffffff"
# Material's dark ('slate') background, behind links in the dark colour scheme.
DARK_BACKGROUND = "#1e2129"
# Planwijzer's own colour when plan.yaml sets none: a calm dark blue (8.7:1 with white).
DEFAULT_COLOUR = "#1f4e79"
AA_TEXT = 4.5  # WCAG 2.1 AA, normal text


def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(channels: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(255, max(0, c))):02x}" for c in channels)


def luminance(colour: str) -> float:
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The contrast ratio between two colours, from 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(colour: str, towards: str, share: float) -> str:
    """``colour`` moved ``share`` (0..1) of the way to ``towards``."""
    start, end = _channels(colour), _channels(towards)
    return _hex(tuple(s + (e - s) * share for s, e in zip(start, end, strict=True)))  # type: ignore[arg-type]


def readable_on(colour: str, background: str, minimum: float = AA_TEXT) -> str:
    """``colour`` itself when it reaches ``minimum`` against ``background``, else the
    nearest tint or shade of it that does (towards white or black, away from the
    background)."""
    if contrast(colour, background) >= minimum:
        return colour
    towards = "#000000" if luminance(background) > 0.18 else WHITE
    for step in range(1, 101):
        candidate = mix(colour, towards, step / 100)
        if contrast(candidate, background) >= minimum:
            return candidate
    return towards
