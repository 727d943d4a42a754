"""'planwijzer opendata': every open-data file, the Excel workbook at any size, into a
folder of its own, replaced only as a whole (like a site, see site_folder)."""

from __future__ import annotations

from pathlib import Path

from ...model import Plan
from ...shared.licences import licence_for
from ..site_folder import new_staging, swap_into_place
from .files import FOLDER, open_data_files


def write_open_data(plan: Plan, out: Path, others: dict[str, Plan] | None = None) -> int:
    """Write the files into ``out`` (checked by the caller); returns how many.
    ``others``: the plan in its other languages (a column per language)."""
    files = open_data_files(plan, licence_for(plan.licence), excel_max_cells=None, others=others)
    staging = new_staging(out)
    for file in files:
        target = staging / file.path.removeprefix(f"{FOLDER}/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.content)
    swap_into_place(staging, out)
    return len(files)
