"""The contract's models as the CMS's form fields: one function for every model, so a
field added to the contract appears in the forms without touching anything here.

A pydantic field becomes a Decap CMS field: its name, a label made from its Dutch
key, its description as the hint, required or not, and the widget its type asks for
(text, Markdown, number with its bounds, true/false, a choice, a list, an object). A
reference to something of the plan (a partner, a goal, an action, a gemeente) becomes
a choice that shows names and stores ids: ``Choices`` knows the plan's current ones.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from annotated_types import Ge, Le
from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from ...loading.fields import DATE_PATTERN, ID_PATTERN, Translatable, Widget, unwrap_annotation
from ...shared.languages import LANGUAGE_NAMES
from .hints import DATE_HINT, ID_HINT, LABELS, PATTERN_MESSAGES, form_hint

Option = dict[str, str]  # {label, value}


@dataclass
class Choices:
    """What a reference may point to, as (label, value) options; by field name, and per
    model for names that mean different things in different places."""

    by_name: dict[str, list[Option]] = field(default_factory=dict)
    by_model: dict[tuple[str, str], list[Option]] = field(default_factory=dict)
    single: set[str] = field(default_factory=set)  # names that pick one, not several
    # Fields that are an object of their own, written by the caller (bijdragen, kaders).
    special: dict[tuple[str, str], Callable[[FieldInfo], dict]] = field(default_factory=dict)
    # Models being written: a model inside itself (a tree) is left to its caller.
    visiting: set[type] = field(default_factory=set)
    # The ids the plan has, per model: shown as fixed; a new item of a list types its own.
    existing: dict[str, list[str]] = field(default_factory=dict)
    # The plan's languages: with more than one, a text has a box per language.
    languages: list[str] = field(default_factory=lambda: ["nl"])

    def options(self, model: str, name: str) -> list[Option] | None:
        return self.by_model.get((model, name), self.by_name.get(name))

    def per_language(self, metadata: list[Any]) -> bool:
        """Whether a text with this metadata gets a box per language."""
        return len(self.languages) > 1 and any(isinstance(m, Translatable) for m in metadata)


def label(name: str) -> str:
    """'korte_titel' → 'Korte titel'."""
    return LABELS.get(name) or name.replace("_", " ").capitalize()


def _constraints(metadata: list[Any], info: FieldInfo) -> dict[str, Any]:
    found: dict[str, Any] = {}
    items = [*metadata, *info.metadata]
    items += [inner for item in items if isinstance(item, FieldInfo) for inner in item.metadata]
    for item in items:
        if isinstance(item, StringConstraints) and item.pattern:
            found["pattern"] = item.pattern
        elif isinstance(item, Ge):
            found["min"] = item.ge
        elif isinstance(item, Le):
            found["max"] = item.le
        elif isinstance(item, Widget):
            found["widget"] = item.name
        elif isinstance(item, FieldInfo) and item.description and not info.description:
            found["hint"] = item.description
    return found


def _in_languages(result: dict, extra: dict, codes: list[str]) -> dict:
    """A text in every language side by side (planwijzer-talen, in widgets.js)."""
    names = [LANGUAGE_NAMES.get(code, code).capitalize() for code in codes]
    lines = extra.get("widget") in ("markdown", "text")
    hint = "Per taal een vak; laat een vertaling leeg zolang ze er niet is."
    own = result.get("hint")
    return result | {
        "widget": "planwijzer-talen", "talen": codes, "taalnamen": names, "regels": lines,
        "hint": f"{own} {hint}" if own else hint,
    }  # fmt: skip


def form_field(model: type[BaseModel], name: str, info: FieldInfo, choices: Choices) -> dict:
    """One field of ``model`` as a CMS field."""
    special = choices.special.get((model.__name__, name))
    if special is not None:
        return special(info)
    annotation, metadata, optional = unwrap_annotation(info.annotation)
    extra = _constraints(metadata, info)
    result: dict[str, Any] = {"name": name, "label": label(name)}
    hint = form_hint(model.__name__, name, info.description or extra.get("hint"))
    if hint:
        result["hint"] = hint
    result["required"] = info.is_required() and not optional
    options = choices.options(model.__name__, name)
    origin = typing.get_origin(annotation)
    if options is not None:
        result |= {"widget": "select", "options": options}
        if name not in choices.single:
            result["multiple"] = True
        return result
    if origin is typing.Literal:
        result |= {"widget": "select", "options": list(typing.get_args(annotation))}
        return result | ({"default": info.default} if isinstance(info.default, str) else {})
    if origin is list:
        (item,) = typing.get_args(annotation)
        inner, _meta, _opt = unwrap_annotation(item)
        # Empty unless the editor adds an item (a new entry would start with one).
        empty = {} if result["required"] else {"default": []}
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return result | {"widget": "list", "fields": model_fields(inner, choices)} | empty
        if choices.per_language(_meta):
            each = _in_languages({"name": name, "label": label(name)}, {}, choices.languages)
            return result | {"widget": "list", "field": each} | empty
        return result | {"widget": "list"} | empty
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = model_fields(annotation, choices)
        if not result["required"]:
            # The CMS checks an object's required parts even when the object is left
            # empty: optional there; the check on the pull request still asks them.
            fields = [{**f, "required": False} for f in fields]
        return result | {"widget": "object", "collapsed": not result["required"], "fields": fields}
    if annotation is bool:
        if not isinstance(info.default, bool):  # not said yet ('gehaald' of a planned
            return result | {"widget": "boolean"}  # milestone) is no 'false'
        return result | {"widget": "boolean", "default": info.default}
    if annotation in (int, float):
        result |= {"widget": "number", "value_type": "int" if annotation is int else "float"}
        return result | {k: extra[k] for k in ("min", "max") if k in extra}
    if annotation is str and choices.per_language([*metadata, *info.metadata]):
        return _in_languages(result, extra, choices.languages)
    if extra.get("widget") == "markdown":
        # Raw Markdown first: the rich editor would rewrite an editor's text on save.
        return result | {
            "widget": "markdown",
            "modes": ["raw", "rich_text"],
            "sanitize_preview": True,
        }
    result["widget"] = "text" if extra.get("widget") == "text" else "string"
    pattern = extra.get("pattern")
    if pattern == ID_PATTERN and name == "id":
        # Shown, never typed over (an item new to a list types it once).
        result |= {"widget": "planwijzer-id", "hint": form_hint(model.__name__, name, ID_HINT)}
        if model.__name__ in choices.existing:
            result["bestaand"] = choices.existing[model.__name__]
    if pattern == DATE_PATTERN:  # a calendar, or a year or month typed
        result |= {"widget": "planwijzer-datum", "hint": form_hint(model.__name__, name, DATE_HINT)}
    if pattern:
        result["pattern"] = [pattern, PATTERN_MESSAGES.get(pattern, "Kijk de vorm na.")]
    return result


def model_fields(model: type[BaseModel], choices: Choices) -> list[dict]:
    """Every field of ``model``, in the contract's order; a field that holds ``model``
    again (a tree) is left out: the caller gives it as many levels as it needs."""
    if model in choices.visiting:
        return []
    choices.visiting.add(model)
    try:
        found = [form_field(model, n, info, choices) for n, info in model.model_fields.items()]
    finally:
        choices.visiting.discard(model)
    return [f for f in found if f.get("fields", True) != []]
