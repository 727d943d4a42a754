"""A plan's own templates: readable by Jinja, and under their current names.

An own template with a mistake in its Jinja (a '{% if %}' without a condition, a block
left open) is named with its file and line, in Dutch, before anything is built: Jinja's
own message is English and would otherwise surface as a crash of Planwijzer.

The page templates were named ``*.md.j2`` while pages were Markdown files; they emit
HTML and are named ``*.html.j2`` now. A plan folder's override under the old name
still counts (rendering reads it as the new one); ``check`` says to rename it.
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, TemplateSyntaxError

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


# Jinja's most frequent complaints, as an editor can act on them.
_SAID = [
    (
        re.compile(r"^Expected an expression, got 'end of (statement block|print statement)'"),
        "Na '{%%' of '{{' ontbreekt wat er getest of getoond moet worden.",
    ),
    (
        re.compile(r"^Unexpected end of template"),
        "Het template eindigt terwijl een blok nog open staat: er ontbreekt een "
        "'{%% endif %%}', '{%% endfor %%}' of '{%% endblock %%}'.",
    ),
    (
        re.compile(r"^Encountered unknown tag '([^']+)'"),
        "'{%% %s %%}' is geen opdracht die Jinja kent, of ze staat buiten het blok waar ze "
        "bij hoort.",
    ),
    (
        re.compile(r"^unexpected '([^']+)'"),
        "Een '%s' staat op een plaats waar Jinja ze niet verwacht.",
    ),
]


def _said(message: str) -> str:
    for pattern, dutch in _SAID:
        match = pattern.match(message)
        if match is not None:
            return dutch % tuple(g for g in match.groups() if "statement" not in g)
    return "De Jinja-opmaak ({% ... %} of {{ ... }}) klopt hier niet."


def check_own_templates(plan_dir: Path, report: Report) -> None:
    """Every template in the plan's templates/ is read as Planwijzer reads it."""
    folder = plan_dir / OWN_TEMPLATES
    if not folder.is_dir():
        return
    env = Environment(extensions=["jinja2.ext.i18n"])
    for path in sorted(folder.rglob("*.j2")):
        name = path.relative_to(plan_dir).as_posix()
        try:
            env.parse(path.read_text(encoding="utf-8", errors="replace"), name, str(path))
        except TemplateSyntaxError as exc:
            report.error(
                name,
                exc.lineno or 0,
                0,
                f"Dit eigen template kan niet gelezen worden. {_said(exc.message or '')}",
                "Vergelijk het met het template van Planwijzer waarvan je vertrok: elke "
                "'{% if ... %}' en '{% for ... %}' heeft een voorwaarde en wordt gesloten, "
                "elke '{{' heeft een '}}'.",
            )
