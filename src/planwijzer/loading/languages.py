"""Stage 1b — the loaded files as they read in one language.

A text a reader sees (``ReaderText``, ``NameText`` or ``Markdown`` in the contract) may
be written per language: ``titel: {nl: Waardig wonen, fr: Logement digne}``.
``in_language`` gives the plan's files with every such mapping replaced by its text in
one language; where that language has none, the main language's, as a ``Foreign``
text (the page marks it with ``lang``), and counted. Which fields are texts is read
from the contract's own types, walked alongside the data: so a mapping per language
where an id, a code or a date stands is an error, not a silent choice. A plan without
mappings, in its main language, passes through untouched (the very same objects).
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..shared.languages import LANGUAGE_NAMES, LANGUAGES, Foreign
from ..shared.problems import Report
from . import contract, follow_up_contract, framework_contract
from .fields import Translatable, unwrap_annotation
from .level_codes import codes_in_language
from .plan_folder import PlanSources
from .yaml_nodes import PathKey, YamlDocument

MAIN = "nl"  # without 'talen' a plan is Dutch only


@dataclass(frozen=True)
class _TextKind:
    counted: bool  # whether a missing translation is counted (not for names)


# What the contract expects at a place in the data: a text, a model, a list or a
# mapping of something, or anything else (None: a scalar that is never translated).
Kind = Any


@dataclass(frozen=True)
class Untranslated:
    """A text that has no value in the view's language: it shows the main language's."""

    doc: YamlDocument
    path: PathKey


@dataclass
class LanguageView:
    language: str
    sources: PlanSources
    missing: list[Untranslated] = field(default_factory=list)


def _written(sources: PlanSources) -> Any:
    """What plan.yaml says under 'talen', as written (None without it)."""
    data = sources.plan.data if sources.plan is not None else None
    return data.get("talen") if isinstance(data, dict) else None


def plan_languages(sources: PlanSources) -> tuple[str, ...]:
    """The plan's languages, main language first (the contract checks what is written)."""
    written = _written(sources)
    if not isinstance(written, list):
        return (MAIN,)
    found = tuple(dict.fromkeys(item for item in written if item in LANGUAGES))
    return found or (MAIN,)


def languages_written_wrong(sources: PlanSources) -> bool:
    """Whether 'talen' in plan.yaml holds something Planwijzer does not know: the
    contract says so there, once, not again at every text written per language."""
    written = _written(sources)
    return written is not None and (
        not isinstance(written, list) or any(item not in LANGUAGES for item in written)
    )


def in_language(
    sources: PlanSources, language: str | None = None, report: Report | None = None
) -> LanguageView:
    """The plan's files in ``language`` (default: the main one). With ``report``, the
    mistakes in how texts are written per language are reported there."""
    languages = plan_languages(sources)
    view = LanguageView(language or languages[0], sources)
    changed: dict[str, Any] = {}
    lenient = languages_written_wrong(sources)
    for name, doc, kind in _documents(sources):
        projector = _Projector(view, languages, doc, report, lenient=lenient)
        data = projector.value(doc.data, kind, ())
        if data is not doc.data:
            changed[name] = replace(doc, data=data)
    goals = changed.get("goals", sources.goals)
    if goals is not None and sources.plan is not None:
        coded = codes_in_language(sources.plan.data, goals.data, languages[0], view.language)
        if coded is not goals.data:
            changed["goals"] = replace(goals, data=coded)
    if changed:
        view.sources = replace(
            sources,
            plan=changed.get("plan", sources.plan),
            goals=changed.get("goals", sources.goals),
            actions=[changed.get(f"actions{i}", d) for i, d in enumerate(sources.actions)],
            partners=changed.get("partners", sources.partners),
            municipalities=changed.get("municipalities", sources.municipalities),
            reports=[changed.get(f"reports{i}", d) for i, d in enumerate(sources.reports)],
            indicators=changed.get("indicators", sources.indicators),
            frameworks=[changed.get(f"frameworks{i}", d) for i, d in enumerate(sources.frameworks)],
        )
    return view


def document_in_language(doc: YamlDocument, kind: Kind, language: str) -> YamlDocument:
    """One file that holds every language Planwijzer knows (a built-in framework), as
    read in ``language``; Dutch where a text has no other."""
    view = LanguageView(language, PlanSources(Path(doc.file), None, None, [], None))
    projector = _Projector(view, LANGUAGES, doc, None)
    data = projector.value(doc.data, kind, ())
    return doc if data is doc.data else replace(doc, data=data)


