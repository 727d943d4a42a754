"""A plan in several languages: missing translations counted, per-language errors."""

from __future__ import annotations

from planwijzer.pipeline import validate_plan

PLAN = """\
    titel: {nl: Testplan, fr: Plan de test}
    organisatie: Testorganisatie
    periode: {van: 2024, tot: 2026}
    talen: [nl, fr]
    """
GOALS = """\
    doelstellingen:
      - id: doel-a
        titel: {nl: Doel A, fr: But A}
      - id: doel-b
        titel: Doel B
    """
ACTIONS = """\
    acties:
      - id: actie-een
        titel: {nl: Actie een, fr: Action un}
        omschrijving: {nl: Wat de actie doet.}
        partners: [partner-x]
        bijdragen: {zeker: [doel-a]}
      - id: actie-twee
        titel: Actie twee
        partners: [partner-x]
        bijdragen: {zeker: [doel-b]}
    """


def test_the_check_counts_the_missing_texts_per_language_and_locates_the_first(plan_folder):
    folder = plan_folder(
        {"data/plan.yaml": PLAN, "data/doelstellingen.yaml": GOALS, "data/acties.yaml": ACTIONS}
    )
    report, valid = validate_plan(folder.root)
    assert valid is not None
    (warning,) = [p for p in report.warnings if "zonder vertaling" in p.message]
    assert warning.message.startswith("4 teksten zonder vertaling in het Frans ('fr')")
    assert (warning.file, warning.line) == ("data/acties.yaml", 4)
    # a narrative page counts too, until it has its page in French
    assert "docs/index.md:1 (pagina, zonder index.fr.md)" in warning.hint
    assert "data/acties.yaml:4 (actie-een.omschrijving)" in warning.hint
    assert "data/acties.yaml:8 (actie-twee.titel)" in warning.hint
    assert "data/doelstellingen.yaml:5 (doel-b.titel)" in warning.hint


def test_strict_languages_makes_a_missing_translation_an_error(plan_folder):
    folder = plan_folder(
        {"data/plan.yaml": PLAN, "data/doelstellingen.yaml": GOALS, "data/acties.yaml": ACTIONS}
    )
    assert folder.check() == 0
    assert folder.check("--strict-talen") == 1
    report, valid = validate_plan(folder.root, strict_languages=True)
    assert valid is None and "zonder vertaling" in report.errors[0].message


def test_a_fully_translated_plan_has_no_warning(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": PLAN,
            "data/doelstellingen.yaml": GOALS.replace("titel: Doel B", "titel: {nl: B, fr: B}"),
            "data/acties.yaml": ACTIONS.replace("{nl: Wat de actie doet.}", "Wat.")
            .replace("omschrijving: Wat.", "")
            .replace("titel: Actie twee", "titel: {nl: Twee, fr: Deux}"),
            "docs/index.fr.md": "# Plan de test\n",
        }
    )
    report, valid = validate_plan(folder.root, strict_languages=True)
    assert valid is not None and report.problems == []


def test_an_error_only_the_other_language_has_is_said_with_that_language(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": PLAN,
            "data/doelstellingen.yaml": GOALS.replace("fr: But A", "fr: [But, A]"),
        }
    )
    report, valid = validate_plan(folder.root)
    assert valid is None
    (error,) = report.errors
    assert (error.file, error.line) == ("data/doelstellingen.yaml", 3)
    assert error.message.endswith("(in de Franse tekst, 'fr')")


def test_a_language_planwijzer_does_not_know_is_an_error_with_did_you_mean(plan_folder):
    folder = plan_folder({"data/plan.yaml": PLAN.replace("talen: [nl, fr]", "talen: [nl, fra]")})
    report, valid = validate_plan(folder.root)
    assert valid is None
    # said once, at 'talen': not again at every text written per language
    (error,) = report.errors
    assert (error.file, error.line) == ("data/plan.yaml", 4)
    assert "'fra'" in error.message and "Bedoelde je 'fr'?" in error.hint


def test_a_plan_can_speak_french_first(plan_folder, tmp_path):
    folder = plan_folder(
        {
            "data/plan.yaml": PLAN.replace("talen: [nl, fr]", "talen: [fr, nl]"),
            "data/doelstellingen.yaml": GOALS,
            "data/acties.yaml": ACTIONS.replace("{nl: Wat de actie doet.}", "Ce qu'elle fait."),
        }
    )
    report, valid = validate_plan(folder.root)
    assert valid is not None
    (warning,) = [p for p in report.warnings if "zonder vertaling" in p.message]
    # the Dutch texts written without a language are French now: Dutch misses them
    assert "in het Nederlands ('nl')" in warning.message
    out = tmp_path / "site"
    assert folder.build(out) == 0
    assert '<html lang="fr"' in (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in (out / "nl" / "index.html").read_text(encoding="utf-8")


def test_untranslated_pages_are_counted_in_mkdocs_docs_dir(tmp_path):
    """With 'docs_dir: paginas' the check looks where the build does: 3 texts, not 2."""
    import shutil
    from pathlib import Path

    from planwijzer.pipeline import check_command

    plan = tmp_path / "plan"
    shutil.copytree(Path(__file__).parents[1] / "plans/tweetalig", plan)
    (plan / "docs").rename(plan / "paginas")
    config = plan / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("docs_dir: docs", "docs_dir: paginas"),
        encoding="utf-8",
    )
    result = check_command(plan)
    (warning,) = [p for p in result.report.warnings if "zonder vertaling" in p.message]
    assert warning.message.startswith("3 teksten zonder vertaling in het Frans ('fr')")
    assert "paginas/over.md:1 (pagina, zonder over.fr.md)" in warning.hint
    assert "een pagina paginas/x.md ook als paginas/x.fr.md" in warning.hint
