"""The one gate for every URL that reaches HTML from the plan's data.

A browser decodes character references in an attribute and ignores control and
whitespace characters inside a scheme, so ``&#106;avascript:`` and ``java\\tscript:``
are both ``javascript:``. The gate does what the browser does first, then allows
only an explicit list of schemes (or a relative URL).
"""

from __future__ import annotations

import html
import re

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# C0 and C1 control characters, and every kind of white space.
_IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f\s]+")


def safe_url(url: str | None) -> str | None:
    """The URL as a browser would read it, when its scheme is allowed; else None."""
    if url is None:
        return None
    decoded = str(url)
    for _ in range(5):  # '&amp;#106;' decodes in two steps when nested
        once = html.unescape(decoded)
        if once == decoded:
            break
        decoded = once
    cleaned = _IGNORED.sub("", decoded)
    match = _SCHEME.match(cleaned)
    if match is not None and match.group(1).lower() not in SAFE_SCHEMES:
        return None
    if match is None and ":" in cleaned.split("/", 1)[0]:
        return None  # 'a:b' without a valid scheme: not a relative path either
    return cleaned


def contact_url(contact: str) -> str | None:
    """A mailto: or tel: link for an e-mail address or a phone number; None for
    anything else (then the text is shown without a link)."""
    text = contact.strip()
    if "@" in text and not _SCHEME.match(text):
        return safe_url(f"mailto:{text}")
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    if len(digits) >= 6 and len(digits) >= len(_IGNORED.sub("", text)) * 0.6:
        return f"tel:{digits}"
    return None
