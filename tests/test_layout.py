"""The package's layout is its architecture: stages import only downward, no file or
class grows past what one person reads at once, and no two modules import each other.

The order below is the pipeline of the README's 'Architectuur' section. A new
package gets its place here, and that place says what it may use.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from imports import imports_of

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "planwijzer"

# Lower stages never import higher ones. Packages on the same step do not import
# each other (revisions and editing are both tools over the pipeline).
STAGES = {
    "shared": 0,
    "loading": 1,
    "checking": 2,
    "model": 3,
    "rendering": 4,
    "pipeline": 5,
    "revisions": 6,
    "editing": 6,
    "outputs": 7,
    "integrations": 8,  # the old module name of the macros, kept for existing plan folders
    "cli": 9,
}
MAX_FILE_LINES = 400
MAX_CLASS_LINES = 150


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(("planwijzer", *parts))] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every planwijzer module ``name`` imports, at any depth (functions and
    TYPE_CHECKING blocks included: a cycle in types is still a cycle)."""
    targets = {target for target, _, _ in imports_of(name, path)}
    return {t for t in targets if t in MODULES and t != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "pipeline"


def test_every_module_belongs_to_a_stage():
    assert {_stage(m) for m in MODULES} - {"pipeline"} <= set(STAGES)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_only_go_down_the_pipeline(name):
    mine = STAGES[_stage(name)]
    upward = [
        target
        for target in sorted(GRAPH[name])
        if _stage(target) != _stage(name) and STAGES[_stage(target)] >= mine
    ]
    assert not upward, f"{name} imports a later or sibling stage: {upward}"


def test_no_import_cycles():
    # Package __init__ files re-export their own modules: an edge from a package to
    # its own members is the package's door, not a cycle of the code.
    graph = {
        name: {t for t in targets if not t.startswith(name + ".")}
        for name, targets in GRAPH.items()
    }
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*trail[trail.index(target) :], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, "import cycles: " + "; ".join(" → ".join(c) for c in cycles)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_files_and_classes_stay_readable(name):
    path = MODULES[name]
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_FILE_LINES, f"{path.name} has more than {MAX_FILE_LINES} lines"
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ClassDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= MAX_CLASS_LINES, f"class {node.name} has {length} lines"


def test_the_layout_test_sees_the_pipeline():
    # Guards the guard: the graph is not empty and knows the stages' real edges.
    assert "planwijzer.loading.yaml_reader" in GRAPH["planwijzer.loading.plan_folder"]
    assert "planwijzer.checking.validate" in GRAPH["planwijzer.checking"]
    assert "planwijzer.rendering.page" in GRAPH["planwijzer.rendering.page_memo"]
    assert "planwijzer.rendering.page_memo" not in GRAPH["planwijzer.rendering.renderer"]


def test_the_adapters_line_counts_in_architectuur_md_are_true():
    """'De bouwer en een motor' counts the MkDocs adapter's files in lines, so that a
    second adapter knows its size: each count is the file's."""
    doc = (PACKAGE.parents[1] / "ontwikkelaars" / "architectuur.md").read_text(encoding="utf-8")
    section = doc.split("## De bouwer en een motor", 1)[1].split("\n## ", 1)[0]
    counted = re.findall(r"`(\w+)\.py` (\d+)", section)
    assert len(counted) >= 10
    adapter = PACKAGE / "outputs" / "mkdocs"
    for name, lines in counted:
        text = (adapter / f"{name}.py").read_text(encoding="utf-8")
        assert len(text.splitlines()) == int(lines), f"{name}.py"
