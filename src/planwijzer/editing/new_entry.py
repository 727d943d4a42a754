"""``planwijzer nieuw``: add an action, goal or partner to the right YAML file.

Edits go through ruamel.yaml's round-trip mode, so an editor's comments, order,
quotes and flow style stay as they were; only the new entry is added. Ids are
derived from the title and made unique over goals, actions and partners.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError

from ..loading import contract as schema
from ..loading.plan_folder import (
    ACTIONS_DIR,
    ACTIONS_FILE,
    DATA_DIR,
    GOALS_FILE,
    PARTNERS_FILE,
    PLAN_FILE,
    action_files,
)
from ..loading.yaml_reader import load_yaml
from ..shared.atomic_file import write_atomically
from ..shared.problems import Report, suggestion
from ..shared.text import slugify


class EditError(ValueError):
    """The entry cannot be added; the message says why, in Dutch."""


@dataclass(frozen=True)
class Added:
    file: str
    line: int
    id: str
    to_fill: str  # what the editor still has to fill in

    def summary(self) -> list[str]:
        return [
            f"Vul nog in: {self.to_fill}.",
            "Het staat als concept in het plan (concept: true): het voorbeeld toont het, de "
            "publieke site nog niet. Verwijder die regel als het af is.",
        ]


def _yaml_for(text: str) -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap an editor's long lines
    # Keep the file's own list indentation: '  - id:' (offset 2) or '- id:' (offset 0).
    match = re.search(r"^( *)- ", text, flags=re.MULTILINE)
    offset = len(match.group(1)) if match else 2
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    return yaml


def _read(path: Path) -> tuple[YAML, Any]:
    if path.exists() and not path.is_file():
        raise EditError(f"{path.name} is geen bestand (een map?).")
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        yaml = _yaml_for(text)
        return yaml, (yaml.load(text) if text.strip() else None)
    except (OSError, UnicodeDecodeError, ValueError, RuamelError) as exc:
        # ValueError: ruamel builds dates, and '2025-02-30' is none.
        raise EditError(
            f"{path.name} kan niet gelezen worden ({type(exc).__name__}). Verbeter eerst "
            "wat 'planwijzer check' over dit bestand meldt; er is niets gewijzigd."
        ) from None


def _write(path: Path, yaml: YAML, data: Any) -> None:
    out = io.StringIO()
    yaml.dump(data, out)
    write_text(path, out.getvalue())


def write_text(path: Path, text: str) -> None:
    """Write atomically, so an interrupted 'nieuw' never leaves half a file."""
    write_atomically(path, text.encode("utf-8"))


def _inside_data(root: Path, target: Path) -> Path:
    """Only the plan's own data files are written."""
    data = (root / DATA_DIR).resolve()
    resolved = target.resolve()
    if data not in resolved.parents or resolved.suffix not in (".yaml", ".yml"):
        raise EditError(
            f"{target} ligt niet in {DATA_DIR}/ of is geen .yaml-bestand: 'nieuw' schrijft "
            "alleen in de gegevens van het plan, bijvoorbeeld "
            f"--bestand {DATA_DIR}/acties/wonen.yaml."
        )
    return target


def _line_of(path: Path, id_: str) -> int:
    pattern = re.compile(rf"^\s*(- )?\{{?\s*id:\s*{re.escape(id_)}\b")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if pattern.match(line):
            return number
    return 0


def _existing_ids(root: Path) -> set[str]:
    """Every id in the plan's files, valid or not (a new id must not clash with any)."""
    ids: set[str] = set()
    paths = [root / DATA_DIR / GOALS_FILE, root / DATA_DIR / PARTNERS_FILE, *action_files(root)]
    for path in paths:
        if path.is_file():
            doc = load_yaml(path, path.name, Report())
            if doc is not None:
                _collect_ids(doc.data, ids)
    return ids


