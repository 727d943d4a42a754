"""Text helpers every stage may use."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-': the page path of a name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def folded(text: str) -> str:
    """For sorting names as a reader does: without case or accents ('Écaussinnes'
    among the E's)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
