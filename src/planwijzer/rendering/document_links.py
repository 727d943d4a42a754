"""Links of the narrative pages inside the printed document.

A narrative page links to pages of the site ('staan onder [Beleidskaders](kaders/)').
In the document such a link goes to the part of the document that holds the same
content (a chapter, an action, a goal, a framework); a page the document does not hold
gets the site's full address when ``site_url`` is known, and is plain text otherwise.
So no sentence sends a reader of the PDF to a part it does not have without saying
where that part is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup

from ..loading.narrative_pages import is_page
from ..model import Plan
from ..shared.site_paths import page_address, site_root
from ..shared.text import slugify

_LINK = re.compile(r'<a\b([^>]*?)\bhref="([^"]*)"([^>]*)>(.*?)</a>', re.DOTALL)
_OUTSIDE = ("http://", "https://", "mailto:", "tel:")
# A site section and the chapter that holds it.
_SECTIONS = {
    "acties": "h-acties",
    "doelstellingen": "h-doelstellingen",
    "partners": "h-partners",
    "kaders": "h-kaders",
    "indicatoren": "h-indicatoren",
}
# An entity page and the anchor of its part in the document.
_ENTITIES = {
    "acties": "actie",
    "doelstellingen": "doel",
    "partners": "partner",
    "kaders": "kader",
    "indicatoren": "indicator",
}


def chapter_anchor(title: str, index: int) -> str:
    return f"h-{slugify(title) or index}"


def _anchors(chapters: list[tuple[str, str, str | None]], plan: Plan) -> set[str]:
    """Every id the document gives a part, to link to."""
    found = {chapter_id for chapter_id, _kind, _path in chapters}
    kinds = {kind for _id, kind, _path in chapters}
    found |= {f"doel-{g.id}" for g in plan.all_goals()}
    found |= {f"actie-{a.id}" for a in plan.actions}
    if "partners" in kinds:
        found |= {f"partner-{p.id}" for p in plan.partners}
    if "indicators" in kinds:
        found |= {f"indicator-{i.id}" for i in plan.indicators}
    for framework in plan.frameworks:
        found.add(f"kader-{framework.id}")
        found |= {f"onderdeel-{framework.id}-{p.id}" for p in framework.parts()}
    return found


def _target(path: str, fragment: str, pages: dict[str, str], plan: Plan) -> str | None:
    """The anchor of the document's part for a site path ('kaders/sdg/'), or None."""
    path = path.removesuffix("index.md").removesuffix("index.html")
    if path in pages:
        return pages[path]
    parts = [p for p in path.split("/") if p]
    if not parts:
        return None
    section = parts[0]
    if section == "overzicht":
        matrices = [m.id for m in plan.matrices]
        chosen = parts[1] if len(parts) > 1 else (matrices[0] if matrices else "")
        return f"h-matrix-{chosen}"
    if len(parts) == 1:
        return _SECTIONS.get(section)
    if section == "kaders" and len(parts) > 2 and parts[2] == "matrix":
        return f"h-matrix-kader-{parts[1]}"
    if section == "kaders" and fragment.startswith("onderdeel-"):
        return f"onderdeel-{parts[1]}-{fragment.removeprefix('onderdeel-')}"
    if section in _ENTITIES and len(parts) == 2:
        return f"{_ENTITIES[section]}-{parts[1]}"
    return None


def _page_keys(chapters: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """The ways a narrative page is linked ('inleiding.md', 'inleiding/'), to its chapter."""
    keys = {}
    for chapter_id, _kind, path in chapters:
        if path:
            stem = path.removesuffix(".md").removesuffix("/index")
            for key in (path, page_address(path), f"{stem}/", f"{stem}.html"):
                keys[key] = chapter_id
    return keys


def rewrite_links(
    html: str, anchors: set[str], pages: dict[str, str], plan: Plan, site_url: str | None
) -> Markup:
    def link(match: re.Match[str]) -> str:
        before, href, after, text = match.groups()
        if href.startswith(_OUTSIDE) or href.startswith("#"):
            return match.group(0)
        path, _, fragment = href.lstrip("./").partition("#")
        anchor = _target(path, fragment, pages, plan)
        if anchor in anchors:
            return f'<a{before}href="#{anchor}"{after}>{text}</a>'
        if site_url:
            page = page_address(path) if is_page(path) else path
            address = site_root(site_url) + page + (f"#{fragment}" if fragment else "")
            return f'<a{before}href="{address}"{after}>{text}</a> ({address})'
        return text

    return Markup(_LINK.sub(link, html))


class DocumentLinks:
    """The links of one document: made once from its chapters, used on each page."""

    def __init__(
        self, chapters: Iterable[tuple[str, str, str | None]], plan: Plan, site_url: str | None
    ) -> None:
        listed = list(chapters)  # (id, kind, a narrative page's path in docs/ or None)
        self.anchors = _anchors(listed, plan)
        self.pages = _page_keys(listed)
        self.plan = plan
        self.site_url = site_url

    def rewrite(self, html: str) -> Markup:
        """``html`` with every link inside the document (see the module)."""
        return rewrite_links(html, self.anchors, self.pages, self.plan, self.site_url)
