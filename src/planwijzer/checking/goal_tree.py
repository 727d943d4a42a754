"""The goal tree: levels in the right order, each goal's own fields."""

from __future__ import annotations

from typing import Any

from ..loading import contract as schema
from ..loading.located import Source
from ..loading.yaml_nodes import PathKey, YamlDocument
from ..shared.problems import Report, suggestion
from .entries import GoalEntry
from .shape import check_shape, raw_id


def check_goals(
    doc: YamlDocument, levels: list[schema.Niveau], report: Report, broken: set[str]
) -> list[GoalEntry]:
    keys = [level.sleutel for level in levels]
    data = doc.data
    if data is None:
        report.error(
            doc.file,
            0,
            0,
            "Er zijn geen doelstellingen.",
            f"Begin het bestand met '{keys[0]}:' en een lijst doelstellingen.",
        )
        return []
    if not isinstance(data, dict):
        report.error(
            doc.file,
            1,
            1,
            f"Het bestand moet beginnen met '{keys[0]}:'.",
            "Zet daaronder de lijst doelstellingen van het hoogste niveau.",
        )
        return []
    roots: list[GoalEntry] = []
    for key, items in data.items():
        if key != keys[0]:
            pos = doc.position((key,), key=True)
            hint = suggestion(key, keys) or ""
            if key in keys:
                hint = f"'{key}' is een lager niveau; bovenaan staat '{keys[0]}'."
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"Onbekend niveau '{key}' bovenaan.",
                (hint + f" De niveaus staan in data/plan.yaml: {', '.join(keys)}.").strip(),
            )
            continue
        roots += _check_goal_list(doc, (key,), items, 0, levels, report, broken)
    return roots


def _check_goal_list(
    doc: YamlDocument,
    path: PathKey,
    items: Any,
    level: int,
    levels: list[schema.Niveau],
    report: Report,
    broken: set[str],
) -> list[GoalEntry]:
    if not isinstance(items, list):
        pos = doc.position(path)
        report.error(
            doc.file,
            pos.line,
            pos.column,
            f"'{path[-1]}' moet een lijst doelstellingen zijn.",
            "Zet elke doelstelling op een regel die begint met '- id: ...'.",
        )
        return []
    keys = [lv.sleutel for lv in levels]
    deeper = keys[level + 1 :]
    entries = []
    for index, item in enumerate(items):
        item_path = (*path, index)
        if not isinstance(item, dict):
            pos = doc.position(item_path)
            report.error(
                doc.file,
                pos.line,
                pos.column,
                "Een doelstelling moet velden hebben (id, titel, ...).",
                "Schrijf '- id: ...' en op de volgende regels 'titel: ...'.",
            )
            continue
        own = {k: v for k, v in item.items() if k not in keys}
        for key in item:
            if key in keys and key not in deeper:
                pos = doc.position((*item_path, key), key=True)
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"'{key}' kan niet onder een {levels[level].naam.lower()} staan: "
                    "dat niveau staat hoger of even hoog.",
                    f"Onder een {levels[level].naam.lower()} kunnen alleen lagere niveaus: "
                    f"{', '.join(deeper) or 'geen'}.",
                )
        node, valid = check_shape(
            schema.Doelstelling, own, doc, item_path, report, extra_fields=tuple(deeper)
        )
        children: list[GoalEntry] = []
        for key in deeper:
            if key in item:
                children += _check_goal_list(
                    doc, (*item_path, key), item[key], keys.index(key), levels, report, broken
                )
        if node is not None:
            entries.append(GoalEntry(node, level, Source.of(doc, (*item_path, "id")), children))
        if not valid:
            broken.add(raw_id(item))
    return entries
