"""Unfinished work is visible where it belongs: the preview shows a concept, marked;
the check reminds; the public site leaves it out."""

from __future__ import annotations

from planwijzer import pipeline
from sitecheck import content

CONCEPTS = {
    "data/acties.yaml": """\
    acties:
      - id: actie-een
        titel: Actie een
        partners: [partner-x, partner-nieuw]
        bijdragen: {zeker: [doel-a, doel-b]}
      - id: half-af
        concept: true
        titel: Half af
        bijdragen: {zeker: [doel-a]}
    """,
    "data/partners.yaml": """\
    partners:
      - {id: partner-x, naam: Partner X}
      - {id: partner-nieuw, naam: Nieuwe partner, concept: true}
    """,
}


def test_the_public_site_leaves_concepts_out(plan_folder):
    folder = plan_folder(CONCEPTS)
    assert folder.build() == 0
    site = folder.root / "site"
    assert not (site / "acties" / "half-af").exists()
    assert not (site / "partners" / "partner-nieuw").exists()
    matrix_rows = [r["data-actie"] for r in content(site, "overzicht/").select("tbody tr")]
    assert matrix_rows == ["actie-een"]
    links = {a["href"] for a in content(site, "acties/actie-een/").find_all("a", href=True)}
    assert not any("partner-nieuw" in href for href in links)


def test_check_reminds_of_every_concept_and_what_waits_for_it(plan_folder):
    folder = plan_folder(CONCEPTS)
    warnings = [p.message for p in pipeline.check(folder.root).report.warnings]
    assert any("'half-af' is nog een concept" in w for w in warnings)
    assert any("'partner-nieuw' is nog een concept" in w for w in warnings)
    assert any("'actie-een' verwijst naar een concept (partner-nieuw)" in w for w in warnings)


def test_the_preview_shows_concepts_marked(plan_folder, tmp_path):
    from planwijzer.outputs.mkdocs.site import PreviewBuilder

    folder = plan_folder(CONCEPTS)
    builder = PreviewBuilder(folder.root, tmp_path / "voorbeeld", host="127.0.0.1", port=8124)
    config = builder.config()
    config.plugins.on_startup(command="serve", dirty=False)
    builder(config)
    page = content(tmp_path / "voorbeeld", "acties/half-af/")
    assert "Concept" in page.select_one(".pw-concept").get_text()
    assert content(tmp_path / "voorbeeld", "acties/actie-een/").select_one(".pw-concept") is None
