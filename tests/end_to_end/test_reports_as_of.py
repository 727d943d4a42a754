"""Every report is true for its own date: its page and its PDF show the plan as of its
peildatum (each field from the latest report up to that day), nothing from a later
report; explanations carry their date, past milestones nobody settled read 'Niet
gemeld', stopped actions stay out of the mean, and a plan period that is over says so.

The expected values are computed here from the report data itself (a second, plain
implementation of the contract's rule), not from the model under test."""

from __future__ import annotations

import re
import subprocess
import textwrap

import pytest
import yaml

from planfolders import folder_with
from planwijzer.cli import main
from sitecheck import content

TODAY = "1801440000"  # 2027-02-01 UTC: after the plan period 2024-2026

REPORTS = {
    "2024": """\
        titel: Voortgangsrapport 2024
        peildatum: 2024-12-31
        acties:
          actie-een: {status: lopend, voortgang: 11, toelichting: Toelichting een van 2024.}
          actie-twee:
            status: gepland
            voortgang: 12
            mijlpalen: [{titel: Mijlpaal twee A, datum: 2025-03}]
        """,
    "2025-jaarplan": """\
        titel: Jaarplan 2025
        soort: jaarplan
        periode: 2025
        peildatum: 2025-01-15
        verslag: Wat we in 2025 willen bereiken.
        acties:
          actie-twee:
            mijlpalen: [{titel: Mijlpaal twee B, datum: 2025-10}]
        """,
    "2025-evaluatie": """\
        titel: Tussentijdse evaluatie 2025
        soort: evaluatie
        peildatum: 2025-06-30
        acties:
          actie-een: {status: vertraagd, toelichting: Toelichting een van de evaluatie.}
        """,
    "2025": """\
        titel: Voortgangsrapport 2025
        peildatum: 2025-12-31
        acties:
          actie-een: {status: stopgezet, voortgang: 47}
          actie-twee:
            status: afgerond
            voortgang: 100
            toelichting: Toelichting twee van 2025.
            mijlpalen: [{titel: Mijlpaal twee A, datum: 2025-03, gehaald: true}]
        """,
}
FILES = {
    "data/doelstellingen.yaml": """\
        doelstellingen:
          - {id: doel-a, titel: Doel A}
          - {id: doel-b, titel: Doel B}
          - {id: doel-c, titel: Doel C}
        """,
    "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            periode: {van: 2024, tot: 2026}
            bijdragen: {zeker: [doel-a]}
          - id: actie-twee
            titel: Actie twee
            partners: [partner-x]
            periode: {van: 2024, tot: 2026}
            bijdragen: {zeker: [doel-b], mogelijk: [doel-a]}
          - id: actie-drie
            titel: Actie drie
            partners: [partner-x]
            bijdragen: {zeker: [doel-c]}
        """,
    "docs/index.md": None,  # the generated home page
    "docs/over.md": "# Over dit plan\n",
    **{f"data/opvolging/{stem}.yaml": text for stem, text in REPORTS.items()},
}
LABELS = {"lopend": "Lopend", "gepland": "Gepland", "vertraagd": "Vertraagd"}
LABELS |= {"afgerond": "Afgerond", "stopgezet": "Stopgezet"}


def reports() -> list[tuple[str, dict]]:
    """(stem, data) in peildatum order."""
    found = [(stem, yaml.safe_load(textwrap.dedent(text))) for stem, text in REPORTS.items()]
    return sorted(found, key=lambda pair: str(pair[1]["peildatum"]))


def expected_as_of(day: str) -> dict[str, dict]:
    """The contract's rule, plainly: each field from the latest report up to ``day``."""
    state: dict[str, dict] = {}
    for _stem, data in reports():
        if str(data["peildatum"]) > day:
            break
        for action, said in data["acties"].items():
            known = state.setdefault(action, {})
            for key in ("status", "voortgang", "toelichting"):
                if key in said:
                    known[key] = said[key]
    return state


def later_values(day: str) -> set[str]:
    """Texts that only a report after ``day`` gives (unique in this plan by design)."""
    found: set[str] = set()
    earlier: set[str] = set()
    for _stem, data in reports():
        target = found if str(data["peildatum"]) > day else earlier
        for said in data["acties"].values():
            if "voortgang" in said:
                target.add(f"{said['voortgang']}%")
            if "toelichting" in said:
                target.add(said["toelichting"])
            if "status" in said:
                target.add(LABELS[said["status"]])
            for milestone in said.get("mijlpalen", []):
                target.add(milestone["titel"])
    return found - earlier


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", TODAY)
        folder = folder_with(tmp_path_factory.mktemp("rapporten") / "plan", FILES)
        assert folder.build() == 0
        pdfs = {}
        for stem in REPORTS:
            out = folder.root / f"{stem}.pdf"
            assert main(["pdf", str(folder.root), "--rapport", stem, "--out", str(out)]) == 0
            pdfs[stem] = out
    return folder.root / "site", pdfs


def pdf_text(path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


@pytest.mark.parametrize("stem", [s for s in REPORTS if "jaarplan" not in s])
def test_a_report_page_and_its_pdf_show_exactly_the_plan_as_of_its_peildatum(built, stem):
    site, pdfs = built
    data = yaml.safe_load(textwrap.dedent(REPORTS[stem]))
    day = str(data["peildatum"])
    expected = expected_as_of(day)
    page = content(site, f"opvolging/{stem}/")
    entries = {li["data-actie"]: li for li in page.select("li[data-actie]")}
    assert sorted(entries) == sorted(expected)  # every action reported by then, no other
    for action, state in expected.items():
        text = " ".join(entries[action].get_text(" ").split())
        status = entries[action].select_one(".pw-status").get_text()
        assert status == LABELS[state["status"]]
        if "voortgang" in state:
            assert f"{state['voortgang']}%" in text
    pdf = pdf_text(pdfs[stem])
    for action, state in expected.items():
        row = re.search(rf"Actie {action.removeprefix('actie-')} (\w+)", pdf)
        assert row is not None and row.group(1) == LABELS[state["status"]], (action, pdf)
    whole = " ".join(page.get_text(" ").split()) + " " + pdf
    for value in later_values(day):
        assert value not in whole, f"{value} comes from a report after {day}"


def test_a_report_takes_over_what_it_does_not_say_and_names_where_from(built):
    site, _pdfs = built
    page = content(site, "opvolging/2025-evaluatie/")
    twee = " ".join(page.select_one('[data-actie="actie-twee"]').get_text(" ").split())
    assert "Niet in dit rapport: de status volgens het rapport ‘ Voortgangsrapport 2024 ’" in twee
    een = " ".join(page.select_one('[data-actie="actie-een"]').get_text(" ").split())
    assert "Toelichting een van de evaluatie." in een and "de voortgang volgens" in een


def test_a_jaarplan_shows_what_it_plans_in_its_own_words(built):
    site, pdfs = built
    page = " ".join(content(site, "opvolging/2025-jaarplan/").get_text(" ").split())
    assert "Gepland voor 2025" in page and "Mijlpaal twee B" in page
    for value in later_values("2025-01-15"):
        assert value not in page
    pdf = pdf_text(pdfs["2025-jaarplan"])
    assert (
        "Mijlpaal twee B" in pdf and "Jaarplan 2025" in pdf and "Peildatum 15 januari 2025" in pdf
    )


def test_an_explanation_shows_with_the_status_of_its_own_report_only(built):
    site, _pdfs = built
    page = content(site, "acties/actie-een/")
    state = " ".join(page.select_one(".pw-state").get_text(" ").split())
    assert "Stopgezet" in state and "Toelichting een" not in state  # 2025 explains nothing
    history = {
        " ".join(row.th.get_text(" ").split()): " ".join(row.get_text(" ").split())
        for row in page.select("table.pw-history tbody tr")
    }
    evaluation = history["Tussentijdse evaluatie 2025"]
    assert "30 juni 2025" in evaluation and "Toelichting een van de evaluatie." in evaluation
    twee = " ".join(
        content(site, "acties/actie-twee/").select_one(".pw-state").get_text(" ").split()
    )
    assert "Toelichting twee van 2025." in twee  # the same report as the status


def test_a_past_milestone_nobody_settled_reads_not_reported(built):
    site, _pdfs = built
    page = content(site, "acties/actie-twee/")
    items = [" ".join(li.get_text(" ").split()) for li in page.select("ul.pw-milestones li")]
    assert "Niet gemeld Mijlpaal twee B (oktober 2025)" in items
    assert "Gehaald Mijlpaal twee A (maart 2025)" in items
    rows = content(site, "tijdlijn/").select("table.pw-milestone-table tbody tr")
    shown = {r.th.get_text(): r.select("td")[-1].get_text() for r in rows}
    assert shown == {"Mijlpaal twee A": "Gehaald", "Mijlpaal twee B": "Niet gemeld"}
    marker = content(site, "tijdlijn/").select_one(
        '[data-actie="actie-twee"] .pw-milestone--unreported'
    )
    assert marker is not None and "niet gemeld" in marker.get_text()
    [plan_pdf] = (site / "downloads").glob("*.pdf")
    assert "Niet gemeld: Mijlpaal twee B (oktober 2025)" in pdf_text(plan_pdf)


def test_roll_ups_count_zero_and_leave_stopped_actions_out_of_the_mean(built):
    site, _pdfs = built
    a = " ".join(
        content(site, "doelstellingen/doel-a/").select_one(".pw-rollup").get_text(" ").split()
    )
    # doel-a: actie-een (stopgezet, 47%) and actie-twee (afgerond, 100%).
    assert "2 van 2 acties gerapporteerd" in a
    assert "100% over 1 actie; niet meegeteld: 1 actie met status Stopgezet." in a
    c = " ".join(
        content(site, "doelstellingen/doel-c/").select_one(".pw-rollup").get_text(" ").split()
    )
    assert c.startswith("0 van 1 actie gerapporteerd: nog geen rapport geeft haar status")


def test_after_the_plan_period_the_home_page_says_so_and_links_the_last_account(built):
    site, _pdfs = built
    note = content(site, "").select_one(".pw-period-over")
    text = " ".join(note.get_text(" ").split())
    assert text.startswith("De planperiode 2024-2026 is afgelopen.")
    assert note.a.get_text() == "Voortgangsrapport 2025" and note.a["href"].endswith(
        "opvolging/2025/"
    )


def test_during_the_plan_period_the_home_page_says_nothing_of_it(plan_folder, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    folder = plan_folder({"docs/index.md": None, "docs/over.md": "# Over\n"})
    assert folder.build() == 0
    assert content(folder.root / "site", "").select_one(".pw-period-over") is None


def test_a_plans_own_home_page_says_so_too(plan_folder, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01
    folder = plan_folder({"docs/index.md": "# Ons plan\n\nEigen woorden.\n\n{{ taken() }}\n"})
    assert folder.build() == 0
    note = content(folder.root / "site", "").select_one(".pw-period-over")
    assert note.get_text(" ").strip().startswith("De planperiode")
    assert "is afgelopen." in note.get_text()


def test_after_the_plan_period_gemeente_pages_say_the_projects_ran(plan_folder, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01; the plan is 2024-2026
    actions = """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            bijdragen: {zeker: [doel-a]}
            projecten:
              - {titel: Eerste, gemeente: Ronse, periode: {van: 2024, tot: 2025}}
              - {titel: Tweede, gemeente: Ronse}
          - id: actie-twee
            titel: Actie twee
            partners: [partner-x]
            bijdragen: {zeker: [doel-b]}
        """
    folder = plan_folder({"data/acties.yaml": actions})
    assert folder.build() == 0
    site = folder.root / "site"
    lead = content(site, "gemeenten/ronse/").select_one(".pw-lead").get_text(" ", strip=True)
    assert lead.startswith("In Ronse liepen 2 projecten van 1 actie.")
    index = " ".join(content(site, "gemeenten/").get_text(" ").split())
    assert "De gemeenten waar projecten van" in index and "liepen, met het aantal" in index
