"""The image of a shared link (Open Graph): one card per site, 1200 × 630 pixels, the
plan's title and organisation in white on the organisation's colour (checked to keep
white text readable). Drawn with Pillow's own font, so every machine draws the same
bytes; no logo (optional, and often an SVG, which link previews do not show)."""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)
PATH = "assets/planwijzer/deelkaart.png"


def card_png(title: str, organisation: str, colour: str) -> bytes:
    image = Image.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(image)
    big, small = ImageFont.load_default(size=72), ImageFont.load_default(size=40)
    y = 90
    for line in textwrap.wrap(str(title), width=26)[:4]:
        draw.text((80, y), line, font=big, fill="#ffffff")
        y += 92
    draw.rectangle((80, y + 20, 240, y + 28), fill="#ffffff")
    for line in textwrap.wrap(str(organisation), width=48)[:2]:
        draw.text((80, y + 60), line, font=small, fill="#ffffff")
        y += 52
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
