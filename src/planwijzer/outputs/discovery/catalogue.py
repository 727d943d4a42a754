"""The open data as a DCAT-AP 3 catalogue (``data/catalogus.ttl`` and ``.jsonld``, the
same statements): what the Flemish open-data portal and the European data portal
harvest. One dataset for the plan, one for its follow-up (reports and indicators),
each file a distribution with its absolute address.

Only what the plan states: the publisher is the organisation, the contact point its
e-mail address or website (plan.yaml 'contact'; ``check`` warns when there is
neither), the licence plan.yaml's 'licentie' (the open data's own default, CC-BY-4.0,
with a warning). Themes come from the EU data-theme vocabulary: a policy plan is
'Government and public sector' (GOVE), its goals 'Population and society' (SOCI).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from ...model import Plan
from ...shared.interface import _, speaking
from ...shared.licences import licence_for
from ...shared.site_paths import site_root
from ..open_data import DataFile
from ..open_data.tables import living_plan_tables
from .history import DataHistory

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
AUTHORITY = "http://publications.europa.eu/resource/authority/"
THEMES = f"{AUTHORITY}data-theme"
LANGUAGES = {"nl": "NLD", "fr": "FRA", "en": "ENG"}
# format on the open-data page -> (EU file type, IANA media type)
FORMATS = {
    "CSV": ("CSV", "text/csv"),
    "JSON": ("JSON", "application/json"),
    "Data Package": ("JSON", "application/json"),
    "Excel": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "PDF": ("PDF", "application/pdf"),
}
FRICTIONLESS = "https://specs.frictionlessdata.io/tabular-data-package/"
PATH = "data/catalogus"
# The EU vocabulary's own labels: a harvester shows them without looking them up.
THEME_LABELS = {
    "GOVE": {"nl": "Overheid en publieke sector", "en": "Government and public sector"},
    "SOCI": {"nl": "Bevolking en samenleving", "en": "Population and society"},
}


def _date(text: str) -> Literal:
    kind = {1: XSD.gYear, 2: XSD.gYearMonth}.get(str(text).count("-") + 1, XSD.date)
    return Literal(str(text), datatype=kind)


class CatalogueGraph:
    """The statements of one catalogue, built from the plan read in each language."""

    def __init__(self, site_url: str, plans: Sequence[Plan], history: DataHistory) -> None:
        self.site = site_root(site_url)
        self.plans = list(plans)  # the main language first
        self.plan = self.plans[0]
        self.history = history
        self.g = Graph()
        for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("vcard", VCARD)):
            self.g.bind(prefix, ns)

    def at(self, path: str) -> URIRef:
        return URIRef(self.site + path)

    def _texts(self, subject, predicate, say) -> None:  # type: ignore[no-untyped-def]
        """One statement per language, each with its language tag."""
        for plan in self.plans:
            with speaking(plan.language):
                self.g.add((subject, predicate, Literal(str(say(plan)), lang=plan.language)))

    def _typed(self, uri: str, kind: URIRef) -> URIRef:
        node = URIRef(uri)
        self.g.add((node, RDF.type, kind))
        return node

    def build(self, files: Sequence[DataFile]) -> Graph:
        g, plan = self.g, self.plan
        catalogue = self.at("open-data/#catalogus")
        g.add((catalogue, RDF.type, DCAT.Catalog))
        self._texts(
            catalogue, DCTERMS.title, lambda p: _("Open data van %(plan)s") % {"plan": p.title}
        )
        self._texts(
            catalogue,
            DCTERMS.description,
            lambda p: (
                _("De gegevens van %(plan)s (%(organisatie)s), als open data.")
                % {"plan": p.title, "organisatie": p.organisation}
            ),
        )
        g.add((catalogue, DCTERMS.publisher, self._publisher()))
        g.add((catalogue, FOAF.homepage, self._typed(self.site, FOAF.Document)))
        scheme = self._typed(THEMES, SKOS.ConceptScheme)
        g.add((scheme, DCTERMS.title, Literal("Data theme", lang="en")))
        g.add((catalogue, DCAT.themeTaxonomy, scheme))
        self._common(catalogue, self.history.modified)
        follow_names = {t.name for t in living_plan_tables(plan)}
        follow = [f for f in files if _table(f) in follow_names]
        own = [f for f in files if f not in follow]
        datasets = [("plan", own, self._plan_keywords, self.history.plan_modified)]
        if follow:
            datasets.append(
                ("opvolging", follow, self._follow_up_keywords, self.history.follow_up_modified)
            )
        for key, chosen, keywords, modified in datasets:
            g.add((catalogue, DCAT.dataset, self._dataset(key, chosen, keywords, modified)))
        return g

    def _common(self, subject: URIRef, modified: str | None) -> None:
        for plan in self.plans:
            language = f"{AUTHORITY}language/{LANGUAGES[plan.language]}"
            self.g.add((subject, DCTERMS.language, self._typed(language, DCTERMS.LinguisticSystem)))
        if modified:
            self.g.add((subject, DCTERMS.modified, _date(modified)))

    def _publisher(self) -> URIRef:
        agent = self.at("#organisatie")
        self.g.add((agent, RDF.type, FOAF.Agent))
        self.g.add((agent, RDF.type, FOAF.Organization))
        self.g.add((agent, FOAF.name, Literal(self.plan.organisation)))
        return agent

    def _contact(self) -> BNode | None:
        """A vCard of the organisation with its e-mail address and/or website."""
        contact = self.plan.contact
        if contact is None or not (contact.email or contact.website):
            return None
        card = BNode("contactpunt")
        self.g.add((card, RDF.type, VCARD.Kind))  # what the shapes ask, without inference
        self.g.add((card, RDF.type, VCARD.Organization))
        self.g.add((card, VCARD.fn, Literal(self.plan.organisation)))
        if contact.email:
            self.g.add((card, VCARD.hasEmail, URIRef(f"mailto:{contact.email}")))
        if contact.website:
            self.g.add((card, VCARD.hasURL, URIRef(contact.website)))
        return card

    def _plan_keywords(self, plan: Plan) -> list[str]:
        words = [level.plural for level in plan.levels] + [plan.action_plural]
        return [*words, *sorted({label for a in plan.actions for label in a.labels})]

    def _follow_up_keywords(self, plan: Plan) -> list[str]:
        words = [_("Opvolging")] + [r.kind_label for r in plan.reports]
        return words + ([_("Indicatoren")] if plan.indicators else [])

    def _dataset(self, key, files, keywords, modified) -> URIRef:  # type: ignore[no-untyped-def]
        g = self.g
        dataset = self.at(f"open-data/#{key}")
        g.add((dataset, RDF.type, DCAT.Dataset))
        g.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
        _describe(self, dataset, key)
        for plan in self.plans:
            with speaking(plan.language):
                for word in dict.fromkeys(keywords(plan)):
                    g.add((dataset, DCAT.keyword, Literal(str(word), lang=plan.language)))
        for theme in ("GOVE", "SOCI"):
            concept = self._typed(f"{THEMES}/{theme}", SKOS.Concept)
            g.add((concept, SKOS.inScheme, URIRef(THEMES)))
            for language, label in THEME_LABELS[theme].items():
                g.add((concept, SKOS.prefLabel, Literal(label, lang=language)))
            g.add((dataset, DCAT.theme, concept))
        g.add((dataset, DCTERMS.publisher, self.at("#organisatie")))
        contact = self._contact()
        if contact is not None:
            g.add((dataset, DCAT.contactPoint, contact))
        g.add((dataset, DCAT.landingPage, self._typed(self.site + "open-data/", FOAF.Document)))
        period = BNode(f"periode-{key}")
        g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        g.add((period, DCAT.startDate, Literal(f"{self.plan.first_year}-01-01", datatype=XSD.date)))
        g.add((period, DCAT.endDate, Literal(f"{self.plan.last_year}-12-31", datatype=XSD.date)))
        g.add((dataset, DCTERMS.temporal, period))
        self._common(dataset, modified)
        for file in files:
            g.add((dataset, DCAT.distribution, _distribution(self, file)))
        return dataset


def _describe(graph: CatalogueGraph, dataset: URIRef, key: str) -> None:
    if key == "plan":
        graph._texts(dataset, DCTERMS.title, lambda p: p.title)
        graph._texts(
            dataset,
            DCTERMS.description,
            lambda p: (
                _("Doelstellingen, acties, partners en gemeenten van %(plan)s.") % {"plan": p.title}
            ),
        )
        return
    graph._texts(dataset, DCTERMS.title, lambda p: _("Opvolging van %(plan)s") % {"plan": p.title})
    graph._texts(
        dataset,
        DCTERMS.description,
        lambda p: (
            _("Rapporten, de stand van de acties en indicatoren van %(plan)s.") % {"plan": p.title}
        ),
    )


def _distribution(graph: CatalogueGraph, file: DataFile) -> URIRef:
    """One file: its address, format, media type, size and licence."""
    g = graph.g
    path = file.path.removeprefix("../")
    node = graph.at(f"open-data/#{path}")
    address = graph.at(path)
    g.add((node, RDF.type, DCAT.Distribution))
    g.add((node, DCTERMS.title, Literal(path.rsplit("/", 1)[-1])))
    g.add((node, DCAT.accessURL, address))
    g.add((node, DCAT.downloadURL, address))
    file_type, media = FORMATS.get(file.format, ("JSON", "application/json"))
    kind = graph._typed(f"{AUTHORITY}file-type/{file_type}", DCTERMS.MediaTypeOrExtent)
    g.add((node, DCTERMS.format, kind))
    media_type = f"https://www.iana.org/assignments/media-types/{media}"
    g.add((node, DCAT.mediaType, graph._typed(media_type, DCTERMS.MediaType)))
    g.add((node, DCAT.byteSize, Literal(file.size, datatype=XSD.nonNegativeInteger)))
    licence = licence_for(graph.plan.licence)
    g.add((node, DCTERMS.license, graph._typed(licence.path, DCTERMS.LicenseDocument)))
    if file.format == "Data Package":
        g.add((node, DCTERMS.conformsTo, graph._typed(FRICTIONLESS, DCTERMS.Standard)))
    elif path.endswith("plan.json"):
        schema = graph._typed(graph.site + "data/plan.schema.json", DCTERMS.Standard)
        g.add((node, DCTERMS.conformsTo, schema))
    return node


def _stable(text: str) -> bytes:
    """rdflib writes JSON-LD in its store's order, which follows Python's hash seed:
    nodes by id, every set of values sorted, so that the same data gives the same bytes
    (values in JSON-LD are unordered sets unless marked as lists)."""

    def order(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: order(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [order(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    data = order(json.loads(text))
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _table(file: DataFile) -> str:
    name = file.path.rsplit("/", 1)[-1]
    return name.removesuffix(".csv") if name.endswith(".csv") else ""


def catalogue_files(
    site_url: str, plans: Sequence[Plan], history: DataHistory, files: Sequence[DataFile]
) -> list[DataFile]:
    """The catalogue in Turtle and in JSON-LD; the files it lists: every open-data
    file of the open-data page but the JSON Schema (the standard plan.json conforms to)."""
    listed = [
        f for f in files if f.format in FORMATS and f.path.removeprefix("../").count("/") == 1
    ]
    graph = CatalogueGraph(site_url, plans, history).build(listed)
    turtle = graph.serialize(format="turtle").encode("utf-8")
    context = {"dcat": str(DCAT), "dct": str(DCTERMS), "foaf": str(FOAF), "vcard": str(VCARD)}
    jsonld = _stable(graph.serialize(format="json-ld", context=context))
    return [
        DataFile(f"{PATH}.ttl", turtle, "DCAT-AP", ""),
        DataFile(f"{PATH}.jsonld", jsonld, "DCAT-AP", ""),
    ]