def _documents(sources: PlanSources) -> list[tuple[str, YamlDocument, Kind]]:
    """Every file with a name (to put it back) and what the contract expects in it."""
    found: list[tuple[str, YamlDocument | None, Kind]] = [
        ("plan", sources.plan, contract.PlanBestand),
        ("goals", sources.goals, _GOAL_TREE),
        ("partners", sources.partners, contract.PartnersBestand),
        ("municipalities", sources.municipalities, contract.GemeentenBestand),
        ("indicators", sources.indicators, follow_up_contract.IndicatorenBestand),
    ]
    for i, doc in enumerate(sources.actions):
        one = isinstance(doc.data, dict) and "acties" not in doc.data
        found.append((f"actions{i}", doc, contract.Actie if one else contract.ActiesBestand))
    found += [
        (f"reports{i}", d, follow_up_contract.RapportBestand) for i, d in enumerate(sources.reports)
    ]
    found += [
        (f"frameworks{i}", d, framework_contract.KaderBestand)
        for i, d in enumerate(sources.frameworks)
    ]
    return [(name, doc, kind) for name, doc, kind in found if doc is not None]


# doelstellingen.yaml: under each level's key a list of goals, and so on inside a goal.
_GOAL_TREE = ("tree", contract.Doelstelling)


@cache
def _fields(model: type[BaseModel]) -> dict[str, Kind]:
    return {
        name: _kind(info.annotation, info.metadata) for name, info in model.model_fields.items()
    }


def _kind(annotation: Any, metadata: list[Any] | None = None) -> Kind:
    inner, more, _optional = unwrap_annotation(annotation)
    for item in [*(metadata or []), *more]:
        if isinstance(item, Translatable):
            return _TextKind(item.counted)
    origin = typing.get_origin(inner)
    if origin is list:
        return ("list", _kind(typing.get_args(inner)[0]))
    if origin is dict:
        return ("dict", _kind(typing.get_args(inner)[1]))
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return inner
    return None


# How else editors write a language: its name, or a three-letter code (ISO 639-2).
_ALIASES = {
    "nl": ("nld", "dut", "ned", "nederlands", "dutch", "vl", "vlaams"),
    "fr": ("fra", "fre", "frans", "french", "francais", "français"),
    "en": ("eng", "engels", "english", "anglais"),
}


def _did_you_mean(key: str, languages: tuple[str, ...]) -> str:
    """'fra' → 'fr'; for two letters, one letter off is close (difflib says no)."""
    word = str(key).lower()
    for code in languages:
        one_off = len(word) == 2 and sum(a != b for a, b in zip(word, code, strict=True)) == 1
        if word in _ALIASES.get(code, ()) or one_off:
            return f"Bedoelde je '{code}'?"
    return ""


def _has_words(text: str) -> bool:
    """Whether a text has a letter: one without ('%', '€', '2026', '≥ 5') reads the
    same in every language, so it is never a missing translation."""
    return any(character.isalpha() for character in text)


def _per_language(value: Any) -> bool:
    """Whether a value is written per language ({nl: ..., fr: ...})."""
    return isinstance(value, dict) and bool(value) and all(key in LANGUAGES for key in value)


