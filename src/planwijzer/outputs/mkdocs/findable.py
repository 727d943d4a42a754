"""The MkDocs side of outputs/discovery: whether a build makes it (a site_url, not the
live preview), its files beside the pages, and the <head> of the pages MkDocs renders
itself (the narrative pages; generated pages get theirs through the 'head' slot)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...model import Plan
from ..discovery import DataHistory
from ..discovery.embeds import iframe
from ..discovery.site import Discovery
from ..pdf import data_version
from ..site_pages import slot_marker
from .site_config import DEFAULT_COLOUR


def discovery_for(
    config: Any, plan: Plan, plan_dir: Path, language: Any, changes: list, *, serving: bool
) -> Discovery | None:
    """None without site_url (every address in it is absolute; check warns) and in the
    live preview (nothing there is to be found)."""
    if serving or not config.site_url:
        return None
    colour = plan.identity.kleur if plan.identity is not None else DEFAULT_COLOUR
    return Discovery(
        plan,
        config.site_url,
        language.site_url(config),
        html.unescape(str(config.site_name)),
        colour,
        DataHistory.of(plan, data_version(plan_dir)[0], changes),
        changes,
        main=not language.secondary,
    )


def discovery_files(found: Discovery, made: Any, docs_dir: Path) -> list[tuple[str, bytes]]:
    listed = [*made.listed, *([made.download] if made.download else [])]
    others = made.others if found.main else []  # read once, for the open data
    robots = not (docs_dir / "robots.txt").exists()  # a plan's own robots.txt wins
    return [(f.path, f.content) for f in found.files(listed, others, robots=robots)]


def embed_codes(found: Discovery | None) -> dict[str, str]:
    """Per page URL, the iframe code its page shows to copy."""
    if found is None:
        return {}
    root = found.root
    return {c.page.removeprefix(root): iframe(c, found.site_url) for c in found.cards}


def install_head(env: Any, config: Any, found: Discovery | None, made: Any) -> None:
    """The theme's ``planwijzer_head(page)``: a slot in a frame, the tags on a page
    MkDocs renders; the frames find its PageHead on it (theme_frames)."""
    head = found.head([*made.listed]) if found is not None else None

    def tags(page: Any) -> Markup:
        if page is not None and page.meta and page.meta.get("planwijzer_frame"):
            return Markup(slot_marker("head"))
        if head is None or page is None:
            return Markup("")
        title = page.meta.get("title") or (page.title or "")
        if page.is_homepage:  # its menu title ('Start') says nothing in a preview
            title = found.site_name
        description = page.meta.get("description") or config.site_description or ""
        return Markup(head(page.url, html.unescape(str(title)), html.unescape(str(description))))

    tags.page_head = head  # type: ignore[attr-defined]  # for the frames (theme_frames)
    env.globals["planwijzer_head"] = tags


class FindableBuild:
    """The plugin's state of discovery for one build (see the functions above)."""

    def __init__(self) -> None:
        self.found: Discovery | None = None
        self._made: Any = None
        self.changes: list = []  # revisions.plan_diff.VersionChange, newest first

    def begin(self, config: Any, plugin: Any, made: Any, renderer: Any) -> None:
        """At on_files: the plan's history (the renderer shows it on the page
        Wijzigingen) and, with a site_url, what this build makes to be found."""
        from ...revisions.plan_diff import version_history

        plan, plan_dir = plugin.plan, plugin.plan_dir
        self.changes = version_history(plan_dir, plan)
        self.found = discovery_for(
            config, plan, plan_dir, plugin.language, self.changes, serving=plugin._serving
        )
        self._made = made
        renderer.set_history(self.changes, embed_codes(self.found))

    def files(self, docs_dir: Path) -> list[tuple[str, bytes]]:
        if self.found is None:
            return []
        return discovery_files(self.found, self._made, docs_dir)

    def install(self, env: Any, config: Any) -> None:
        install_head(env, config, self.found, self._made)

    def finish(self, site_dir: Path) -> None:
        if self.found is not None:  # the sitemap's dates from the data's history
            self.found.date_sitemap(site_dir)
