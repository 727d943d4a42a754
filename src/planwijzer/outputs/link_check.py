"""Check every internal link of a built site: files and anchors must exist.

Used by the test suite and by the pull-request workflow ('planwijzer links').
External links are not fetched (no network here, and they are not ours to fix).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag in ("a", "link") and values.get("href"):
            self.refs.append(values["href"] or "")
        if tag in ("script", "img") and values.get("src"):
            self.refs.append(values["src"] or "")


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path) -> list[str]:
    """'page → link' for every internal link that does not resolve."""
    site = site.resolve()
    parsed: dict[Path, _Links] = {}
    problems = []
    for page in sorted(site.rglob("*.html")):
        links = parsed.setdefault(page, _parse(page))
        for ref in links.refs:
            parts = urlsplit(ref)
            if parts.scheme or ref.startswith("//"):
                continue
            if not parts.path:
                target = page
            elif parts.path.startswith("/"):  # root-absolute, as on the 404 page
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            where = page.relative_to(site).as_posix()
            if not target.exists():
                problems.append(f"{where} → {ref}")
            elif parts.fragment and target.suffix == ".html":
                ids = parsed.setdefault(target, _parse(target)).ids
                if parts.fragment not in ids:
                    problems.append(f"{where} → {ref} (anker ontbreekt)")
    return problems
