"""The pages of the plan's frameworks (data/kaders/): an overview, one page per
framework with its crosswalk, and a matrix per framework; and the pages of any matrix."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..model import Matrix, Plan
from ..shared.interface import _
from ..shared.site_paths import FRAMEWORKS
from . import search_documents as search
from .page import PageJob as Job


def framework_pages(plan: Plan, page: Callable[..., Job]) -> list[Job]:
    """Only when the plan links to a framework (a built-in one it does not use is absent)."""
    if not plan.frameworks:
        return []
    pages = [
        page(
            "pages/frameworks_index.html.j2",
            f"{FRAMEWORKS}/index.md",
            f"{FRAMEWORKS}/",
            _("Beleidskaders"),
            searchable=False,
        )
    ]
    for framework in plan.frameworks:
        pages.append(
            page(
                "pages/framework.html.j2",
                f"{framework.url}index.md",
                framework.url,
                framework.title,
                search_doc_of=partial(search.for_framework, framework),
                summary=framework.description,
                framework=framework,
            )
        )
        pages += matrix_pages(framework.matrix, page, framework_matrix=True)
    return pages


def matrix_pages(
    matrix: Matrix, page: Callable[..., Job], *, framework_matrix: bool = False
) -> list[Job]:
    """A matrix's page; for a large plan one page per top goal (or onderdeel) and an
    index of them. The plan's overview matrices and the frameworks' share this (a
    framework's titled 'SDG's: matrix')."""

    def titled(title: str) -> str:
        return _("%(kader)s: matrix") % {"kader": title} if framework_matrix else title

    pages = []
    if matrix.parts:
        pages.append(
            page(
                "pages/matrices_index.html.j2",
                f"{matrix.url}index.md",
                matrix.url,
                titled(matrix.title),
                searchable=False,
                matrices=matrix.parts,
                whole=matrix,
            )
        )
    for shown in matrix.parts or [matrix]:
        pages.append(
            page(
                "pages/matrix.html.j2",
                f"{shown.url}index.md",
                shown.url,
                titled(shown.title),
                searchable=False,
                wide=True,
                matrix=shown,
            )
        )
    return pages
