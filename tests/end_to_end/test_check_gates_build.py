"""`check` is the build's gate: it never passes a plan that `build` then refuses,
and neither ever shows a traceback. A corpus of inputs that broke builds before."""

from __future__ import annotations

import pytest

from planwijzer.cli import main

ACTION = """\
acties:
  - id: {id}
    titel: {titel}
    periode: {{van: 2024, tot: {tot}}}
    bijdragen: {{zeker: [doel-a, doel-b]}}
    partners: [partner-x]
    projecten: [{{titel: Project, gemeente: {gemeente}}}]
"""


def _action(**given: str) -> str:
    values = {"id": "actie-een", "titel": "Een actie", "tot": "2025", "gemeente": "Gent"}
    return ACTION.format(**{**values, **given})


PLAN = "titel: Testplan\norganisatie: Test\nperiode: {{van: {van}, tot: {tot}}}\n{extra}"

CORPUS = {
    "year 99999 in a period": {"data/acties.yaml": _action(tot="99999")},
    "year 9999 in a period": {"data/acties.yaml": _action(tot="9999-12-31")},
    "month 13": {"data/acties.yaml": _action(tot="2025-13")},
    "day 30 February": {"data/acties.yaml": _action(tot="2025-02-30")},
    "plan year 99999": {"data/plan.yaml": PLAN.format(van=2024, tot=99999, extra="")},
    "plan year 1": {"data/plan.yaml": PLAN.format(van=1, tot=2, extra="")},
    "version month 13": {
        "data/plan.yaml": PLAN.format(
            van=2024, tot=2026, extra="versies: [{datum: 2025-13, besluit: x}]\n"
        )
    },
    "300-character id": {"data/acties.yaml": _action(id="a" * 300)},
    "300-character gemeente": {"data/acties.yaml": _action(gemeente="Gent" * 75)},
    "action id index": {"data/acties.yaml": _action(id="index")},
    "goal id index": {
        "data/doelstellingen.yaml": "doelstellingen:\n  - {id: index, titel: I}\n",
    },
    "partner id index": {
        "data/partners.yaml": "partners:\n  - {id: index, naam: I}\n",
    },
    "gemeente Index": {"data/acties.yaml": _action(gemeente="Index")},
    "gemeente INDEX in a list": {"data/acties.yaml": _action(gemeente="[Gent, INDEX]")},
    "report file index": {
        "data/opvolging/index.yaml": "titel: R\npeildatum: 2024-12-31\nacties: {}\n",
    },
    "indicator id index": {
        "data/indicatoren.yaml": "indicatoren:\n  - {id: index, titel: I, richting: hoger, "
        "bij: [actie-een], basis: {datum: 2024, waarde: 0}}\n",
    },
    "overview id index": {
        "data/plan.yaml": PLAN.format(
            van=2024, tot=2026, extra="overzichten:\n  - {id: index, titel: I}\n"
        ),
    },
    "framework file index": {
        "data/kaders/index.yaml": "titel: K\nonderdelen:\n  - {id: een, titel: Een}\n",
        "data/acties.yaml": _action().replace(
            "    partners:", "    kaders: {index: [een]}\n    partners:"
        ),
    },
    "a narrative page in a gemeente's place": {"docs/gemeenten/gent.md": "# Gent\n"},
    "a narrative page in a generated page's place": {
        "docs/acties/actie-een.md": "# Eigen pagina\n",
    },
    "a narrative page at a generated index's address": {"docs/partners.md": "# Partners\n"},
    "gemeente without Latin letters": {"data/acties.yaml": _action(gemeente='"???"')},
    "two spellings of one gemeente": {
        "data/acties.yaml": _action(gemeente="[Sint-Niklaas, Sint Niklaas]"),
    },
    "title with a line separator": {"data/acties.yaml": _action(titel='"Een\\Lactie\\N"')},
    "title with control characters": {"data/acties.yaml": _action(titel='"Een\\x7f\\x01"')},
    "title that looks like a template": {"data/acties.yaml": _action(titel='"{{ 7*7 }}"')},
}


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_check_never_passes_what_build_refuses(plan_folder, capsys, case):
    folder = plan_folder(CORPUS[case])
    checked = folder.check()
    built = folder.build()
    output = capsys.readouterr()
    assert "Traceback" not in output.out + output.err
    if checked == 0:
        assert built == 0, f"check passed, build failed:\n{output.err}"
    else:
        assert built == 1
        assert "fout:" in output.err


@pytest.mark.parametrize(
    "case",
    [
        "year 9999 in a period",
        "plan year 99999",
        "version month 13",
        "300-character id",
        "300-character gemeente",
        "action id index",
        "goal id index",
        "partner id index",
    ],
)
def test_check_refuses_with_a_located_dutch_message(plan_folder, capsys, case):
    folder = plan_folder(CORPUS[case])
    assert folder.check() == 1
    err = capsys.readouterr().err
    assert "fout:" in err and ".yaml:" in err and "→" in err


@pytest.mark.parametrize(
    ("case", "page"),
    [
        ("a narrative page in a generated page's place", "docs/acties/actie-een.md"),
        ("a narrative page at a generated index's address", "docs/partners.md"),
    ],
)
def test_a_narrative_page_in_a_generated_place_is_refused_at_its_file(
    plan_folder, capsys, case, page
):
    folder = plan_folder(CORPUS[case])
    assert folder.check() == 1
    err = capsys.readouterr().err
    assert f"{page}: fout: {page} neemt de plaats in" in err and "→ Hernoem" in err


def test_a_gemeente_without_latin_letters_gets_its_own_page(plan_folder):
    folder = plan_folder(CORPUS["gemeente without Latin letters"])
    assert folder.build() == 0
    pages = [p.name for p in (folder.root / "site" / "gemeenten").iterdir() if p.is_dir()]
    assert len(pages) == 1 and pages[0].startswith("gemeente-")


def test_two_spellings_of_one_gemeente_are_a_warning(plan_folder, capsys):
    folder = plan_folder(CORPUS["two spellings of one gemeente"])
    assert folder.check() == 0
    assert "dezelfde pagina als 'Sint-Niklaas'" in capsys.readouterr().err


def test_commands_show_no_traceback_on_the_corpus(plan_folder, capsys, tmp_path):
    for case, files in sorted(CORPUS.items()):
        folder = plan_folder(files, name=case.replace(" ", "-").replace("'", ""))
        main(["check", str(folder.root), "--format", "github"])
        main(["nieuw", "actie", "Nieuwe actie", "--dir", str(folder.root)])
        output = capsys.readouterr()
        assert "Traceback" not in output.out + output.err, case
