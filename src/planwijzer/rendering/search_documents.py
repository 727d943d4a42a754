"""Search documents: what a search should find on each generated page.

One short HTML fragment per entity page (its own texts, partners, municipalities,
projects), instead of the whole page with its repeated lists. The index stays small
and precise, whatever engine builds it. One paragraph per sentence, so that a result shows
the sentences that hold the words searched for.
"""

from __future__ import annotations

import html
import re

from markupsafe import escape

from ..model import Action, Goal, Municipality, Partner
from ..model.follow_up import Report
from ..model.indicators import Indicator
from ..shared.interface import _, punctuation
from .markup import render_markdown

_TAGS = re.compile(r"<[^>]+>")


def _text(markdown_text: str | None) -> str:
    """Markdown as escaped plain text (entities kept, tags dropped)."""
    return _TAGS.sub(" ", str(render_markdown(markdown_text))).strip()


# A search result shows the paragraphs of an entry that hold the words searched for:
# one sentence per paragraph makes that a short snippet instead of the whole text.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")


def _document(parts: list[str], kind: str) -> str:
    # No heading: the search engine titles the entry with the page's own title. A page
    # without text of its own still gets an entry (an empty one would be dropped).
    sentences = [s for part in parts if part for s in _SENTENCE_END.split(part.strip())]
    return "\n".join(f"<p>{s}</p>" for s in sentences if s) or f"<p>{escape(kind)}</p>"


def shorten(text: str, length: int) -> str:
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0] + "…"


def for_action(action: Action) -> str:
    names = [p.name for p in action.all_partners()]
    projects = [
        f"{p.title} ({', '.join(m.name for m in p.municipalities)})"
        if p.municipalities
        else p.title
        for p in action.projects
    ]
    return _document(
        [
            _text(action.description),
            _text(action.context),
            _text(action.cooperation),
            str(escape(_("Partners:") + " " + ", ".join(names))) if names else "",
            str(escape(_("Projecten:") + " " + f"{punctuation(';')} ".join(projects)))
            if projects
            else "",
            str(escape(", ".join(action.labels))),
        ],
        _("Actie"),
    )


def for_goal(goal: Goal) -> str:
    return _document([_text(goal.description), _text(goal.explanation)], goal.level.name)


def for_partner(partner: Partner) -> str:
    return _document([str(escape(partner.kind or "")), _text(partner.description)], _("Partner"))


def for_municipality(municipality: Municipality) -> str:
    colon, semicolon = punctuation(":"), punctuation(";")
    projects = f"{semicolon} ".join(
        f"{p.title}{colon} {p.action.title}" for p in municipality.projects
    )
    return _document([str(escape(projects))], _("Gemeente"))


def for_report(report: Report) -> str:
    """The report's own words: its narrative and every toelichting and milestone."""
    said = [
        " ".join(
            [
                str(escape(entry.action.title + ":")),
                _text(entry.explanation),
                str(escape(f"{punctuation(';')} ".join(m.title for m in entry.milestones))),
            ]
        )
        for entry in report.entries
        if entry.explanation or entry.milestones
    ]
    return _document([str(escape(report.kind_label)), _text(report.narrative), *said], _("Rapport"))


def for_indicator(indicator: Indicator) -> str:
    return _document(
        [_text(indicator.description), str(escape(indicator.source_text or ""))], _("Indicator")
    )


DESCRIPTION_LENGTH = 155  # what search engines show of a description


def meta_description(title: str, summary: str | None, plan) -> str:  # type: ignore[no-untyped-def]
    """One line about a page: its title, the plan, and the start of its own text."""
    text = f"{title} · {plan.title} ({plan.organisation})"
    if summary:
        plain = " ".join(html.unescape(_text(summary)).split())
        text = f"{title}{punctuation(':')} {plain}"
    return shorten(text, DESCRIPTION_LENGTH)


def for_framework(framework) -> str:  # type: ignore[no-untyped-def]
    """Its title and every onderdeel, so a search for an onderdeel finds the framework."""
    parts = [f"{p.label}." for p in framework.parts()]
    return _document(
        [
            str(escape(framework.source_text or "")),
            _text(framework.description),
            str(escape(" ".join(parts))),
        ],
        _("Beleidskader"),
    )
