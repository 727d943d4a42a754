"""The references a plan build is measured against: the same number of bare pages
built by Material for MkDocs (the engine's floor) and by Hugo with a minimal template.

Both get pages of similar text: a title and a paragraph to index.
"""

from __future__ import annotations

from pathlib import Path

FLOOR_BUILD = """
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config(sys.argv[1] + "/mkdocs.yml", site_dir=sys.argv[2], strict=True))
"""

# Timed inside the runner: Hugo's own time, its peak memory as a child process.
HUGO_BUILD = """
import subprocess
subprocess.run(["hugo", "--quiet", "-s", sys.argv[1], "-d", sys.argv[2]], check=True)
"""

_TEXT = "Een kale pagina met wat tekst om te indexeren."


def make_floor(root: Path, n_pages: int) -> None:
    """A Material site of ``n_pages`` bare pages, none of them in the nav."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Start\n\nDe vloer van de motor.\n", encoding="utf-8")
    for i in range(n_pages - 1):
        (docs / f"pagina-{i}.md").write_text(f"# Pagina {i}\n\n{_TEXT}\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: Vloer\ntheme:\n  name: material\n  language: nl\n"
        "plugins:\n  - search:\n      lang: nl\nnav:\n  - Start: index.md\n",
        encoding="utf-8",
    )


_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><a href="{{ .Site.BaseURL }}">{{ .Site.Title }}</a></header>
<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
"""


def make_hugo_site(root: Path, n_pages: int) -> None:
    """A Hugo site of ``n_pages`` bare pages with a minimal template."""
    content = root / "content"
    content.mkdir(parents=True)
    (content / "_index.md").write_text("---\ntitle: Start\n---\nDe vloer van Hugo.\n")
    for i in range(n_pages - 1):
        (content / f"pagina-{i}.md").write_text(
            f"---\ntitle: Pagina {i}\n---\n{_TEXT}\n", encoding="utf-8"
        )
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name in ("single.html", "list.html"):
        (layouts / name).write_text(_PAGE, encoding="utf-8")
    (root / "config.toml").write_text(
        'baseURL = "http://localhost/"\ntitle = "Vloer"\nlanguageCode = "nl"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
        encoding="utf-8",
    )
