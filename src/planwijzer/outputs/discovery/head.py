"""What every page says in its <head> for others: the link to the feed, Open Graph and
Twitter card tags (a shared link shows a card: title, description, address, image),
the oEmbed link of a page that has a card to embed, and its structured data.

The image is a card Planwijzer draws once per site (``card_image``): the plan's title
and organisation on its colour. Not the logo: it is optional, often an SVG (which link
previews do not show) and says nothing of the plan.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from ...shared.site_paths import site_root
from .card_image import SIZE as CARD_SIZE
from .feed import PATH as FEED

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class PageHead:
    site_url: str  # this language's root, absolute
    site_name: str
    language: str
    feed_title: str
    image: str | None = None  # absolute
    image_alt: str = ""
    image_size: tuple[int, int] = CARD_SIZE  # the card card_image draws
    structured: dict[str, str] = field(default_factory=dict)  # url -> <script>
    embeds: dict[str, tuple[str, str]] = field(default_factory=dict)  # url -> (oEmbed, title)

    @property
    def root(self) -> str:
        return site_root(self.site_url)

    def __call__(self, url: str, title: str, description: str) -> str:
        """The tags of the page at ``url`` (plain text title and description)."""
        address = self.root + url
        tags = [
            f'<link rel="alternate" type="application/atom+xml" '
            f'title="{_attr(self.feed_title)}" href="{_attr(self.root + FEED)}">'
        ]
        if url in self.embeds:
            oembed, name = self.embeds[url]
            tags.append(
                f'<link rel="alternate" type="application/json+oembed" '
                f'title="{_attr(name)}" href="{_attr(oembed)}">'
            )
        properties = [
            ("og:type", "website"),
            ("og:site_name", self.site_name),
            ("og:locale", LOCALES.get(self.language, self.language)),
            ("og:title", title),
            ("og:description", description),
            ("og:url", address),
        ]
        if self.image:
            width, height = self.image_size
            properties += [
                ("og:image", self.image),
                ("og:image:type", "image/png"),
                ("og:image:width", str(width)),
                ("og:image:height", str(height)),
                ("og:image:alt", self.image_alt),
            ]
        tags += [f'<meta property="{p}" content="{_attr(v)}">' for p, v in properties]
        names = [
            ("twitter:card", "summary_large_image" if self.image else "summary"),
            ("twitter:title", title),
            ("twitter:description", description),
        ]
        if self.image:
            names += [("twitter:image", self.image), ("twitter:image:alt", self.image_alt)]
        tags += [f'<meta name="{n}" content="{_attr(v)}">' for n, v in names]
        if url in self.structured:
            tags.append(self.structured[url])
        return "\n".join(tags)
