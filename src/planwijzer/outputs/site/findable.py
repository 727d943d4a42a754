"""What a build makes to be found (outputs/discovery), for one language of the site:
whether it makes it at all (a site_url, not the live preview) and its files."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from ...model import Plan
from ...shared.colours import DEFAULT_COLOUR
from ..discovery import DataHistory
from ..discovery.embeds import iframe
from ..discovery.site import Discovery
from ..pdf import data_version
from .engine import SiteLanguage


def discovery_for(
    settings: Any, language: SiteLanguage, plan_dir: Path, changes: list
) -> Discovery | None:
    """None without site_url (every address in it is absolute; check warns) and in the
    live preview (nothing there is to be found)."""
    if language.serving or not settings.site_url:
        return None
    plan: Plan = language.plan
    colour = plan.identity.kleur if plan.identity is not None else DEFAULT_COLOUR
    return Discovery(
        plan,
        settings.site_url,
        language.main_url if not language.main else settings.site_url,
        html.unescape(str(settings.site_name)),
        colour,
        DataHistory.of(plan, data_version(plan_dir)[0], changes),
        changes,
        main=language.main,
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
