"""data/plan.yaml on its own: a period in order, unique keys and overview ids."""

from __future__ import annotations

from ..loading import contract as schema
from ..loading.yaml_nodes import YamlDocument
from ..shared.problems import Report


def check_plan_settings(plan: schema.PlanBestand, doc: YamlDocument, report: Report) -> None:
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
        ("niveau", plan.niveaus, "niveaus"),
        ("bijdrage", plan.bijdragen, "bijdragen"),
    ):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.sleutel in seen:
                pos = doc.position((key, i, "sleutel"))
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"De sleutel '{item.sleutel}' komt twee keer voor bij de {name}s.",
                    "Elke sleutel moet uniek zijn.",
                )
            seen.add(item.sleutel)
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
