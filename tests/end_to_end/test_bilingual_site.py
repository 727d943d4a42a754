"""A plan in two languages (tests/plans/tweetalig, fictional): one site, every page in
both, each linking to its counterpart, every interface word in the page's language."""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from spellchecker import SpellChecker

from paths import BILINGUAL
from planwijzer.cli import main as cli_main
from planwijzer.shared.interface import catalogue_path

# The test plan followed up: a report and an indicator (fictional, like the plan), so
# that their pages and their words are checked in French too.
FOLLOW_UP = {
    "data/opvolging/2026-voortgang.yaml": """\
# Een verzonnen voortgangsrapport van het tweetalige testplan (zie data/plan.yaml).
titel: {nl: Voortgangsrapport 2026, fr: Rapport d'avancement 2026}
soort: voortgangsrapport
peildatum: 2026-06-30
verslag:
  nl: Een verzonnen verslag over de eerste helft van 2026.
  fr: Un rapport inventé sur le premier semestre 2026.
acties:
  waardig-wonen:
    status: lopend
    voortgang: 20
    toelichting:
      nl: De eerste verzonnen avonden liepen.
      fr: Les premières soirées inventées ont eu lieu.
    mijlpalen:
      - titel: {nl: Eerste huurdersavond, fr: Première soirée des locataires}
        datum: 2026-05
        gehaald: true
""",
    "data/indicatoren.yaml": """\
# Een verzonnen indicator van het tweetalige testplan (zie data/plan.yaml). De eenheid
# '%' heeft geen letters: ze is in elke taal dezelfde, geen ontbrekende vertaling.
indicatoren:
  - id: bereikte-huurders
    titel: {nl: Bereikte huurders, fr: Locataires atteints}
    eenheid: "%"
    richting: hoger
    bij: [waardig-wonen]
    basis: {datum: 2025, waarde: 10}
    streefwaarden: [{datum: 2030, waarde: 40}]
    metingen: [{datum: 2026-06, waarde: 12}]
""",
}