class _Projector:
    """Walks one file alongside the contract, choosing each text's language."""

    def __init__(
        self,
        view: LanguageView,
        languages: tuple[str, ...],
        doc: YamlDocument,
        report: Report | None,
        *,
        lenient: bool = False,
    ) -> None:
        self.view, self.languages, self.doc, self.report = view, languages, doc, report
        self.main = languages[0]
        # 'talen' is wrong itself: any language Planwijzer knows passes here.
        self.known = LANGUAGES if lenient else languages
        # In the main language a scalar reads as written: a text, an id or a number
        # needs no visit (most of a plan), only mappings and lists can hold a choice.
        self.skip_scalars = view.language == self.main

    def value(self, value: Any, kind: Kind, path: PathKey) -> Any:
        if isinstance(kind, _TextKind):
            return self.text(value, kind, path)
        if isinstance(kind, tuple) and kind[0] == "tree":
            return self.tree(value, kind[1], path)
        if isinstance(kind, tuple) and isinstance(value, list) and kind[0] == "list":
            return self.items(value, kind[1], path)
        if isinstance(kind, tuple) and isinstance(value, dict) and kind[0] == "dict":
            return self.entries(value, lambda _key: kind[1], path)
        if isinstance(kind, type) and isinstance(value, dict):
            fields = _fields(kind)
            return self.entries(value, fields.get, path)
        if kind is None and _per_language(value):
            self._not_translated(path)
        return value

    def tree(self, value: Any, model: type[BaseModel], path: PathKey) -> Any:
        if not isinstance(value, dict):
            return value
        fields = _fields(model)

        def kind_of(key: str) -> Kind:
            return fields.get(key) or ("list", ("tree", model))

        return self.entries(value, kind_of, path)

    def entries(self, data: dict, kind_of: Any, path: PathKey) -> dict:
        out: dict | None = None
        skip = self.skip_scalars
        for key, item in data.items():
            if skip and not isinstance(item, (dict, list)):
                continue
            new = self.value(item, kind_of(key), (*path, key))
            if new is not item:
                out = dict(data) if out is None else out
                out[key] = new
        return data if out is None else out

    def items(self, data: list, kind: Kind, path: PathKey) -> list:
        out: list | None = None
        skip = self.skip_scalars
        for index, item in enumerate(data):
            if skip and not isinstance(item, (dict, list)):
                continue
            new = self.value(item, kind, (*path, index))
            if new is not item:
                out = list(data) if out is None else out
                out[index] = new
        return data if out is None else out

    def text(self, value: Any, kind: _TextKind, path: PathKey) -> Any:
        language, main = self.view.language, self.main
        if isinstance(value, str) and not _has_words(value):
            return value  # '%', '2026', '€': the same in every language
        if isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
            self._check_mapping(value, path)
            chosen = value.get(language)
            if chosen not in (None, ""):
                return chosen
            given = [v for v in (value.get(main), *value.values()) if v not in (None, "")]
            value = given[0] if given else None
            if language == main or value is None or not _has_words(str(value)):
                return value
            if kind.counted:
                self.view.missing.append(Untranslated(self.doc, path))
            return Foreign(value, main) if isinstance(value, str) else value
        if isinstance(value, str) and language != main:
            if kind.counted:
                self.view.missing.append(Untranslated(self.doc, path))
            return Foreign(value, main)
        return value

    def _check_mapping(self, value: dict, path: PathKey) -> None:
        if self.report is None:
            return
        for key in value:
            if key not in self.known:
                self._error(
                    (*path, key),
                    f"'{key}' is geen taal van dit plan (talen: {', '.join(self.languages)}).",
                    self._unlisted_hint(key),
                    key=True,
                )
        if value.get(self.main) in (None, ""):
            self._error(
                path,
                f"De tekst in de hoofdtaal ontbreekt ({LANGUAGE_NAMES[self.main]}, '{self.main}').",
                f"Schrijf ook '{self.main}: ...': de hoofdtaal is wat elke andere taal "
                "toont zolang een vertaling ontbreekt.",
            )

    def _unlisted_hint(self, key: str) -> str:
        close = _did_you_mean(key, self.languages)
        if close or key not in LANGUAGES:
            known = f"Planwijzer kent {', '.join(LANGUAGES)}."
            return f"{close} {known}" if close else f"Verbeter de taalcode. {known}"
        listed = ", ".join((*self.languages, key))
        return (
            f"Verschijnt het plan ook in het {LANGUAGE_NAMES[key]}? Zet dan 'talen: "
            f"[{listed}]' in data/plan.yaml. Anders: laat '{key}: ...' weg."
        )

    def _not_translated(self, path: PathKey) -> None:
        if self.report is None:
            return
        name = next((str(p) for p in reversed(path) if isinstance(p, str)), "deze waarde")
        self._error(
            path,
            f"'{name}' wordt niet per taal geschreven: ids, codes, datums en getallen "
            "zijn in elke taal dezelfde.",
            f"Schrijf één waarde, zonder {', '.join(LANGUAGES)}: ervoor.",
        )

    def _error(self, path: PathKey, message: str, hint: str, *, key: bool = False) -> None:
        assert self.report is not None
        position = self.doc.position(path, key=key)
        self.report.error(self.doc.file, position.line, position.column, message, hint)
