"""A plan in two languages (tests/plans/tweetalig, fictional): one site, every page in
both, each linking to its counterpart, every interface word in the page's language."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup

from paths import BILINGUAL
from planwijzer.cli import main as cli_main
from planwijzer.shared.interface import catalogue_path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tweetalig") / "site"
    assert cli_main(["build", str(BILINGUAL), "--out", str(out)]) == 0
    return out


def _pages(root: Path, *, below: str = "") -> set[str]:
    base = root / below if below else root
    found = {p.relative_to(base).as_posix() for p in base.rglob("*.html")}
    # The cards to embed are small pages without the site's header (no language menu).
    found = {p for p in found if not p.startswith(("insluiten/", "fr/insluiten/"))}
    return {p for p in found if not p.startswith("fr/")} if not below else found


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _target(page: str, href: str) -> str:
    """The file a relative link of ``page`` leads to."""
    folder = posixpath.dirname(page)
    joined = posixpath.normpath(posixpath.join(folder, href))
    if joined == ".":
        return "index.html"
    return joined + "/index.html" if not joined.endswith(".html") else joined


def test_every_page_has_its_counterpart_in_the_other_language(site):
    dutch, french = _pages(site), _pages(site, below="fr")
    assert dutch == french
    assert "acties/waardig-wonen/index.html" in french


def test_every_page_links_to_the_same_page_in_the_other_language(site):
    for page in sorted(_pages(site) - {"404.html"}):
        for language, prefix in (("nl", ""), ("fr", "fr/")):
            path = prefix + page
            soup = _soup(site / path)
            assert soup.html["lang"] == language, path
            switcher = soup.select_one("nav.pw-languages")
            assert switcher is not None, path
            assert switcher.select_one('[aria-current="page"]')["lang"] == language
            other = "fr" if language == "nl" else "nl"
            link = switcher.select_one(f'a[hreflang="{other}"]')
            counterpart = ("fr/" if other == "fr" else "") + page
            assert _target(path, link["href"]) == counterpart, path
            alternates = {
                a["hreflang"]: a["href"] for a in soup.select('link[rel="alternate"][hreflang]')
            }
            base = "https://tweetalig.example/plan/"
            url = page.removesuffix("index.html")
            assert alternates == {"nl": base + url, "fr": base + "fr/" + url}, path


def test_one_sitemap_lists_both_languages(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    addresses = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert "https://tweetalig.example/plan/acties/waardig-wonen/" in addresses
    assert "https://tweetalig.example/plan/fr/acties/waardig-wonen/" in addresses
    assert len(addresses) == len(set(addresses))
    assert not (site / "fr" / "sitemap.xml").exists()


def _dutch_phrases() -> set[str]:
    """The Dutch interface's words (the parts of each message between its
    placeholders and tags) that French says otherwise: four words or more."""
    with catalogue_path("fr").open("rb") as source:
        french = read_po(source, locale="fr")
    phrases = set()
    for message in french:
        if not message.id:
            continue
        dutch = message.id if isinstance(message.id, str) else message.id[0]
        translated = message.string if isinstance(message.string, str) else message.string[0]
        for part in re.split(r"%\(\w+\)s|<[^>]+>", dutch):
            part = part.strip(" .,:;")
            if len(part.split()) >= 4 and part not in translated:
                phrases.add(part)
    return phrases


def _text_in_page_language(soup: BeautifulSoup) -> str:
    for other in soup.select('[lang="nl"]'):
        other.decompose()  # a text shown in Dutch is marked so: not an interface word
    return re.sub(r"\s+", " ", soup.get_text(" "))


def test_every_interface_word_of_a_french_page_is_french(site):
    phrases = _dutch_phrases()
    assert len(phrases) > 100  # the check has something to find
    for page in sorted(_pages(site, below="fr")):
        text = _text_in_page_language(_soup(site / "fr" / page))
        found = [p for p in phrases if p in text]
        assert not found, f"fr/{page}: {found[:3]}"
    action = _soup(site / "fr/acties/waardig-wonen/index.html").get_text(" ")
    assert "Contribution aux objectifs" in action and "Période" in action


def test_a_missing_translation_shows_the_main_language_marked(site):
    page = _soup(site / "fr/acties/een-loket/index.html")
    marked = page.select_one('.pw-lead[lang="nl"], div[lang="nl"]')
    assert marked is not None and "verzonnen loket" in marked.get_text()
    goal = _soup(site / "fr/doelstellingen/od2/index.html")
    assert goal.select_one('h1 [lang="nl"]').get_text() == "Betaalbare huur"
    # a narrative page without its French page: the Dutch one, marked as such
    page = _soup(site / "fr/over/index.html")
    assert page.html["lang"] == "fr"
    assert "alleen in het Nederlands" in page.select_one('article div[lang="nl"]').get_text()
    # and the Dutch page says nothing is foreign
    assert not _soup(site / "acties/een-loket/index.html").select('main [lang="fr"]')


def test_the_check_counts_what_is_missing_in_french(capsys):
    assert cli_main(["check", str(BILINGUAL)]) == 0
    said = capsys.readouterr()
    said = said.out + said.err
    assert "3 teksten zonder vertaling in het Frans ('fr')" in said
    assert "docs/over.md:1 (pagina, zonder over.fr.md)" in said
    assert "data/acties.yaml:21 (een-loket.omschrijving)" in said
    assert "data/doelstellingen.yaml:15 (od2.titel)" in said
    assert cli_main(["check", str(BILINGUAL), "--strict-talen"]) == 1


def test_the_built_in_sdgs_read_in_the_page_language(site):
    french = _soup(site / "fr/kaders/sdg/index.html")
    assert french.h1.get_text(strip=True).startswith("Objectifs de développement durable")
    assert "Pas de pauvreté" in french.get_text() and not french.select('article [lang="nl"]')
    assert "Geen armoede" in _soup(site / "kaders/sdg/index.html").get_text()


def test_a_plan_own_menu_gives_each_page_its_title_in_the_other_language(tmp_path):
    plan = tmp_path / "plan"
    shutil.copytree(BILINGUAL, plan)
    mkdocs = plan / "mkdocs.yml"
    mkdocs.write_text(
        mkdocs.read_text(encoding="utf-8")
        + "nav:\n  - Start: index.md\n  - Het plan:\n      - Over het plan: over.md\n"
        "  - Doelstellingen: doelstellingen/index.md\n",
        encoding="utf-8",
    )
    (plan / "docs" / "over.fr.md").write_text("# À propos du plan\n\nInventé.\n", "utf-8")
    out = tmp_path / "site"
    assert cli_main(["build", str(plan), "--out", str(out)]) == 0
    menu = _soup(out / "fr/index.html").select_one("nav.md-nav--primary").get_text(" ")
    assert "À propos du plan" in menu and "Objectifs" in menu
    assert "Over het plan" not in menu
    dutch = _soup(out / "index.html").select_one("nav.md-nav--primary").get_text(" ")
    assert "Over het plan" in dutch and "Doelstellingen" in dutch
