"""The pages of the plan's frameworks (data/kaders/): an overview, one page per
framework with its crosswalk, and a matrix per framework."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Plan
from ..shared.site_paths import FRAMEWORKS
from . import search_documents as search
from .page import RenderedPage

Job = Callable[[], RenderedPage]


def framework_pages(plan: Plan, page: Callable[..., Job]) -> list[Job]:
    """Only when the plan links to a framework (a built-in one it does not use is absent)."""
    if not plan.frameworks:
        return []
    pages = [
        page(
            "pages/frameworks_index.md.j2",
            f"{FRAMEWORKS}/index.md",
            f"{FRAMEWORKS}/",
            "Beleidskaders",
            searchable=False,
        )
    ]
    for framework in plan.frameworks:
        pages.append(
            page(
                "pages/framework.md.j2",
                f"{framework.url}index.md",
                framework.url,
                framework.title,
                search_doc=search.for_framework(framework),
                summary=framework.description,
                framework=framework,
            )
        )
        matrix = framework.matrix
        if matrix.parts:  # a large plan: one matrix per top onderdeel, and their index
            pages.append(
                page(
                    "pages/matrices_index.md.j2",
                    f"{matrix.url}index.md",
                    matrix.url,
                    f"{framework.title}: matrix",
                    searchable=False,
                    matrices=matrix.parts,
                    whole=matrix,
                )
            )
        for shown in matrix.parts or [matrix]:
            pages.append(
                page(
                    "pages/matrix.md.j2",
                    f"{shown.url}index.md",
                    shown.url,
                    f"{shown.title}: matrix",
                    searchable=False,
                    wide=True,
                    matrix=shown,
                )
            )
    return pages
