"""The page for a missing address (404.html), wherever the site is published and in
the reader's language.

A host answers every missing address with the root's 404.html, at that address: at
any depth, under any language, and on GitHub Pages without a domain of its own below
a sub-path the build does not know ('/<repository>/'). So no relative or absolute
address written at build time is right everywhere, and a browser fetches the styles
of what it reads before any script could correct them.

The page is therefore written by a small inline script from the address: the site's
root (``site_url``'s path when the address lies below it, else the part before the
first of the site's own top-level names, else a project site's first segment), and
the language (a language folder after the root). Each language's 404 is rendered by
its own build with a marker for its root (the engine's 404 page), and kept in the page as
data; the script writes the chosen one with its root filled in. Without JavaScript
the page shows the main language with addresses relative to where it is read (or
from ``site_url``'s path, when known).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PAGE = "404.html"
MARK = "/__planwijzer_root__"  # where a language's 404 has its root, until read
_MARKED = re.compile(re.escape(MARK) + "/?")
_DATA = re.compile(r'<script type="application/json" id="planwijzer-404">(.*?)</script>', re.S)
_HEAD = re.compile(r"<head>(.*?)</head>", re.S)
_BODY = re.compile(r"<body([^>]*)>(.*)</body>", re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_STATIC = re.compile(r'<meta charset="utf-8">|<meta name="viewport"[^>]*>|<title>.*?</title>', re.S)
_BLANK = re.compile(r"\n\s*\n")
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S)
# what <noscript> in <head> may hold (and needs): the styles
_HEAD_ONLY = re.compile(r"<link\b[^>]*>|<style\b[^>]*>.*?</style>", re.S)

# Chosen in the browser; reads the page's data above it. Kept small and plain (ES5).
_CHOOSE = """(function () {
  var d = JSON.parse(document.getElementById("planwijzer-404").textContent);
  var parts = location.pathname.split("/").slice(1), depth = -1, i;
  if (d.path && location.pathname.indexOf(d.path) === 0) depth = d.path.split("/").length - 2;
  for (i = 0; depth < 0 && i < parts.length; i++) if (d.top.indexOf(parts[i]) >= 0) depth = i;
  if (depth < 0) depth = parts.length > 1 ? 1 : 0;
  var root = "/" + parts.slice(0, depth).join("/") + (depth ? "/" : "");
  var lang = d.pages[parts[depth]] ? parts[depth] : d.main, page = d.pages[lang];
  var at = root + (lang === d.main ? "" : lang + "/");
  function fill(text) { return text.replace(/\\/__planwijzer_root__\\/?/g, at); }
  document.documentElement.lang = lang;
  document.title = page.title;
  document.write(fill(page.head));
  window.planwijzer404 = fill(page.body);
})();"""


def write_page(site_dir: Path, plan: Any, site_url: str | None) -> None:
    """Turn the 404.html a build wrote (with the marker) into the page that writes
    itself, with this build's language (``join_languages`` joins them)."""
    language, main = plan.language, plan.languages[0]
    path = site_dir / PAGE
    if not path.is_file():
        return
    text = path.read_text(encoding="utf-8")
    if _DATA.search(text):
        return  # written already (an incremental build left it)
    head, body = _HEAD.search(text), _BODY.search(text)
    if head is None or body is None or MARK not in text:
        return  # a theme of its own: left as it is
    title = _TITLE.search(head.group(1))
    own = {
        "title": html.unescape(title.group(1).strip()) if title else "",
        "head": _BLANK.sub("\n", _STATIC.sub("", head.group(1))),
        "body": _BLANK.sub("\n", body.group(2)),  # no <pre> in a 404 page
        "attributes": body.group(1),
    }
    path.write_text(_page({language: own}, main, site_url, _top_names(site_dir)), "utf-8")


def join_languages(site_dir: Path, languages: tuple[str, ...], site_url: str | None) -> None:
    """One 404 page with every language, at the root and in each language's folder
    (a host that looks for the nearest 404.html finds the same page)."""
    pages: dict[str, dict] = {}
    for language in languages:
        folder = site_dir if language == languages[0] else site_dir / language
        found = _DATA.search(_read(folder / PAGE))
        if found:
            pages.update(json.loads(found.group(1))["pages"])
    if languages[0] not in pages:
        return
    top = _top_names(site_dir)
    for language in languages:
        folder = site_dir if language == languages[0] else site_dir / language
        if (folder / PAGE).is_file() and language in pages:
            text = _page(pages, languages[0], site_url, top, shown_in=language)
            (folder / PAGE).write_text(text, encoding="utf-8")


def _page(
    pages: dict[str, dict],
    main: str,
    site_url: str | None,
    top: list[str],
    shown_in: str | None = None,
) -> str:
    """The page; without JavaScript it shows ``shown_in`` (its folder's language: a
    host that serves the nearest 404.html gives /fr/... the French one)."""
    path = urlsplit(site_url).path if site_url else ""
    path = path if path.endswith("/") else path + "/" if path else ""
    data = {"main": main, "path": path, "top": top, "pages": pages}
    data_text = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    # a language's own build, before join_languages: its page alone
    shown_in = shown_in or (main if main in pages else next(iter(pages)))
    shown = pages[shown_in]
    # Without JavaScript: addresses from site_url's path, or relative to the address
    # read (right at one level below the root).
    root = (path + ("" if shown_in == main else f"{shown_in}/")) if path else "./"
    head = "\n".join(_HEAD_ONLY.findall(_MARKED.sub(root, _SCRIPT.sub("", shown["head"]))))
    body = _MARKED.sub(root, _SCRIPT.sub("", shown["body"]))
    # <noscript> may not hold <main>: the same landmark by its role
    body = body.replace("<main ", '<div role="main" ').replace("</main>", "</div>")
    return (
        f'<!doctype html>\n<html lang="{shown_in}" class="no-js">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{html.escape(shown['title'], quote=False)}</title>\n"
        f'<script type="application/json" id="planwijzer-404">{data_text}</script>\n'
        f"<script>{_CHOOSE}</script>\n<noscript>{head}</noscript>\n</head>\n"
        f"<body{shown['attributes']}>\n"
        "<script>document.write(window.planwijzer404);</script>\n"
        f"<noscript>{body}</noscript>\n</body>\n</html>\n"
    )


def _top_names(site_dir: Path) -> list[str]:
    """The names at the site's root: the first of them in an address ends its root."""
    # (a folder an incremental build emptied is not the site's)
    kept = (p for p in site_dir.iterdir() if p.is_file() or any(f.is_file() for f in p.rglob("*")))
    names = {p.name for p in kept} | {"search", "sitemap.xml"}
    return sorted(names)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""
