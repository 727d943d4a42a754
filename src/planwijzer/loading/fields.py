"""The field types every data contract uses (ids, texts, dates, codes) and the base
model: unknown keys are errors, numbers typed where text is expected are text."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    WrapValidator,
)

from ..shared.languages import LANGUAGE_NAMES

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
LEVEL_KEY_PATTERN = r"^[a-z][a-z0-9_]*$"
# A status key is written in reports as a value, like an id ('niet-gestart').
STATUS_KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN),
    Field(
        description="Vaste naam in kleine letters, cijfers en koppeltekens; vormt de webadressen."
    ),
]
# A reference to a partner: any text at this stage, so that a name written where the
# id belongs ('trekker: CAW Oost-Vlaanderen') reaches the reference check, which
# knows the partners and can suggest the right id. The JSON Schema still asks an id.
PartnerRef = Annotated[
    str,
    StringConstraints(min_length=1),
    WithJsonSchema(
        {"type": "string", "pattern": ID_PATTERN, "description": "De id van een partner."}
    ),
]
# Limits on one text: far above what any plan writes, far below what makes a build
# slow (Python-Markdown looks for the end of every '[', so a text full of unclosed
# brackets costs time in the square of its length). Checked while validating.
MAX_TEXT = 10_000  # characters (a long description is 3,000)
MAX_BRACKETS = 100  # '[' (fifty links)


def _few_brackets(text: str) -> str:
    if text.count("[") > MAX_BRACKETS:
        raise ValueError(
            f"Deze tekst bevat {text.count('[')} keer '['; hoogstens {MAX_BRACKETS} kan. "
            "Elke '[' begint in Markdown een link: schrijf minder links in één tekst, of "
            "zet een '[' die geen link begint als '\\['."
        )
    return text


@dataclass(frozen=True)
class Widget:
    """How a form edits a field, when its type alone does not say (the CMS's forms)."""

    name: str  # 'markdown', 'text'


@dataclass(frozen=True)
class Translatable:
    """A text a reader sees: it may be written per language ({nl: ..., fr: ...}; see
    loading.languages). ``counted``: a missing translation is counted by the check;
    names (of partners, of the organisation) are the same in every language unless
    the plan gives them per language, so they are not."""

    counted: bool = True


def _keep_own_type(value: Any, handler: Any) -> Any:
    # A text shown in the main language because its translation is missing is a str
    # subclass that knows its language (shared.languages.Foreign); pydantic would
    # hand back a plain str and lose that.
    checked = handler(value)
    return value if type(value) is not str and isinstance(value, str) else checked


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_TEXT), AfterValidator(_few_brackets)
]


def _per_language(text: dict[str, Any], description: str) -> WithJsonSchema:
    """The JSON Schema of a text that may also be written per language."""
    per_language = {
        code: {**text, "description": f"De tekst in het {name}."}
        for code, name in LANGUAGE_NAMES.items()
    }
    languages = {"type": "object", "properties": per_language}
    languages |= {"additionalProperties": False, "minProperties": 1}
    return WithJsonSchema({"anyOf": [text, languages], "description": description})


# A text that is the same in every language (a code, an address, a web address) is a
# Text; what a reader reads is a ReaderText, and may be written per language.
_ONE_TEXT = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT}
_PER_LANGUAGE = "Tekst, of per taal: {nl: ..., fr: ...}."
ReaderText = Annotated[
    Text, Translatable(), WrapValidator(_keep_own_type), _per_language(_ONE_TEXT, _PER_LANGUAGE)
]
NameText = Annotated[
    Text,
    Translatable(counted=False),
    WrapValidator(_keep_own_type),
    _per_language(_ONE_TEXT, _PER_LANGUAGE),
]
Markdown = Annotated[
    str,
    StringConstraints(max_length=MAX_TEXT),
    AfterValidator(_few_brackets),
    Widget("markdown"),
    Translatable(),
    WrapValidator(_keep_own_type),
    _per_language(
        {"type": "string", "maxLength": MAX_TEXT},
        "Tekst in Markdown (vet, cursief, lijsten, links), of per taal: {nl: ..., fr: ...}.",
    ),
]
# Where an entry comes from in the source document (page, sentence), or why it is as it
# is: for editors and reviewers, never shown on the site (a public 'bron' is another
# field). What a YAML comment said, kept where a form that rewrites the file cannot
# drop it ('planwijzer beheer omzetten' moves comments here).
HERKOMST = (
    "Voor redacteurs: waar dit in de brontekst staat (pagina, zin) of waarom het zo is. "
    "Niet op de site."
)
Herkomst = (
    Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT), Widget("text")] | None
)
Date = Annotated[
    str,
    StringConstraints(pattern=DATE_PATTERN),
    # YAML reads 'van: 2021' as a number; that is accepted, so the schema says so too.
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": DATE_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "description": "Jaar (2021), maand (2021-04) of dag (2021-04-15).",
        }
    ),
]
Code = Annotated[
    str,
    WithJsonSchema(
        {
            "type": ["string", "number"],
            "description": "Weergavecode, bijvoorbeeld 'SD1', '1.2' of '4'.",
        }
    ),
]


def _one_or_many(value: Any) -> Any:
    """'gemeente: Ronse' and 'gemeente: [Ronse, Ninove]' both mean a list."""
    return [value] if isinstance(value, str) else value


class _Model(BaseModel):
    # Unknown keys are errors (a typo must not pass silently); numbers typed where
    # text is expected ('code: 1') are accepted as text.
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)


def unwrap_annotation(annotation: Any) -> tuple[Any, list[Any], bool]:
    """(the type, its metadata, whether None is allowed) of an annotation."""
    metadata: list[Any] = []
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = typing.get_args(annotation)
            metadata.extend(extra)
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            if len(args) != 1:
                return annotation, metadata, optional  # a real union: the caller decides
            annotation = args[0]
        else:
            return annotation, metadata, optional
