"""The plan as tables: one row per thing, stable Dutch column names, keys between them.

The CSV files, the Excel sheets and the Data Package descriptor all come from these
tables, so the three always agree. A table of the living plan is there only when
the plan has that data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...model import Action, Plan
from ...shared.interface import N_


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type: string, integer, number, boolean, date, year, ...
    description: str
    required: bool = False
    translated: bool = False  # a text of the plan: one more column per other language


@dataclass
class Table:
    name: str  # the file name without .csv, and the sheet name
    title: str
    row: str  # what one row is, for the open-data page
    columns: list[Column]
    primary_key: list[str]
    foreign_keys: list[tuple[list[str], str, list[str]]] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)


def _col(
    name: str, type_: str, description: str, *, required: bool = False, translated: bool = False
) -> Column:
    return Column(name, type_, description, required, translated)


def _id(description: str) -> Column:
    return _col("id", "string", description, required=True)


def _period(period) -> list[str]:  # type: ignore[no-untyped-def]
    return [period.start_text, period.end_text or ""] if period else ["", ""]


def project_id(action: Action, index: int) -> str:
    """Projects have no id of their own in the YAML: the action's id and their place."""
    return f"{action.id}-{index + 1}"


def plan_tables(plan: Plan) -> list[Table]:
    goals = Table(
        "doelstellingen",
        "Doelstellingen",
        N_("doelstelling, op elk niveau van de boom"),
        [
            _id("De vaste naam van de doelstelling (ook in het webadres)."),
            _col("code", "string", "De code, bijvoorbeeld SD1 of OD1.2."),
            _col("titel", "string", "De titel.", required=True, translated=True),
            _col(
                "niveau",
                "string",
                "Het niveau, zoals plan.yaml het noemt.",
                required=True,
                translated=True,
            ),
            _col("niveau_nummer", "integer", "1 voor het bovenste niveau.", required=True),
            _col("ouder", "string", "De id van de doelstelling erboven; leeg bovenaan."),
            _col(
                "omschrijving", "string", "Wat de doelstelling inhoudt (Markdown).", translated=True
            ),
            _col("toelichting", "string", "Uitleg (Markdown).", translated=True),
        ],
        ["id"],
        [(["ouder"], "doelstellingen", ["id"])],
    )
    for g in plan.all_goals():
        goals.rows.append(
            [
                g.id, g.code or "", g.title, g.level.name, g.level.index + 1,
                g.parent.id if g.parent else "", g.description or "", g.explanation or "",
            ]
        )  # fmt: skip
    actions = Table(
        "acties",
        plan.action_plural,
        plan.action_name.lower(),
        [
            _id("De vaste naam van de actie (ook in het webadres)."),
            _col("code", "string", "De weergavecode."),
            _col("titel", "string", "De titel.", required=True, translated=True),
            _col("trekker", "string", "De id van de partner die de actie trekt."),
            _col("context", "string", "Maatschappelijke context (Markdown).", translated=True),
            _col("omschrijving", "string", "Korte omschrijving (Markdown).", translated=True),
            _col("samenwerking", "string", "Over de samenwerking (Markdown).", translated=True),
            _col("van", "string", "Begin: jaar, jaar-maand of datum zoals het plan het schrijft."),
            _col("tot", "string", "Einde, zo geschreven; leeg: open einde."),
            _col("labels", "string", "Trefwoorden, gescheiden door '; '.", translated=True),
            _col("status", "string", "De huidige status (uit het nieuwste rapport dat ze geeft)."),
            _col("voortgang", "integer", "De huidige voortgang in procent."),
        ],
        ["id"],
        [(["trekker"], "partners", ["id"])],
    )
    contributions = Table(
        "bijdragen",
        "Bijdragen",
        N_("bijdrage van een actie aan een doelstelling (de cellen van de matrix)"),
        [
            _col("actie", "string", "De id van de actie.", required=True),
            _col("doelstelling", "string", "De id van de doelstelling.", required=True),
            _col("bijdrage", "string", "De soort bijdrage (sleutel uit plan.yaml).", required=True),
            _col("bijdrage_label", "string", "Wat de soort bijdrage betekent."),
        ],
        ["actie", "doelstelling"],
        [(["actie"], "acties", ["id"]), (["doelstelling"], "doelstellingen", ["id"])],
    )
    action_partners = Table(
        "actie_partners",
        "Partners per actie",
        N_("actie en partner die eraan meewerkt, en per rol: trekker of partner"),
        [
            _col("actie", "string", "De id van de actie.", required=True),
            _col("partner", "string", "De id van de partner.", required=True),
            _col("rol", "string", "trekker of partner.", required=True),
        ],
        ["actie", "partner", "rol"],
        [(["actie"], "acties", ["id"]), (["partner"], "partners", ["id"])],
    )
    projects = Table(
        "projecten",
        "Projecten",
        N_(
            "project van een actie; een project met dezelfde titel bij meerdere acties "
            "staat er een keer per actie, met dezelfde waarde in de kolom project"
        ),
        [
            _id("De id van de actie, een koppelteken en het volgnummer van het project."),
            _col("actie", "string", "De id van de actie.", required=True),
            _col(
                "project",
                "string",
                "Het project zelf (zijn titel als vaste naam). Tel de verschillende waarden "
                "om de projecten te tellen, zoals de site: een project bij meerdere acties "
                "telt één keer.",
                required=True,
            ),
            _col("titel", "string", "De naam van het project.", required=True, translated=True),
            _col("omschrijving", "string", "Wat het project doet (Markdown).", translated=True),
            _col("van", "string", "Begin, zoals het plan het schrijft."),
            _col("tot", "string", "Einde, zoals het plan het schrijft."),
        ],
        ["id"],
        [(["actie"], "acties", ["id"])],
    )
    project_places = Table(
        "project_gemeenten",
        "Gemeenten per project",
        N_("project en gemeente waar het loopt"),
        [
            _col("project", "string", "De id van het project.", required=True),
            _col("gemeente", "string", "De naam van de gemeente.", required=True),
            _col("nis", "string", "De NIS-code (Statbel), als de gemeente bekend is."),
        ],
        ["project", "gemeente"],
        [(["project"], "projecten", ["id"])],
    )
    for a in plan.actions:
        state = a.state
        actions.rows.append(
            [
                a.id, a.code or "", a.title, a.lead.id if a.lead else "", a.context or "",
                a.description or "", a.cooperation or "", *_period(a.period),
                "; ".join(a.labels), state.status.key if state.status else "",
                state.progress if state.progress is not None else "",
            ]
        )  # fmt: skip
        for c in a.contributions:
            contributions.rows.append([a.id, c.goal.id, c.strength.key, c.strength.label])
        if a.lead is not None:
            action_partners.rows.append([a.id, a.lead.id, "trekker"])
        for partner in dict.fromkeys(a.partners):
            action_partners.rows.append([a.id, partner.id, "partner"])
        for index, project in enumerate(a.projects):
            pid = project_id(a, index)
            projects.rows.append(
                [
                    pid,
                    a.id,
                    project.key,
                    project.title,
                    project.description or "",
                    *_period(project.period),
                ]
            )
            for m in dict.fromkeys(project.municipalities):
                project_places.rows.append([pid, m.name, m.nis or ""])
    partners = Table(
        "partners",
        "Partners",
        N_("partner van het plan"),
        [
            _id("De vaste naam van de partner."),
            _col("naam", "string", "De naam.", required=True, translated=True),
            _col("soort", "string", "De soort organisatie.", translated=True),
            _col("website", "string", "Het webadres."),
            _col("omschrijving", "string", "Wie de partner is (Markdown).", translated=True),
        ],
        ["id"],
    )
    partners.rows = [
        [p.id, p.name, p.kind or "", p.website or "", p.description or ""] for p in plan.partners
    ]
    tables = [goals, actions, contributions, partners, action_partners, projects, project_places]
    return tables + living_plan_tables(plan)


