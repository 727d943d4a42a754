"""Rules a built plan site must keep, each derived from the plan's own data: no rule
names an action, a goal or a number. They hold for any plan, so editing the plan
never breaks them unless the site no longer shows the plan."""

from __future__ import annotations

import csv
import json
import re
import subprocess
from pathlib import Path

from planwijzer import pipeline
from planwijzer.model import Plan
from planwijzer.outputs.pdf import PDF_MAX_ACTIONS
from sitecheck import broken_links, content, soup


def plan_of(plan_dir: Path) -> Plan:
    result = pipeline.check(plan_dir)
    assert result.plan is not None, [p.format() for p in result.report.errors]
    return result.plan


def _exists(site: Path, url: str) -> bool:
    return (site / url / "index.html").is_file()


def every_entity_has_its_page(plan: Plan, site: Path) -> list[str]:
    urls = [g.url for g in plan.all_goals()] + [a.url for a in plan.actions]
    urls += [p.url for p in plan.partners] + [m.url for m in plan.municipalities]
    urls += [m.url for m in plan.matrices] + ["doelstellingen/", "acties/", "overzicht/"]
    urls += [r.url for r in plan.reports] + (["opvolging/"] if plan.reports else [])
    urls += [i.url for i in plan.indicators] + (["indicatoren/"] if plan.indicators else [])
    missing = [f"geen pagina voor {u}" for u in urls if not _exists(site, u)]
    # No empty pages or menu entries: a plan without reports has no such section.
    for section, present in (("opvolging", plan.reports), ("indicatoren", plan.indicators)):
        if not present and (site / section).exists():
            missing.append(f"{section}/ bestaat zonder gegevens")
    return missing


def every_cell_matches_its_action(plan: Plan, site: Path) -> list[str]:
    problems = []
    for matrix in (part for m in plan.matrices for part in (m.parts or [m])):
        if not _exists(site, matrix.url):
            continue  # said by every_entity_has_its_page
        table = content(site, matrix.url).select_one("table.pw-matrix")
        rows = [r["data-actie"] for r in table.select("tbody tr")]
        if rows != [a.id for a in matrix.rows]:
            problems.append(f"{matrix.url}: rijen {rows}")
            continue
        for row, action in zip(table.select("tbody tr"), matrix.rows, strict=True):
            for cell, goal in zip(row.select("td.pw-cell"), matrix.columns, strict=True):
                strength = action.strength_for(goal)
                shown = cell.get_text(strip=True)
                expected = "" if strength is None else strength.symbol + strength.label
                if shown != expected:
                    problems.append(f"{matrix.url}: {action.id} × {goal.id}: {shown!r}")
    return problems


def every_action_page_shows_its_data(plan: Plan, site: Path) -> list[str]:
    problems = []
    for action in plan.actions:
        if not _exists(site, action.url):
            continue  # said by every_entity_has_its_page
        article = content(site, action.url)
        text = article.get_text(" ")
        hrefs = {a["href"] for a in article.find_all("a", href=True)}
        if action.title not in article.h1.get_text():
            problems.append(f"{action.url}: titel")
        for other in [*action.all_partners(), *(c.goal for c in action.contributions)]:
            if not any(href.endswith(other.url) for href in hrefs):
                problems.append(f"{action.url}: geen link naar {other.url}")
        for project in action.projects:
            if project.title not in text:
                problems.append(f"{action.url}: project {project.title}")
    return problems


def search_covers_every_entity(plan: Plan, site: Path) -> list[str]:
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    wanted = [a.url for a in plan.actions] + [g.url for g in plan.all_goals()]
    wanted += [p.url for p in plan.partners] + [r.url for r in plan.reports]
    wanted += [i.url for i in plan.indicators]
    return [f"niet in de zoekindex: {url}" for url in wanted if url not in locations]


def navigation_stays_small(plan: Plan, site: Path) -> list[str]:
    if not plan.actions:
        return []
    first = next((a.url for a in plan.actions if _exists(site, a.url)), None)
    if first is None:
        return []
    nav = soup(site, first).select_one("nav.md-nav--primary")
    links = {a["href"] for a in nav.find_all("a", href=True)}
    listed = [a.id for a in plan.actions if any(f"acties/{a.id}/" in h for h in links)]
    return [f"het menu somt acties op: {listed}"] if listed else []


