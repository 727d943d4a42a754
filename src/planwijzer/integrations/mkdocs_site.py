"""Build and serve a plan folder with MkDocs.

A build goes into a fresh temporary folder next to the target and replaces the
target only when it succeeded, so a failed build never damages an existing site.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

CONFIG_FILE = "mkdocs.yml"


class BuildFailed(RuntimeError):
    """MkDocs could not build the site; the previous site is untouched."""


def _mkdocs_logging(verbose: bool) -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_planwijzer", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler._planwijzer = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)


def build_site(plan_dir: Path, out: Path, *, strict: bool = True, verbose: bool = False) -> None:
    """Build the plan site into ``out``, atomically."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    _mkdocs_logging(verbose)
    config_file = plan_dir / CONFIG_FILE
    if not config_file.is_file():
        raise BuildFailed(f"{config_file} ontbreekt: een planmap heeft een mkdocs.yml.")
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-nieuw-", dir=out.parent))
    try:
        config = load_config(str(config_file), site_dir=str(staging), strict=strict)
        build(config)
    except (MkDocsException, SystemExit) as exc:  # macros exits on a failing macro
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(str(exc) or "MkDocs stopte met een fout (zie hierboven).") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_into_place(staging, out)


def _swap_into_place(staging: Path, out: Path) -> None:
    # Two renames on one filesystem: the old site stays whole until the new one is ready.
    if out.exists():
        old = out.with_name(f".{out.name}-oud-{os.getpid()}")
        os.replace(out, old)
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out)


def serve(plan_dir: Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Live preview: rebuilds when YAML, Markdown or templates change."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    _mkdocs_logging(True)
    watch = [str(p) for p in (plan_dir / "data", plan_dir / "templates") if p.is_dir()]
    mkdocs_serve(
        str(plan_dir / CONFIG_FILE), dev_addr=f"{host}:{port}", livereload=True, watch=watch
    )
