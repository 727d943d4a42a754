"""The field types every data contract uses (ids, texts, dates, codes) and the base
model: unknown keys are errors, numbers typed where text is expected are text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

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


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_TEXT), AfterValidator(_few_brackets)
]
Markdown = Annotated[
    str,
    StringConstraints(max_length=MAX_TEXT),
    AfterValidator(_few_brackets),
    Widget("markdown"),
    Field(description="Tekst in Markdown (vet, cursief, lijsten, links)."),
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
