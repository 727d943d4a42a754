"""The shape of one entry or one list file, checked against the contract's models.

Shape (types, required and unknown keys) is checked per list item, so one broken
action does not hide the problems of the others. An entry with shape errors is still
read without its wrong fields (``check_shape``), so that the checks after shape
(statuses, references, dates) report their problems in the same run.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..loading.yaml_nodes import PathKey, YamlDocument
from ..shared.problems import Report, did_you_mean, suggestion
from .field_messages import allowed_fields, field_name, message_for
from .slips import comma_split, wrong_level

M = TypeVar("M", bound=BaseModel)


def check_model(
    model: type[M],
    data: Any,
    doc: YamlDocument,
    base: PathKey,
    report: Report,
    *,
    extra_fields: tuple[str, ...] = (),
    nested_keys: dict[str, str] | None = None,
) -> M | None:
    """Validate ``data`` (found at ``base`` in ``doc``) against ``model``; None when it
    has shape errors (they are in ``report``)."""
    entry, valid = check_shape(
        model, data, doc, base, report, extra_fields=extra_fields, nested_keys=nested_keys
    )
    return entry if valid else None


def check_shape(
    model: type[M],
    data: Any,
    doc: YamlDocument,
    base: PathKey,
    report: Report,
    *,
    extra_fields: tuple[str, ...] = (),
    nested_keys: dict[str, str] | None = None,
    vital: tuple[str, ...] = (),
) -> tuple[M | None, bool]:
    """``check_model``, and when ``data`` has shape errors: (the entry read without its
    wrong fields, False), or (None, False) when too little is left (a required field
    is wrong) or a ``vital`` field is wrong (others are checked against it: without it
    they would get errors that are not theirs). The plan is not built then; the entry
    only serves the later checks."""
    try:
        return model.model_validate(data), True
    except ValidationError as exc:
        errors = _errors(exc, data)
        _report(model, data, doc, base, report, errors, extra_fields, nested_keys)
        if any(_touches(loc, vital) for _error, loc in errors):
            return None, False
        return _salvage(model, data, errors), False


def _touches(loc: tuple[Any, ...], vital: tuple[str, ...]) -> bool:
    """An error in a vital field, or an unknown key that nearly spells one ('statusen')."""
    if not loc or not vital:
        return False
    return loc[0] in vital or (len(loc) == 1 and did_you_mean(str(loc[0]), vital) is not None)


def _errors(exc: ValidationError, data: Any) -> list[tuple[Any, tuple[Any, ...]]]:
    found = [(error, _in_data(error, data)) for error in exc.errors()]
    return [(error, loc) for error, loc in found if not _other_form(error, loc, found)]


def _other_form(error: Any, loc: tuple[Any, ...], found: list) -> bool:
    """A field of two forms ('periode': a year or {van, tot}) gets an error per form:
    a value written in the one form is not also wrong for not being the other."""
    if len(loc) == len(error["loc"]) or not error["type"].endswith("_type"):
        return False  # not one form of several
    inside = any(other[: len(loc)] == loc and len(other) > len(loc) for _, other in found)
    beside = error["type"] in ("model_type", "dict_type") and any(
        other == loc and e is not error for e, other in found
    )
    return inside or beside


def _in_data(error: Any, data: Any) -> tuple[Any, ...]:
    """The path of an error in the editor's data. pydantic adds the names of union
    members ('Periode', 'constrained-str', 'function-after[...]'): no key of the data
    holds them, they mean nothing to editors. A missing field is the one key kept that
    the data does not hold."""
    loc = error["loc"]
    kept: list[Any] = []
    node = data
    for depth, part in enumerate(loc):
        if _holds(node, part):
            node = node[part]
            kept.append(part)
        elif depth == len(loc) - 1 and error["type"] == "missing":
            kept.append(part)
    return tuple(kept)


def _holds(node: Any, part: Any) -> bool:
    return (isinstance(node, dict) and part in node) or (
        isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
    )


def _salvage(model: type[M], data: Any, errors: list[tuple[Any, tuple[Any, ...]]]) -> M | None:
    """``data`` without what the errors point at; a missing field takes its parent
    along (an item without its required field is no item). A list goes as a whole:
    the later checks locate its items by their index. None when the root goes."""
    data = copy.deepcopy(data)
    for _ in range(8):  # nested parents go one level per round
        for error, loc in errors:
            target = loc[:-1] if error["type"] == "missing" else loc
            while target and not isinstance(target[-1], str):
                target = target[:-1]
            if not target or not _drop(data, target):
                return None
        data = _without_dropped(data)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            errors = _errors(exc, data)
    return None


_DROPPED = object()


def _drop(data: Any, loc: tuple[Any, ...]) -> bool:
    """Mark the value at ``loc`` (or its deepest existing field) as dropped."""
    parent = data
    for depth, part in enumerate(loc):
        if not _holds(parent, part):
            while depth and not isinstance(loc[depth - 1], str):
                depth -= 1
            return _drop(data, loc[:depth]) if depth > 0 else False
        if depth == len(loc) - 1:
            parent[part] = _DROPPED
            return True
        parent = parent[part]
    return False


def _without_dropped(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_dropped(v) for k, v in data.items() if v is not _DROPPED}
    if isinstance(data, list):
        return [_without_dropped(v) for v in data if v is not _DROPPED]
    return data


def _report(
    model: type[BaseModel],
    data: Any,
    doc: YamlDocument,
    base: PathKey,
    report: Report,
    errors: list[tuple[Any, tuple[Any, ...]]],
    extra_fields: tuple[str, ...],
    nested_keys: dict[str, str] | None,
) -> None:
    # A misspelt required key ('titl' for 'titel') is one mistake, not two:
    # pair each unknown key with the missing key it nearly spells.
    missing = [loc for error, loc in errors if error["type"] == "missing"]
    twins: dict[tuple[Any, ...], str] = {}
    for error, loc in errors:
        if error["type"] == "extra_forbidden":
            siblings = [str(m[-1]) for m in missing if m[:-1] == loc[:-1]]
            match = did_you_mean(field_name(loc), siblings)
            if match is not None and (*loc[:-1], match) not in twins.values():
                twins[loc] = match
    paired = {(*loc[:-1], name) for loc, name in twins.items()}
    for error, loc in errors:
        if error["type"] == "missing" and loc in paired:
            continue
        path = (*base, *loc)
        message, hint = message_for(error, model, loc)
        slip = None
        if error["type"] == "extra_forbidden" and loc not in twins:
            slip = comma_split(model, data, loc, doc, base) or wrong_level(
                model, loc, nested_keys or {}
            )
        if loc in twins and error["type"] == "extra_forbidden":
            message += f" Het verplichte veld '{twins[loc]}' ontbreekt."
            hint = f"Bedoelde je '{twins[loc]}'? Verbeter de veldnaam."
        elif slip is not None:
            message, hint = slip
        elif error["type"] == "extra_forbidden" and extra_fields:
            hint = _extra_hint(loc, model, extra_fields)
        on_key = error["type"] == "extra_forbidden"
        is_missing = error["type"] == "missing"
        pos = doc.position(path[:-1] if is_missing else path, key=on_key)
        report.error(doc.file, pos.line, pos.column, message, hint)


def _extra_hint(loc: tuple[Any, ...], model: type[BaseModel], extra: tuple[str, ...]) -> str:
    known = [*allowed_fields(model, loc), *extra]
    hint = suggestion(field_name(loc), known)
    return " ".join(p for p in (hint, "Toegelaten velden: " + ", ".join(known) + ".") if p)


def check_list_file(
    doc: YamlDocument, key: str, report: Report, example: str
) -> list[tuple[int, Any]]:
    """The items under the single top-level ``key`` of a list file."""
    data = doc.data
    if data is None:
        return []
    if not isinstance(data, dict):
        report.error(
            doc.file,
            1,
            1,
            f"Het bestand moet beginnen met '{key}:' gevolgd door een lijst.",
            example,
        )
        return []
    for other in data:
        if other != key:
            pos = doc.position((other,), key=True)
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"Onbekend veld '{other}' bovenaan het bestand.",
                " ".join(
                    p for p in (suggestion(other, [key]), f"Alleen '{key}:' hoort hier.") if p
                ),
            )
    items = data.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        pos = doc.position((key,))
        report.error(doc.file, pos.line, pos.column, f"'{key}' moet een lijst zijn.", example)
        return []
    return list(enumerate(items))


def raw_id(item: Any) -> str:
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) else ""
