"""One build's discovery files and page heads, made from the plan, its history and
the open data: the engine adapter (outputs/mkdocs) asks for them, nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ...model import Plan
from ...shared.interface import _, speaking
from ...shared.site_paths import site_root
from ..open_data import DataFile
from .card_image import PATH as CARD
from .card_image import card_png
from .embeds import Card, cards, embed_files, oembed_links
from .feed import PATH as FEED
from .feed import atom_feed, feed_title
from .head import PageHead
from .history import DataHistory
from .sitemap import date_sitemap, robots_txt
from .structured import StructuredData, script


@dataclass
class Discovery:
    """What one language's build adds to be found. ``main_url``: the main language's
    root, where the open data, its catalogue and robots.txt are."""

    plan: Plan
    site_url: str
    main_url: str
    site_name: str
    colour: str
    history: DataHistory
    changes: list = field(default_factory=list)  # revisions.plan_diff.VersionChange
    main: bool = True  # the main language's build (writes catalogue and robots.txt)

    @property
    def root(self) -> str:
        return site_root(self.site_url)

    @cached_property
    def cards(self) -> list[Card]:
        """The cards to embed: made once, for their files, the pages' heads and the
        code each full page shows."""
        return cards(self.plan, self.site_url)

    def files(
        self, open_data: Sequence[DataFile], others: Sequence[Plan] = (), robots: bool = True
    ) -> list[DataFile]:
        """Every file this build writes for it. ``open_data``: the files the open-data
        page lists (the PDF too); ``others``: the plan in its other languages."""
        plan = self.plan
        with speaking(plan.language):
            made = [
                DataFile(FEED, atom_feed(plan, self.site_url, self.changes, plan.language), "", ""),
                DataFile(CARD, card_png(plan.title, plan.organisation, self.colour), "", ""),
                *embed_files(plan, self.cards, self.site_url, self.site_name, self.colour),
            ]
        if self.main:
            from .catalogue import catalogue_files  # rdflib (0.04 s): only with a site_url

            made += catalogue_files(self.site_url, [plan, *others], self.history, open_data)
            if robots:
                made.append(DataFile("robots.txt", robots_txt(self.site_url), "", ""))
        return made

    def head(self, open_data: Sequence[DataFile]) -> PageHead:
        plan = self.plan
        data = StructuredData(plan, self.site_url, self.main_url, self.site_name, list(open_data))
        with speaking(plan.language):
            title = feed_title(plan)
            alt = _("%(plan)s van %(organisatie)s") % {
                "plan": plan.title,
                "organisatie": plan.organisation,
            }
        return PageHead(
            self.site_url,
            str(self.site_name),
            plan.language,
            title,
            self.root + CARD,
            alt,
            structured={url: script(value) for url, value in data.pages().items()},
            embeds=oembed_links(self.cards, self.site_url),
        )

    def date_sitemap(self, site_dir: Path) -> None:
        date_sitemap(site_dir, self.site_url, self.history)
