"""HTML to a tagged PDF with WeasyPrint (PDF/UA-1: headings, tables with header
cells, alternative text, reading order, Dutch as the document's language).

Why WeasyPrint and not Typst: the document is made from the same Jinja templates and
model as the site (HTML in, no second template language), it writes tagged PDF/UA,
repeats table headers across pages, makes the outline from the headings and page
numbers in a table of contents from CSS; it installs from PyPI (pure Python; Pango,
already on Debian). Typst is faster but would need every page written twice.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from ...loading.plan_folder import leaves_folder
from ...model import Plan
from ...rendering.document import Imprint

# Above this many actions a build leaves the PDF to 'planwijzer pdf': WeasyPrint lays
# out about nine pages a second here (a 1,000-action plan is 1,400 pages, 155 s), and
# a build should stay a build. 100 actions with long texts take about ten seconds.
PDF_MAX_ACTIONS = 100


class PdfFailed(RuntimeError):
    """The PDF could not be made; the message says why and what to install, in Dutch."""


def pdf_bytes(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: Pango missing
        raise PdfFailed(
            "WeasyPrint ontbreekt of kan Pango niet laden "
            f"({type(exc).__name__}: {exc}). Installeer het met 'make install' (of "
            "'pip install weasyprint'); op Debian heeft het het pakket libpango-1.0-0 nodig."
        ) from None
    try:
        return HTML(string=html, base_url=".").write_pdf(pdf_variant="pdf/ua-1")
    except Exception as exc:  # WeasyPrint raises many kinds; the site goes on without
        raise PdfFailed(f"WeasyPrint kon de PDF niet maken: {type(exc).__name__}: {exc}") from exc


def data_version(plan_dir: Path) -> tuple[str | None, str | None]:
    """The day (ISO) and short commit of the last change of the plan's data, when the
    plan is in git; else (None, None): a file's time would differ per checkout."""
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%cs %h", "--", "data"],
            cwd=plan_dir,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None, None
    parts = done.stdout.split()
    if len(parts) != 2:
        return None, None
    return parts[0], parts[1]


def imprint_for(plan: Plan, plan_dir: Path, docs_dir: Path, site_url: str | None) -> Imprint:
    """What the cover and colophon say beyond the data: its version in git, the site's
    address, the logo file (only one inside the plan folder)."""
    day, commit = data_version(plan_dir)
    logo = None
    if plan.identity is not None and plan.identity.logo:
        candidate = docs_dir / plan.identity.logo
        logo = None if leaves_folder(plan_dir, candidate) else candidate
    return Imprint(day, commit, site_url or None, logo)
