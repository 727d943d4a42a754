"""The plan (or one report) as one HTML document for print: the input of the PDF.

Same model, same Jinja environment and filters as the site; its own templates in
``templates/pdf/``. Which chapters there are, in which order, is decided here; the
narrative pages come from the caller (already rendered, in the navigation's order),
and their links are turned into links inside the document (``document_links``).
"""

from __future__ import annotations

import base64
import mimetypes
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..model import Plan
from ..model.follow_up import Report
from ..model.indicators import Indicator
from ..shared.interface import _, speaking
from ..shared.licences import licence_for
from .charts import indicator_chart
from .document_links import DocumentLinks, chapter_anchor
from .environment import PACKAGE_TEMPLATES, make_environment, template_dirs_for
from .formatting import human_date
from .sentences import Sentences

CSS = PACKAGE_TEMPLATES / "pdf" / "pdf.css"
# A landscape A4 page holds 261 mm between its margins; the row heads take 55 mm.
MATRIX_WIDTH = 200  # mm for the columns
MATRIX_COLUMNS = 20  # at most, 10 mm each: the goal names are written upwards


@dataclass(frozen=True)
class Imprint:
    """What the cover and the colophon say beyond the plan's data."""

    data_date: str | None = None  # ISO day of the last change of the data (git)
    commit: str | None = None  # that change's short commit
    site_url: str | None = None  # the site's address (mkdocs.yml site_url)
    logo: Path | None = None  # the organisation's logo file (huisstijl)


@dataclass(frozen=True)
class NarrativePage:
    path: str  # in docs/, e.g. 'inleiding.md'
    title: str
    html: str


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    # narrative, goals, matrix, actions, partners, frameworks, state, indicators
    kind: str
    html: Markup | None = None
    matrix: Any = None
    report: Report | None = None
    path: str | None = None  # a narrative page's file in docs/


def plan_chapters(plan: Plan, narrative: list[NarrativePage]) -> list[Chapter]:
    """Every chapter of the plan's document, in order; narrative pages as they come."""
    chapters = [
        Chapter(chapter_anchor(page.title, i), page.title, "narrative", Markup(page.html),
                path=page.path)
        for i, page in enumerate(narrative)
    ]  # fmt: skip
    goals = plan.levels[0].plural if len(plan.levels) == 1 else _("Doelstellingen")
    chapters.append(Chapter("h-doelstellingen", goals, "goals"))
    for matrix in plan.matrices:
        for shown in matrix.parts or [matrix]:
            chapters.append(Chapter(f"h-matrix-{shown.id}", shown.title, "matrix", matrix=shown))
    chapters.append(Chapter("h-acties", plan.action_plural, "actions"))
    if plan.partners:
        chapters.append(Chapter("h-partners", _("Partners"), "partners"))
    if plan.frameworks:
        chapters.append(Chapter("h-kaders", _("Beleidskaders"), "frameworks"))
        for framework in plan.frameworks:
            for shown in framework.matrix.parts or [framework.matrix]:
                title = _("Matrix: %(titel)s") % {"titel": shown.title}
                chapters.append(Chapter(f"h-matrix-{shown.id}", title, "matrix", matrix=shown))
    latest = plan.latest_report
    if latest is not None and plan.has_progress:
        title = _("Stand van zaken op %(datum)s") % {"datum": human_date(latest.reference_text)}
        chapters.append(Chapter("h-stand", title, "state", report=latest))
    if plan.indicators:
        chapters.append(Chapter("h-indicatoren", _("Indicatoren"), "indicators"))
    return chapters


def _environment(plan: Plan, plan_dir: Path | None, imprint: Imprint, *, whole_plan: bool):  # type: ignore[no-untyped-def]
    env = make_environment(template_dirs_for(plan_dir))
    env.globals.update(
        plan=plan,
        say=Sentences(plan.action_name, plan.action_plural),
        page_url="",
        whole_plan=whole_plan,
        provenance=imprint,
        licence=licence_for(plan.licence),
        logo=_data_uri(imprint.logo),
        MATRIX_WIDTH=MATRIX_WIDTH,
        MATRIX_COLUMNS=MATRIX_COLUMNS,
    )

    def chart_image(indicator: Indicator) -> str:
        svg = env.get_template("pdf/chart.svg.j2").render(
            ch=indicator_chart(indicator), indicator=indicator
        )
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode()

    env.filters["chart_image"] = chart_image
    return env


def narrative_fragments(plan: Plan, plan_dir: Path | None) -> Any:
    """The narrative pages' macros as the printed plan shows them (``pdf/narrative.html.j2``,
    by the names of the site's components): ``fragment(name, *args) -> Markup``."""
    env = _environment(plan, plan_dir, Imprint(), whole_plan=True)

    def fragment(name: str, *args: Any, **kwargs: Any) -> Markup:
        with speaking(plan.language):
            module = env.get_template("pdf/narrative.html.j2").module  # made once
            return Markup(getattr(module, name)(*args, **kwargs))

    return fragment


def _data_uri(path: Path | None) -> str | None:
    """The logo inside the document (WeasyPrint fetches nothing); None when unreadable."""
    if path is None or not path.is_file():
        return None
    kind = mimetypes.guess_type(path.name)[0]
    if kind not in ("image/svg+xml", "image/png", "image/jpeg"):
        return None
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode()


def plan_document(
    plan: Plan,
    narrative: list[NarrativePage],
    imprint: Imprint,
    *,
    plan_dir: Path | None = None,
) -> str:
    """The whole plan: cover, colophon, contents, chapters (see ``plan_chapters``), in
    the language of ``plan`` (the model is read in one language)."""
    with speaking(plan.language):
        env = _environment(plan, plan_dir, imprint, whole_plan=True)
        chapters = plan_chapters(plan, narrative)
        links = DocumentLinks(((c.id, c.kind, c.path) for c in chapters), plan, imprint.site_url)
        chapters = [
            replace(c, html=links.rewrite(str(c.html))) if c.kind == "narrative" else c
            for c in chapters
        ]
        return env.get_template("pdf/plan.html.j2").render(
            chapters=chapters, css=Markup(CSS.read_text(encoding="utf-8"))
        )


def report_document(
    plan: Plan, report: Report, imprint: Imprint, *, plan_dir: Path | None = None
) -> str:
    """One report for the board, as of its peildatum: see ``pdf/report.html.j2``."""
    env = _environment(plan, plan_dir, imprint, whole_plan=False)
    measured = [i.as_of(report.reference_date) for i in plan.indicators]
    with speaking(plan.language):
        return env.get_template("pdf/report.html.j2").render(
            report=report, indicators=measured, css=Markup(CSS.read_text(encoding="utf-8"))
        )
