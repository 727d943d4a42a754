"""Rules a built plan site must keep, each derived from the plan's own data: no rule
names an action, a goal or a number. They hold for any plan, so editing the plan
never breaks them unless the site no longer shows the plan."""

from __future__ import annotations

import json
from pathlib import Path

from planwijzer import pipeline
from planwijzer.model import Plan
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
    return [f"geen pagina voor {u}" for u in urls if not _exists(site, u)]


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
    wanted += [p.url for p in plan.partners]
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
        for ranking, rank in municipality.ranks:
            if f"Rang {rank}" not in text or ranking.source not in text:
                problems.append(f"{municipality.url}: rang {rank} in {ranking.id}")
        if municipality.nis and municipality.nis not in text:
            problems.append(f"{municipality.url}: NIS-code")
    return problems


RULES = [
    every_gemeente_page_shows_its_figures,
    every_entity_has_its_page,
    every_cell_matches_its_action,
    every_action_page_shows_its_data,
    search_covers_every_entity,
    navigation_stays_small,
]


def site_problems(plan_dir: Path, site: Path) -> list[str]:
    """Every rule's findings, and every broken internal link."""
    plan = plan_of(plan_dir)
    problems = [f"kapotte link: {link}" for link in broken_links(site)]
    for rule in RULES:
        problems += rule(plan, site)
    return problems