def every_gemeente_page_shows_its_figures(plan: Plan, site: Path) -> list[str]:
    problems = []
    for municipality in plan.municipalities:
        if not _exists(site, municipality.url):
            continue
        text = content(site, municipality.url).get_text(" ")
        text = " ".join(text.split())
        for ranking, rank in municipality.ranks:
            said = f"staat op plaats {rank} van {len(ranking.names)}"
            if said not in text or " ".join(ranking.source.split()) not in text:
                problems.append(f"{municipality.url}: rang {rank} in {ranking.id}")
        if municipality.nis and municipality.nis not in text:
            problems.append(f"{municipality.url}: NIS-code")
        # The same facts on every gemeente page, known or not.
        if "Provincie" not in text or "NIS-code" not in text:
            problems.append(f"{municipality.url}: provincie en NIS-code ontbreken")
        groups = len(municipality.project_groups())
        index = " ".join(content(site, "gemeenten/").get_text(" ").split())
        if f"{municipality.name} {groups} project" not in index:
            problems.append(f"gemeenten/: {municipality.name} heeft er niet {groups} projecten")
    return problems


def every_action_page_shows_its_state(plan: Plan, site: Path) -> list[str]:
    """Status, progress, milestones and the reports that name the action."""
    problems = []
    for action in plan.actions:
        if not (action.history or action.indicators) or not _exists(site, action.url):
            continue
        article = content(site, action.url)
        text = article.get_text(" ")
        hrefs = {a["href"] for a in article.find_all("a", href=True)}
        state = action.state
        if state.status is not None and state.status.label not in text:
            problems.append(f"{action.url}: status {state.status.label}")
        if state.progress is not None and f"{state.progress}%" not in text:
            problems.append(f"{action.url}: voortgang {state.progress}%")
        for milestone in action.milestones:
            if milestone.title not in text:
                problems.append(f"{action.url}: mijlpaal {milestone.title}")
        for linked in [*(h.report for h in action.history), *action.indicators]:
            if not any(href.endswith(linked.url) for href in hrefs):
                problems.append(f"{action.url}: geen link naar {linked.url}")
    return problems


def every_indicator_page_shows_its_figures(plan: Plan, site: Path) -> list[str]:
    """The verdict, a chart with a text alternative, and a table row per value."""
    problems = []
    for indicator in plan.indicators:
        if not _exists(site, indicator.url):
            continue
        article = content(site, indicator.url)
        if indicator.verdict.label not in article.get_text(" "):
            problems.append(f"{indicator.url}: oordeel {indicator.verdict.label}")
        chart = article.select_one("svg[role=img]")
        if chart is None or chart.title is None or chart.desc is None:
            problems.append(f"{indicator.url}: grafiek zonder tekstalternatief")
        rows = article.select("table.pw-indicator-table tbody tr")
        if len(rows) != len(indicator.points()):
            problems.append(f"{indicator.url}: {len(rows)} rijen in de tabel")
    return problems


def every_report_page_shows_the_plan_as_of_its_peildatum(plan: Plan, site: Path) -> list[str]:
    """A jaarplan lists its own actions; any other report every action reported by its
    peildatum, each with the status and progress as of that day."""
    problems = []
    for report in plan.reports:
        if not _exists(site, report.url):
            continue
        page = content(site, report.url)
        entries = {e["data-actie"]: e.get_text(" ") for e in page.select("[data-actie]")}
        if report.kind == "jaarplan":
            expected = [e.action.id for e in report.entries]
        else:
            as_of = plan.as_of(report)
            expected = [a.id for a in as_of.followed()]
            for action in as_of.followed():
                state = as_of.state(action)
                text = entries.get(action.id, "")
                if state.status is not None and state.status.label not in text:
                    problems.append(f"{report.url}: {action.id} status {state.status.label}")
                if state.progress is not None and f"{state.progress}%" not in text:
                    problems.append(f"{report.url}: {action.id} voortgang {state.progress}%")
        if sorted(entries) != sorted(expected):
            problems.append(f"{report.url}: acties {sorted(entries)}")
    return problems


def open_data_counts_match_the_plan(plan: Plan, site: Path) -> list[str]:
    """Every CSV has one row per thing of the model, and every entity its JSON slice."""
    data = site / "data"
    if not (data / "datapackage.json").is_file():
        return ["geen data/datapackage.json"]
    expected = {
        "doelstellingen": len(plan.all_goals()),
        "acties": len(plan.actions),
        "bijdragen": sum(len(a.contributions) for a in plan.actions),
        "partners": len(plan.partners),
        "projecten": sum(len(a.projects) for a in plan.actions),
    }
    if plan.reports:
        expected["rapporten"] = len(plan.reports)
        expected["rapport_acties"] = sum(len(r.entries) for r in plan.reports)
    if plan.indicators:
        expected["indicatoren"] = len(plan.indicators)
        expected["metingen"] = sum(len(i.points()) for i in plan.indicators)
    problems = []
    for name, count in expected.items():
        path = data / f"{name}.csv"
        rows = -1
        if path.exists():
            with path.open(encoding="utf-8", newline="") as stream:
                rows = sum(1 for _ in csv.reader(stream)) - 1  # a text may span lines
        if rows != count:
            problems.append(f"data/{name}.csv: {rows} rijen, het plan heeft er {count}")
    for table, things in (("acties", plan.actions), ("doelstellingen", plan.all_goals())):
        problems += [
            f"geen data/{table}/{t.id}.json"
            for t in things
            if not (data / table / f"{t.id}.json").is_file()
        ]
    return problems


