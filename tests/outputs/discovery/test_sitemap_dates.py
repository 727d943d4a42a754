"""The sitemap's lastmod from the data's history (never the build's day), and a
robots.txt that names the sitemap."""

from __future__ import annotations

from planwijzer.outputs.discovery.history import DataHistory
from planwijzer.outputs.discovery.sitemap import dated_sitemap, robots_txt

SITE = "https://plan.example/plan/"
MKDOCS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url>
         <loc>https://plan.example/plan/</loc>
         <lastmod>2026-12-07</lastmod>
    </url>
    <url>
         <loc>https://plan.example/plan/acties/een/</loc>
         <lastmod>2026-12-07</lastmod>
    </url>
</urlset>"""


def test_a_page_changed_by_a_version_has_that_versions_date():
    history = DataHistory(
        ("2024-01", "2025-03-15"), ("2024-12-31",), None, {"acties/een/": "2024-01"}
    )
    text = dated_sitemap(MKDOCS, SITE, history)
    assert "2026-12-07" not in text  # the build's day
    assert (
        "<loc>https://plan.example/plan/acties/een/</loc>\n         <lastmod>2024-01</lastmod>"
        in text
    )
    # Any other page: the plan's last change (here the last version).
    assert "<loc>https://plan.example/plan/</loc>\n         <lastmod>2025-03-15</lastmod>" in text


def test_without_any_date_no_lastmod_is_invented():
    text = dated_sitemap(MKDOCS, SITE, DataHistory())
    assert "<lastmod>" not in text and text.count("<loc>") == 2


def test_a_commit_after_the_last_version_may_have_changed_any_page():
    history = DataHistory(("2024-01",), (), "2026-11-30", {"acties/een/": "2024-01"})
    text = dated_sitemap(MKDOCS, SITE, history)
    assert text.count("<lastmod>2026-11-30</lastmod>") == 2


def test_robots_txt_names_the_sitemap_and_keeps_the_cards_out():
    text = robots_txt(SITE).decode()
    assert "Sitemap: https://plan.example/plan/sitemap.xml" in text.splitlines()
    assert "Disallow: /plan/insluiten/" in text.splitlines()
