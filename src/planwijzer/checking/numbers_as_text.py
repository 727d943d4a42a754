"""A value YAML reads as a number, but not as the editor wrote it: 'code: 1.10'
becomes 1.1, '01' becomes 1. Published, the code would silently change: an error
that shows the quoted form, which keeps the text as written."""

from __future__ import annotations

import re

from ..loading.plan_folder import PlanSources
from ..loading.yaml_nodes import leaves
from ..shared.problems import Report

# A numeral YAML reads differently from how it is written: leading zeros, trailing
# decimal zeros, a sign, underscores, another base, a bare point. Only a file whose
# text has one is looked at closely (positions cost a second parse on the fast path).
_LOSSY = re.compile(
    r"(?<![\w.:/-])(?:[-+]\d|0\d|\d*\.\d*0(?![\d])|0[xXoObB]|\d+_\d|\.\d|\d\.(?![\d]))"
)


def check_numbers_as_written(sources: PlanSources, report: Report) -> None:
    for doc in sources.documents():
        if _LOSSY.search(doc.text) is None:
            continue
        for path, number in leaves(doc.data):
            if isinstance(number, bool) or not isinstance(number, int | float):
                continue
            written = doc.written(path)
            if not written or written == str(number) or written.startswith(("'", '"')):
                continue
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
