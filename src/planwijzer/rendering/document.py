"""The plan (or one report) as one HTML document for print: the input of the PDF.

Same model, same Jinja environment and filters as the site; its own templates in
``templates/pdf/``. Which chapters there are, in which order, is decided here; the
narrative pages come from the caller (already rendered, in the navigation's order).
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..model import Plan
from ..model.follow_up import Report
from ..model.indicators import Indicator
from ..shared.text import slugify
from .charts import indicator_chart
from .environment import PACKAGE_TEMPLATES, make_environment, template_dirs_for

CSS = PACKAGE_TEMPLATES / "pdf" / "pdf.css"
# A link of a narrative page to an entity's page becomes a link inside the document.
_ENTITY_LINK = re.compile(r'href="(?:\.\./)*(acties|doelstellingen)/([a-z0-9-]+)/"')
_ANCHOR = {"acties": "actie", "doelstellingen": "doel"}
_OTHER_LINK = re.compile(r'href="(?!#|https?://|mailto:|tel:)[^"]*"')


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    kind: str  # narrative, goals, matrix, actions, partners, report, indicators
    html: Markup | None = None
    matrix: Any = None
    report: Report | None = None


def _in_document(html: str) -> Markup:
    """A narrative page's links: to an action or goal, inside the document; to another
    page of the site, plain text (the document has no such page)."""
    html = _ENTITY_LINK.sub(lambda m: f'href="#{_ANCHOR[m.group(1)]}-{m.group(2)}"', html)
    return Markup(_OTHER_LINK.sub("", html))


def plan_chapters(plan: Plan, narrative: list[tuple[str, str]]) -> list[Chapter]:
    chapters = [
        Chapter(f"h-{slugify(title) or i}", title, "narrative", _in_document(html))
        for i, (title, html) in enumerate(narrative)
    ]
    goals = plan.levels[0].plural if len(plan.levels) == 1 else "Doelstellingen"
    chapters.append(Chapter("h-doelstellingen", goals, "goals"))
    for matrix in plan.matrices:
        for shown in matrix.parts or [matrix]:
            chapters.append(Chapter(f"h-matrix-{shown.id}", shown.title, "matrix", matrix=shown))
    chapters.append(Chapter("h-acties", plan.action_plural, "actions"))
    if plan.partners:
        chapters.append(Chapter("h-partners", "Partners", "partners"))
    latest = next((r for r in plan.reports if plan.report_summary(r).reported), None)
    if latest is not None:
        title = f"Stand van zaken: {latest.title}"
        chapters.append(Chapter("h-stand", title, "report", report=latest))
    if plan.indicators:
        chapters.append(Chapter("h-indicatoren", "Indicatoren", "indicators"))
    return chapters


def _environment(plan: Plan, plan_dir: Path | None, *, whole_plan: bool):  # type: ignore[no-untyped-def]
    env = make_environment(template_dirs_for(plan_dir))
    env.globals["plan"] = plan
    env.globals["page_url"] = ""
    env.globals["whole_plan"] = whole_plan

    def chart_image(indicator: Indicator) -> str:
        svg = env.get_template("pdf/chart.svg.j2").render(
            ch=indicator_chart(indicator), indicator=indicator
        )
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode()

    env.filters["chart_image"] = chart_image
    return env


def plan_document(
    plan: Plan,
    narrative: list[tuple[str, str]],
    *,
    made_from: str,
    version: str | None = None,
    plan_dir: Path | None = None,
) -> str:
    """The whole plan: title page, contents, chapters (see ``plan_chapters``)."""
    env = _environment(plan, plan_dir, whole_plan=True)
    return env.get_template("pdf/plan.html.j2").render(
        chapters=plan_chapters(plan, narrative),
        css=Markup(CSS.read_text(encoding="utf-8")),
        made_from=made_from,
        version=version,
    )


def report_document(
    plan: Plan, report: Report, *, made_from: str, plan_dir: Path | None = None
) -> str:
    """One report for the board: its narrative, its figures, and the indicators."""
    env = _environment(plan, plan_dir, whole_plan=False)
    return env.get_template("pdf/report.html.j2").render(
        report=report,
        css=Markup(CSS.read_text(encoding="utf-8")),
        made_from=made_from,
    )
