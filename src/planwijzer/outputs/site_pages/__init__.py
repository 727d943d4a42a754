"""Generated pages written straight to HTML, in a frame the site's engine gives.

Engine-independent: an engine adapter (``outputs/mkdocs/``) implements ``Layout`` —
for each page, the frame around its content (header, menu, search, footer) with
slots, and where the page goes. ``PageWriter`` renders each page and writes it the
moment it is rendered, on two cores where there are two, and in the live preview
only the pages that changed.
"""

from .frame import SLOTS, Frame, FrameError, slot_marker
from .languages import SiteLanguages
from .writer import Layout, PageWriter, Placement, WrittenPage

__all__ = [
    "SLOTS",
    "Frame",
    "FrameError",
    "Layout",
    "PageWriter",
    "Placement",
    "SiteLanguages",
    "WrittenPage",
    "slot_marker",
]
