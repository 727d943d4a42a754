"""The page the preview shows while the plan has errors: one item per problem."""

from __future__ import annotations

from bs4 import BeautifulSoup

from planwijzer.outputs.mkdocs.preview_server import problem_page


def test_each_problem_is_one_item_with_its_hint_and_text_stays_text():
    problems = (
        "Het plan bevat fouten (2 fouten, 0 waarschuwingen):\n"
        "data/acties.yaml:4:14: fout: Onbekende partner '<b>x</b>'.\n"
        "    → Verwijs met de id van een partner.\n"
        "data/plan.yaml:2:1: fout: Het veld 'titel' ontbreekt.\n"
    )
    page = BeautifulSoup(problem_page(problems, "/acties/a/"), "html.parser")
    items = [li.get_text() for li in page.select("ol li")]
    assert len(items) == 2
    assert "Onbekende partner '<b>x</b>'" in items[0] and "→ Verwijs" in items[0]
    assert page.find("b") is None  # escaped, never markup
    assert "2 fouten" in page.select_one("main p:nth-of-type(2)").get_text()
    assert page.select_one("a")["href"] == "/acties/a/?laatste-goede=1"
    assert page.html["lang"] == "nl"
