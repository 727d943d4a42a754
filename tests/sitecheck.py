"""Helpers to read a built site: its pages, links and the overview matrix."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def soup(site: Path, url: str) -> BeautifulSoup:
    path = site / url / "index.html" if not url.endswith(".html") else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content(site: Path, url: str) -> BeautifulSoup:
    """The page's article, without Material's header, navigation and footer."""
    return soup(site, url).select_one("article.md-content__inner")


def broken_links(site: Path) -> list[str]:
    """Every internal href/src in every page that does not resolve to a file (or anchor)."""
    problems = []
    pages = sorted(site.rglob("*.html"))
    ids_cache: dict[Path, set[str]] = {}
    for page in pages:
        doc = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in doc.find_all(["a", "link", "script", "img"]):
            ref = tag.get("href") or tag.get("src")
            if not ref:
                continue
            parts = urlsplit(ref)
            if parts.scheme or ref.startswith("//"):
                continue  # external
            if not parts.path:
                target = page
            elif parts.path.startswith("/"):  # root-absolute, as on the 404 page
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{page.relative_to(site)} → {ref}")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids_cache:
                    target_doc = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
                    ids_cache[target] = {t["id"] for t in target_doc.find_all(id=True)}
                if parts.fragment not in ids_cache[target]:
                    problems.append(f"{page.relative_to(site)} → {ref} (anker ontbreekt)")
    return problems
