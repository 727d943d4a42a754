"""Cards for partners' websites: ``/insluiten/acties/<id>/`` and
``/insluiten/doelstellingen/<id>/``, a small page without the site's header for an
iframe (title, status, progress, period, lead, a link to the full page that opens
outside the frame), and beside each an oEmbed file (``oembed.json``) with the iframe,
which the full page names in its <head> (oEmbed discovery).

Self-contained: its style is inline, it loads nothing, not even from the site.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ...model import Plan
from ...rendering.environment import plain_text
from ...rendering.formatting import percent, period_label
from ...shared import interface
from ...shared.interface import _, speaking
from ...shared.site_paths import site_root
from ..open_data import DataFile

EMBEDS = "insluiten"
WIDTH, HEIGHT = 480, 300  # the iframe's size: fits a 375 px phone by its max-width

_ENV = Environment(
    loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
    autoescape=select_autoescape(default=True, default_for_string=True),
    extensions=["jinja2.ext.i18n"],
    keep_trailing_newline=True,
)
_ENV.install_gettext_callables(interface.gettext, interface.ngettext, newstyle=True)  # type: ignore[attr-defined]
# A text in another language is marked with lang in the body, but plain in <title>.
_ENV.filters["plain"] = plain_text


@dataclass(frozen=True)
class Card:
    section: str  # 'acties' or 'doelstellingen'
    key: str
    kind: str
    title: str
    page: str  # the full page, absolute
    facts: list  # (label, value, progress 0-100 or None)

    @property
    def path(self) -> str:
        return f"{EMBEDS}/{self.section}/{self.key}/"


def _action_card(plan: Plan, action, site: str) -> Card:  # type: ignore[no-untyped-def]
    state = action.state
    facts = []
    if state.status is not None:
        facts.append((_("Status"), state.status.label, None))
    if state.progress is not None:
        facts.append((_("Voortgang"), percent(state.progress), state.progress))
    if action.period is not None:
        facts.append((_("Periode"), period_label(action.period), None))
    if action.lead is not None:
        facts.append((_("Trekker"), action.lead.name, None))
    kind = f"{plan.action_name} {action.code}" if action.code else plan.action_name
    section, key = action.url.strip("/").split("/")
    return Card(section, key, kind, action.title, site + action.url, facts)


def _goal_card(plan: Plan, goal, site: str) -> Card:  # type: ignore[no-untyped-def]
    rollup = plan.rollup(goal)
    facts = [(plan.action_plural, str(rollup.total), None)]
    if rollup.mean_progress is not None:
        facts.append((_("Voortgang"), percent(rollup.mean_progress), rollup.mean_progress))
    facts.append((_("Periode"), plan.period_label, None))
    kind = f"{goal.level.name} {goal.code}" if goal.code else goal.level.name
    section, key = goal.url.strip("/").split("/")
    return Card(section, key, kind, goal.title, site + goal.url, facts)


def cards(plan: Plan, site_url: str) -> list[Card]:
    site = site_root(site_url)
    with speaking(plan.language):
        found = [_action_card(plan, a, site) for a in plan.actions]
        return found + [_goal_card(plan, g, site) for g in plan.all_goals()]


def iframe(card: Card, site_url: str) -> str:
    """The code a partner pastes: the card at most as wide as its column."""
    src = site_root(site_url) + card.path
    title = html.escape(plain_text(card.title), quote=True)
    return (
        f'<iframe src="{src}" title="{title}" width="{WIDTH}" height="{HEIGHT}" '
        f'style="max-width:100%;border:0" loading="lazy"></iframe>'
    )


def embed_files(
    plan: Plan, made: list[Card], site_url: str, site_name: str, colour: str
) -> list[DataFile]:
    """Each card's page and oEmbed file (``made``: ``cards(plan, site_url)``)."""
    files = []
    template = _ENV.get_template("card.html.j2")
    with speaking(plan.language):
        for card in made:
            page = template.render(
                card=card,
                language=plan.language,
                site_name=site_name,
                plan_title=plan.title,
                colour=colour,
            )
            files.append(DataFile(card.path + "index.html", page.encode("utf-8"), "HTML", ""))
            oembed = {
                "version": "1.0",
                "type": "rich",
                "title": plain_text(card.title),
                "provider_name": plan.organisation,
                "provider_url": site_url,
                "width": WIDTH,
                "height": HEIGHT,
                "html": iframe(card, site_url),
            }
            body = json.dumps(oembed, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
            files.append(DataFile(card.path + "oembed.json", body.encode("utf-8"), "JSON", ""))
    return files


def oembed_links(made: list[Card], site_url: str) -> dict[str, tuple[str, str]]:
    """Per full page: its oEmbed file and title, for the page's <head>."""
    root = site_root(site_url)
    return {c.page.removeprefix(root): (f"{root}{c.path}oembed.json", c.title) for c in made}
