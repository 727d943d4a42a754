"""'planwijzer beheer omzetten': a plan folder in the layout the CMS edits cleanly.

The CMS rewrites a whole file when it saves an entry, and a YAML comment does not
survive that. So, once, losslessly:

- every action gets a file of its own (data/acties/001-<id>.yaml, numbered in plan
  order, so the plan's order stays the order of the files);
- every comment inside an entry moves into that entry's 'herkomst' (the plan's
  settings, a goal, an action, a partner, a report, a milestone, an indicator, a
  framework, the rankings): where it comes from stays with it, off the public site;
- a comment that describes a whole list file (partners, goals, actions, indicators)
  moves to data/LEESMIJ.md; the schema line for VS Code is dropped (the CMS would).

'planwijzer diff' shows no change of content afterwards (tests/editing). A plan that
'planwijzer check' refuses is not converted at all: what the check cannot read, the
conversion could only drop. A second run keeps what data/LEESMIJ.md already says, and
an action whose id is its file's name (as the CMS writes a new one) keeps that id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML

from .. import pipeline
from ..loading import contract as schema
from ..loading import follow_up_contract
from ..loading.comments import comment_lines
from ..loading.framework_contract import FRAMEWORKS_DIR, KaderBestand
from ..loading.plan_folder import (
    ACTIONS_DIR,
    DATA_DIR,
    GOALS_FILE,
    INDICATORS_FILE,
    MUNICIPALITIES_FILE,
    PARTNERS_FILE,
    PLAN_FILE,
    action_files,
    report_files,
)
from ..shared.atomic_file import write_atomically
from ..shared.yaml_text import TEXT, plain_in_both
from .new_entry import EditError

NOTES = "LEESMIJ.md"


@dataclass
class Converted:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    moved_comments: int = 0
    actions: int = 0

    def summary(self) -> list[str]:
        """What 'planwijzer beheer omzetten' did, in the editor's words."""
        if not self.written and not self.removed:
            return [f"Al omgezet: niets gewijzigd ({self.actions} acties, elk in een eigen "
                    "bestand in data/acties/)."]  # fmt: skip
        lines = [f"Omgezet: {len(self.written)} bestanden geschreven, {self.actions} acties "
                 "elk in een eigen bestand in data/acties/."]  # fmt: skip
        if self.removed:
            lines.append("Verwijderd (hun acties staan nu apart): " + ", ".join(self.removed) + ".")
        if self.moved_comments:
            lines.append(
                f"{self.moved_comments} commentaarregels staan nu in 'herkomst' bij het "
                "element waar ze bij hoorden, of in data/LEESMIJ.md."
            )
        return lines


class _Dumper(yaml.SafeDumper):
    """Block style, lists indented under their key, text with line breaks as a block."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    """As the CMS writes text: a block for several lines, double quotes only where
    the text would otherwise read as a number, true/false or nothing, here or in the
    CMS's YAML 1.2 ('08' is a number there)."""
    style = None
    if "\n" in value:
        style = "|"
    elif not plain_in_both(dumper, value, dates=True):
        style = '"'
    return dumper.represent_scalar(TEXT, value, style=style)


_Dumper.add_representer(str, _text)
# A date stays as it was written, unquoted ('peildatum: 2023-12-31'), as the CMS does.
_Dumper.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=80)


