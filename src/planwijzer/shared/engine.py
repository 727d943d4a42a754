"""The site engine (MkDocs, with Material for MkDocs and mkdocs-macros): only the
adapter ``outputs/mkdocs`` imports it; every other command works without it. When a
command that needs it ('build', 'serve', 'beheer lokaal') finds it missing, the editor
reads why in Dutch, not a traceback."""

from __future__ import annotations

import sys

# The third-party packages of the engine: imported in outputs/mkdocs/ only
# (tests/test_boundaries.py holds every other module to it).
PACKAGES = ("mkdocs", "material", "mkdocs_macros")


def is_engine(module: str) -> bool:
    return module.split(".")[0] in PACKAGES


def missing(exc: BaseException) -> bool:
    """Whether ``exc`` says the engine is not installed; if so, said on stderr."""
    if not isinstance(exc, ModuleNotFoundError) or not is_engine(exc.name or ""):
        return False
    print(
        f"Dit commando bouwt of toont de site, en daarvoor is MkDocs nodig (met Material "
        f"for MkDocs en mkdocs-macros); dat is hier niet geïnstalleerd (de module "
        f"'{exc.name}' ontbreekt). Installeer Planwijzer met zijn afhankelijkheden "
        "('make install', of 'pip install -e .' in de map van Planwijzer). 'planwijzer "
        "check', 'pdf', 'opendata', 'nieuw', 'diff' en 'beheer omzetten' werken ook zonder.",
        file=sys.stderr,
    )
    return True
