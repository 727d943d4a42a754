"""The command line: thin, Dutch, and never a traceback for an editor."""

from __future__ import annotations

import os

import pytest

from planwijzer import cli
from planwijzer.shared.problems import Problem, Severity, plain_text


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{missing}"],
        ["build", "{missing}"],
        ["serve", "{missing}"],
        ["nieuw", "actie", "X", "--dir", "{missing}"],
        ["diff", "HEAD", "--dir", "{missing}"],
        ["schemas", "{missing}"],
    ],
)
def test_a_missing_plan_folder_is_said_in_dutch_and_nothing_is_created(tmp_path, capsys, argv):
    missing = tmp_path / "bestaat-niet"
    assert cli.main([a.format(missing=missing) for a in argv]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not missing.exists()


def test_an_unexpected_failure_ends_in_dutch_without_a_traceback(plan_folder, capsys, monkeypatch):
    folder = plan_folder()
    monkeypatch.delenv(cli.DEBUG_SETTING, raising=False)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("internal detail")

    monkeypatch.setattr(cli.pipeline, "validate_plan", broken)
    assert cli.main(["check", str(folder.root)]) == 2
    err = capsys.readouterr().err
    assert "onverwachts" in err and "Meld het" in err and "niets gewijzigd" in err
    assert "Traceback" not in err and "internal detail" not in err
    monkeypatch.setenv(cli.DEBUG_SETTING, "1")
    with pytest.raises(RuntimeError):
        cli.main(["check", str(folder.root)])


def test_check_names_an_mkdocs_yml_no_build_can_use(plan_folder, capsys):
    folder = plan_folder()
    (folder.root / "mkdocs.yml").write_text("site_name: X\nsite_url: a: b\n", encoding="utf-8")
    assert cli.main(["check", str(folder.root)]) == 1
    err = capsys.readouterr().err
    assert "mkdocs.yml:2:1: fout: YAML-fout" in err and "Het plan bevat fouten" in err


def test_no_output_line_starts_a_github_workflow_command():
    problem = Problem(
        "data/acties.yaml",
        3,
        5,
        Severity.ERROR,
        "Onbekende id\n::error::gehackt",
        "::stop-commands::x",
    )
    for line in problem.format().splitlines():
        assert not line.startswith("::")
    assert plain_text("a\n  ::warning::b") == "a\n   ::warning::b"
    # The github format is one line: what the data holds cannot open a new command.
    assert problem.format_github().count("\n") == 0


def test_nieuw_writes_only_into_the_plans_data(plan_folder, capsys):
    folder = plan_folder()
    before = (folder.root / "mkdocs.yml").read_text(encoding="utf-8")
    for target in ("mkdocs.yml", "docs/x.yaml", "../buiten.yaml"):
        argv = ["nieuw", "actie", "X", "--dir", str(folder.root), "--bestand", target]
        assert cli.main(argv) == 1
    assert (folder.root / "mkdocs.yml").read_text(encoding="utf-8") == before
    assert not (folder.root.parent / "buiten.yaml").exists()
    assert "alleen in de gegevens" in capsys.readouterr().err


def test_nieuw_on_a_folder_in_place_of_a_file_and_an_unreadable_file(plan_folder, capsys):
    folder = plan_folder({"data/partners.yaml": None})
    (folder.root / "data" / "partners.yaml").mkdir()
    assert cli.main(["nieuw", "partner", "X", "--dir", str(folder.root)]) == 1
    broken = plan_folder(
        {"data/acties.yaml": "acties:\n  - {id: a, periode: {van: 2025-02-30}}\n"}, name="b"
    )
    assert cli.main(["nieuw", "actie", "X", "--dir", str(broken.root)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Niet toegevoegd" in err


@pytest.mark.parametrize("where", ["een-bestand", "een-bestand/plan", "geen/toegang/plan"])
def test_init_where_no_plan_folder_can_be_made_says_why(tmp_path, capsys, where):
    (tmp_path / "een-bestand").write_text("x\n", encoding="utf-8")
    (tmp_path / "geen").mkdir()
    (tmp_path / "geen").chmod(0o500)
    try:
        target = tmp_path / where
        code = cli.main(["init", str(target)])
    finally:
        (tmp_path / "geen").chmod(0o700)
    err = capsys.readouterr().err
    if where == "geen/toegang/plan" and os.geteuid() == 0:
        assert code == 0  # root may write anywhere: then the folder is simply made
        return
    assert code == 1 and "Traceback" not in err and "onverwachts" not in err


def test_after_a_build_the_hint_names_the_serve_command_for_that_folder(
    plan_folder, capsys, monkeypatch, tmp_path
):
    folder = plan_folder()
    monkeypatch.chdir(folder.root.parent)  # the plan is a subfolder: 'make serve' is not it
    assert cli.main(["build", "plan", "--out", str(tmp_path / "site")]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("Bekijk ze met 'planwijzer serve plan'.")
    monkeypatch.chdir(folder.root)
    (folder.root / "Makefile").write_text("serve:\n\tplanwijzer serve .\n")
    assert cli.main(["build", ".", "--out", str(tmp_path / "site")]) == 0
    assert capsys.readouterr().out.rstrip().endswith("'planwijzer serve .' of 'make serve'.")


def test_serve_help_says_what_each_option_is(capsys):
    with pytest.raises(SystemExit):
        cli.main(["serve", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "dir de planmap (standaard: hier)" in help_text
    assert "--host HOST het adres (standaard: 127.0.0.1)" in help_text
    assert "--port PORT de poort (standaard: 8000)" in help_text


def test_check_loads_no_library_it_does_not_use(plan_folder):
    """'planwijzer check' starts in a fresh process each time: the CMS's YAML writer
    (ruamel.yaml, a thirtieth of a second) is for 'beheer' only."""
    from imports import modules_a_command_loads

    folder = plan_folder()
    assert modules_a_command_loads(["check", str(folder.root)], "ruamel") == []
