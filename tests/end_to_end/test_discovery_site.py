"""Being found, in a built site of a plan in two languages with a site_url (a copy of
tests/plans/tweetalig in a git repository of its own): every page names the feed of
its language and has a link preview with its absolute address; the catalogue, the
feeds, the cards to embed, the sitemap's dates and robots.txt are there."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup
from rdflib import Graph

from paths import BILINGUAL
from planwijzer.cli import main as cli_main

SITE = "https://tweetalig.example/plan/"  # tests/plans/tweetalig/mkdocs.yml
COMMITTED = "2026-11-30T10:00:00+00:00"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = tmp_path_factory.mktemp("vindbaar") / "plan"
    shutil.copytree(BILINGUAL, plan)
    with (plan / "data" / "plan.yaml").open("a", encoding="utf-8") as out:
        out.write("contact: {email: plan@voorbeeld.example}\nlicentie: CC-BY-4.0\n")
        out.write("versies:\n  - {datum: 2026-02, besluit: Plan goedgekeurd.}\n")
    env = {**os.environ, "GIT_COMMITTER_DATE": COMMITTED, "GIT_AUTHOR_DATE": COMMITTED}
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "plan"]):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=plan, env=env, check=True,
        )  # fmt: skip
    out = plan.parent / "site"
    assert cli_main(["build", str(plan), "--out", str(out)]) == 0
    return out


def _pages(site: Path) -> list[Path]:
    """Every page of the site but the cards to embed (pages of their own)."""
    return [p for p in site.rglob("*.html") if "insluiten" not in p.parts and p.name != "404.html"]


def test_every_page_names_its_languages_feed_and_has_a_link_preview(site):
    pages = _pages(site)
    assert len(pages) > 40
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        address = SITE + path.parent.relative_to(site).as_posix() + "/"
        address = address.replace("/./", "/")
        language = "fr" if path.relative_to(site).parts[0] == "fr" else "nl"
        feed = soup.find("link", rel="alternate", type="application/atom+xml")
        root = SITE + ("fr/" if language == "fr" else "")
        assert feed is not None and feed["href"] == root + "feed.xml", path
        og = {m["property"]: m["content"] for m in soup.find_all("meta", property=True)}
        assert og["og:url"] == address, path
        assert og["og:title"] and og["og:description"], path
        assert og["og:image"] == root + "assets/planwijzer/deelkaart.png"
        assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"


def test_one_feed_per_language(site):
    dutch = feedparser.parse((site / "feed.xml").read_bytes())
    french = feedparser.parse((site / "fr" / "feed.xml").read_bytes())
    assert not dutch.bozo and not french.bozo
    assert dutch.feed.title == "Wijzigingen in het plan ‘Tweetalig voorbeeldplan 2026-2030’"
    title = "Modifications du plan «\u202fPlan d'exemple bilingue 2026-2030\u202f»"
    assert french.feed.title == title
    assert [e.link for e in french.entries] == [f"{SITE}fr/wijzigingen/#versie-1"]
    assert dutch.entries[0].id != french.entries[0].id


def test_the_catalogue_holds_both_languages_and_the_pdf(site):
    graph = Graph().parse(site / "data" / "catalogus.ttl", format="turtle")
    titles = {
        (str(t), t.language) for t in graph.objects(None, None) if getattr(t, "language", None)
    }
    assert ("Tweetalig voorbeeldplan 2026-2030", "nl") in titles
    assert ("Plan d'exemple bilingue 2026-2030", "fr") in titles
    text = (site / "data" / "catalogus.ttl").read_text(encoding="utf-8")
    assert f"<{SITE}downloads/" in text and ".pdf>" in text
    assert json.loads((site / "data" / "catalogus.jsonld").read_text(encoding="utf-8"))


def test_cards_to_embed_for_every_action_and_goal_in_both_languages(site):
    for root in (site, site / "fr"):
        actions = {p.name for p in (root / "acties").iterdir() if p.is_dir()}
        cards = {p.name for p in (root / "insluiten" / "acties").iterdir()}
        assert actions == cards
        goals = {p.name for p in (root / "doelstellingen").iterdir() if p.is_dir()}
        assert goals == {p.name for p in (root / "insluiten" / "doelstellingen").iterdir()}
    oembed = json.loads((site / "insluiten/acties/een-loket/oembed.json").read_text())
    assert oembed["type"] == "rich" and oembed["version"] == "1.0"
    assert f'src="{SITE}insluiten/acties/een-loket/"' in oembed["html"]
    page = BeautifulSoup((site / "acties/een-loket/index.html").read_text(), "html.parser")
    link = page.find("link", type="application/json+oembed")
    assert link["href"] == f"{SITE}insluiten/acties/een-loket/oembed.json"
    snippet = page.find("details", class_="pw-embed")
    assert snippet.summary.get_text() == "Insluiten op je eigen site"
    assert snippet.code.get_text() == oembed["html"]  # the same code, as text to copy


def test_the_home_page_says_who_and_what_in_json_ld(site):
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    [data] = [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]
    types = [item["@type"] for item in data["@graph"]]
    assert types == ["Organization", "WebSite"]
    assert data["@graph"][0]["email"] == "plan@voorbeeld.example"


def test_the_sitemap_is_dated_by_the_data_and_robots_txt_names_it(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap))
    assert dates == {"2026-11-30"}  # the commit of data/, later than the version 2026-02
    assert f"<loc>{SITE}fr/acties/een-loket/</loc>" in sitemap
    assert "insluiten" not in sitemap
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE}sitemap.xml" in robots.splitlines()