def living_plan_tables(plan: Plan) -> list[Table]:
    """Reports, their entries and milestones, indicators and their values: only
    the tables the plan has data for."""
    tables = []
    if plan.reports:
        reports = Table(
            "rapporten",
            "Rapporten",
            N_("jaarplan, voortgangsrapport of evaluatie"),
            [
                _id("De naam van het rapportbestand."),
                _col("titel", "string", "De titel.", required=True, translated=True),
                _col("soort", "string", "jaarplan, voortgangsrapport of evaluatie.", required=True),
                _col("periode", "string", "Wat het rapport beslaat."),
                _col("peildatum", "string", "De stand van zaken op deze datum.", required=True),
                _col("verslag", "string", "Het verhaal (Markdown).", translated=True),
            ],
            ["id"],
        )
        entries = Table(
            "rapport_acties",
            "Acties per rapport",
            N_("rapport en actie: wat het rapport over de actie zegt"),
            [
                _col("rapport", "string", "De id van het rapport.", required=True),
                _col("actie", "string", "De id van de actie.", required=True),
                _col("status", "string", "De status volgens dit rapport."),
                _col("voortgang", "integer", "De voortgang in procent volgens dit rapport."),
                _col("toelichting", "string", "De toelichting (Markdown).", translated=True),
            ],
            ["rapport", "actie"],
            [(["rapport"], "rapporten", ["id"]), (["actie"], "acties", ["id"])],
        )
        milestones = Table(
            "mijlpalen",
            "Mijlpalen",
            N_("mijlpaal die een rapport bij een actie noemt"),
            [
                _col("rapport", "string", "De id van het rapport.", required=True),
                _col("actie", "string", "De id van de actie.", required=True),
                _col(
                    "titel", "string", "Wat er bereikt moet zijn.", required=True, translated=True
                ),
                _col("datum", "string", "Wanneer, zoals het rapport het schrijft.", required=True),
                _col("gehaald", "string", "ja, nee, of leeg: gepland."),
            ],
            ["rapport", "actie", "titel"],
            [(["rapport"], "rapporten", ["id"]), (["actie"], "acties", ["id"])],
        )
        for r in sorted(plan.reports, key=lambda r: r.sort_key):
            reports.rows.append(
                [r.stem, r.title, r.kind, r.period_label or "", r.reference_text, r.narrative or ""]
            )
            for e in r.entries:
                entries.rows.append(
                    [
                        r.stem, e.action.id, e.status.key if e.status else "",
                        e.progress if e.progress is not None else "", e.explanation or "",
                    ]
                )  # fmt: skip
                for m in e.milestones:
                    reached = "" if m.reached is None else ("ja" if m.reached else "nee")
                    milestones.rows.append([r.stem, e.action.id, m.title, m.date_text, reached])
        tables += [reports, entries, milestones]
    if plan.indicators:
        indicators = Table(
            "indicatoren",
            "Indicatoren",
            N_("indicator"),
            [
                _id("De vaste naam van de indicator."),
                _col("titel", "string", "Wat de indicator meet.", required=True, translated=True),
                _col("eenheid", "string", "De eenheid.", translated=True),
                _col("richting", "string", "hoger of lager: welke kant beter is.", required=True),
                _col("bij", "string", "De ids van wat hij meet, gescheiden door '; '."),
                _col("oordeel", "string", "Het oordeel over de laatste meting.", required=True),
                _col("bron", "string", "Waar de cijfers vandaan komen.", translated=True),
            ],
            ["id"],
        )
        values = Table(
            "metingen",
            "Metingen",
            N_("waarde van een indicator: de basis, een streefwaarde of een meting"),
            [
                _col("indicator", "string", "De id van de indicator.", required=True),
                _col("soort", "string", "basis, streefwaarde of meting.", required=True),
                _col("datum", "string", "De datum, zoals het plan ze schrijft.", required=True),
                _col("waarde", "number", "De waarde.", required=True),
                _col("toelichting", "string", "Uitleg bij een meting.", translated=True),
            ],
            ["indicator", "soort", "datum"],
            [(["indicator"], "indicatoren", ["id"])],
        )
        for i in plan.indicators:
            indicators.rows.append(
                [
                    i.id, i.title, i.unit or "", i.direction, "; ".join(m.id for m in i.measures),
                    i.verdict.label, i.source_text or "",
                ]
            )  # fmt: skip
            for kind, v in i.points():
                values.rows.append([i.id, kind.lower(), v.date_text, v.value, v.note or ""])
        tables += [indicators, values]
    return tables