def _collect_ids(node: Any, ids: set[str]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            ids.add(node["id"])
        for value in node.values():
            _collect_ids(value, ids)
    elif isinstance(node, list):
        for item in node:
            _collect_ids(item, ids)


def unique_id(title: str, taken: set[str]) -> str:
    base = slugify(title) or "nieuw"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _plan(root: Path) -> schema.PlanBestand:
    report = Report()
    doc = load_yaml(root / DATA_DIR / PLAN_FILE, f"{DATA_DIR}/{PLAN_FILE}", report)
    try:
        return schema.PlanBestand.model_validate(doc.data if doc else None)
    except ValidationError:
        raise EditError(
            "data/plan.yaml bevat fouten; verbeter die eerst ('planwijzer check')."
        ) from None


def _list_in(data: Any, key: str, where: str) -> tuple[CommentedMap, CommentedSeq]:
    """The file's list under ``key`` (made when the file or the key is empty): every
    shape an editor may leave a file in either gets its entry or a clear refusal."""
    if data is None:
        data = CommentedMap()
    if not isinstance(data, dict):
        shape = "een lijst" if isinstance(data, list) else "een tekst"
        raise EditError(
            f"{where} begint met {shape} in plaats van '{key}:'. Zet '{key}:' op de eerste "
            f"regel en spring de lijst eronder in (zie 'planwijzer check'); er is niets "
            "gewijzigd."
        )
    value = data.get(key)
    if value is None:  # no key yet, or 'partners:' with nothing after it
        value = data[key] = CommentedSeq()
    if not isinstance(value, list):
        raise EditError(
            f"In {where} is '{key}' geen lijst. Schrijf elk element op een regel die begint "
            "met '- ' (zie 'planwijzer check'); er is niets gewijzigd."
        )
    if not value and value.fa.flow_style():
        value.fa.set_block_style()  # 'partners: []' becomes a list to add to, one per line
    return data, value


def _title(title: str, what: str) -> str:
    if not title.strip():
        raise EditError(
            f"Geef {what} een titel, tussen aanhalingstekens na het commando; er is niets "
            "gewijzigd."
        )
    return title.strip()


def _flow(items: list[str]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


# -- actions ------------------------------------------------------------------------


def add_action(
    root: Path, title: str, *, goal: str | None = None, file: str | None = None
) -> Added:
    title = _title(title, "de actie")
    plan = _plan(root)
    leaves = _leaf_goals(root, plan)
    if not leaves:
        raise EditError("Er zijn nog geen doelstellingen: voeg eerst een doelstelling toe.")
    if goal is not None and goal not in leaves:
        hint = suggestion(goal, leaves)
        raise EditError(f"'{goal}' is geen doelstelling van het onderste niveau. {hint}".strip())
    target = _inside_data(root, root / (file or _default_actions_file(root)))
    yaml, data = _read(target)
    data, actions = _list_in(data, "acties", target.relative_to(root).as_posix())
    new_id = unique_id(title, _existing_ids(root))
    chosen = goal or leaves[0]
    strongest = plan.bijdragen[0].sleutel
    entry = CommentedMap()
    entry["id"] = new_id
    entry["concept"] = True  # published only once the editor removes this line
    entry["titel"] = title
    bijdragen = CommentedMap()
    bijdragen[strongest] = _flow([chosen])
    entry["bijdragen"] = bijdragen
    actions.append(entry)
    _write(target, yaml, data)
    todo = (
        "omschrijving, context, trekker, partners, periode en projecten; "
        f"kijk 'bijdragen' na (nu: {strongest} → {chosen})"
    )
    rel = target.relative_to(root).as_posix()
    return Added(rel, _line_of(target, new_id), new_id, todo)


def _default_actions_file(root: Path) -> str:
    if (root / DATA_DIR / ACTIONS_FILE).is_file() or not (root / DATA_DIR / ACTIONS_DIR).is_dir():
        return f"{DATA_DIR}/{ACTIONS_FILE}"
    files = action_files(root)
    return files[-1].relative_to(root).as_posix() if files else f"{DATA_DIR}/{ACTIONS_FILE}"


def _leaf_goals(root: Path, plan: schema.PlanBestand) -> list[str]:
    doc = load_yaml(root / DATA_DIR / GOALS_FILE, GOALS_FILE, Report())
    keys = [level.sleutel for level in plan.niveaus]
    leaves: list[str] = []

    def walk(nodes: Any) -> None:
        for node in nodes if isinstance(nodes, list) else []:
            if not isinstance(node, dict):
                continue
            children = [node[k] for k in keys if k in node]
            if children:
                for child in children:
                    walk(child)
            elif isinstance(node.get("id"), str):
                leaves.append(node["id"])

    if doc is not None and isinstance(doc.data, dict):
        walk(doc.data.get(keys[0]))
    return leaves


# -- goals --------------------------------------------------------------------------


def add_goal(root: Path, title: str, *, under: str | None = None) -> Added:
    title = _title(title, "de doelstelling")
    plan = _plan(root)
    keys = [level.sleutel for level in plan.niveaus]
    target = root / DATA_DIR / GOALS_FILE
    yaml, data = _read(target)
    data, roots = _list_in(data, keys[0], f"{DATA_DIR}/{GOALS_FILE}")
    new_id = unique_id(title, _existing_ids(root))
    entry = CommentedMap()
    entry["id"] = new_id
    entry["concept"] = True
    entry["titel"] = title
    if under is None:
        roots.append(entry)
        level, was_leaf = plan.niveaus[0], False
    else:
        found = _find_goal(roots, under, keys, 0)
        if found is None:
            known = _goal_ids(roots, keys)
            hint = suggestion(under, known)
            raise EditError(f"Onbekende doelstelling '{under}'. {hint}".strip())
        parent, parent_level = found
        existing = [k for k in keys[parent_level + 1 :] if k in parent]
        was_leaf = not existing
        if not existing and parent_level + 1 >= len(keys):
            raise EditError(
                f"'{under}' staat op het onderste niveau ({plan.niveaus[parent_level].naam}); "
                "daaronder kan geen doelstelling."
            )
        child_key = existing[0] if existing else keys[parent_level + 1]
        _parent, children = _list_in(parent, child_key, f"{DATA_DIR}/{GOALS_FILE} ('{under}')")
        children.append(entry)
        level = plan.niveaus[keys.index(child_key)]
    _write(target, yaml, data)
    todo = f"code, omschrijving en toelichting van deze {level.naam.lower()}"
    if under is not None and was_leaf:
        todo += (
            f"; acties die bijdroegen aan '{under}' moeten nu bijdragen aan '{new_id}' "
            "(een actie draagt bij aan de onderste doelstellingen)"
        )
    return Added(f"{DATA_DIR}/{GOALS_FILE}", _line_of(target, new_id), new_id, todo)


def _find_goal(nodes: Any, id_: str, keys: list[str], level: int) -> tuple[Any, int] | None:
    for node in nodes if isinstance(nodes, list) else []:
        if not isinstance(node, dict):
            continue
        if node.get("id") == id_:
            return node, level
        for key in keys[level + 1 :]:
            if key in node:
                found = _find_goal(node[key], id_, keys, keys.index(key))
                if found:
                    return found
    return None


def _goal_ids(nodes: Any, keys: list[str]) -> list[str]:
    ids: set[str] = set()
    _collect_ids(nodes, ids)
    return sorted(ids)


# -- partners -----------------------------------------------------------------------


def add_partner(root: Path, name: str) -> Added:
    name = _title(name, "de partner")
    target = root / DATA_DIR / PARTNERS_FILE
    yaml, data = _read(target)
    data, partners = _list_in(data, "partners", f"{DATA_DIR}/{PARTNERS_FILE}")
    new_id = unique_id(name, _existing_ids(root))
    entry = CommentedMap()
    entry["id"] = new_id
    entry["concept"] = True
    entry["naam"] = name
    partners.append(entry)
    _write(target, yaml, data)
    return Added(
        f"{DATA_DIR}/{PARTNERS_FILE}",
        _line_of(target, new_id),
        new_id,
        "soort en website; verwijs naar de partner met deze id bij een actie",
    )
