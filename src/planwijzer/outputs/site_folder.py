"""The output folder: nothing outside the site is ever written or deleted.

A build writes into a staging folder next to the target and swaps it in only when
it succeeded. Before anything is written, ``check_target`` refuses a target that
is, contains or lies inside the plan's sources, and a target that exists but is
not a site Planwijzer wrote (it carries ``MARKER``). These rules are the whole
design: ``--out .`` or ``--out docs`` can then never delete a plan.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..shared.atomic_file import current_umask

MARKER = ".planwijzer-site"
MARKER_TEXT = "Deze map is een site die Planwijzer bouwde; een volgende build vervangt ze.\n"
# What a plan folder is made of: the output may not be, hold or lie in any of these.
SOURCES = ("data", "docs", "templates", "mkdocs.yml", ".git", "schemas")
_STAGING = "-nieuw-"
_OLD = "-oud-"


class UnsafeOutput(ValueError):
    """The output folder would overwrite or delete something that is not a site."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_target(
    plan_dir: Path, out: Path, docs_dir: Path | None = None, *, made: str = "site"
) -> None:
    """Raise UnsafeOutput (in Dutch, with what to do) unless ``out`` may be replaced.
    ``made``: what goes there ('site', or 'open-data' for the open data), for the advice."""
    plan_dir, out = plan_dir.resolve(), out.resolve()
    sources = [plan_dir / name for name in SOURCES]
    if docs_dir is not None:
        sources.append(docs_dir.resolve())
    what = "de site" if made == "site" else "de open data"
    advice = f"Kies een eigen map voor {what}, bijvoorbeeld --out {made}."
    if _inside(plan_dir, out):
        raise UnsafeOutput(
            f"De uitvoermap {out} bevat de planmap zelf; een build zou het plan wissen. {advice}"
        )
    for source in sources:
        if _inside(out, source) or _inside(source, out):
            raise UnsafeOutput(
                f"De uitvoermap {out} valt samen met de bronnen van het plan ({source.name}). "
                f"{advice}"
            )
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise UnsafeOutput(f"{out} bestaat al en is geen map. {advice}")
    if out.is_dir() and any(out.iterdir()) and not is_planwijzer_site(out):
        raise UnsafeOutput(
            f"De map {out} bestaat al en is geen site van Planwijzer (het bestand {MARKER} "
            "ontbreekt); Planwijzer vervangt ze niet. Kies een lege of nieuwe map, of maak "
            "deze map zelf leeg."
        )


def is_planwijzer_site(folder: Path) -> bool:
    """A site this program wrote: it has the marker, or (sites built before the
    marker existed) Planwijzer's own stylesheet next to a home page."""
    if (folder / MARKER).is_file():
        return True
    legacy = folder / "assets" / "planwijzer" / "planwijzer.css"
    return legacy.is_file() and (folder / "index.html").is_file()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(out: Path) -> list[Path]:
    """Remove staging and old folders that an interrupted build left next to ``out``."""
    removed = []
    if not out.parent.is_dir():
        return removed
    for kind in (_STAGING, _OLD):
        for path in out.parent.glob(f".{out.name}{kind}*"):
            pid_text = path.name[len(f".{out.name}{kind}") :].split("-")[0]
            if pid_text.isdigit() and _process_alive(int(pid_text)):
                continue  # another build is still running
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def new_staging(out: Path) -> Path:
    """An empty folder next to ``out`` (same filesystem: the swap is a rename), with
    the permissions a folder made by mkdir would get, so the site can be served."""
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}{_STAGING}{os.getpid()}-", dir=out.parent))
    staging.chmod(0o777 & ~current_umask())
    return staging


def swap_into_place(staging: Path, out: Path) -> None:
    """Mark ``staging`` as a site and put it where ``out`` is; the old site stays
    whole until the new one is ready (two renames on one filesystem)."""
    (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    if out.exists():
        old = out.with_name(f".{out.name}{_OLD}{os.getpid()}")
        os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out)
