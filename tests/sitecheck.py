"""Helpers to read a built site: its pages, links and the overview matrix."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from planwijzer.linkcheck import broken_links  # noqa: F401 - re-exported for the tests


def soup(site: Path, url: str) -> BeautifulSoup:
    path = site / url / "index.html" if not url.endswith(".html") else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content(site: Path, url: str) -> BeautifulSoup:
    """The page's article, without Material's header, navigation and footer."""
    return soup(site, url).select_one("article.md-content__inner")
