"""Common slips behind an 'unknown field', named for what they are.

- In '{titel: Eten, drinken en ontmoeten}' the comma splits the text: 'drinken en
  ontmoeten' becomes a field of its own, without a value.
- 'gemeente: Ronse, Ninove' inside '{ }' does the same to a list.
- 'zeker:' written at the level of 'bijdragen:' is a key of the wrong parent; a
  look-alike key ('trekker') would be the wrong advice.
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel

from ..loading.yaml_nodes import PathKey, YamlDocument


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _is_list(annotation: Any) -> bool:
    if typing.get_origin(annotation) is list:
        return True
    return any(_is_list(arg) for arg in typing.get_args(annotation))


def _parents(model: type[BaseModel]) -> dict[str, str]:
    """Field names of nested models, each with the field of ``model`` they belong under."""
    parents: dict[str, str] = {}
    for name, info in model.model_fields.items():
        inner = _model_of(info.annotation)
        if inner is None:
            continue
        for nested in inner.model_fields:
            if nested not in model.model_fields:
                parents.setdefault(nested, name)
    return parents


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel]:
    current = model
    for part in loc:
        if isinstance(part, str) and part in current.model_fields:
            inner = _model_of(current.model_fields[part].annotation)
            if inner is not None:
                current = inner
    return current


def comma_split(
    model: type[BaseModel], data: Any, loc: tuple[Any, ...], doc: YamlDocument, base: PathKey
) -> tuple[str, str] | None:
    """An unknown field without a value, right after another in '{ }': a comma split."""
    mapping = data
    for part in loc[:-1]:
        mapping = mapping[part] if isinstance(mapping, dict | list) else None
    key = loc[-1]
    if not isinstance(mapping, dict) or mapping.get(key, "") is not None:
        return None
    keys = list(mapping)
    at = keys.index(key)
    if at == 0 or "{" not in doc.text.split("\n")[doc.position((*base, *loc), key=True).line - 1]:
        return None
    previous = keys[at - 1]
    value = mapping[previous]
    owner = _model_at(model, loc[:-1])
    info = owner.model_fields.get(previous)
    message = (
        f"Na een komma werd '{key}' een eigen veld: tussen {{ en }} scheidt een komma de velden."
    )
    if info is not None and _is_list(info.annotation) and isinstance(value, str):
        return message, f"Meerdere waarden schrijf je als lijst: {previous}: [{value}, {key}]"
    quoted = f'{previous}: "{value}, {key}"'
    return message, f"Zet de tekst met de komma tussen aanhalingstekens: {quoted}"


def wrong_level(
    model: type[BaseModel], loc: tuple[Any, ...], nested_keys: dict[str, str]
) -> tuple[str, str] | None:
    """An unknown key that is a known key one level down: say where it belongs."""
    key = str(loc[-1])
    owner = _model_at(model, loc[:-1])
    parent = {**_parents(owner), **(nested_keys if owner is model else {})}.get(key)
    if parent is None:
        return None
    return (
        f"Het veld '{key}' hoort niet op dit niveau, maar onder '{parent}:'.",
        f"Spring '{key}' in onder '{parent}:' (twee spaties verder dan '{parent}').",
    )
