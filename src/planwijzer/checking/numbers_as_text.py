"""A value YAML reads as a number, but not as the editor wrote it: 'code: 1.10'
becomes 1.1, '01' becomes 1. Published, the code would silently change: an error
that shows the quoted form, which keeps the text as written."""

from __future__ import annotations

from ..loading.plan_folder import PlanSources
from ..shared.problems import Report


def check_numbers_as_written(sources: PlanSources, report: Report) -> None:
    """The loader noted every number not read as written (yaml_nodes.lossy_numbers)."""
    for doc in sources.documents():
        for path, written in doc.lossy_numbers.items():
            if written.startswith(("'", '"')):
                continue
            number = leaf(doc.data, path)
            key = next((p for p in reversed(path) if isinstance(p, str)), "waarde")
            pos = doc.position(path)
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"YAML leest '{written}' als het getal {number}: zo zou '{written}' als "
                f"'{number}' gepubliceerd worden.",
                f'Zet de waarde tussen aanhalingstekens: {key}: "{written}"',
            )


def leaf(data: object, path: tuple) -> object:
    for part in path:
        data = data[part]  # type: ignore[index]
    return data
