"""Stage 4: relative links, escaped front matter, overridable templates."""

from __future__ import annotations

import yaml

from planwijzer import pipeline
from planwijzer.rendering.environment import relative_url
from planwijzer.rendering.page import front_matter
from planwijzer.rendering.renderer import Renderer


def test_relative_urls_between_directory_pages():
    assert relative_url("partners/caw/", "acties/de-stek/") == "../../partners/caw/"
    assert relative_url("", "acties/de-stek/") == "../../"
    assert relative_url("acties/", "") == "acties/"
    assert relative_url("overzicht/#x", "doelstellingen/") == "../overzicht/#x"
    assert relative_url("#boven", "acties/x/") == "../../#boven"


def test_front_matter_escapes_and_cannot_be_broken_out_of():
    text = front_matter('Titel "met" <b>html</b>\n---\nrender_macros: true')
    lines = text.splitlines()
    end = lines.index("---", 1)  # the front matter ends at the first line that is only ---
    meta = yaml.safe_load("\n".join(lines[1:end]))
    assert meta["render_macros"] is False
    assert meta["title"].startswith('Titel "met" &lt;b&gt;html&lt;/b&gt;')


def _pages(root):
    plan = pipeline.check(root).plan
    return [job() for job in Renderer(plan, root).jobs()]


def test_every_generated_page_disables_macros(plan_folder):
    folder = plan_folder()
    pages = _pages(folder.root)
    assert {p.path for p in pages} >= {
        "acties/actie-een.md",
        "doelstellingen/doel-a.md",
        "partners/partner-x.md",
        "overzicht/index.md",
    }
    # The Markdown MkDocs is given for a generated page (it never reads it).
    assert "\nrender_macros: false\n" in front_matter('Titel {{ "x" }}')


def test_plan_folder_templates_override_the_package(plan_folder):
    folder = plan_folder()
    folder.write(
        "templates/pages/action.html.j2",
        '{% extends "pages/_base.html.j2" %}'
        "{% block body %}<p>EIGEN {{ action.title }}</p>{% endblock %}",
    )
    pages = _pages(folder.root)
    action = next(p for p in pages if p.path == "acties/actie-een.md")
    assert "<p>EIGEN Actie een</p>" in action.body


def test_front_matter_reads_back_whatever_the_text_holds():
    import yaml

    from planwijzer.rendering.page import front_matter

    text = "Plan \U000c7e5d 😀 \u2028 ' \" <img> \\ :"
    block = front_matter("Titel", description=text, hide=["toc"])
    meta = yaml.safe_load(block.strip().strip("-"))
    assert meta["description"] == text and meta["hide"] == ["toc"]


SCANS = """\
    indicatoren:
      - id: scans
        titel: Gezinnen met een energiescan
        eenheid: gezinnen
        richting: hoger
        bij: [actie-een]
        basis: {datum: 2020, waarde: 0}
        streefwaarden: [{datum: 2023, waarde: 600}, {datum: 2025, waarde: 1200}]
        metingen: [{datum: 2022-12, waarde: 420}, {datum: 2023-12, waarde: 710}]
    """


def test_an_indicator_page_judges_by_the_line_it_draws(plan_folder):
    from bs4 import BeautifulSoup

    folder = plan_folder()
    folder.write("data/indicatoren.yaml", SCANS)
    pages = _pages(folder.root)
    page = next(p for p in pages if p.path == "indicatoren/scans.md")
    html = BeautifulSoup(page.body, "html.parser")
    text = " ".join(html.get_text(" ").split())
    assert html.select_one(".pw-verdict").get_text() == "Op koers"
    # The line through the 2023 target, at the data's precision (not 939,24 gezinnen).
    assert (
        "In december 2023 verwachtte de streeflijn 600 gezinnen; "
        "de meting was 710 gezinnen: op koers." in text
    )
    assert (
        "De streefwaarde van 2023 (600 gezinnen) is gehaald. "
        "De volgende streefwaarde: 1.200 gezinnen tegen 2025." in text
    )
    rows = [" ".join(tr.get_text(" ").split()) for tr in html.select("table tbody tr")]
    assert "2023 Streefwaarde, gehaald 600" in rows
    # The chart's target line passes the 2023 target: basis, 2023, 2025 in order.
    line = html.select_one("polyline.pw-chart__target")["points"].split()
    assert len(line) == 3
    xs = [float(p.split(",")[0]) for p in line]
    year_ticks = {t.get_text(): float(t["x"]) for t in html.select(".pw-chart__grid text[x]")}
    assert xs[1] == year_ticks["2023"]  # a year stands at its end, where its label is


