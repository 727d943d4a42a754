"""The Atom feed ``/feed.xml``: what changed in the plan, from the same history as the
page Wijzigingen (the decided versions and what each changed), plus the follow-up's
own dated events: every report and every new measurement of an indicator.

Each entry's id is a tag: URI made of the site's host and the entry's own date and
key, and ``updated`` is the date of the change itself, never the build's clock: two
builds of the same data give the same bytes, and a reader sees an entry once.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from ...model import Plan
from ...rendering.formatting import with_unit
from ...shared.interface import _
from ...shared.periods import human_date
from ...shared.site_paths import CHANGES, site_root
from .history import day_of

PATH = "feed.xml"


@dataclass(frozen=True)
class Entry:
    key: str  # unique in the feed, stable: 'versie/1', 'rapport/2022', ...
    date: str  # as written in the data
    title: str
    link: str  # absolute
    summary: str

    @property
    def updated(self) -> str:
        return f"{day_of(self.date)}T00:00:00Z"


def tag_prefix(site_url: str) -> tuple[str, str]:
    """'tag:plan.example.be,' and the site's path: an id no other site makes."""
    parts = urlsplit(site_url)
    return f"tag:{parts.hostname},", parts.path.strip("/")


def feed_entries(plan: Plan, site_url: str, history: list) -> list[Entry]:
    site = site_root(site_url)
    entries = []
    # version_history gives one change per version, newest first.
    changes = history[::-1] if len(history) == len(plan.versions) else [None] * len(plan.versions)
    for number, (version, change) in enumerate(zip(plan.versions, changes, strict=True), start=1):
        lines = []
        if change is not None and change.diff is not None:
            lines = [f"{s.title}: {item}" for s in change.diff.sections for item in s.items]
        summary = " · ".join([str(version.besluit), *lines])
        entries.append(
            Entry(
                f"versie/{number}",
                str(version.datum),
                f"{human_date(str(version.datum))}: {version.besluit}",
                f"{site}{CHANGES}/#versie-{number}",
                summary,
            )
        )
    for report in plan.reports:
        entries.append(
            Entry(
                f"rapport/{report.stem}",
                report.reference_text,
                str(report.title),
                site + report.url,
                f"{report.kind_label} · "
                + _("Peildatum %(datum)s") % {"datum": human_date(report.reference_text)},
            )
        )
    for indicator in plan.indicators:
        for m in indicator.measurements:
            value = with_unit(m.value, indicator.unit)
            entries.append(
                Entry(
                    f"meting/{indicator.id}/{m.date_text}",
                    m.date_text,
                    _("Nieuwe meting van %(indicator)s: %(waarde)s")
                    % {"indicator": indicator.title, "waarde": value},
                    site + indicator.url,
                    f"{human_date(m.date_text)}: {value}",
                )
            )
    # Newest first; a total order (date, then key) so that the bytes never vary.
    return sorted(entries, key=lambda e: (day_of(e.date), e.key), reverse=True)


def feed_title(plan: Plan) -> str:
    """The feed's title, in the language spoken; the pages' link to the feed says it too."""
    return _("Wijzigingen in %(plan)s") % {"plan": plan.title}


def atom_feed(plan: Plan, site_url: str, history: list, language: str) -> bytes:
    site = site_root(site_url)
    authority, path = tag_prefix(site_url)
    scope = path or "plan"  # a language's site_url is its own folder: 'plan/fr'
    entries = feed_entries(plan, site_url, history)
    updated = entries[0].updated if entries else f"{plan.first_year}-01-01T00:00:00Z"
    title = feed_title(plan)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(language)}>',
        f"<id>{escape(authority)}{plan.first_year}:{escape(scope)}/feed</id>",
        f"<title>{escape(title)}</title>",
        f"<updated>{updated}</updated>",
        f"<author><name>{escape(plan.organisation)}</name></author>",
        f'<link rel="self" type="application/atom+xml" href={quoteattr(site + PATH)}/>',
        f'<link rel="alternate" type="text/html" href={quoteattr(site + CHANGES + "/")}/>',
    ]
    for entry in entries:
        lines += [
            "<entry>",
            f"<id>{escape(authority)}{entry.date}:{escape(scope)}/{escape(entry.key)}</id>",
            f"<title>{escape(entry.title)}</title>",
            f"<updated>{entry.updated}</updated>",
            f'<link rel="alternate" type="text/html" href={quoteattr(entry.link)}/>',
            f"<summary>{escape(entry.summary)}</summary>",
            "</entry>",
        ]
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")
