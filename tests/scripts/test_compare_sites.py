"""scripts/compare_sites.py: what a reader sees and follows, compared page by page."""

from __future__ import annotations

import json
from pathlib import Path

from compare_sites import compare, main

PAGE = (
    "<html><head><title>T</title><script>var x = 1;</script></head><body>"
    '<h1 id="top">Acties</h1><p>Tekst <a href="../a/">A</a></p></body></html>'
)


def site(root: Path, pages: dict[str, str], docs: list | None = None) -> Path:
    for name, text in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    if docs is not None:
        (root / "search").mkdir(parents=True, exist_ok=True)
        index = {"config": {}, "docs": docs}
        (root / "search/search_index.json").write_text(json.dumps(index), encoding="utf-8")
    return root


def test_the_same_site_has_no_difference(tmp_path):
    old = site(tmp_path / "oud", {"index.html": PAGE})
    new = site(tmp_path / "nieuw", {"index.html": PAGE})
    assert compare(old, new) == ([], "1 van 1 pagina's byte voor byte gelijk; 0 verschil(len)")
    assert main([str(old), str(new)]) == 0


def test_markup_that_a_reader_does_not_see_is_not_a_difference(tmp_path):
    old = site(tmp_path / "oud", {"index.html": PAGE})
    new = site(tmp_path / "nieuw", {"index.html": PAGE.replace("var x = 1;", "var x = 2;")})
    lines, _ = compare(old, new)
    assert lines == ["- index.html: alleen opmaak/volgorde van code"]


def test_each_kind_of_difference_is_named(tmp_path):
    docs = [{"location": "a/", "title": "A", "text": "x"}]
    old = site(tmp_path / "oud", {"index.html": PAGE, "weg/index.html": PAGE}, docs)
    changed = PAGE.replace('id="top"', 'id="boven"').replace("../a/", "../b/")
    new_docs = [{"location": "a/", "title": "A", "text": "y"}]
    new = site(tmp_path / "nieuw", {"index.html": changed, "nieuw/index.html": PAGE}, new_docs)
    lines, _ = compare(old, new)
    assert "- weg/index.html: alleen in de oude build" in lines
    assert "- nieuw/index.html: alleen in de nieuwe build" in lines
    (page,) = [line for line in lines if line.startswith("- index.html:")]
    assert "links (#1: ('../a/', 'A') → ('../b/', 'A'))" in page and "ankers" in page
    assert "- zoekindex a/: text verschilt" in lines
    assert main([str(old), str(new)]) == 1
