"""``planwijzer init``: a new, small but valid plan folder that builds at once."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from ..loading.json_schemas import write_schemas

SKELETON = Path(__file__).parent / "skeleton"


def init_plan(target: Path, *, title: str, organisation: str) -> None:
    """Copy the skeleton into ``target`` (which must be empty or absent)."""
    if target.exists() and not target.is_dir():
        raise FileExistsError(f"{target} is een bestand, geen map; kies een nieuwe map.")
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target} bestaat al en is niet leeg; kies een nieuwe map.")
    first = date.today().year
    values = {
        # JSON strings are valid YAML and Markdown-safe enough for a title line.
        "__TITEL__": title,
        "__ORGANISATIE__": organisation,
        "__VAN__": str(first),
        "__TOT__": str(first + 4),
    }
    shutil.copytree(SKELETON, target, dirs_exist_ok=True)
    for path in target.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            for key, value in values.items():
                quoted = (
                    json.dumps(value, ensure_ascii=False)
                    if path.suffix in (".yaml", ".yml") and key in ("__TITEL__", "__ORGANISATIE__")
                    else value
                )
                text = text.replace(key, quoted)
            path.write_text(text, encoding="utf-8")
    write_schemas(target / "schemas")
