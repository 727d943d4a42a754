"""Limits on a single text: far above what any plan writes, far below what makes a
build slow. Python-Markdown looks for the end of every '[' it finds, so a text full
of unclosed brackets costs time in the square of its length; these limits keep the
worst field in a fraction of a second, with a located message instead of a hang."""

from __future__ import annotations

from ..loading.plan_folder import PlanSources
from ..loading.yaml_nodes import leaves
from ..shared.problems import Report

MAX_TEXT = 10_000  # characters in one field (a long description is 3,000)
MAX_BRACKETS = 100  # '[' in one field (fifty links)


def check_text_limits(sources: PlanSources, report: Report) -> None:
    for doc in sources.documents():
        for path, text in leaves(doc.data):
            if not isinstance(text, str):
                continue
            if len(text) > MAX_TEXT:
                pos = doc.position(path)
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"Deze tekst is {len(text):,} tekens lang; hoogstens {MAX_TEXT:,} kan.".replace(
                        ",", "."
                    ),
                    "Kort de tekst in, of zet het uitgebreide verhaal in een pagina in docs/ "
                    "en verwijs ernaar.",
                )
            elif text.count("[") > MAX_BRACKETS:
                pos = doc.position(path)
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"Deze tekst bevat {text.count('[')} keer '['; hoogstens {MAX_BRACKETS} kan.",
                    "Elke '[' begint in Markdown een link; schrijf minder links in één tekst, "
                    "of zet een '[' die geen link begint als '\\\\['.",
                )
