"""Placeholders: where the plan needs a fact its source does not state, the data says
so, '[aan te vullen: wat ontbreekt]', instead of inventing one. The site shows the
placeholder as it is; the check warns until the real value is filled in."""

from __future__ import annotations

import re
from typing import Any

from ..loading.plan_folder import PlanSources
from ..loading.yaml_nodes import PathKey, YamlDocument, leaves
from ..shared.problems import Report

PLACEHOLDER = re.compile(r"^\[aan te vullen(?::\s*(?P<what>[^\]]*))?\]$", re.IGNORECASE)


def subject(doc: YamlDocument, path: PathKey) -> str:
    """'toegankelijkheid.contact', or 'de-stek.omschrijving' inside a list of entries."""
    parts: list[str] = []
    node: Any = doc.data
    for part in path:
        node = node[part]
        if isinstance(part, int):
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                parts = [node["id"]]
        else:
            parts.append(part)
    return ".".join(parts)


def check_placeholders(sources: PlanSources, report: Report) -> None:
    for doc in sources.documents():
        if doc is None or "[aan te vullen" not in doc.text.lower():
            continue
        for path, text in leaves(doc.data):
            if not isinstance(text, str):
                continue
            match = PLACEHOLDER.match(text.strip())
            if match is None:
                continue
            what = (match["what"] or "een waarde").strip()
            pos = doc.position(path)
            report.warning(
                doc.file,
                pos.line,
                pos.column,
                f"Nog aan te vullen: {what}. De site toont tot dan '{text.strip()}'.",
                f"Vul de echte waarde in ({subject(doc, path)}) zodra ze bekend is.",
            )
