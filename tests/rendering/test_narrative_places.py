"""A narrative page never disappears silently: one at the address of a generated page
is an error at its own file, for every address the site generates."""

from __future__ import annotations

import pytest

from planwijzer import pipeline
from planwijzer.rendering.renderer import Renderer

# A plan with a page of every kind: reports, indicators, a framework, two matrices
# (one split per top goal), gemeenten.
EVERY_KIND = {
    "data/plan.yaml": """\
        titel: Testplan 2024-2026
        organisatie: Testorganisatie
        periode: {van: 2024, tot: 2026}
        matrix_max_acties: 1
        overzichten:
          - {id: extern, titel: Extern}
          - {id: intern, titel: Intern, doelen: [doel-a]}
        """,
    "data/acties.yaml": """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            bijdragen: {zeker: [doel-a]}
            kaders: {sdg: [1]}
            projecten: [{titel: Buurtwerk, gemeente: Ronse}]
          - id: actie-twee
            titel: Actie twee
            partners: [partner-x]
            bijdragen: {zeker: [doel-b]}
        """,
    "data/opvolging/2025.yaml": "titel: Rapport 2025\npeildatum: 2025-12\n",
    "data/indicatoren.yaml": """\
        indicatoren:
          - id: ind-a
            titel: Ind A
            richting: hoger
            basis: {datum: 2024, waarde: 0}
        """,
}


def errors(folder) -> dict[str, str]:
    return {p.file: p.message for p in pipeline.check(folder.root).report.errors}


@pytest.mark.parametrize(
    "page", ["docs/partners.md", "docs/partners/index.md", "docs/partners/README.md"]
)
def test_a_page_at_the_partner_index_address_is_an_error_at_its_file(plan_folder, page):
    folder = plan_folder({page: "# Onze partners\n\nWie met ons samenwerkt.\n"})
    found = errors(folder)
    assert list(found) == [page], found
    assert (
        f"{page} neemt de plaats in van een pagina die Planwijzer zelf maakt (partners/)"
        in (found[page])
    )
    assert folder.check() == 1  # the editor's command says it too


def test_every_generated_address_is_guarded(plan_folder):
    """One narrative page at the address of each page the renderer makes (as
    '<adres>.md', the form no path comparison sees): each one an error."""
    plan = pipeline.check(plan_folder(EVERY_KIND, name="schoon").root).plan
    assert plan is not None
    addresses = [job.url for job in Renderer(plan).jobs()]
    assert {"overzicht/intern/", "kaders/sdg/", "gemeenten/ronse/", "opvolging/2025/"} <= set(
        addresses
    ), addresses  # the plan has a page of every kind
    pages = {f"docs/{address.rstrip('/')}.md": "# Tekst\n" for address in addresses}
    found = errors(plan_folder({**EVERY_KIND, **pages}))
    assert set(found) == set(pages), sorted(set(pages) ^ set(found))


def test_a_page_at_the_editors_address_is_an_error_when_there_is_one(plan_folder):
    page = {"docs/beheer.md": "# Hoe wij het plan beheren\n"}
    assert errors(plan_folder(page, name="zonder")) == {}  # no /beheer/: its own page
    plan = "titel: Testplan\norganisatie: T\nperiode: {van: 2024, tot: 2026}\n"
    found = errors(plan_folder({**page, "data/plan.yaml": plan + "beheer: {repo: org/plan}\n"}))
    assert list(found) == ["docs/beheer.md"], found
    assert "(beheer/)" in found["docs/beheer.md"]


def test_pages_at_their_own_address_are_fine(plan_folder):
    folder = plan_folder(
        {
            "docs/over-ons.md": "# Over ons\n",
            "docs/acties/uitleg.md": "# Hoe we acties kiezen\n",
            "docs/partners.fr.md": "# Partenaires\n",  # not a language of this plan
        }
    )
    assert errors(folder) == {}


def test_a_translated_page_at_a_generated_address_is_an_error(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: {nl: Testplan, fr: Plan de test}
            organisatie: Testorganisatie
            periode: {van: 2024, tot: 2026}
            talen: [nl, fr]
            """,
            "docs/index.fr.md": "# Plan\n",
            "docs/partners.fr.md": "# Partenaires\n",
        }
    )
    found = pipeline.check(folder.root).report.errors
    assert [p.file for p in found if "Planwijzer zelf maakt" in p.message] == [
        "docs/partners.fr.md"
    ], [p.format() for p in found]


def test_listing_the_pages_makes_no_search_document(plan_folder, monkeypatch):
    """The check lists every page to keep narrative pages off them; a search document
    is made when its page is rendered (at 10.000 actions, five reports' took 0,3 s)."""
    from planwijzer.rendering import search_documents

    made: list[str] = []
    for name in dir(search_documents):
        if name.startswith("for_"):
            real = getattr(search_documents, name)
            monkeypatch.setattr(
                search_documents,
                name,
                lambda *a, _name=name, _real=real, **k: made.append(_name) or _real(*a, **k),
            )
    plan = pipeline.check(plan_folder(EVERY_KIND, name="schoon").root).plan
    assert plan is not None and made == []
    jobs = {job.url: job for job in Renderer(plan).jobs()}
    assert made == []
    page = jobs["opvolging/2025/"]()
    assert made == ["for_report"] and page.search == "<p>Voortgangsrapport</p>"
