"""A plan's own templates under their former names.

The page templates were named ``*.md.j2`` while pages were Markdown files; they emit
HTML and are named ``*.html.j2`` now. A plan folder's override under the old name
still counts (rendering reads it as the new one); ``check`` says to rename it.
"""

from __future__ import annotations

from pathlib import Path

from ..shared.problems import Report

OLD_SUFFIX = ".md.j2"
SUFFIX = ".html.j2"
OWN_TEMPLATES = "templates"


def other_name(template: str) -> str | None:
    """The same template under its other name: old for new, new for old."""
    if template.endswith(OLD_SUFFIX):
        return template.removesuffix(OLD_SUFFIX) + SUFFIX
    if template.endswith(SUFFIX):
        return template.removesuffix(SUFFIX) + OLD_SUFFIX
    return None


def check_template_names(plan_dir: Path, report: Report) -> None:
    folder = plan_dir / OWN_TEMPLATES
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob(f"*{OLD_SUFFIX}")):
        old = path.relative_to(plan_dir).as_posix()
        new = old.removesuffix(OLD_SUFFIX) + SUFFIX
        report.warning(
            old,
            0,  # the whole file
            0,
            f"Dit eigen template heeft nog de oude naam '{path.name}'. Planwijzer "
            "gebruikt het nog, maar die naam verdwijnt in een volgende versie.",
            f"Hernoem het bestand naar '{new}'"
            + (
                f" en verwijs in '{{% extends %}}' en '{{% include %}}' naar "
                f"'{OLD_SUFFIX}'-namen voortaan met '{SUFFIX}'."
            ),
        )
