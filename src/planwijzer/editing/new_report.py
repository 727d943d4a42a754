"""``planwijzer nieuw rapport <naam>``: next year's report, started from this year's.

A progress report or evaluation lists every action with its current status and
progress filled in, so that writing a report is changing what changed. A jaarplan
lists what it plans: per action one line for its milestones. An action that is
finished, stopped or not yet reported stands on one commented line: deleting the
'# ' in front makes it part of the report, and nothing is reported that the editor
did not write.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .. import pipeline
from ..loading.follow_up_contract import REPORT_KINDS
from ..loading.plan_folder import DATA_DIR, REPORTS_DIR
from ..model import Action, Plan
from ..model.follow_up import KIND_LABELS
from ..shared.build_date import reference_day
from ..shared.periods import human_date
from ..shared.text import slugify
from .new_entry import EditError, write_text

FINISHED = "afgerond"  # keeps its state without a new word, like a stopping status


def _quoted(text: str) -> str:
    """A YAML scalar that stays text whatever it holds (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class NewReport:
    file: str
    title: str
    kind: str
    reference: str  # the peildatum written
    active: int  # actions written as part of the report
    commented: int  # actions on a commented line
    notes: tuple[str, ...] = ()  # what the editor should know about it

    def summary(self) -> list[str]:
        """What 'nieuw rapport' did and what is left, in the editor's words."""
        lines = [f"Nieuw: {self.file} ({self.title}, peildatum {human_date(self.reference)})."]
        lines += [f"Let op: {note}" for note in self.notes]
        if self.kind == "jaarplan":
            lines.append(
                f"Per actie staat er een regel met een mijlpaal als commentaar ({self.commented}); "
                "haal '# ' vooraan weg bij de acties waarvoor je iets plant."
            )
            lines.append(
                "Vul nog in: wat jullie dit jaar willen bereiken (verslag) en per mijlpaal "
                "de titel en de datum."
            )
        else:
            lines.append(
                f"{self.active} acties staan erin met hun huidige status en voortgang; "
                f"{self.commented} (afgerond, stopgezet of nog niet gerapporteerd) staan als "
                "commentaar: haal '# ' vooraan weg als je er iets over zegt."
            )
            lines.append(
                "Vul nog in: het verslag, en per actie wat veranderde (status, voortgang, "
                "toelichting); kijk de peildatum na."
            )
        return lines


def _entry(action: Action, kind: str, year: str, first: str) -> tuple[list[str], bool]:
    """The lines of one action, and whether they are part of the report as written."""
    state = action.state
    now = state.status.label.lower() if state.status else "nog niet gerapporteerd"
    if kind == "jaarplan":
        planned = _quoted(f"[aan te vullen: wat in {year or 'dit jaar'} klaar is]")
        day = f"{year}-12" if year else reference_day().strftime("%Y-12")
        line = f"  # {action.id}: {{mijlpalen: [{{titel: {planned}, datum: {day}}}]}}"
        return [f"{line}  # {action.title} ({now})"], False
    if state.status is None:
        return [
            f"  # {action.id}: {{status: {first}, voortgang: 0}}  # {action.title}: "
            "nog niet gerapporteerd"
        ], False
    if (state.status.key == FINISHED or state.status.stops) and state.status_from is not None:
        return [
            f"  # {action.id}: {{status: {state.status.key}}}  # {action.title}: {now} volgens "
            f"{state.status_from.title}"
        ], False
    lines = [f"  {action.id}:  # {action.title}", f"    status: {state.status.key}"]
    if state.progress is not None:
        lines.append(f"    voortgang: {state.progress}")
    lines.append("    # toelichting: wat er sinds het vorige rapport gebeurde")
    return lines, True


def _head(plan: Plan, name: str, kind: str, year: str) -> tuple[str, str, list[str]]:
    title = f"{KIND_LABELS[kind]} {year}".strip()
    if kind == "jaarplan":
        reference = f"{year}-01-01" if year else reference_day().isoformat()
        story = f"[aan te vullen: wat we in {year or 'dit jaar'} willen bereiken]"
        source = "# Per actie een mijlpaal als commentaar: haal '# ' weg waar je iets plant."
    else:
        reference = f"{year}-12-31" if year else reference_day().isoformat()
        story = "[aan te vullen: wat er in deze periode gebeurde]"
        latest = plan.latest_report
        source = "# De status en voortgang komen uit het nieuwste rapport" + (
            f" ({latest.title}): pas aan wat veranderde." if latest else ": pas ze aan."
        )
    lines = [
        "# yaml-language-server: $schema=../../schemas/rapport.schema.json",
        f"# Gemaakt met 'planwijzer nieuw rapport {name}'.",
        source,
        f"titel: {_quoted(title)}",
        f"soort: {kind}",
        *([f"periode: {year}"] if year else []),
        f"peildatum: {reference}",
        "verslag: |",
        f"  {story}",
        "acties:",
    ]
    return title, reference, lines


def _in_period(plan: Plan, name: str, kind: str, year: str) -> tuple[str, ...]:
    """A jaarplan or progress report after the plan's last year reports on no year of the
    plan: refused, with the way out. A year before its first one is possible (the plan's
    own milestones, written before it started): a note."""
    if not year:
        return ()
    first, last = plan.first_year, plan.last_year
    label = KIND_LABELS[kind].lower()
    if int(year) > last and kind != "evaluatie":
        raise EditError(
            f"Het plan loopt van {first} tot {last}: een {label} voor {year} valt erna. "
            f"Loopt het plan langer, zet dan eerst in data/plan.yaml 'periode: {{van: {first}, "
            f"tot: {year}}}'. Een tikfout? Kies een jaar van {first} tot {last}. Een evaluatie "
            f"na het plan: planwijzer nieuw rapport {year}-evaluatie"
        )
    if int(year) < first:
        return (
            f"het plan begint pas in {first}; een {label} voor {year} valt ervoor "
            f"(planwijzer check waarschuwt ervoor). Bedoelde je een jaar van {first} tot "
            f"{last}? Verwijder dan {DATA_DIR}/{REPORTS_DIR}/{name}.yaml en maak het opnieuw.",
        )
    return ()


def _kind_named(name: str) -> str:
    """The kind of report a name says ('2026-jaarplan'), else a progress report."""
    named = [kind for kind in REPORT_KINDS if kind in name]
    return named[0] if len(named) == 1 else "voortgangsrapport"


def add_report(root: Path, name: str, *, kind: str | None = None) -> NewReport:
    """Write data/opvolging/<name>.yaml; the plan must be valid (its state is copied).
    Without ``kind``: the kind the name says ('2026-jaarplan'), else a progress report."""
    kind = kind or _kind_named(name)
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
    found = re.match(r"(\d{4})(?!\d)", name)
    year = found.group(1) if found else ""
    notes = _in_period(result.plan, name, kind, year)
    title, reference, lines = _head(result.plan, name, kind, year)
    active = commented = 0
    for action in result.plan.actions:
        entry, is_active = _entry(action, kind, year, result.plan.statuses[0].key)
        lines += entry
        active, commented = active + is_active, commented + (not is_active)
    write_text(target, "\n".join(lines) + "\n")
    rel = f"{DATA_DIR}/{REPORTS_DIR}/{name}.yaml"
    return NewReport(rel, title, kind, reference, active, commented, notes)
