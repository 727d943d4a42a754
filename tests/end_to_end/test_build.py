"""Building: atomic, deterministic, and any plan folder, not only this repository's."""

from __future__ import annotations

from rules import site_problems

from paths import REPO
from planwijzer.cli import main
from sitecheck import broken_links, content, digest_tree


def test_bad_yaml_leaves_the_existing_site_intact(plan_folder, capsys):
    folder = plan_folder()
    assert folder.build() == 0
    before = digest_tree(folder.root / "site")
    folder.write("data/acties.yaml", "acties:\n  - id: kapot\n    titel: [niet gesloten\n")
    assert folder.build() == 1
    err = capsys.readouterr().err
    assert "data/acties.yaml:3" in err and "niet gewijzigd" in err
    assert digest_tree(folder.root / "site") == before


def test_two_builds_are_byte_identical(plan_folder, tmp_path):
    folder = plan_folder()
    assert folder.build(tmp_path / "a") == 0
    assert folder.build(tmp_path / "b") == 0
    assert digest_tree(tmp_path / "a") == digest_tree(tmp_path / "b")


def test_init_makes_a_plan_that_builds(tmp_path, capsys):
    target = tmp_path / "nieuw"
    assert main(["init", str(target), "--titel", "Plan Samenleven", "--organisatie", "Stad X"]) == 0
    assert main(["check", str(target)]) == 0
    assert main(["build", str(target)]) == 0
    site = target / "site"
    assert "Plan Samenleven" in content(site, "").get_text()
    assert (site / "acties/eerste-actie/index.html").is_file()
    assert broken_links(site) == []
    assert main(["init", str(target)]) == 1  # refuses a folder that is not empty


def test_other_shape_one_level_custom_strengths_split_files_no_partners(plan_folder):
    """Like 'Plan Samenleven': one level of numbered goals, actions split over files."""
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: Plan Samenleven
            organisatie: Vlaamse overheid
            periode: {van: 2022, tot: 2024}
            acties: {naam: Actie, meervoud: Acties}
            bijdragen:
              - {sleutel: hoofd, label: Hoofddoel van de actie, symbool: "■"}
              - {sleutel: neven, label: Draagt ook bij, symbool: "□"}
            """,
            "data/doelstellingen.yaml": """\
            doelstellingen:
              - {id: veiligheid, code: "1", titel: Veiligheid en leefbaarheid}
              - {id: nederlands, code: "2", titel: Nederlands}
            """,
            "data/acties.yaml": None,
            "data/partners.yaml": None,
            "data/acties/veiligheid.yaml": """\
            acties:
              - id: integrale-veiligheidscel
                code: "1"
                titel: Lokale integrale veiligheidscel versterken
                bijdragen: {hoofd: [veiligheid]}
            """,
            "data/acties/taal.yaml": """\
            acties:
              - id: zomerscholen
                code: "4"
                titel: Zomerscholen aanbieden
                projecten: [{titel: Zomerschool, gemeente: Mechelen}]
                bijdragen: {hoofd: [nederlands], neven: [veiligheid]}
            """,
        }
    )
    assert folder.build() == 0
    site = folder.root / "site"
    cells = content(site, "overzicht/").select("td.pw-cell[data-bijdrage]")
    assert sorted(c["data-bijdrage"] for c in cells) == ["hoofd", "hoofd", "neven"]
    assert "■" in cells[0].get_text() + cells[1].get_text()
    assert (site / "gemeenten/mechelen/index.html").is_file()
    assert broken_links(site) == []
    # Its PDF and open data keep the rules derived from its own data.
    assert site_problems(folder.root, site) == []


def test_two_levels_krachtlijnen(plan_folder):
    """Like the Antwerp 'krachtlijnen' plan: five lines with numbered sub-goals."""
    folder = plan_folder(
        {
            "data/plan.yaml": """\
            titel: Krachtlijnen lokaal sociaal beleid
            organisatie: Staten-Generaal
            periode: {van: 2021, tot: 2024}
            niveaus:
              - {sleutel: krachtlijnen, naam: Krachtlijn, meervoud: Krachtlijnen}
              - {sleutel: doelen, naam: Doel, meervoud: Doelen}
            """,
            "data/doelstellingen.yaml": """\
            krachtlijnen:
              - id: rechtengeorienteerde-stad
                code: "1"
                titel: Een rechtengeoriënteerde stad
                doelen:
                  - {id: doel-a, code: "1.1", titel: Rechten realiseren gebeurt proactief}
                  - {id: doel-b, code: "1.2", titel: Een menswaardig inkomen}
            """,
        }
    )
    assert folder.build() == 0
    table = content(folder.root / "site", "overzicht/").select_one("table.pw-matrix")
    assert len(table.select("thead tr")) == 2
    assert site_problems(folder.root, folder.root / "site") == []


def test_repository_readme_commands_exist():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "make site" in readme and "make test" in readme
    assert "\nsite:" in makefile and "\ntest:" in makefile
    assert "make test" in (REPO / ".ci/run").read_text(encoding="utf-8")


def test_a_plan_without_docs_is_told_so_not_about_macros(plan_folder, capsys):
    folder = plan_folder({"docs/index.md": None})  # no docs/ at all
    assert folder.build() == 1
    err = capsys.readouterr().err
    assert "een planmap heeft ook een map docs/" in err.lower() and "macro" not in err