def _ordered(data: Any, model: type[BaseModel] | None) -> Any:
    """Top-level keys in the contract's order, as the CMS writes them (others last)."""
    if model is None or not isinstance(data, dict):
        return data
    order = list(model.model_fields)
    return dict(
        sorted(data.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    )


MODELS: dict[str, type[BaseModel]] = {
    "plan": schema.PlanBestand,
    "report": follow_up_contract.RapportBestand,
    "framework": KaderBestand,
    "rankings": schema.GemeentenBestand,
    "actions": schema.Actie,
}


def _plain(node: Any) -> Any:
    """ruamel's round-trip values as plain Python (a date as the text it was)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, datetime | date):
        return node.isoformat()[:10]
    if node is None or isinstance(node, bool):
        return node
    if isinstance(node, int):  # ruamel's own int and float types, as Python's
        return int(node)
    if isinstance(node, float):
        return float(node)
    return str(node)


def _line(node: Any) -> int:
    return node.lc.line + 1 if hasattr(node, "lc") else 0


@dataclass
class _Holder:
    node: dict
    start: int  # first line
    depth: int


def _holders(data: Any, kind: str, levels: list[str]) -> list[_Holder]:
    """The mappings of a file that keep a 'herkomst', in document order."""
    found: list[_Holder] = []

    def add(node: Any, depth: int) -> None:
        if isinstance(node, dict):
            found.append(_Holder(node, _line(node), depth))

    if kind in ("plan", "report", "framework", "rankings"):
        add(data, 0)
    if kind == "report":
        for said in (data.get("acties") or {}).values() if isinstance(data, dict) else []:
            for milestone in (said or {}).get("mijlpalen") or []:
                add(milestone, 2)
    list_key = {"actions": "acties", "partners": "partners", "indicators": "indicatoren"}
    if kind in list_key and isinstance(data, dict):
        for item in data.get(list_key[kind]) or []:
            add(item, 1)
    if kind == "goals" and isinstance(data, dict):

        def walk(nodes: Any, depth: int) -> None:
            for goal in nodes or []:
                add(goal, depth)
                for key in levels:
                    if isinstance(goal, dict) and key in goal:
                        walk(goal[key], depth + 1)

        walk(data.get(levels[0]) if levels else None, 1)
    return sorted(found, key=lambda h: h.start)


def _assign(
    comments: dict[int, str], holders: list[_Holder]
) -> tuple[dict[int, list[str]], list[str]]:
    """Each comment to the innermost holder that starts at or before it (the comment
    above an entry belongs to that entry); comments before every holder: the file's."""
    owned: dict[int, list[str]] = {}
    header: list[str] = []
    for number, text in sorted(comments.items()):
        starts = [h for h in holders if h.start <= number + 1]
        # A comment right above an entry (or a run of them) belongs to the next entry.
        upcoming = next((h for h in holders if h.start > number), None)
        if upcoming is not None and all(n in comments for n in range(number + 1, upcoming.start)):
            owner: _Holder | None = upcoming
        else:
            owner = max(starts, key=lambda h: (h.start, h.depth)) if starts else None
        if owner is None or (owner.depth == 0 and not starts):
            header.append(text)
        else:
            owned.setdefault(id(owner.node), []).append(text)
    return owned, header


def _read(path: Path) -> tuple[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
        return text, YAML().load(text)
    except Exception as exc:  # ruamel raises many kinds; the check says which line
        raise EditError(
            f"{path.name} kan niet gelezen worden ({type(exc).__name__}); verbeter eerst wat "
            "'planwijzer check' meldt. Er is niets gewijzigd."
        ) from None


def _with_origin(
    path: Path, kind: str, levels: list[str], done: Converted
) -> tuple[Any, list[str]]:
    """The file's data with its comments moved into 'herkomst'; and its header."""
    text, data = _read(path)
    owned, header = _assign(comment_lines(text), _holders(data, kind, levels))
    holders = {id(h.node): h.node for h in _holders(data, kind, levels)}
    for key, notes in owned.items():
        node = holders[key]
        earlier = [node["herkomst"]] if node.get("herkomst") else []
        node["herkomst"] = "\n".join([*earlier, *notes])
        done.moved_comments += len(notes)
    done.moved_comments += len(header)
    return data, header


MAX_SHOWN = 5  # errors listed when the conversion is refused


def _refuse_invalid(root: Path) -> None:
    """Nothing is converted while the check refuses the plan: an action the check
    cannot read ('acties:' as a mapping, a forgotten '-') would be lost."""
    errors = pipeline.check(root).report.errors
    if not errors:
        return
    lines = [p.format() for p in errors[:MAX_SHOWN]]
    if len(errors) > MAX_SHOWN:
        lines.append(f"... en nog {len(errors) - MAX_SHOWN} fouten ('planwijzer check' toont ze).")
    raise EditError(
        "het plan bevat fouten, en wat de controle niet kan lezen, zou bij het omzetten "
        "verloren gaan. Er is niets gewijzigd. Verbeter eerst:\n" + "\n".join(lines)
    )


def _notes_text(path: Path, notes: list[tuple[str, list[str]]]) -> str:
    """data/LEESMIJ.md with the new notes after what it already says (a second run
    adds, never replaces)."""
    if path.is_file():
        parts = [path.read_text(encoding="utf-8").rstrip("\n") + "\n"]
    else:
        parts = [
            "# Over de gegevensbestanden\n",
            "Wat de bestanden zelf als commentaar vermeldden, voor ze met 'planwijzer "
            "beheer omzetten' klaar werden voor het beheer in de browser.\n",
        ]
    parts += [f"\n## {name}\n\n" + "\n".join(lines) + "\n" for name, lines in notes]
    return "".join(parts)


def _actions_of(path: Path, data: Any) -> list[dict]:
    """The actions of one file; one action per file without 'id' has its file's name."""
    if isinstance(data, dict) and "acties" in data:
        return [_plain(item) for item in data["acties"] or [] if isinstance(item, dict)]
    if not isinstance(data, dict):
        return []
    action = _plain(data)
    return [action if "id" in action else {"id": path.stem, **action}]


def convert(root: Path) -> Converted:
    """Convert the plan folder in ``root`` (see the module); returns what it did."""
    data_dir = root / DATA_DIR
    plan_path = data_dir / PLAN_FILE
    if not plan_path.is_file():
        raise EditError(f"{DATA_DIR}/{PLAN_FILE} ontbreekt: is {root} een planmap?")
    _refuse_invalid(root)
    done = Converted()
    writes: dict[Path, str] = {}
    notes: list[tuple[str, list[str]]] = []
    _, plan_data = _read(plan_path)
    levels = [n["sleutel"] for n in (plan_data or {}).get("niveaus") or []] or ["doelstellingen"]
    root_files = [(plan_path, "plan"), (data_dir / MUNICIPALITIES_FILE, "rankings")]
    root_files += [(p, "report") for p in report_files(root)]
    root_files += [(p, "framework") for p in sorted((data_dir / FRAMEWORKS_DIR).glob("*.y*ml"))]
    list_files = [(data_dir / GOALS_FILE, "goals"), (data_dir / PARTNERS_FILE, "partners")]
    list_files += [(data_dir / INDICATORS_FILE, "indicators")]
    for path, kind in [*root_files, *list_files]:
        if path.is_file():
            data, header = _with_origin(path, kind, levels, done)
            if header and kind in ("goals", "partners", "indicators"):
                notes.append((path.relative_to(root).as_posix(), header))
            elif header and isinstance(data, dict):
                earlier = [data["herkomst"]] if data.get("herkomst") else []
                data["herkomst"] = "\n".join([*header, *earlier])
            writes[path] = dump(_ordered(_plain(data), MODELS.get(kind)))
    old = action_files(root)
    actions: list[dict] = []
    for path in old:
        data, header = _with_origin(path, "actions", levels, done)
        if header:
            notes.append((path.relative_to(root).as_posix(), header))
        actions += _actions_of(path, data)
    done.actions = len(actions)
    width = max(3, len(str(len(actions))))
    folder = data_dir / ACTIONS_DIR
    for number, action in enumerate(actions, start=1):
        name = f"{number:0{width}d}-{action.get('id', 'actie')}.yaml"
        writes[folder / name] = dump(_ordered(action, schema.Actie))
    if notes:
        writes[data_dir / NOTES] = _notes_text(data_dir / NOTES, notes)
    for path, text in writes.items():
        content = text.encode("utf-8")
        if path.is_file() and path.read_bytes() == content:
            continue  # a second run says what it changed, not what it would have written
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content)
        done.written.append(path.relative_to(root).as_posix())
    for path in old:
        if path not in writes:
            path.unlink()
            done.removed.append(path.relative_to(root).as_posix())
    return done
