"""Only the MkDocs adapter (outputs/mkdocs/) uses MkDocs: no other module imports the
engine's packages (mkdocs, material, mkdocs_macros), at the top or inside a function,
and none imports the adapter except where a command hands the site to the engine.
So 'check', 'pdf', 'opendata', 'nieuw', 'diff' and 'beheer omzetten' run without it
(tests/end_to_end/test_without_mkdocs.py runs them so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from imports import imports_of
from planwijzer.shared.engine import PACKAGES, is_engine

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "planwijzer"
ADAPTER = PACKAGE / "outputs" / "mkdocs"
ADAPTER_MODULE = "planwijzer.outputs.mkdocs"
# Where a module outside the adapter may import it, and why: these build or serve
# the site, the engine's own work; each imports it inside the function, lazily.
HANDS_OVER = {
    ("planwijzer.cli", "cmd_build"): "'planwijzer build': the site",
    ("planwijzer.cli", "cmd_serve"): "'planwijzer serve': the live preview",
    ("planwijzer.outputs.cms.local", "edit_locally"): "'beheer lokaal' serves the preview",
    ("planwijzer.outputs.cms.local", "run_locally"): "'beheer lokaal': its port in use",
    # Old mkdocs.yml files name this module for mkdocs-macros: only MkDocs loads it.
    ("planwijzer.integrations.macros", None): "mkdocs-macros' old module name",
}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(("planwijzer", *(parts[:-1] if parts[-1] == "__init__" else parts)))


def _imports(path: Path) -> list[tuple[str, str | None, int]]:
    """(imported module, the top-level function importing it or None, line)."""
    return imports_of(_module(path), path)


OUTSIDE = sorted(p for p in PACKAGE.rglob("*.py") if ADAPTER not in p.parents)


def test_the_adapter_is_where_the_rule_says():
    assert (ADAPTER / "plugin.py").is_file() and len(OUTSIDE) > 100
    assert PACKAGES == ("mkdocs", "material", "mkdocs_macros")


@pytest.mark.parametrize("path", OUTSIDE, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_outside_the_adapter_imports_the_engine(path):
    engine = [(m, line) for m, _, line in _imports(path) if is_engine(m)]
    assert not engine, f"{path.name} importeert de engine: {engine}"


@pytest.mark.parametrize("path", OUTSIDE, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_the_adapter_is_imported_only_to_hand_the_site_over(path):
    name = _module(path)
    adapter = {
        (function, line)
        for module, function, line in _imports(path)
        if module == ADAPTER_MODULE or module.startswith(ADAPTER_MODULE + ".")
    }
    assert {(f, line) for f, line in adapter if (name, f) not in HANDS_OVER} == set()


def test_every_exception_is_still_needed():
    used = {
        (_module(path), function)
        for path in OUTSIDE
        for module, function, _ in _imports(path)
        if module.startswith(ADAPTER_MODULE)
    }
    assert set(HANDS_OVER) <= used
