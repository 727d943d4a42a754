"""Being found: what lets portals, feed readers, search engines and partners' sites
find and show the plan (a DCAT-AP catalogue, an Atom feed, structured data, link
previews, cards to embed, the sitemap's dates). Every address in it is absolute, so
all of it needs mkdocs.yml's ``site_url``; without it a build makes none of it and
``check`` says so (``checking/discovery``)."""

from .history import DataHistory

__all__ = ["DataHistory"]