@pytest.fixture(scope="module")
def followed_up(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = tmp_path_factory.mktemp("tweetalig") / "plan"
    shutil.copytree(BILINGUAL, plan)
    for name, text in FOLLOW_UP.items():
        (plan / name).parent.mkdir(parents=True, exist_ok=True)
        (plan / name).write_text(text, encoding="utf-8")
    return plan


@pytest.fixture(scope="module")
def site(followed_up: Path) -> Path:
    out = followed_up.parent / "site"
    assert cli_main(["build", str(followed_up), "--out", str(out)]) == 0
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
            # hreflang is in the sitemap: Material's script fetches '<href>/sitemap.xml'
            # for every <link rel="alternate"> in a page's head.
            assert not soup.select('link[rel="alternate"][hreflang]'), path


def test_one_sitemap_lists_both_languages(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    addresses = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert "https://tweetalig.example/plan/acties/waardig-wonen/" in addresses
    assert "https://tweetalig.example/plan/fr/acties/waardig-wonen/" in addresses
    assert len(addresses) == len(set(addresses))
    assert not (site / "fr" / "sitemap.xml").exists()
    # every address names itself and its counterpart (hreflang, in the sitemap's form)
    for entry in re.findall(r"<url>.*?</url>", sitemap, flags=re.DOTALL):
        loc = re.search(r"<loc>([^<]+)</loc>", entry).group(1)
        url = loc.removeprefix("https://tweetalig.example/plan/").removeprefix("fr/")
        alternates = dict(re.findall(r'hreflang="(\w+)" href="([^"]+)"', entry))
        base = "https://tweetalig.example/plan/"
        assert alternates == {"nl": base + url, "fr": base + "fr/" + url}, loc
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in sitemap


def _po(code: str):  # type: ignore[no-untyped-def]
    with catalogue_path(code).open("rb") as source:
        return read_po(source, locale=code)


def _both(value: str | tuple) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def _theme_words(code: str) -> dict[str, str]:
    """Material's own words in ``code`` (its partials/languages/<code>.html)."""
    import material

    path = Path(material.__file__).parent / "templates/partials/languages" / f"{code}.html"
    return dict(re.findall(r'^\s*"([\w.]+)": "([^"]*)"', path.read_text(encoding="utf-8"), re.M))


def _words(text: str) -> set[str]:
    """The words of a text, lower case; not a placeholder's name nor a tag's."""
    text = re.sub(r"%\(\w+\)s|<[^>]+>", " ", text)
    return {word.lower() for word in re.findall(r"[^\W\d_]+", text)}


def _dutch_words() -> dict[str, str]:
    """Every Dutch piece of the interface that French writes otherwise, whatever its
    length: the parts of each message (and of the theme's own words) between its
    placeholders and tags, as a pattern matched on word boundaries. A part whose words
    are all French words too ('de', 'en', 'van') cannot tell the languages apart and is
    left out;
    so is a message that is the same in both languages ('Partner' is not 'Partenaire',
    'Indicator' ... 'Open data' is both)."""
    messages = []  # (the Dutch texts, the French texts)
    for message in _po("fr"):
        if message.id:
            messages.append((_both(message.id), _both(message.string)))
    dutch_theme, french_theme = _theme_words("nl"), _theme_words("fr")
    for key, text in dutch_theme.items():
        if key in french_theme and not key.startswith("search.config"):
            messages.append(((text,), (french_theme[key],)))
    french = SpellChecker(language="fr").word_frequency  # a word list of French
    found: dict[str, str] = {}
    for dutch, said in messages:
        if set(dutch) == set(said):
            continue
        for text in dutch:
            for part in re.split(r"%\(\w+\)s|#|<[^>]+>", text):
                part = " ".join(part.split()).strip(" .,:;!?()·‘’'\"«»")
                if any(w not in french for w in _words(part)) and not any(
                    part in other for other in said
                ):
                    pattern = r"\s+".join(re.escape(word) for word in part.split())
                    found[part] = rf"(?<![\w-]){pattern}(?![\w-])"
    return found


def _text_in_page_language(soup: BeautifulSoup, dutch_titles: set[str]) -> str:
    """What a French reader of the page reads or hears, without what is marked Dutch,
    the plan's own Dutch page titles, and names (a column in code, a file name not to
    translate) wherever the page names them."""
    names = {name.get_text() for name in soup.select('code, [translate="no"]')}
    for other in soup.select('[lang="nl"], code, [translate="no"], script, style, template'):
        other.decompose()  # a text shown in Dutch is marked so
    said = [soup.get_text(" ")]
    # what a screen reader or a link preview says is said too
    for element in soup.select("[aria-label], [title], [alt], [placeholder]"):
        said += [element.get(name) or "" for name in ("aria-label", "title", "alt", "placeholder")]
    text = re.sub(r"\s+", " ", " ".join(said))
    for title in dutch_titles:  # a narrative page shown in Dutch: its title is the plan's
        text = text.replace(title, " ")
    for name in names:
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", text)
    return text


def _dutch_page_titles(plan: Path) -> set[str]:
    """The titles of the plan's narrative pages that have no French page."""
    titles = set()
    for page in (plan / "docs").rglob("*.md"):
        if ".fr." in page.name or page.with_suffix(".fr.md").exists():
            continue
        heading = re.search(r"^# (.+)$", page.read_text(encoding="utf-8"), re.M)
        if heading:
            titles.add(heading.group(1).strip())
    return titles


def test_every_interface_word_of_a_french_page_is_french(site):
    words = _dutch_words()
    assert len(words) > 300  # the check has something to find
    assert {"rij", "rijen", "project", "Zoeken", "Inhoud van deze pagina"} <= set(words)
    patterns = re.compile("|".join(sorted(words.values(), key=len, reverse=True)), re.I)
    titles = _dutch_page_titles(BILINGUAL)
    for page in sorted(_pages(site, below="fr")):
        text = _text_in_page_language(_soup(site / "fr" / page), titles)
        found = sorted({m.group(0) for m in patterns.finditer(text)})
        assert not found, f"fr/{page}: {found[:5]}"
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


def test_a_french_page_is_typeset_in_french(site):
    """A no-break space before ':' ';' '!' '?' on every French page (what a screen
    reader hears too), sizes in French units, the plan's own French level codes."""
    titles = _dutch_page_titles(BILINGUAL)
    for page in sorted(_pages(site, below="fr")):
        text = _text_in_page_language(_soup(site / "fr" / page), titles)
        loose = [m.group(0) for m in re.finditer(r"\S{0,20}[^\s\u00a0\u202f][:;!?](?!//|\w)", text)]
        assert not loose, f"fr/{page}: {loose[:3]}"
    sizes = [s.get_text() for s in _soup(site / "fr/open-data/index.html").select(".pw-file__size")]
    assert sizes and all(re.fullmatch(r"[\d\u202f,]+\u00a0(octets?|ko|Mo)", s) for s in sizes)
    goal = _soup(site / "fr/doelstellingen/od1/index.html").h1.get_text(" ", strip=True)
    assert goal.startswith("OO1.1") and "SD" not in goal
    assert (
        _soup(site / "doelstellingen/od1/index.html")
        .h1.get_text(" ", strip=True)
        .startswith("OD1.1")
    )


def test_counts_and_titles_read_right_in_french(site):
    goals = _soup(site / "fr/doelstellingen/index.html")
    heard = [s.get_text() for s in goals.select(".pw-count .pw-sr")]
    assert "1 action\u00a0: contribue certainement" in heard
    assert "0 action\u00a0: contribue peut-être" in heard
    shown = [s.get_text() for s in goals.select(".pw-rollup-short")]
    assert shown and all(s.startswith(("1 sur 1 rapportée ", "0 sur 1 rapportée")) for s in shown)
    assert _soup(site / "fr/acties/index.html").select_one("#pw-count").get_text() == (
        "2 sur 2 actions"
    )
    lead = _soup(site / "fr/acties/index.html").select_one("article p").get_text()
    assert "Les actions du plan «\u202fPlan d'exemple bilingue 2026-2030\u202f»." in lead
    privacy = _soup(site / "fr/privacy/index.html").get_text(" ")
    assert "Ce site web présente le plan «\u202fPlan d'exemple bilingue 2026-2030\u202f»" in privacy


def test_the_french_pdf_is_typeset_in_french_and_quotes_titles(site):
    pdf = site / "fr/downloads/plan-d-exemple-bilingue-2026-2030.pdf"
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())  # pdftotext writes a no-break space as a space
    dutch = (BILINGUAL / "docs/over.md").read_text(encoding="utf-8")  # shown as written
    loose = [m for m in re.findall(r"\S+[^\s][:;!?](?=\s|$)", text) if m not in dutch]
    assert loose == []
    assert "Atteint : Première soirée des locataires" in text
    assert "jusqu'au rapport « Rapport d'avancement 2026 » inclus" in text


def test_a_value_without_letters_is_no_missing_translation(site, followed_up, capsys):
    """The indicator's unit '%' reads the same in French: not counted, not marked."""
    assert cli_main(["check", str(followed_up)]) == 0
    said = capsys.readouterr()
    assert "3 teksten zonder vertaling in het Frans" in said.out + said.err  # not 4
    page = _soup(site / "fr/indicatoren/bereikte-huurders/index.html")
    assert not page.select('article [lang="nl"]')
    assert "40\u00a0%" in page.get_text()


def test_a_municipality_reads_as_statbel_names_it_in_the_page_language(site):
    """The plan writes 'gemeente: Brussel'; French pages say Bruxelles (Statbel's
    register gives both), at the same address."""
    pages = ["gemeenten/brussel/", "gemeenten/", "acties/", "acties/waardig-wonen/"]
    for url in pages:
        french = _soup(site / "fr" / url / "index.html")
        text = _text_in_page_language(french, set())
        assert "Bruxelles" in text and "Brussel " not in text + " ", url
        assert "Bruxelles" not in _soup(site / url / "index.html").get_text(), url
    french = _soup(site / "fr/gemeenten/brussel/index.html")
    assert french.h1.get_text(strip=True) == "Bruxelles"
    assert french.title.get_text().startswith("Bruxelles")
    option = _soup(site / "fr/acties/index.html").select_one('option[value="brussel"]')
    assert option.get_text() == "Bruxelles"  # the filter, its value the address's
    assert _soup(site / "gemeenten/brussel/index.html").h1.get_text(strip=True) == "Brussel"


def test_a_text_shown_in_dutch_says_so_visibly(site):
    """Besides lang="nl" (for a screen reader), a note a reader sees: above a block,
    after a short text, above a page; in the page's language."""
    action = _soup(site / "fr/acties/een-loket/index.html")
    block = action.select_one("#korte-omschrijving .pw-foreign")
    assert block.select_one(".pw-foreign-note").get_text() == "en néerlandais"
    assert "lang" not in block.select_one(".pw-foreign-note").attrs  # in the page's French
    assert "verzonnen loket" in block.select_one('div[lang="nl"]').get_text()
    title = _soup(site / "fr/doelstellingen/od2/index.html").h1
    assert title.select_one(".pw-foreign-mark").get_text() == "(en néerlandais)"
    assert title.select_one('[lang="nl"]').find_next_sibling(class_="pw-foreign-mark")
    page = _soup(site / "fr/over/index.html").select_one("article .pw-foreign")
    assert page.select_one(".pw-foreign-note").get_text() == "en néerlandais"
    # a Dutch page has nothing to say so about
    assert not _soup(site / "acties/een-loket/index.html").select(".pw-foreign, .pw-foreign-mark")
