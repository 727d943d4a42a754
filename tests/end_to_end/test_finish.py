"""The finish a reader trusts (issue 'Afwerking'): tables, the 404 page, the order of an
action page, charts, symbols, codes, counts, titles, pills, the timeline and search,
measured in Chromium on a plan the test writes, at a phone's and a desktop's width."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from browsercheck import AXE_OPTIONS, open_search, search_results, served, settle
from planfolders import folder_with
from sitecheck import content, soup

pytestmark = pytest.mark.browser

PLAN = {
    "data/plan.yaml": """\
        titel: Proefplan 2021-2025
        organisatie: Proeforganisatie vzw
        periode: {van: 2021, tot: 2025}
        niveaus:
          - sleutel: doelstellingen
            naam: Strategische doelstelling
            meervoud: Strategische doelstellingen
            afkorting: SD
          - sleutel: subdoelen
            naam: Operationele doelstelling
            meervoud: Operationele doelstellingen
            afkorting: OD
        """,
    "data/doelstellingen.yaml": """\
        doelstellingen:
          - id: sd-wonen
            code: SD1
            titel: Betaalbaar wonen
            subdoelen:
              - {id: od-energie, code: OD1.1, titel: Minder gezinnen in energiearmoede}
              - {id: od-huur, code: OD1.2, titel: Betere huurwoningen}
          - id: sd-samen
            code: SD2
            titel: Samen in de buurt
            subdoelen:
              - {id: od-buurt, code: OD2.1, titel: Plekken om elkaar te ontmoeten}
        """,
    "data/acties.yaml": """\
        acties:
          - id: energiescans
            code: "1"
            titel: Gratis energiescans aan huis
            omschrijving: Een energiesnoeier bezoekt gezinnen en geeft tips.
            context: |
              Veel gezinnen betalen te veel voor energie. Dit is een lange context om de
              omschrijving naar beneden te duwen als die na de context zou staan.
            trekker: partner-x
            periode: {van: 2021, tot: 2025}
            bijdragen: {zeker: [od-energie], mogelijk: [od-huur]}
            kaders: {prioriteiten: [armoede]}
            projecten:
              - {titel: Energiecafé, gemeente: Ronse}
          - id: renovatie
            code: "2"
            titel: Begeleiding bij renovatie
            omschrijving: Hulp bij premies en werken.
            trekker: partner-x
            periode: {van: 2021-09, tot: 2025-12}
            bijdragen: {zeker: [od-huur]}
            projecten:
              - {titel: Energiecafé, gemeente: Ronse}
              - {titel: Renovatieloket, gemeente: Beveren}
          - id: buurthuis
            code: "3"
            titel: Een buurthuis in de stationswijk
            omschrijving: Een open huis met koffie en activiteiten.
            partners: [partner-x]
            periode: {van: 2022, tot: 2025}
            bijdragen: {zeker: [od-buurt]}
        """,
    "data/partners.yaml": "partners:\n  - {id: partner-x, naam: Partner X}\n",
    "data/kaders/prioriteiten.yaml": """\
        titel: Prioriteiten van de minister
        onderdelen:
          - {id: armoede, code: P1, titel: Armoede bestrijden}
          - {id: wonen, code: P2, titel: Betaalbaar wonen}
        """,
    "data/opvolging/2022.yaml": """\
        titel: Voortgangsrapport 2022
        peildatum: 2022-12-31
        acties:
          energiescans:
            {status: lopend, voortgang: 35, toelichting: De scans bereiken vooral huurders.}
          renovatie: {status: lopend, voortgang: 30}
          buurthuis:
            status: lopend
            voortgang: 30
            mijlpalen: [{titel: Buurthuis open, datum: 2022-11, gehaald: true}]
        """,
    "data/opvolging/2023.yaml": """\
        titel: Voortgangsrapport 2023
        peildatum: 2023-12-31
        acties:
          energiescans: {status: lopend, voortgang: 60}
          renovatie: {status: stopgezet, toelichting: Het provinciale loket neemt het over.}
          buurthuis: {status: vertraagd, voortgang: 55, toelichting: Een verbouwing liep uit.}
        """,
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: energiearmoede
            titel: Gezinnen in energiearmoede
            eenheid: "%"
            richting: lager
            bij: [od-energie]
            basis: {datum: 2020, waarde: 14.5}
            streefwaarden: [{datum: 2025, waarde: 10}]
            metingen:
              - {datum: 2021, waarde: 14.2}
              - {datum: 2023, waarde: 13.8, toelichting: De energieprijzen stegen sterk.}
        """,
    "docs/index.md": None,
    "docs/over.md": "# Over dit plan\n\nEen proefplan voor de tests.\n",
}
PAGES = [
    "",
    "acties/energiescans/",
    "acties/buurthuis/",
    "acties/renovatie/",
    "doelstellingen/sd-wonen/",
    "tijdlijn/",
    "indicatoren/energiearmoede/",
    "opvolging/2023/",
    "gemeenten/",
    "gemeenten/ronse/",
    "gemeenten/beveren/",
    "partners/partner-x/",
    "open-data/",
    "kaders/prioriteiten/",
    "kaders/prioriteiten/matrix/",
    "overzicht/",
    "404.html",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 1 January 2025
        folder = folder_with(tmp_path_factory.mktemp("afwerking") / "plan", PLAN)
        assert folder.build() == 0
    return folder.root / "site"


@pytest.fixture(scope="module")
def url(site):
    with served(site) as base:
        yield base


# -- 1. tables ------------------------------------------------------------------------

MEASURE_TABLES = """() => {
  const found = [];
  for (const table of document.querySelectorAll('article table:not(.pw-matrix)')) {
    if (!table.offsetParent) continue;  // hidden: not read
    const name = table.className + ' ' + (table.caption ? table.caption.textContent : '');
    if (!table.querySelector('thead th')) found.push(name + ': no header row');
    for (const cell of table.querySelectorAll('tbody th, tbody td')) {
      const style = getComputedStyle(cell);
      const row = getComputedStyle(cell.parentElement);
      const text = cell.textContent.trim();
      if (parseFloat(style.paddingLeft) < 4) found.push(name + ': no padding in ' + text);
      const ruled = parseFloat(style.borderTopWidth) > 0 || parseFloat(row.borderTopWidth) > 0;
      if (!ruled) found.push(name + ': cells run together at ' + text);
      const align = style.textAlign;
      if (!['left', 'start'].includes(align) && !cell.classList.contains('pw-num'))
        found.push(name + ': ' + align + ' aligned ' + text);
      if (cell.scrollWidth > cell.clientWidth + 1) found.push(name + ': overflows ' + text);
      for (const link of cell.querySelectorAll('a, th > *')) {
        const lines = link.getClientRects().length;
        const words = link.textContent.trim().split(/\\s+/).length;
        if (lines > words) found.push(name + ': a word broken in ' + link.textContent.trim());
      }
    }
  }
  const wider = document.documentElement.scrollWidth - window.innerWidth;
  if (wider > 0) found.push('the page scrolls sideways by ' + wider + ' px');
  return found;
}"""


@pytest.mark.parametrize("width", [375, 1280])
def test_every_table_is_ruled_padded_left_aligned_and_whole_at_every_width(open_page, url, width):
    page = open_page(width=width)
    found = {}
    for path in PAGES:
        page.goto(url + path)
        problems = page.evaluate(MEASURE_TABLES)
        if problems:
            found[path] = problems
    assert found == {}


def test_the_history_table_has_the_dated_explanations(site):
    rows = content(site, "acties/buurthuis/").select("table.pw-history tbody tr")
    texts = [" ".join(r.get_text(" ").split()) for r in rows]
    assert texts[0].startswith("Voortgangsrapport 2023 31 december 2023 Vertraagd 55%")
    assert "Een verbouwing liep uit." in texts[0]


# -- 2. the 404 page --------------------------------------------------------------------


@pytest.mark.parametrize("width", [375, 1280])
def test_the_404_page_is_dutch_with_search_and_ways_in(open_page, url, width):
    page = open_page(width=width)
    page.goto(url + "404.html")
    assert page.locator("article h1").inner_text() == "Deze pagina bestaat niet (meer)"
    assert page.title().startswith("Pagina niet gevonden - Proefplan 2021-2025")
    links = {a.inner_text(): a.get_attribute("href") for a in page.locator("article li a").all()}
    assert links == {
        "De startpagina": "/",
        "Alle acties": "/acties/",
        "De doelstellingen": "/doelstellingen/",
    }
    settle(page)
    assert Axe().run(page, options=AXE_OPTIONS).response["violations"] == []
    page.get_by_role("button", name="Zoek op deze site").click()
    page.wait_for_selector(".md-search__input:focus")


# -- 3. an action page says what the action is first -------------------------------------


def test_an_action_page_opens_with_its_description(open_page, url):
    page = open_page(width=375)
    page.goto(url + "acties/energiescans/")
    description = page.get_by_text("Een energiesnoeier bezoekt gezinnen").bounding_box()
    state = page.locator("#stand-van-zaken").bounding_box()
    context = page.get_by_text("Veel gezinnen betalen te veel").bounding_box()
    assert description["y"] < state["y"] < context["y"]
    assert description["y"] < 400  # within the first screen of a phone


# -- 4. charts that fit and explain ------------------------------------------------------

MEASURE_CHART = """() => {
  const svg = document.querySelector('.pw-chart svg[role=img]');
  const box = svg.getBoundingClientRect();
  return Array.from(svg.querySelectorAll('text')).map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5
            && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
            px: parseFloat(getComputedStyle(t).fontSize) * box.width / svg.viewBox.baseVal.width};
  });
}"""


@pytest.mark.parametrize("width", [375, 768, 1280])
def test_a_chart_keeps_its_labels_inside_and_readable(open_page, url, width):
    page = open_page(width=width)
    page.goto(url + "indicatoren/energiearmoede/")
    labels = page.evaluate(MEASURE_CHART)
    assert labels and all(label["inside"] for label in labels), labels
    assert min(label["px"] for label in labels) >= 12, labels


def test_a_chart_has_a_legend_with_samples_and_says_what_the_line_expects(site):
    page = content(site, "indicatoren/energiearmoede/")
    samples = page.select("figcaption svg.pw-chart__sample")
    assert [bool(s.select_one("line")) for s in samples] == [True, True]
    assert samples[0].select_one("rect") is not None and samples[1].select_one("circle") is not None
    text = " ".join(page.get_text(" ").split())
    # The line from 14,5% (2020) to 10% (2025) at 1 January 2023: 11,8% (to two decimals).
    assert "In 2023 verwachtte de streeflijn 11,8%; de meting was 13,8%: niet op koers." in text
    assert "niet op koers" in text and "Een indicator is op koers als" in text


# -- 5. and 6. one symbol one meaning, codes once ------------------------------------------


def test_a_framework_matrix_uses_its_own_symbols(site):
    plan_legend = [
        li.get_text(" ", strip=True) for li in content(site, "overzicht/").select(".pw-legend li")
    ]
    framework = content(site, "kaders/prioriteiten/matrix/")
    symbols = [li.get_text(" ", strip=True) for li in framework.select(".pw-legend li")]
    assert symbols == ["■ Draagt rechtstreeks bij", "□ Via een doelstelling"]
    assert not set(s.split()[0] for s in symbols) & {"●", "○"}
    assert plan_legend == [] or all(s not in plan_legend for s in symbols)


def test_a_code_is_shown_once(site):
    options = [o.get_text() for o in content(site, "acties/").select("#f-doel option")]
    assert "SD1: Betaalbaar wonen" in " ".join(o.strip() for o in options)
    assert not [o for o in options if re.search(r"\b(SD|OD) (SD|OD)", o)]
    heads = [
        h.get_text(" ", strip=True) for h in soup(site, "overzicht/").select("th.pw-matrix__goal")
    ]
    assert not [h for h in heads if re.search(r"\b(SD|OD) (SD|OD)", h)], heads


# -- 9. gemeente pages in plain words ------------------------------------------------------


def test_every_gemeente_page_has_the_same_facts_known_or_not(site):
    ronse = " ".join(content(site, "gemeenten/ronse/").get_text(" ").split())
    beveren = " ".join(content(site, "gemeenten/beveren/").get_text(" ").split())
    assert ronse.index("In Ronse loopt 1 project van 2 acties") < ronse.index("NIS-code 45041")
    assert "Provincie Oost-Vlaanderen" in ronse
    # Beveren's one project belongs to the action a 2023 report stopped: on 1 January 2025
    # it ran, it does not run.
    assert "In Beveren liep 1 project van 1 actie." in beveren
    assert "Provincie niet bekend" in beveren and "NIS-code niet bekend" in beveren
    assert (
        "Mogelijk is het sinds de fusies van 2025 een deel van Beveren-Kruibeke-Zwijndrecht"
        in beveren
    )


# -- 10. and 11. open data for people first, titles that say whose plan ------------------------


def test_open_data_puts_the_workbook_and_the_pdf_first(site):
    page = content(site, "open-data/")
    first = [a.get_text() for a in page.select("#om-te-lezen + ul .pw-card__title a")]
    assert [name.rsplit(".", 1)[1] for name in first] == ["pdf", "xlsx"]
    text = " ".join(page.get_text(" ").split())
    assert text.index("Een CSV-bestand in Excel openen") < text.index("Voor wie er zelf mee bouwt")
    assert "Eén rij per een" not in text


def test_every_title_ends_with_whose_plan_it_is(site):
    for path in PAGES[1:]:
        title = soup(site, path).title.get_text()
        assert title.endswith(" - Proefplan 2021-2025 - Proeforganisatie"), (path, title)
    assert soup(site, "").title.get_text() == "Proefplan 2021-2025 - Proeforganisatie"


# -- 12. smaller glitches ------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_status_pills_are_even_and_reached_milestones_stand_out_on_the_bar(open_page, url, scheme):
    page = open_page(scheme=scheme)
    page.goto(url + "acties/buurthuis/")
    pill = page.evaluate("""() => {
        const s = getComputedStyle(document.querySelector('.pw-state .pw-status'));
        return [s.borderLeftWidth, s.borderRightWidth, s.paddingLeft, s.paddingRight]; }""")
    assert pill[0] == pill[1] and pill[2] == pill[3], pill
    ring = page.evaluate("""() => {
        const d = document.querySelector('.pw-milestone--reached');
        const bar = document.querySelector('.pw-timeline--mini .pw-bar');
        return [getComputedStyle(d).boxShadow, getComputedStyle(bar).backgroundColor,
                getComputedStyle(document.body).backgroundColor]; }""")
    shadow, bar, background = ring
    assert background.replace(" ", "") in shadow.replace(" ", "")  # a ring of the page's colour
    assert bar != background


def test_a_stopped_action_ends_on_the_timeline_where_a_report_stopped_it(site):
    track = content(site, "tijdlijn/").select_one('[data-actie="renovatie"] .pw-bar')
    assert "pw-bar--stopped" in track["class"]
    said = "stopgezet volgens het rapport ‘Voortgangsrapport 2023’ (31 december 2023)"
    assert said in track.get_text()
    left, width = (float(v) for v in re.findall(r"([\d.]+)%", track["style"]))
    # From September 2021 to 31 December 2023, not to December 2025, on 2021-2025.
    assert abs(left + width - 60.0) < 0.2


def test_a_matrix_rotates_only_the_heads_that_do_not_fit(open_page, url, base_url):
    measure = """() => {
      const box = document.querySelector('.pw-matrix-scroll');
      const heads = [...box.querySelectorAll('thead th.pw-matrix__goal')];
      const rotated = heads.filter(h => h.classList.contains('pw-matrix__vertical'));
      return {sideways: box.scrollWidth - box.clientWidth, heads: heads.length,
              rotated: rotated.length,
              underlined: rotated.map(h => h.querySelector('a'))
                .filter(a => getComputedStyle(a).textDecorationLine !== 'none').length};
    }"""
    page = open_page(width=1280)
    page.goto(url + "overzicht/")  # three columns: every head fits upright
    few = page.evaluate(measure)
    assert few == {"sideways": 0, "heads": 5, "rotated": 0, "underlined": 0}
    page.goto(base_url + "overzicht/extern/")  # twelve columns: the long heads go upwards
    many = page.evaluate(measure)
    assert many["sideways"] == 0 and 0 < many["rotated"] < many["heads"]
    assert many["underlined"] == 0  # an underline written upwards is a bar, not a cue


def test_the_timeline_table_ends_a_stopped_action_where_a_report_stopped_it(site):
    rows = content(site, "tijdlijn/").select("table.pw-timeline-table tbody tr")
    ends = {
        r.th.get_text(" ", strip=True): r.select("td")[1].get_text(" ", strip=True) for r in rows
    }
    assert (
        ends["2 Begeleiding bij renovatie"]
        == "Stopgezet op 31 december 2023 (gepland: december 2025)"
    )
    assert ends["3 Een buurthuis in de stationswijk"] == "2025"


# -- 13. search finds Dutch compounds in any plan -----------------------------------------------


@pytest.mark.parametrize(
    ("query", "finds"),
    [
        ("armoede", "doelstellingen/od-energie/"),  # only in 'energiearmoede'
        ("wonen", "doelstellingen/od-huur/"),  # 'huurwoningen'
        ("energie", "acties/energiescans/"),  # 'energiescans', 'energiesnoeier'
    ],
)
def test_search_finds_the_parts_of_compounds(open_page, url, query, finds):
    page = open_page()
    page.goto(url)
    found = search_results(page, query)
    assert any(f.startswith(finds) for f in found), found


def test_exact_words_come_before_compounds(open_page, url):
    page = open_page()
    page.goto(url)
    open_search(page, "wonen")  # 'wonen' itself is marked in the first result
    first = page.eval_on_selector(
        ".md-search-result__item > a", "a => new URL(a.href).pathname.slice(1)"
    )
    assert first.startswith("doelstellingen/sd-wonen/")  # 'Betaalbaar wonen' has the word itself
