"""Search documents: what a search should find on each generated page.

One short HTML fragment per entity page (title and its own texts, partners,
municipalities, projects), instead of the whole page with its repeated lists.
The index stays small and precise, whatever engine builds it.
"""

from __future__ import annotations

import html
import re

from markupsafe import escape

from ..model import Action, Goal, Municipality, Partner
from ..model.follow_up import Report
from ..model.indicators import Indicator
from .markup import render_markdown

_TAGS = re.compile(r"<[^>]+>")


def _text(markdown_text: str | None) -> str:
    """Markdown as escaped plain text (entities kept, tags dropped)."""
    return _TAGS.sub(" ", str(render_markdown(markdown_text))).strip()


def _document(title: str, parts: list[str]) -> str:
    body = " ".join(p for p in parts if p)
    return f"<h1>{escape(title)}</h1>\n<p>{body}</p>"


def for_action(action: Action) -> str:
    names = [p.name for p in action.all_partners()]
    projects = [
        f"{p.title} ({', '.join(m.name for m in p.municipalities)})"
        if p.municipalities
        else p.title
        for p in action.projects
    ]
    return _document(
        action.label,
        [
            _text(action.description),
            _text(action.context),
            _text(action.cooperation),
            str(escape("Partners: " + ", ".join(names))) if names else "",
            str(escape("Projecten: " + "; ".join(projects))) if projects else "",
            str(escape(", ".join(action.labels))),
        ],
    )


def for_goal(goal: Goal) -> str:
    title = f"{goal.level.name} {goal.label}"
    return _document(title, [_text(goal.description), _text(goal.explanation)])


def for_partner(partner: Partner) -> str:
    return _document(partner.name, [str(escape(partner.kind or "")), "Partner"])


def for_municipality(municipality: Municipality) -> str:
    projects = "; ".join(f"{p.title}: {p.action.title}" for p in municipality.projects)
    return _document(municipality.name, ["Gemeente", str(escape(projects))])


def for_report(report: Report) -> str:
    """The report's own words: its narrative and every toelichting and milestone."""
    said = [
        " ".join(
            [
                str(escape(entry.action.title + ":")),
                _text(entry.explanation),
                str(escape("; ".join(m.title for m in entry.milestones))),
            ]
        )
        for entry in report.entries
        if entry.explanation or entry.milestones
    ]
    return _document(report.title, [str(escape(report.kind_label)), _text(report.narrative), *said])


def for_indicator(indicator: Indicator) -> str:
    return _document(
        indicator.title,
        ["Indicator", _text(indicator.description), str(escape(indicator.source_text or ""))],
    )


DESCRIPTION_LENGTH = 155  # what search engines show of a description


def meta_description(title: str, summary: str | None, plan) -> str:  # type: ignore[no-untyped-def]
    """One line about a page: its title, the plan, and the start of its own text."""
    text = f"{title} · {plan.title} ({plan.organisation})"
    if summary:
        plain = " ".join(html.unescape(_text(summary)).split())
        text = f"{title}: {plain}"
    if len(text) > DESCRIPTION_LENGTH:
        text = text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"
    return text
