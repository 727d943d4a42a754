"""What a module of the package imports, read from its source (for the layout and
boundary tests): every import, also inside a function or a TYPE_CHECKING block."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path


def imports_of(name: str, path: Path) -> list[tuple[str, str | None, int]]:
    """(imported module or name, the top-level function or class importing it or None,
    line) for module ``name`` at ``path``; relative imports made absolute."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for top in tree.body:
        function = top.name if isinstance(top, ast.FunctionDef | ast.ClassDef) else None
        for node in ast.walk(top):
            if isinstance(node, ast.Import):
                found += [(alias.name, function, node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = node.module or ""
                root = f"{base}.{module}".strip(".") if node.level else module
                found += [(root, function, node.lineno)]
                found += [(f"{root}.{alias.name}", function, node.lineno) for alias in node.names]
    return found


def modules_a_command_loads(argv: list[str], package: str) -> list[str]:
    """The modules of ``package`` that 'planwijzer ARGV' has imported when it ends
    (run in a process of its own, so that nothing the tests loaded counts)."""
    code = (
        "import json, sys\nfrom planwijzer.cli import main\n"
        f"assert main({argv!r}) == 0\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == {package!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
