"""Structured data (schema.org, as JSON-LD) for search engines: the organisation and
the site on the home page, each action, each report, the open data.

schema.org has no type for an action of a policy plan. ``Action`` is not one: it is
a thing being done at one moment by an agent (a search engine reads it as something a
visitor can do on the page, ``potentialAction``). ``Project`` is: 'an enterprise
planned to achieve a particular aim', carried by organisations, with a lead and
partners (``member``). Its ``additionalType`` is the plan's own word for it
('Strategische actie'): Text is allowed there and it invents no vocabulary.
"""

from __future__ import annotations

import json
from typing import Any

from ...model import Plan
from ...shared.licences import licence_for
from ...shared.site_paths import OPEN_DATA, site_root

CONTEXT = "https://schema.org"


def script(data: dict[str, Any]) -> str:
    """A <script type="application/ld+json"> whose text no HTML parser ends early:
    '<', '>' and '&' as JSON escapes, so a '</script>' in a title stays text."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escaped)
    # U+2028/2029 are line ends to older JavaScript parsers.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/ld+json">{text}</script>'


class StructuredData:
    """The JSON-LD of each page that has some, by its URL."""

    def __init__(
        self, plan: Plan, site_url: str, main_url: str, site_name: str, files: list
    ) -> None:
        self.plan = plan
        self.site = site_root(site_url)  # this language's root
        self.main = site_root(main_url)  # the main language's: the open data's
        self.site_name = site_name
        self.files = files  # the open-data files listed on the open-data page
        self.organisation = {"@id": self.main + "#organisatie"}

    def pages(self) -> dict[str, dict[str, Any]]:
        pages: dict[str, dict[str, Any]] = {"": self.home()}
        pages.update({a.url: self.action(a) for a in self.plan.actions})
        pages.update({r.url: self.report(r) for r in self.plan.reports})
        pages[f"{OPEN_DATA}/"] = self.open_data()
        return pages

    def home(self) -> dict[str, Any]:
        plan, contact = self.plan, self.plan.contact
        organisation: dict[str, Any] = {
            "@type": "Organization",
            **self.organisation,
            "name": plan.organisation,
        }
        if contact is not None:
            for key, value in (
                ("url", contact.website),
                ("email", contact.email),
                ("telephone", contact.telefoon),
                ("address", contact.adres),
            ):
                if value:
                    organisation[key] = str(value)
        if plan.identity is not None and plan.identity.logo:
            organisation["logo"] = self.main + plan.identity.logo
        website = {
            "@type": "WebSite",
            "@id": self.site + "#site",
            "name": self.site_name,
            "url": self.site,
            "inLanguage": plan.language,
            "publisher": self.organisation,
        }
        return {"@context": CONTEXT, "@graph": [organisation, website]}

    def action(self, action) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        data: dict[str, Any] = {
            "@context": CONTEXT,
            "@type": "Project",
            "additionalType": self.plan.action_name,
            "@id": self.site + action.url,
            "url": self.site + action.url,
            "identifier": action.id,
            "name": action.title,
            "parentOrganization": self.organisation,
        }
        if action.code:
            data["alternateName"] = action.label
        partners = action.all_partners()
        if partners:
            data["member"] = [{"@type": "Organization", "name": p.name} for p in partners]
        return data

    def report(self, report) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        return {
            "@context": CONTEXT,
            "@type": "Report",
            "@id": self.site + report.url,
            "url": self.site + report.url,
            "name": report.title,
            "reportNumber": report.stem,
            "temporalCoverage": report.reference_text,
            "inLanguage": self.plan.language,
            "publisher": self.organisation,
            "about": {"@id": self.site + "#site"},
        }

    def open_data(self) -> dict[str, Any]:
        from .catalogue import FORMATS  # rdflib: only when a site has a site_url
        from .catalogue import PATH as CATALOGUE

        plan = self.plan
        return {
            "@context": CONTEXT,
            "@type": "Dataset",
            "@id": self.main + "open-data/#plan",
            "url": self.site + f"{OPEN_DATA}/",
            "name": plan.title,
            "description": f"{plan.title} ({plan.organisation}): "
            + ", ".join([*(level.plural for level in plan.levels), plan.action_plural]),
            "license": licence_for(plan.licence).path,
            "creator": self.organisation,
            "publisher": self.organisation,
            "inLanguage": list(plan.languages),
            "temporalCoverage": f"{plan.first_year}/{plan.last_year}",
            # The DCAT-AP catalogue describes it for data portals (catalogue.py).
            "includedInDataCatalog": {
                "@type": "DataCatalog",
                "@id": self.main + "open-data/#catalogus",
                "url": self.main + CATALOGUE + ".jsonld",
            },
            "distribution": [
                {
                    "@type": "DataDownload",
                    "name": f.path.rsplit("/", 1)[-1],
                    "encodingFormat": FORMATS.get(f.format, ("", "application/json"))[1],
                    "contentUrl": self.main + f.path.removeprefix("../"),
                }
                for f in self.files
            ],
        }
