"""planwijzer diff and the 'Wijzigingen' page: changes in terms of the plan."""

from __future__ import annotations

import subprocess

import pytest

from planwijzer.cli import main
from planwijzer.revisions.plan_diff import DiffError, diff_revisions
from sitecheck import content


def git(folder, *args):
    subprocess.run(
        ["git", "-c", "user.email=test@planwijzer.invalid", "-c", "user.name=Test", *args],
        cwd=folder.root,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(plan_folder):
    folder = plan_folder()
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "eerste versie")
    git(folder, "tag", "v1")
    folder.write(
        "data/acties.yaml",
        """\
        acties:
          - id: actie-een
            titel: Actie een
            partners: [partner-x]
            bijdragen:
              zeker: [doel-a]
          - id: actie-twee
            titel: Actie twee (herzien)
            partners: [partner-x]
            bijdragen:
              zeker: [doel-b, doel-a]
          - id: actie-drie
            titel: Actie drie
            partners: [partner-x]
            periode: {van: 2025, tot: 2026}
            bijdragen: {mogelijk: [doel-b]}
        """,
    )
    return folder


def test_diff_against_the_working_tree(repo, capsys):
    assert main(["diff", "v1", "--dir", str(repo.root)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Wijzigingen in het plan: v1 → werkmap")
    assert "- Nieuw: `actie-drie` Actie drie" in out
    assert "`actie-twee` Actie twee (herzien): hernoemd (was 'Actie twee')" in out


def test_diff_between_two_revisions_sees_contribution_changes(repo):
    git(repo, "commit", "-qam", "tweede versie")
    result = diff_revisions(repo.root, "v1", "HEAD")
    actions = next(s for s in result.sections if s.items).items
    assert any("bijdrage aan `doel-a`: mogelijk → zeker" in item for item in actions)
    assert not diff_revisions(repo.root, "HEAD", "HEAD").sections[0].items


def test_unknown_revision_is_a_clear_error(repo):
    with pytest.raises(DiffError, match="Revisie 'bestaat-niet' bestaat niet") as said:
        diff_revisions(repo.root, "bestaat-niet")
    assert "fatal" not in str(said.value) and "HEAD~1" in str(said.value)


def test_a_folder_outside_git_is_said_in_dutch(plan_folder):
    folder = plan_folder()
    with pytest.raises(DiffError, match="staat niet in een git-repository") as said:
        diff_revisions(folder.root, "HEAD")
    assert "fatal" not in str(said.value) and "git init" in str(said.value)


def test_changes_page_lists_versions_with_their_diff(repo):
    git(repo, "commit", "-qam", "tweede versie")
    git(repo, "tag", "v2")
    plan_yaml = repo.root / "data/plan.yaml"
    plan_yaml.write_text(
        plan_yaml.read_text(encoding="utf-8") + "versies:\n"
        "  - {datum: 2024-01-15, besluit: Plan goedgekeurd, door: Raad van bestuur, revisie: v1}\n"
        "  - {datum: 2024-06, besluit: Actie drie toegevoegd, revisie: v2}\n",
        encoding="utf-8",
    )
    assert repo.build() == 0
    page = content(repo.root / "site", "wijzigingen/")
    text = page.get_text(" ")
    assert text.index("juni 2024") < text.index("15 januari 2024")  # newest first
    assert "Actie drie toegevoegd" in text and "Raad van bestuur" in text
    items = [li.get_text() for li in page.select("li")]
    assert "Nieuw: actie-drie Actie drie" in items


def test_edit_links_point_to_the_yaml_line(plan_folder):
    folder = plan_folder()
    mkdocs = (folder.root / "mkdocs.yml").read_text(encoding="utf-8")
    folder.write(
        "mkdocs.yml",
        mkdocs.replace(
            "docs_dir: docs\n",
            "docs_dir: docs\nrepo_url: https://github.com/voorbeeld/plan\n"
            "edit_uri: edit/main/docs/\n",
        ),
        dedent=False,
    )
    assert folder.build() == 0
    link = content(folder.root / "site", "acties/actie-twee/").select_one("p.pw-edit a")
    assert link["href"] == "https://github.com/voorbeeld/plan/blob/main/data/acties.yaml#L7"
    assert "data/acties.yaml, regel 7" in link.get_text()
    goal = content(folder.root / "site", "doelstellingen/doel-b/").select_one("p.pw-edit a")
    assert goal["href"].endswith("data/doelstellingen.yaml#L4")


@pytest.mark.parametrize("name", ["wonen en zorg.yaml", "énergie.yaml", "tab\tin naam.yaml"])
def test_any_data_file_name_works(plan_folder, name):
    folder = plan_folder(
        {
            "data/acties.yaml": None,
            f"data/acties/{name}": """\
            acties:
              - id: actie-een
                titel: Actie een
                partners: [partner-x]
                bijdragen: {zeker: [doel-a, doel-b]}
            """,
        }
    )
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "eerste versie")
    path = folder.root / "data" / "acties" / name
    path.write_text(path.read_text(encoding="utf-8").replace("Actie een", "Actie 1"))
    result = diff_revisions(folder.root, "HEAD")
    assert "Actie 1" in result.markdown()


def test_a_link_in_the_history_is_not_followed(plan_folder, tmp_path):
    secret = tmp_path / "geheim.yaml"
    secret.write_text("partners:\n  - {id: partner-x, naam: Geheim}\n", encoding="utf-8")
    folder = plan_folder({"data/partners.yaml": None})
    (folder.root / "data" / "partners.yaml").symlink_to(secret)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "met een koppeling")
    with pytest.raises(DiffError):
        diff_revisions(folder.root, "HEAD")  # without the linked file, the plan is not whole


