"""data/plan.yaml on its own: a period in order, unique keys and overview ids."""

from __future__ import annotations

from ..loading import contract as schema
from ..loading.yaml_nodes import YamlDocument
from ..shared.licences import KNOWN, is_url
from ..shared.periods import FIRST_YEAR, LAST_YEAR
from ..shared.problems import Report, suggestion
from .periods import readable_date


def check_plan_settings(plan: schema.PlanBestand, doc: YamlDocument, report: Report) -> None:
    for end in ("van", "tot"):
        year = getattr(plan.periode, end)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            pos = doc.position(("periode", end))
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"Het jaar {year} ligt niet tussen {FIRST_YEAR} en {LAST_YEAR}.",
                "Schrijf het jaar met vier cijfers, bijvoorbeeld 2021.",
            )
    for i, version in enumerate(plan.versies):
        readable_date(version.datum, doc, ("versies", i, "datum"), report)
    if plan.toegankelijkheid is not None:
        statement = plan.toegankelijkheid
        for key in ("datum_controle", "handmatige_controle"):
            value = getattr(statement, key)
            if value is not None:
                readable_date(value, doc, ("toegankelijkheid", key), report)
        _check_claim(statement, doc, report)
    if plan.periode.van > plan.periode.tot:
        pos = doc.position(("periode",))
        report.error(
            doc.file,
            pos.line,
            pos.column,
            f"De planperiode begint ({plan.periode.van}) na haar einde ({plan.periode.tot}).",
            "Wissel 'van' en 'tot' om.",
        )
    for name, items, key in (
        ("niveaus", plan.niveaus, "niveaus"),
        ("bijdragen", plan.bijdragen, "bijdragen"),
        ("statussen", plan.statussen, "statussen"),
    ):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.sleutel in seen:
                pos = doc.position((key, i, "sleutel"))
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"De sleutel '{item.sleutel}' komt twee keer voor bij de {name}.",
                    "Elke sleutel moet uniek zijn.",
                )
            seen.add(item.sleutel)
    _check_licence(plan.licentie, doc, report)
    seen_ids: set[str] = set()
    for i, overview in enumerate(plan.overzichten or []):
        if overview.id in seen_ids:
            pos = doc.position(("overzichten", i, "id"))
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"Het overzicht '{overview.id}' komt twee keer voor.",
                "Kies een andere id.",
            )
        seen_ids.add(overview.id)


def _check_licence(licence: str | None, doc: YamlDocument, report: Report) -> None:
    if licence is None or licence.strip() in KNOWN or is_url(licence.strip()):
        return
    pos = doc.position(("licentie",))
    report.error(
        doc.file,
        pos.line,
        pos.column,
        f"Onbekende licentie '{licence}'.",
        " ".join(
            p
            for p in (
                suggestion(licence, KNOWN),
                f"Schrijf een SPDX-id ({', '.join(KNOWN)}) of het webadres van de licentie.",
            )
            if p
        ),
    )


def _check_claim(statement: schema.Toegankelijkheid, doc: YamlDocument, report: Report) -> None:
    """'Volledig in overeenstemming' only after a manual check with no known problem:
    automated tests find part of the problems, and the statement must be true."""
    if not statement.status.strip().lower().startswith("volledig"):
        return
    if statement.handmatige_controle is not None and not statement.bekende_problemen:
        return
    pos = doc.position(("toegankelijkheid", "status"))
    reason = (
        "er staan bekende problemen in de verklaring"
        if statement.bekende_problemen
        else "er is geen handmatige controle vermeld, alleen automatische tests"
    )
    report.warning(
        doc.file,
        pos.line,
        pos.column,
        f"De verklaring zegt 'volledig in overeenstemming', maar {reason}.",
        "Schrijf 'gedeeltelijk in overeenstemming', of vermeld de handmatige controle "
        "('handmatige_controle: datum') en los de bekende problemen op.",
        code="toegankelijkheid-te-stellig",
        subject="toegankelijkheid",
    )
