"""``planwijzer nieuw rapport <naam>``: next year's report, started from this year's.

Every action of the plan is listed with its current status and progress filled in,
so that writing a report is changing what changed. An action no report has named
yet is listed as a comment: nothing is reported that the editor did not write.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from .. import pipeline
from ..loading.follow_up_contract import REPORT_KINDS
from ..loading.plan_folder import DATA_DIR, REPORTS_DIR
from ..model import Action
from ..model.follow_up import KIND_LABELS
from ..shared.text import slugify
from .new_entry import Added, EditError, write_text


def _quoted(text: str) -> str:
    """A YAML scalar that stays text whatever it holds (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


CLOSED = ("afgerond", "stopgezet")  # such an action keeps its state without a new word


def _entry(action: Action) -> list[str]:
    state = action.state
    head = f"  {action.id}:  # {action.title}"
    if state.status is None:
        return [f"  # {action.id}:  # {action.title} (nog niet gerapporteerd)", "  #   status: "]
    if state.status.key in CLOSED and state.status_from is not None:
        return [
            f"  # {action.id}:  # {action.title}: {state.status.label.lower()} volgens "
            f"{state.status_from.title}"
        ]
    lines = [head, f"    status: {state.status.key}"]
    if state.progress is not None:
        lines.append(f"    voortgang: {state.progress}")
    lines.append("    # toelichting: wat er dit jaar gebeurde")
    return lines


def add_report(root: Path, name: str, *, kind: str = "voortgangsrapport") -> Added:
    """Write data/opvolging/<name>.yaml; the plan must be valid (its state is copied)."""
    if kind not in REPORT_KINDS:
        raise EditError(f"Onbekende soort rapport '{kind}'. Kies uit: {', '.join(REPORT_KINDS)}.")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
        raise EditError(
            f"'{name}' kan geen bestandsnaam van een rapport zijn: gebruik kleine letters, "
            f"cijfers en koppeltekens, bijvoorbeeld '{slugify(name) or '2025'}'."
        )
    target = root / DATA_DIR / REPORTS_DIR / f"{name}.yaml"
    if target.exists():
        raise EditError(f"{DATA_DIR}/{REPORTS_DIR}/{name}.yaml bestaat al: kies een andere naam.")
    result = pipeline.check(root)
    if result.plan is None:
        raise EditError(
            "Het plan bevat fouten; verbeter eerst wat 'planwijzer check' meldt (de stand "
            "van zaken wordt uit het plan overgenomen)."
        )
    plan = result.plan
    year = re.match(r"(\d{4})(?!\d)", name)
    reference = f"{year.group(1)}-12-31" if year else date.today().isoformat()
    title = f"{KIND_LABELS[kind]} {year.group(1)}" if year else KIND_LABELS[kind]
    latest = plan.latest_report
    lines = [
        "# yaml-language-server: $schema=../../schemas/rapport.schema.json",
        f"# Gemaakt met 'planwijzer nieuw rapport {name}'. De status en voortgang komen uit",
        "# het nieuwste rapport"
        + (f" ({latest.title}): pas aan wat veranderde." if latest else ": pas ze aan."),
        f"titel: {_quoted(title)}",
        f"soort: {kind}",
        *([f"periode: {year.group(1)}"] if year else []),
        f"peildatum: {reference}",
        "verslag: |",
        "  [aan te vullen: wat er in deze periode gebeurde]",
        "acties:",
    ]
    for action in plan.actions:
        lines += _entry(action)
    write_text(target, "\n".join(lines) + "\n")
    return Added(
        file=f"{DATA_DIR}/{REPORTS_DIR}/{name}.yaml",
        line=1,
        id=name,
        to_fill="de peildatum, het verslag en per actie de status, voortgang en toelichting",
    )
