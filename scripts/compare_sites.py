"""Compare two builds of a plan site page by page: what a reader sees and follows.

    python scripts/compare_sites.py OLD_SITE NEW_SITE

For every page (``*.html``): whether it is in both builds, and then its visible text,
its links (address and text), its anchors (ids) and its headings. The search index
is compared entry by entry, the sitemap by its addresses. The report lists every
difference with the first place it occurs; the exit status is 1 when there is one.
Byte-identical pages are counted as such.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup

_SPACE = re.compile(r"\s+")


def _text(node) -> str:  # type: ignore[no-untyped-def]
    return _SPACE.sub(" ", node.get_text(" ")).strip()


def facts(html: str) -> dict[str, list]:
    """What a reader sees and follows on one page."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    return {
        "tekst": [_text(soup)],
        "links": [(a.get("href", ""), _text(a)) for a in soup.find_all("a")],
        "ankers": sorted(str(t["id"]) for t in soup.find_all(id=True)),
        "koppen": [(h.name, _text(h)) for h in soup.find_all(re.compile(r"^h[1-6]$"))],
    }


def _first_difference(old: list, new: list) -> str:
    for i, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            return f"#{i + 1}: {repr(a)[:160]} → {repr(b)[:160]}"
    return f"{len(old)} → {len(new)} items"


def compare_pages(old: Path, new: Path) -> tuple[list[str], int]:
    lines: list[str] = []
    old_pages = {p.relative_to(old).as_posix() for p in old.rglob("*.html")}
    new_pages = {p.relative_to(new).as_posix() for p in new.rglob("*.html")}
    for name in sorted(old_pages - new_pages):
        lines.append(f"- {name}: alleen in de oude build")
    for name in sorted(new_pages - old_pages):
        lines.append(f"- {name}: alleen in de nieuwe build")
    identical = 0
    for name in sorted(old_pages & new_pages):
        a, b = (old / name).read_text("utf-8"), (new / name).read_text("utf-8")
        if a == b:
            identical += 1
            continue
        fa, fb = facts(a), facts(b)
        differs = [f"{k} ({_first_difference(fa[k], fb[k])})" for k in fa if fa[k] != fb[k]]
        lines.append(f"- {name}: " + ("; ".join(differs) or "alleen opmaak/volgorde van code"))
    return lines, identical


def compare_search(old: Path, new: Path) -> list[str]:
    path = "search/search_index.json"
    present = ((old / path).is_file(), (new / path).is_file())
    if not all(present):
        return [] if present[0] == present[1] else [f"- {path}: in één build"]
    a = json.loads((old / path).read_text("utf-8"))
    b = json.loads((new / path).read_text("utf-8"))
    lines = []
    if a.get("config") != b.get("config"):
        lines.append("- zoekindex: andere instellingen")
    docs_a, docs_b = a.get("docs", []), b.get("docs", [])
    if [d["location"] for d in docs_a] != [d["location"] for d in docs_b]:
        lines.append(
            "- zoekindex: andere items ("
            + _first_difference([d["location"] for d in docs_a], [d["location"] for d in docs_b])
            + ")"
        )
    for da, db in zip(docs_a, docs_b, strict=False):
        if da != db:
            keys = [k for k in sorted(set(da) | set(db)) if da.get(k) != db.get(k)]
            lines.append(f"- zoekindex {da['location']}: {', '.join(keys)} verschilt")
    return lines


def _sitemap(site: Path) -> list[str]:
    path = site / "sitemap.xml.gz"
    if not path.is_file():
        return []
    return re.findall(r"<loc>(.*?)</loc>", gzip.decompress(path.read_bytes()).decode())


def compare(old: Path, new: Path) -> tuple[list[str], str]:
    pages, identical = compare_pages(old, new)
    lines = pages + compare_search(old, new)
    if _sitemap(old) != _sitemap(new):
        lines.append("- sitemap: andere adressen")
    total = len({p.relative_to(old).as_posix() for p in old.rglob("*.html")})
    summary = f"{identical} van {total} pagina's byte voor byte gelijk; {len(lines)} verschil(len)"
    return lines, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    lines, summary = compare(args.old, args.new)
    print(f"{args.old} → {args.new}: {summary}")
    for line in lines:
        print(line)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
