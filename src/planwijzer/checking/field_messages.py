"""pydantic's validation errors, said in plain Dutch with what to do."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from ..loading import contract as schema
from ..loading import fields, site_contract
from ..shared.problems import suggestion
from ..shared.text import slugify

# The shapes of plan.yaml's site settings, said the way an editor writes them.
PATTERN_HINTS = {
    site_contract.COLOUR_PATTERN: (
        "kleur",
        "Schrijf '#' en zes tekens 0-9 of a-f, tussen aanhalingstekens: kleur: \"#1f4e79\".",
    ),
    site_contract.EMAIL_PATTERN: (
        "e-mailadres",
        "Schrijf het volledige adres, bijvoorbeeld info@voorbeeld.be.",
    ),
    site_contract.URL_PATTERN: (
        "webadres",
        "Begin met https://, bijvoorbeeld https://www.voorbeeld.be.",
    ),
}


def field_name(loc: tuple[Any, ...]) -> str:
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else "waarde"


def _where(loc: tuple[Any, ...]) -> str:
    """'titel' or 'element 3 van partners' — how an editor finds the value."""
    if loc and isinstance(loc[-1], int) and len(loc) > 1:
        return f"element {loc[-1] + 1} van '{field_name(loc[:-1])}'"
    return f"'{field_name(loc)}'"


def message_for(
    error: dict[str, Any], model: type[BaseModel], loc: tuple[Any, ...]
) -> tuple[str, str]:
    kind = error["type"]
    name = field_name(loc)
    where = _where(loc)
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return (
            f"Het verplichte veld '{name}' ontbreekt.",
            f"Voeg een regel '{name}: ...' toe aan dit element.",
        )
    if kind == "extra_forbidden":
        known = allowed_fields(model, loc)
        hint = suggestion(name, known)
        listing = "Toegelaten velden: " + ", ".join(known) + "." if known else ""
        return f"Onbekend veld '{name}'.", " ".join(p for p in (hint, listing) if p)
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern", "")
        if pattern == fields.ID_PATTERN:
            return (
                f"{where.capitalize()} is geen geldige id: '{value}'.",
                "Een id bestaat uit kleine letters, cijfers en koppeltekens, zonder spaties, "
                f"bijvoorbeeld '{slugify(str(value)) or 'mijn-actie'}'.",
            )
        if pattern == fields.DATE_PATTERN:
            return (
                f"{where.capitalize()} is geen geldige datum: '{value}'.",
                "Schrijf een jaar (2021), een maand (2021-04) of een dag (2021-04-15).",
            )
        if pattern == schema.LEVEL_KEY_PATTERN:
            example = "zeker" if loc and loc[0] == "bijdragen" else "operationele_doelstellingen"
            return (
                f"{where.capitalize()} is geen geldige sleutel: '{value}'.",
                f"Gebruik kleine letters, cijfers en _, bijvoorbeeld '{example}'.",
            )
        if pattern == fields.STATUS_KEY_PATTERN:
            return (
                f"{where.capitalize()} is geen geldige sleutel: '{value}'.",
                "Een status heeft een sleutel van kleine letters, cijfers, - en _, zonder "
                f"spaties, bijvoorbeeld '{slugify(str(value)) or 'niet-gestart'}'.",
            )
        if pattern in PATTERN_HINTS:
            what, hint = PATTERN_HINTS[pattern]
            return f"{where.capitalize()} is geen geldig {what}: '{value}'.", hint
        return (
            f"{where.capitalize()} heeft een ongeldige vorm: '{value}'.",
            "Kijk het voorbeeld na.",
        )
    if kind in ("string_type",):
        return (
            f"{where.capitalize()} moet tekst zijn, niet {_describe(value)}.",
            "Zet de waarde tussen aanhalingstekens als ze op een getal of ja/nee lijkt.",
        )
    if kind == "string_too_short":
        return (
            f"{where.capitalize()} mag niet leeg zijn.",
            "Vul een tekst in of verwijder het veld.",
        )
    if kind == "string_too_long":
        length = f"{len(value):,}".replace(",", ".") if isinstance(value, str) else "te veel"
        limit = f"{ctx.get('max_length', 0):,}".replace(",", ".")
        return (
            f"{where.capitalize()} is {length} tekens lang; hoogstens {limit} kan.",
            "Kort de tekst in, of zet het uitgebreide verhaal in een pagina in docs/ en "
            "verwijs ernaar.",
        )
    if kind == "value_error":  # our own validators speak Dutch: 'message. hint'
        text = str(ctx.get("error", error.get("msg", "")))
        message, _, hint = text.partition(". ")
        return f"{where.capitalize()}: {message}.", hint
    if kind in ("list_type", "tuple_type"):
        return (
            f"{where.capitalize()} moet een lijst zijn, niet {_describe(value)}.",
            "Schrijf [a, b] of zet elk element op een eigen regel die begint met '- '.",
        )
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return (
            f"{where.capitalize()} moet een reeks velden (naam: waarde) zijn, "
            f"niet {_describe(value)}.",
            "Spring de velden eronder in met spaties.",
        )
    if kind == "too_short":
        return (
            f"{where.capitalize()} moet minstens {ctx.get('min_length', 1)} element bevatten.",
            "Vul minstens één waarde in.",
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return (
            f"{where.capitalize()} moet een geheel getal zijn, niet {_describe(value)}.",
            "Schrijf een getal zonder komma en zonder aanhalingstekens, bijvoorbeeld "
            f"{'40' if name == 'voortgang' else '2021'}.",
        )
    if kind in ("greater_than_equal", "greater_than"):
        return f"{where.capitalize()} is te klein.", f"Minimum: {ctx.get('ge', ctx.get('gt'))}."
    if kind in ("less_than_equal", "less_than"):
        return f"{where.capitalize()} is te groot.", f"Maximum: {ctx.get('le', ctx.get('lt'))}."
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        hint = suggestion(str(value), choices)
        return (
            f"{where.capitalize()} kan niet '{value}' zijn.",
            " ".join(p for p in (hint, "Kies uit: " + ", ".join(choices) + ".") if p),
        )
    if kind in ("float_type", "float_parsing"):
        return (
            f"{where.capitalize()} moet een getal zijn, niet {_describe(value)}.",
            "Schrijf het getal zonder aanhalingstekens en met een punt als decimaalteken, "
            "bijvoorbeeld 1.5.",
        )
    if kind in ("bool_type", "bool_parsing"):
        return (
            f"{where.capitalize()} moet true of false zijn, niet {_describe(value)}.",
            "Schrijf true (ja) of false (nee), of laat het veld weg.",
        )
    return f"{where.capitalize()} is ongeldig ({error.get('msg')}).", "Kijk het voorbeeld na."


def _describe(value: Any) -> str:
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, float):
        return f"het kommagetal {value}"
    if isinstance(value, int):
        return "een getal"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een reeks velden"
    return f"'{value}'"


def allowed_fields(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names allowed where ``loc`` points, following nested models."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        info = current.model_fields.get(part) if hasattr(current, "model_fields") else None
        current = _inner_model(info.annotation) if info else None
    if current is None or not hasattr(current, "model_fields"):
        return []
    return list(current.model_fields)


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
