"""Every page's head tags for others: the feed, a link preview (Open Graph, Twitter)
with absolute addresses and the site's card image, oEmbed for a page with a card."""

from __future__ import annotations

from html.parser import HTMLParser

from findableplan import HOSTILE
from planwijzer.outputs.discovery.head import PageHead

SITE = "https://plan.example/"


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        found = dict(attrs)
        if tag == "meta":
            self.meta[found.get("property") or found["name"]] = found["content"]
        elif tag == "link":
            self.links.append(found)


def read(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


HEAD = PageHead(
    SITE,
    "Testplan",
    "nl",
    "Wijzigingen in Testplan",
    SITE + "assets/planwijzer/deelkaart.png",
    "Testplan van Testorganisatie",
    embeds={"acties/een/": (SITE + "insluiten/acties/een/oembed.json", "Een")},
)


def test_a_link_preview_with_absolute_address_and_image():
    tags = read(HEAD("acties/een/", HOSTILE, "Wat de actie doet."))
    assert tags.meta["og:title"] == HOSTILE == tags.meta["twitter:title"]  # escaped, intact
    assert tags.meta["og:url"] == SITE + "acties/een/"
    assert tags.meta["og:image"] == SITE + "assets/planwijzer/deelkaart.png"
    assert tags.meta["og:description"] == "Wat de actie doet."
    assert tags.meta["twitter:card"] == "summary_large_image"
    assert tags.meta["og:locale"] == "nl_BE"


def test_the_feed_on_every_page_and_oembed_where_there_is_a_card():
    with_card = read(HEAD("acties/een/", "Een", "")).links
    types = {link["type"]: link["href"] for link in with_card}
    assert types["application/atom+xml"] == SITE + "feed.xml"
    assert types["application/json+oembed"] == SITE + "insluiten/acties/een/oembed.json"
    other = {link["type"] for link in read(HEAD("partners/x/", "X", "")).links}
    assert other == {"application/atom+xml"}
