"""Which pages a plan site has, in order: one job (a function that renders it) each.

New page types are added here and get a template in ``templates/pages/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from ..model import Plan
from ..shared.interface import _
from ..shared.licences import licence_for
from ..shared.site_paths import (
    ACCESSIBILITY,
    ACTIONS,
    GOALS,
    INDICATORS,
    MUNICIPALITIES,
    PARTNERS,
    PRIVACY,
    REPORTS,
    TIMELINE,
    entity_source,
)
from ..shared.text import slugify
from . import search_documents as search
from .framework_pages import framework_pages, matrix_pages
from .page import PageCache, PageJob, RenderedPage


@dataclass(frozen=True)
class SiteSettings:
    """What decides which pages there are, besides the plan."""

    home: bool  # a generated home page (else docs/index.md is the home page)
    edit_links: bool  # pages link to their YAML line: the page memo keys on lines too
    history: list  # the 'Wijzigingen' page's versions
    open_data: list = field(default_factory=list)  # the files the open-data page lists


def _job(
    render_page: Callable[..., RenderedPage],
    template: str,
    path: str,
    url: str,
    title: str,
    *,
    search_doc_of: Callable[[], str] | None = None,
    **kw: Any,
) -> PageJob:
    """``search_doc_of`` makes the page's search document when the page is rendered:
    listing the pages (the check does, to keep narrative pages off them) makes none."""
    if search_doc_of is None:
        render = partial(render_page, template, path, url, title, **kw)
    else:

        def render() -> RenderedPage:
            return render_page(template, path, url, title, search_doc=search_doc_of(), **kw)

    return PageJob(path, url, title, bool(kw.get("wide")), render)


def _overview(
    render_page: Callable[..., RenderedPage], template: str, url: str, title: str
) -> PageJob:
    return _job(render_page, template, f"{url}index.md", url, title, searchable=False)


def page_jobs(
    plan: Plan,
    settings: SiteSettings,
    render_page: Callable[..., RenderedPage],
    memo: PageCache | None,
) -> list[PageJob]:
    """One function per generated page, which renders it with ``render_page``. With a
    ``memo``, an entity page whose inputs did not change comes from the memo instead."""

    def page(*args: Any, **kw: Any) -> PageJob:
        return _job(render_page, *args, **kw)

    def entity_page(entity, template, path, url, title, *, search_doc_for=None, **kw):  # type: ignore[no-untyped-def]
        def render() -> RenderedPage:
            doc = search_doc_for(entity) if search_doc_for else None
            return render_page(template, path, url, title, search_doc=doc, **kw)

        if memo is not None:
            render = partial(memo.page, plan, entity, path, render, lines=settings.edit_links)
        return PageJob(path, url, title, False, render)

    pages: list[PageJob] = []
    if settings.home:
        pages.append(page("pages/home.html.j2", "index.md", "", plan.title))
    goals_title = plan.levels[0].plural if len(plan.levels) == 1 else _("Doelstellingen")
    pages.append(
        _overview(render_page, "pages/goals_index.html.j2", "doelstellingen/", goals_title)
    )
    pages += [
        entity_page(
            g,
            "pages/goal.html.j2",
            entity_source(GOALS, g.id),
            g.url,
            f"{g.level.name} {g.label}",
            search_doc_for=search.for_goal,
            source=g.source,
            summary=g.description,
            goal=g,
        )
        for g in plan.all_goals()
    ]
    pages.append(
        _overview(render_page, "pages/actions_index.html.j2", "acties/", plan.action_plural)
    )
    pages += [
        entity_page(
            a,
            "pages/action.html.j2",
            entity_source(ACTIONS, a.id),
            a.url,
            a.label,
            search_doc_for=search.for_action,
            source=a.source,
            summary=a.description or a.context,
            action=a,
        )
        for a in plan.actions
    ]
    pages.append(_overview(render_page, "pages/partners_index.html.j2", "partners/", _("Partners")))
    pages += [
        entity_page(
            p,
            "pages/partner.html.j2",
            entity_source(PARTNERS, p.id),
            p.url,
            p.name,
            search_doc_for=search.for_partner,
            source=p.source,
            summary=p.description,
            partner=p,
            roles=plan.partner_roles(p),
        )
        for p in plan.partners
    ]
    municipalities_index = "pages/municipalities_index.html.j2"
    pages.append(_overview(render_page, municipalities_index, "gemeenten/", _("Gemeenten")))
    pages += [
        entity_page(
            m,
            "pages/municipality.html.j2",
            entity_source(MUNICIPALITIES, m.slug),
            m.url,
            m.name,
            search_doc_for=search.for_municipality,
            municipality=m,
        )
        for m in plan.municipalities
    ]
    pages.append(_overview(render_page, "pages/timeline.html.j2", f"{TIMELINE}/", _("Tijdlijn")))
    pages += _living_plan_pages(plan, page)
    pages += framework_pages(plan, page)
    if settings.open_data:
        pages.append(
            page(
                "pages/open_data.html.j2",
                "open-data/index.md",
                "open-data/",
                _("Open data"),
                searchable=False,
                files=settings.open_data,
                licence=licence_for(plan.licence),
            )
        )
    pages.append(
        page(
            "pages/changes.html.j2",
            "wijzigingen/index.md",
            "wijzigingen/",
            _("Wijzigingen"),
            source=plan.source,
            history=settings.history,
        )
    )
    pages.append(
        page(
            "pages/accessibility.html.j2",
            f"{ACCESSIBILITY}.md",
            f"{ACCESSIBILITY}/",
            _("Toegankelijkheidsverklaring"),
            searchable=False,
        )
    )
    pages.append(
        page(
            "pages/privacy.html.j2",
            f"{PRIVACY}.md",
            f"{PRIVACY}/",
            _("Privacyverklaring"),
            searchable=False,
        )
    )
    if len(plan.matrices) > 1:
        pages.append(
            page(
                "pages/matrices_index.html.j2",
                "overzicht/index.md",
                "overzicht/",
                _("Overzicht"),
                searchable=False,
                matrices=plan.matrices,
                whole=None,
            )
        )
    for matrix in plan.matrices:
        pages += matrix_pages(
            matrix, page if memo is None else partial(_kept_matrix, plan, page, memo)
        )
    return pages


def _kept_matrix(
    plan: Plan, page: Callable[..., PageJob], memo: PageCache, *args: Any, **kw: Any
) -> PageJob:
    """A matrix page (or part): from the memo when its rows and columns are unchanged."""
    job = page(*args, **kw)
    shown = kw.get("matrix")
    if shown is None:  # the index of the parts: rendered each time
        return job
    return replace(job, render=partial(memo.matrix, plan, shown, job.path, job.title, job.render))


def _living_plan_pages(plan: Plan, page: Callable[..., PageJob]) -> list[PageJob]:
    """Reports and indicators: only when the plan has them (no empty pages)."""
    pages = []
    if plan.reports:
        pages.append(
            page(
                "pages/reports_index.html.j2", f"{REPORTS}/index.md", f"{REPORTS}/", _("Opvolging")
            )
        )
    for report in plan.reports:
        pages.append(
            page(
                "pages/report.html.j2",
                entity_source(REPORTS, slugify(report.stem)),
                report.url,
                report.title,
                search_doc_of=partial(search.for_report, report),
                source=report.source,
                summary=report.narrative,
                report=report,
            )
        )
    if plan.indicators:
        pages.append(
            page(
                "pages/indicators_index.html.j2",
                f"{INDICATORS}/index.md",
                f"{INDICATORS}/",
                _("Indicatoren"),
                searchable=False,
            )
        )
    for indicator in plan.indicators:
        pages.append(
            page(
                "pages/indicator.html.j2",
                entity_source(INDICATORS, indicator.id),
                indicator.url,
                indicator.title,
                search_doc_of=partial(search.for_indicator, indicator),
                source=indicator.source,
                summary=indicator.description,
                indicator=indicator,
            )
        )
    return pages


def page_sources(plan: Plan) -> list[str]:
    """The source path of every page a build generates for ``plan`` (docs/index.md may
    stand in for the home page): what no narrative page may take. Read from the jobs
    that make them, so a new page type is covered the day it is added."""
    settings = SiteSettings(home=False, edit_links=False, history=[], open_data=[_EVERY_BUILD])
    return [job.path for job in page_jobs(plan, settings, _not_rendered, None)]


# Every build writes open data, so its page is always there; the check only lists paths.
_EVERY_BUILD = "open data"


def _not_rendered(*_args: Any, **_kw: Any) -> RenderedPage:
    raise AssertionError("page_sources lists pages; it renders none")
