"""What the site needs to be found and the plan does not state is never invented:
'planwijzer check' names it, at its line, as a placeholder to fill in."""

from __future__ import annotations

from findableplan import findable_folder
from planwijzer import pipeline


def warnings(folder) -> list:
    return [p for p in pipeline.check(folder.root).report.warnings]


def test_check_names_a_missing_site_address_at_its_line_in_mkdocs_yml(tmp_path, capsys):
    folder = findable_folder(tmp_path, site_url=None)
    assert folder.check() == 0
    said = capsys.readouterr()
    out = said.out + said.err
    # The skeleton's mkdocs.yml has the line as a comment: the warning points there.
    lines = (folder.root / "mkdocs.yml").read_text().splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "site_url" in text)
    assert f"mkdocs.yml:{line}:1: waarschuwing: Nog aan te vullen: het adres van de site" in out
    assert "geen catalogus voor het open-dataportaal" in out


def test_with_an_address_nothing_is_missing(tmp_path, capsys):
    folder = findable_folder(tmp_path)
    assert folder.check() == 0
    said = capsys.readouterr()
    assert "aan te vullen" not in said.out + said.err


def test_a_catalogue_without_contact_point_or_licence_is_named_in_plan_yaml(tmp_path):
    plan_yaml = """\
        titel: Testplan 2024-2026
        organisatie: Testorganisatie vzw
        periode: {van: 2024, tot: 2026}
        contact:
          telefoon: 09 123 45 67
        """
    folder = findable_folder(tmp_path, **{"data/plan.yaml": plan_yaml})
    found = {w.message.split(".")[0]: w for w in warnings(folder)}
    contact = found["Nog aan te vullen: een contactpunt voor de open data"]
    assert (contact.file, contact.line) == ("data/plan.yaml", 4)  # 'contact:'
    assert "email" in contact.hint and "website" in contact.hint
    assert "Nog aan te vullen: de licentie van de open data" in found


def test_without_an_address_the_catalogue_asks_nothing_of_plan_yaml(tmp_path):
    plan_yaml = "titel: T 2024-2026\norganisatie: O\nperiode: {van: 2024, tot: 2026}\n"
    folder = findable_folder(tmp_path, site_url=None, **{"data/plan.yaml": plan_yaml})
    assert not [w for w in warnings(folder) if "aan te vullen" in w.message]
