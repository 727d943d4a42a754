"""What changed in the living plan between two versions: reports added or removed,
actions whose current status or progress changed, indicators with new measurements."""

from __future__ import annotations

from ..model import Plan
from ..rendering.formatting import percent, with_unit
from ..shared.periods import human_date


def _code(id_: str) -> str:
    return f"`{id_}`"


def report_changes(old: Plan, new: Plan) -> list[str]:
    before = {r.stem: r for r in old.reports}
    after = {r.stem: r for r in new.reports}
    items = [
        f"Nieuw rapport: {_code(stem)} {r.title} ({r.kind_label.lower()}, peildatum "
        f"{human_date(r.reference_text)})"
        for stem, r in after.items()
        if stem not in before
    ]
    items += [
        f"Verwijderd rapport: {_code(s)} {r.title}" for s, r in before.items() if s not in after
    ]
    old_actions = {a.id: a for a in old.actions}
    for action in new.actions:
        was = old_actions.get(action.id)
        if was is None:
            continue
        a, b = was.state, action.state
        label_a = a.status.label if a.status else "niet gerapporteerd"
        label_b = b.status.label if b.status else "niet gerapporteerd"
        if label_a != label_b:
            items.append(f"{_code(action.id)} {action.title}: status {label_a} → {label_b}")
        if a.progress != b.progress and b.progress is not None:
            was_text = percent(a.progress) if a.progress is not None else "geen"
            items.append(
                f"{_code(action.id)} {action.title}: voortgang {was_text} → {percent(b.progress)}"
            )
    return items


def indicator_changes(old: Plan, new: Plan) -> list[str]:
    before = {i.id: i for i in old.indicators}
    items = []
    for indicator in new.indicators:
        was = before.get(indicator.id)
        if was is None:
            items.append(f"Nieuwe indicator: {_code(indicator.id)} {indicator.title}")
            continue
        known = {m.date_text for m in was.measurements}
        for m in indicator.measurements:
            if m.date_text not in known:
                value = with_unit(m.value, indicator.unit)
                items.append(
                    f"{_code(indicator.id)} {indicator.title}: nieuwe meting "
                    f"{human_date(m.date_text)}: {value} ({indicator.verdict.label.lower()})"
                )
    after = {i.id for i in new.indicators}
    items += [
        f"Verwijderde indicator: {_code(i)} {ind.title}"
        for i, ind in before.items()
        if i not in after
    ]
    return items
