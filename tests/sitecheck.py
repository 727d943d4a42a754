"""Helpers to read a built site: its pages, links and the overview matrix."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import unicodedata
from pathlib import Path

from bs4 import BeautifulSoup

from planwijzer.outputs.link_check import broken_links  # noqa: F401 - re-exported for the tests


def soup(site: Path, url: str) -> BeautifulSoup:
    path = site / url / "index.html" if not url.endswith(".html") else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content(site: Path, url: str) -> BeautifulSoup:
    """The page's article, without Material's header, navigation and footer."""
    return soup(site, url).select_one("article.md-content__inner")


def digest_tree(site: Path) -> dict[str, str]:
    """sha256 of every file of a built site, by path (the sitemap's build date aside)."""
    digests = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.name == "sitemap.xml.gz":
            data = gzip.decompress(data)
        if path.name.startswith("sitemap.xml"):
            continue  # carries the build date ('dates aside')
        digests[path.relative_to(site).as_posix()] = hashlib.sha256(data).hexdigest()
    return digests


def search_entries(site: Path) -> list[dict]:
    return json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]


def indexed_words(entry: dict) -> set[str]:
    """The words the search finds an entry by (tags dropped, lower case, no accents)."""
    text = re.sub(r"<[^>]+>", " ", entry["title"] + " " + entry["text"])
    plain = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()
    return set(re.split(r"[^a-z0-9]+", plain)) - {""}


def indexed_actions_with_word(site: Path, start: str) -> list[str]:
    """Ids of the actions whose index entries hold a word starting with ``start``."""
    found = []
    for entry in search_entries(site):
        parts = entry["location"].split("/")
        is_action = parts[0] == "acties" and len(parts) > 2 and parts[1] not in found
        if is_action and any(w.startswith(start) for w in indexed_words(entry)):
            found.append(parts[1])
    return found
