"""Partner and gemeente pages answer a partner's questions at a glance."""

from __future__ import annotations

from sitecheck import content

ACTIONS = """\
    acties:
      - id: actie-een
        titel: Actie een
        trekker: partner-x
        omschrijving: Een lange omschrijving die de gemeentepagina niet herhaalt.
        bijdragen: {zeker: [doel-a]}
        projecten: [{titel: Buurtwerk, gemeente: Ronse}]
      - id: actie-twee
        titel: Actie twee
        partners: [partner-x]
        bijdragen: {zeker: [doel-b]}
        projecten: [{titel: Buurtwerk, gemeente: Ronse}, {titel: Taalcafé, gemeente: Ronse}]
    """
PARTNERS = """\
    partners:
      - id: partner-x
        naam: Partner X
        soort: vzw
        omschrijving: Een organisatie die *buurtwerk* doet.
        website: https://partner.invalid
    """


def test_a_gemeente_page_opens_with_a_summary_and_lists_each_project_once(plan_folder):
    folder = plan_folder({"data/acties.yaml": ACTIONS, "data/partners.yaml": PARTNERS})
    assert folder.build() == 0
    page = content(folder.root / "site", "gemeenten/ronse/")
    lead = page.select_one(".pw-lead").get_text(" ", strip=True)
    assert lead.startswith("2 projecten in 2 acties, getrokken door Partner X")
    assert [h.get_text() for h in page.select(".pw-projects h3")] == ["Buurtwerk", "Taalcafé"]
    assert len(page.select(".pw-projects li")[0].select("a")) == 2  # both actions, once
    assert "Een lange omschrijving" not in page.get_text()  # linked, not repeated


def test_a_partner_page_says_who_it_is_and_what_it_does(plan_folder):
    folder = plan_folder({"data/acties.yaml": ACTIONS, "data/partners.yaml": PARTNERS})
    assert folder.build() == 0
    page = content(folder.root / "site", "partners/partner-x/")
    assert page.select_one("em").get_text() == "buurtwerk"
    assert page.select_one('a[href="https://partner.invalid"]') is not None
    lead = page.select_one(".pw-lead").get_text(" ", strip=True)
    assert lead == "Betrokken bij 2 acties: trekker van 1, partner in 1."
    headings = [h.get_text(" ", strip=True) for h in page.select("h2")]
    assert "Trekt (1)" in headings and "Werkt mee aan (1)" in headings
