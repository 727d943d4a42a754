"""Where each page of a plan site lives: one URL scheme for every stage.

The checks use it to find, before anything is built, a page that would collide
with another or whose name a file system cannot hold; the model and the page list
use it to place the pages.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from .text import slugify

GOALS = "doelstellingen"
ACTIONS = "acties"
PARTNERS = "partners"
MUNICIPALITIES = "gemeenten"
MATRICES = "overzicht"
TIMELINE = "tijdlijn"
CHANGES = "wijzigingen"
ACCESSIBILITY = "toegankelijkheidsverklaring"
REPORTS = "opvolging"
CMS = "beheer"  # editing in the browser (outputs/cms), when plan.yaml has 'beheer:'
INDICATORS = "indicatoren"
FRAMEWORKS = "kaders"

# A name becomes one path segment: well below what file systems hold (255 bytes).
MAX_SEGMENT = 100
# Overview pages of a section live at '<section>/index.md': no entity may be 'index'.
RESERVED = frozenset({"index"})


def entity_url(section: str, key: str) -> str:
    """'acties/de-stek/': the directory URL of an entity's page."""
    return f"{section}/{key}/"


def site_root(site_url: str) -> str:
    """'https://plan.be/fr' as 'https://plan.be/fr/': what a page's URL follows."""
    return site_url.rstrip("/") + "/"


def entity_source(section: str, key: str) -> str:
    """'acties/de-stek.md': the page's source path below docs/."""
    return f"{section}/{key}.md"


@lru_cache(maxsize=4096)  # the same names again and again, in every project
def municipality_slug(name: str) -> str:
    """The page name of a gemeente. A name with no Latin letters or digits (slugify
    leaves nothing) still gets a page of its own, named after its text."""
    slug = slugify(name)
    if slug:
        return slug
    return "gemeente-" + hashlib.sha256(name.strip().encode("utf-8")).hexdigest()[:10]


PRIVACY = "privacy"
OPEN_DATA = "open-data"


def page_address(source: str) -> str:
    """The address MkDocs gives the page ``source`` (below docs/, directory URLs, as
    Planwijzer builds): 'partners.md', 'partners/index.md' and 'partners/README.md'
    are all 'partners/'; 'index.md' is ''."""
    folder, _, name = source.rpartition("/")
    stem = name.removesuffix(".md")
    parts = [p for p in (folder, "" if stem in ("index", "README") else stem) if p]
    return "/".join(parts) + "/" if parts else ""
