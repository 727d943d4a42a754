"""The content rules see what they look for (a guard of the guard), on the tests' plan."""

from __future__ import annotations

import shutil

from rules import site_problems

from paths import REFERENCE


def test_the_rules_hold_for_the_reference_plan(reference_site):
    assert site_problems(REFERENCE, reference_site) == []


def test_the_rules_find_a_missing_page_and_a_wrong_cell(reference_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(reference_site, site)
    shutil.rmtree(site / "acties" / "de-stek")
    matrix = site / "overzicht" / "extern" / "index.html"
    html = matrix.read_text(encoding="utf-8")
    matrix.write_text(html.replace("Draagt zeker bij", "Draagt niet bij", 1), encoding="utf-8")
    problems = site_problems(REFERENCE, site)
    assert any("acties/de-stek/" in p for p in problems)
    assert any("overzicht/extern/" in p for p in problems)