def the_data_package_is_valid(plan: Plan, site: Path) -> list[str]:
    """As a re-user's tool reads it: Frictionless's own validation (types, keys)."""
    from frictionless import validate

    package = site / "data" / "datapackage.json"
    if not package.is_file():
        return []  # said by open_data_counts_match_the_plan
    report = validate(str(package))
    return (
        [f"open data: {e}" for e in report.flatten(["title", "note"])] if not report.valid else []
    )


def the_pdf_holds_every_goal_and_action(plan: Plan, site: Path) -> list[str]:
    """A plan small enough for a build has its PDF, tagged, with every title in it."""
    pdfs = sorted((site / "downloads").glob("*.pdf"))
    if len(plan.actions) > PDF_MAX_ACTIONS:
        return [f"een PDF bij {len(plan.actions)} acties"] if pdfs else []
    if len(pdfs) != 1:
        return [f"{len(pdfs)} PDF-bestanden in downloads/"]
    info = subprocess.run(["pdfinfo", str(pdfs[0])], capture_output=True, text=True).stdout
    problems = [] if re.search(r"^Tagged:\s+yes$", info, re.M) else ["de PDF is niet getagd"]
    pages = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True)
    text = " ".join(pages.stdout.split())
    for thing in [*plan.all_goals(), *plan.actions]:
        if " ".join(thing.title.split()) not in text:
            problems.append(f"niet in de PDF: {thing.title}")
    # Every matrix on landscape pages, with the goal names in its heads (no key).
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdfs[0])], capture_output=True, text=True
    )
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info.stdout)
    landscape = " ".join(
        " ".join(page.split())
        for (width, height), page in zip(sizes, pages.stdout.split("\f"), strict=False)
        if float(width) > float(height)
    )
    for matrix in plan.matrices:
        for goal in matrix.columns:
            if " ".join(goal.title.split()) not in landscape:
                problems.append(f"matrix {matrix.id} in de PDF: geen liggende kop {goal.title}")
    return problems


RULES = [
    the_data_package_is_valid,
    the_pdf_holds_every_goal_and_action,
    open_data_counts_match_the_plan,
    every_action_page_shows_its_state,
    every_indicator_page_shows_its_figures,
    every_report_page_shows_the_plan_as_of_its_peildatum,
    every_gemeente_page_shows_its_figures,
    every_entity_has_its_page,
    every_cell_matches_its_action,
    every_action_page_shows_its_data,
    search_covers_every_entity,
    navigation_stays_small,
]


def pages_of_every_kind(plan: Plan, narrative: Path) -> list[str]:
    """One page of every kind, chosen from the plan's own data (its first goal, action,
    partner, gemeente, matrix, report of each kind, indicator), and every narrative page."""
    pages = ["", "doelstellingen/", "acties/", "tijdlijn/", "toegankelijkheidsverklaring/"]
    pages += ["open-data/", "privacy/"]
    for things in (plan.all_goals(), plan.actions, plan.partners, plan.municipalities):
        pages += [things[0].url] if things else []
    pages += [part.url for m in plan.matrices for part in (m.parts or [m])][:3]
    kinds = {r.kind: r.url for r in plan.reports}
    pages += ["opvolging/", *kinds.values()] if plan.reports else []
    pages += ["indicatoren/", plan.indicators[0].url] if plan.indicators else []
    pages += [a.url for a in plan.actions if a.history][:1]
    pages += [
        p.relative_to(narrative).with_suffix("").as_posix() + "/"
        for p in sorted(narrative.glob("*.md"))
        if p.name != "index.md"
    ]
    return list(dict.fromkeys(pages))


def site_problems(plan_dir: Path, site: Path) -> list[str]:
    """Every rule's findings, and every broken internal link."""
    plan = plan_of(plan_dir)
    problems = [f"kapotte link: {link}" for link in broken_links(site)]
    for rule in RULES:
        problems += rule(plan, site)
    return problems
