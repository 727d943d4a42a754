"""The theme's ``planwijzer_head(page)``: the <head> tags to be found (outputs/discovery)
of a page MkDocs renders (the narrative pages), a slot in a frame (generated pages get
theirs through the 'head' slot)."""

from __future__ import annotations

import html
from typing import Any

from markupsafe import Markup

from ..site_pages import slot_marker


def install_head(env: Any, config: Any, head: Any, site_name: str) -> None:
    """``head``: discovery's PageHead, or None when the site makes none."""

    def tags(page: Any) -> Markup:
        if page is not None and page.meta and page.meta.get("planwijzer_frame"):
            return Markup(slot_marker("head"))
        if head is None or page is None:
            return Markup("")
        title = page.meta.get("title") or (page.title or "")
        if page.is_homepage:  # its menu title ('Start') says nothing in a preview
            title = site_name
        description = page.meta.get("description") or config.site_description or ""
        return Markup(head(page.url, html.unescape(str(title)), html.unescape(str(description))))

    env.globals["planwijzer_head"] = tags