def test_a_reports_page_says_who_approved_it_and_when(plan_folder):
    from bs4 import BeautifulSoup

    folder = plan_folder()
    folder.write(
        "data/opvolging/2024.yaml",
        """\
        titel: Voortgangsrapport 2024
        peildatum: 2024-12-31
        goedgekeurd: {datum: 2025-03-20, door: Raad van bestuur}
        acties:
          actie-een: {status: lopend}
        """,
    )
    pages = _pages(folder.root)
    page = next(p for p in pages if p.path == "opvolging/2024.md")
    facts = BeautifulSoup(page.body, "html.parser").select_one("dl.pw-facts")
    text = " ".join(facts.get_text(" ").split())
    assert "Goedgekeurd door Raad van bestuur op 20 maart 2025" in text


def test_a_plan_template_under_its_former_md_name_still_overrides(plan_folder):
    folder = plan_folder()
    folder.write(
        "templates/pages/action.md.j2",
        '{% extends "pages/_base.md.j2" %}'
        "{% block body %}<p>OUD {{ action.title }}</p>{% endblock %}",
    )
    action = next(p for p in _pages(folder.root) if p.path == "acties/actie-een.md")
    assert "<p>OUD Actie een</p>" in action.body


def test_the_components_are_made_once_not_for_every_page(plan_folder, monkeypatch):
    """A page imports the components' and the living plan's macros: made again for
    every page they cost a sixth of an action page. Links still point from each page."""
    from jinja2 import Template

    made: list[str] = []
    make_module = Template.make_module

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(self.name)
        return make_module(self, *args, **kwargs)

    monkeypatch.setattr(Template, "make_module", counting)
    plan = pipeline.check(plan_folder().root).plan
    renderer = Renderer(plan)
    pages = [job() for job in renderer.jobs()]
    renderer.fragment("action_list", "over/", plan.actions)
    renderer.fragment("goal_tree", "", plan.goals)
    assert len(pages) > 10
    assert sorted(made) == ["partials/components.html.j2", "partials/follow_up.html.j2"]
    action = next(p for p in pages if p.path == "acties/actie-een.md")
    assert 'href="../../partners/partner-x/"' in action.body
    assert 'href="../acties/actie-een/"' in renderer.fragment("action_list", "over/", plan.actions)


def _matrix_escapes(plan_folder, n_actions: int, monkeypatch) -> int:
    """How often the overview matrix of a plan of ``n_actions`` escapes its own id
    (which starts every id and 'headers' of its cells)."""
    from jinja2 import runtime

    actions = "acties:\n" + "".join(
        f"  - {{id: a{i}, titel: A{i}, partners: [partner-x], "
        f"bijdragen: {{zeker: [doel-a], mogelijk: [doel-b]}}}}\n"
        for i in range(n_actions)
    )
    plan = pipeline.check(
        plan_folder({"data/acties.yaml": actions}, name=f"m{n_actions}").root
    ).plan
    job = next(j for j in Renderer(plan).jobs() if j.url == "overzicht/")
    mid = f"m-{plan.matrices[0].id}"
    counted: list = []
    escape = runtime.escape
    monkeypatch.setattr(runtime, "escape", lambda value: counted.append(value) or escape(value))
    job()
    monkeypatch.setattr(runtime, "escape", escape)
    return sum(1 for value in counted if value == mid)


def test_a_matrix_writes_its_column_headers_once_not_in_every_row(plan_folder, monkeypatch):
    """Every cell names its row and its column's heads (for screen readers); the
    column's part is the same in every row, so it is written once per matrix:
    escaping it again in each of the 5.000 cells of a matrix page was a tenth of its time."""
    few = _matrix_escapes(plan_folder, 20, monkeypatch)
    more = _matrix_escapes(plan_folder, 40, monkeypatch)
    assert few > 0 and more - few == 20  # per row once (its total), not in each cell
