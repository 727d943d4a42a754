"""A narrative page at the address of a generated page would vanish from the site
without a word (the generated page is written over it): an error at its file.

Which pages are generated is read from ``page_list`` itself, the one list that makes
them, so it needs the model: the check runs once the plan's data has no errors. The
editors' /beheer/ is written by outputs/cms, under the name it takes from site_paths."""

from __future__ import annotations

from pathlib import Path

from ..loading.narrative_pages import address, narrative_pages
from ..model import Plan
from ..shared.problems import Report
from ..shared.site_paths import CMS, page_address
from .page_list import page_sources


def check_narrative_places(plan: Plan, plan_dir: Path, report: Report) -> None:
    generated = {page_address(source) for source in page_sources(plan)}
    if plan.cms is not None:  # the editors' page, written beside the site's pages
        generated.add(f"{CMS}/")
    for source, shown in narrative_pages(plan_dir).items():
        place = address(source, plan.languages)
        if place and place in generated:
            report.error(
                shown,
                0,
                0,
                f"{shown} neemt de plaats in van een pagina die Planwijzer zelf maakt "
                f"({place}): de site zou die tekst niet tonen.",
                f"Hernoem {shown} (zo krijgt het een eigen adres) of verwijder het.",
            )