def test_the_pages_a_change_touches(repo, capsys):
    """An action renamed and a partner added: their pages, and the pages that show
    them (the goals the action serves), nothing else."""
    result = diff_revisions(repo.root, "v1")
    assert "acties/actie-twee/" in result.pages and "acties/actie-drie/" in result.pages
    assert all(url.endswith("/") for url in result.pages)
    assert main(["diff", "v1", "--dir", str(repo.root), "--paginas"]) == 0
    assert capsys.readouterr().out.split() == result.pages


def test_the_pages_a_change_touches_are_every_page_that_shows_it(repo):
    """Not only the action's own page: the list of actions, the timeline and the
    matrix show its title too; a page the change does not reach is not listed."""
    pages = diff_revisions(repo.root, "v1").pages
    assert {"acties/", "tijdlijn/", "acties/actie-twee/"} <= set(pages)
    assert any(url.startswith("overzicht/") for url in pages)
    assert not {"privacy/", "toegankelijkheidsverklaring/", "gemeenten/"} & set(pages)


def test_a_narrative_page_that_shows_the_plan_through_a_macro_is_listed(repo):
    repo.write("docs/stand.md", "# Stand\n\n{{ matrix() }}\n")
    repo.write("docs/over.md", "# Over ons\n\nGeen cijfers hier.\n")
    pages = diff_revisions(repo.root, "v1").pages
    assert "stand/" in pages and "over/" not in pages


def test_no_change_no_pages(plan_folder):
    folder = plan_folder()
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "eerste versie")
    assert diff_revisions(folder.root, "HEAD").pages == []


def test_the_living_plan_in_a_diff(plan_folder):
    from planwijzer import pipeline
    from planwijzer.revisions.plan_diff import compare

    report = """\
        titel: Voortgangsrapport {year}
        peildatum: {year}-12-31
        acties:
          actie-een: {{status: {status}, voortgang: {progress}}}
        """
    indicators = """\
        indicatoren:
          - id: bereik
            titel: Bereik
            richting: hoger
            basis: {{datum: 2023, waarde: 0}}
            streefwaarden: [{{datum: 2026, waarde: 30}}]
            metingen: [{measurements}]
        """
    old = plan_folder(
        {
            "data/opvolging/2024.yaml": report.format(year=2024, status="lopend", progress=40),
            "data/indicatoren.yaml": indicators.format(measurements="{datum: 2024, waarde: 10}"),
        },
        name="oud",
    )
    new = plan_folder(
        {
            "data/opvolging/2024.yaml": report.format(year=2024, status="lopend", progress=40),
            "data/opvolging/2025.yaml": report.format(year=2025, status="afgerond", progress=100),
            "data/indicatoren.yaml": indicators.format(
                measurements="{datum: 2024, waarde: 10}, {datum: 2025, waarde: 25}"
            ),
        },
        name="nieuw",
    )
    diff = compare(pipeline.check(old.root).plan, pipeline.check(new.root).plan)
    items = {s.title: s.items for s in diff.sections}
    assert items["Opvolging"] == [
        "Nieuw rapport: `2025` Voortgangsrapport 2025 (voortgangsrapport, peildatum "
        "31 december 2025)",
        "`actie-een` Actie een: status Lopend → Afgerond",
        "`actie-een` Actie een: voortgang 40% → 100%",
    ]
    assert items["Indicatoren"] == ["`bereik` Bereik: nieuwe meting 2025: 25 (op koers)"]
    assert {"opvolging/2025/", "indicatoren/bereik/", "acties/actie-een/"} <= set(diff.pages)
    assert "### Opvolging" in diff.markdown()


def test_a_revision_with_another_plan_as_framework_compares(tmp_path):
    """'plan: ../vlaams' still points beside the plan when an old revision is read."""
    from planfolders import framework_plan

    folder = framework_plan(tmp_path)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "eerste versie")
    actions = folder.root / "data" / "acties.yaml"
    text = actions.read_text(encoding="utf-8")
    actions.write_text(text.replace("kaders: {vlaams: [vlaams-doel]}", "kaders: {sdg: [4]}"))
    items = {s.title: s.items for s in diff_revisions(folder.root, "HEAD").sections}
    assert items["Beleidskaders"] == [
        "`actie-twee` Actie twee: kaders + SDG's 4 Kwaliteitsonderwijs, "
        "− Vlaams plan V1 Een Vlaams doel"
    ]
