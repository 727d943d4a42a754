"""What changed in the crosswalk between two versions: frameworks added or removed, and
the onderdelen each action and goal names itself (links through a goal follow)."""

from __future__ import annotations

from ..model import Plan


def _links(entity) -> set[str]:  # type: ignore[no-untyped-def]
    return {f"{s.framework.short_title} {s.part.label}" for s in entity.frameworks if s.via is None}


def crosswalk_changes(old: Plan, new: Plan) -> list[str]:
    before = {f.id: f for f in old.frameworks}
    after = {f.id: f for f in new.frameworks}
    items = [f"Nieuw kader: `{fid}` {f.title}" for fid, f in after.items() if fid not in before]
    items += [
        f"Verwijderd kader: `{fid}` {f.title}" for fid, f in before.items() if fid not in after
    ]
    olds = {e.id: e for e in [*old.all_goals(), *old.actions]}
    for entity in [*new.all_goals(), *new.actions]:
        was = olds.get(entity.id)
        added = sorted(_links(entity) - (_links(was) if was else set()))
        removed = sorted((_links(was) if was else set()) - _links(entity))
        if added or removed:
            parts = [f"+ {x}" for x in added] + [f"− {x}" for x in removed]
            items.append(f"`{entity.id}` {entity.title}: kaders {', '.join(parts)}")
    return items
