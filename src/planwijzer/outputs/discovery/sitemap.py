"""The sitemap's dates from the data's history, not the build's day (which MkDocs
writes: every page would look changed after every build), and ``robots.txt`` naming
the sitemap."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from ...shared.site_paths import site_root
from .history import DataHistory

_URL = re.compile(r"<url>\s*<loc>([^<]*)</loc>(?:\s*<lastmod>[^<]*</lastmod>)?", re.DOTALL)


def dated_sitemap(text: str, site_url: str, history: DataHistory) -> str:
    root = site_root(site_url)

    def dated(match: re.Match) -> str:
        loc = match[1]
        day = history.page_modified(loc.removeprefix(root)) if loc.startswith(root) else None
        return f"<url>\n         <loc>{loc}</loc>" + (
            f"\n         <lastmod>{day}</lastmod>" if day else ""
        )

    return _URL.sub(dated, text)


def date_sitemap(site_dir: Path, site_url: str, history: DataHistory) -> None:
    """Rewrite ``sitemap.xml`` (and its .gz) of a built site in place."""
    path = site_dir / "sitemap.xml"
    if not path.is_file():
        return
    write_sitemap(site_dir, dated_sitemap(path.read_text(encoding="utf-8"), site_url, history))


def write_sitemap(site_dir: Path, text: str) -> None:
    """``sitemap.xml`` and its .gz, without a time inside (the same text, the same bytes)."""
    (site_dir / "sitemap.xml").write_text(text, encoding="utf-8")
    with gzip.GzipFile(site_dir / "sitemap.xml.gz", "wb", mtime=0) as out:
        out.write(text.encode("utf-8"))


def robots_txt(site_url: str) -> bytes:
    """Everything may be crawled but the cards to embed (a page of their own)."""
    root = site_root(site_url)
    path = "/" + root.split("/", 3)[3] if root.count("/") > 3 else "/"
    return (f"User-agent: *\nDisallow: {path}insluiten/\n\nSitemap: {root}sitemap.xml\n").encode()
