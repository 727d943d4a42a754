"""Build and serve a plan folder with MkDocs.

A build goes into a fresh staging folder next to the target and replaces the
target only when it succeeded, so a failed build never damages an existing site;
``site_folder`` decides what may be replaced at all.
"""

from __future__ import annotations

import logging
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ...loading.yaml_reader import ParseCache
from ...pipeline import fingerprint
from ...shared.memory import paused_gc
from ..site.beside import CMS_BACKEND
from ..site.build import BuildFailed, Builds, checked, run
from ..site_folder import UnsafeOutput
from .engine import CONFIG_FILE, ConfigError, MkDocsEngine
from .preview_server import PreviewServer

MACROS_LOGGER = "mkdocs.plugins.mkdocs_macros"
LIVERELOAD_LOGGER = "mkdocs.livereload"
log = logging.getLogger("mkdocs.planwijzer")


def failure_message(exc: BaseException) -> str:
    """What stopped MkDocs, in Dutch. mkdocs-macros exits with a bare number after
    logging which page and macro failed (shown above, see macro_messages)."""
    if isinstance(exc, SystemExit) and not isinstance(exc.code, str):
        return (
            "een macro ({{ ... }}) in een pagina van docs/ kon niet uitgevoerd worden "
            "(zie hierboven)."
        )
    return str(exc) or "MkDocs stopte met een fout (zie hierboven)."


class _CurrentStderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time of the message: a handler that
    kept the stream of its first build wrote into a closed one when the command runs
    again in the same process (tests, a caller that redirects stderr)."""

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def _mkdocs_logging(verbose: bool) -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_planwijzer", False) for h in logger.handlers):
        handler = _CurrentStderr()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler._planwijzer = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    # mkdocs-macros lists its configuration at every start and rebuild, the live reload
    # server what it watches and reloads, in English: the preview says it in Dutch
    for noisy in (MACROS_LOGGER, LIVERELOAD_LOGGER):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def build_site(plan_dir: Path, out: Path, *, strict: bool = True, verbose: bool = False) -> None:
    """Build the plan site into ``out``, atomically: Planwijzer's builder with MkDocs
    as its engine."""
    from mkdocs.exceptions import MkDocsException

    _mkdocs_logging(verbose)
    config_file = plan_dir / CONFIG_FILE
    if not config_file.is_file():
        raise BuildFailed(f"{config_file} ontbreekt: een planmap heeft een mkdocs.yml.")
    engine = MkDocsEngine(plan_dir, strict=strict)
    try:
        run(plan_dir, out, engine)
    except UnsafeOutput as exc:
        raise BuildFailed(str(exc)) from None
    except ConfigError:
        raise BuildFailed(
            f"{CONFIG_FILE} is niet in orde (zie de melding hierboven). Een planmap heeft "
            "ook een map docs/ (of de map die 'docs_dir' noemt) met de verhalende pagina's."
        ) from None
    except (MkDocsException, SystemExit) as exc:  # macros exits on a failing macro
        raise BuildFailed(failure_message(exc)) from None
    finally:
        engine.close()


class PreviewBuilder:
    """Builds the live preview into ``site_dir`` with Planwijzer's builder: over the
    previous build when only plan data or narrative pages changed (a generated page
    whose HTML is the same is not written again), else from an empty folder.
    """

    def __init__(
        self,
        plan_dir: Path,
        site_dir: Path,
        *,
        host: str,
        port: int,
        cms_backend: str | None = None,
    ) -> None:
        self.config_file = plan_dir / CONFIG_FILE
        self.site_dir = site_dir
        self.serve_url = f"http://{host}:{port}/"
        self.frame = _Frame(plan_dir)
        # files parsed before (only an edited one again), the pages written before
        self.keep = Builds(preview=True, parsed=ParseCache())
        extra = {CMS_BACKEND: cms_backend} if cms_backend else {}  # /beheer/ saves there
        self.engine = MkDocsEngine(plan_dir, strict=False, serve_url=self.serve_url, extra=extra)
        self.last_was_incremental = False

    def config(self):  # type: ignore[no-untyped-def]
        """mkdocs.yml as MkDocs reads it (what the preview watches)."""
        from mkdocs.config import load_config

        return load_config(str(self.config_file), site_dir=str(self.site_dir))

    def __call__(self, config=None) -> None:  # type: ignore[no-untyped-def]
        from mkdocs.exceptions import MkDocsException

        started = time.perf_counter()
        try:
            # The plan's own mistakes first: said in Dutch, the last good site untouched.
            checked(self.frame.plan_dir, self.keep.parsed, serving=True)
        except BuildFailed as exc:
            raise SystemExit(str(exc)) from None
        incremental = self.frame.unchanged(config or self.config())
        self.keep.incremental = self.engine.reuse = incremental
        if not incremental:  # a full build starts from an empty folder
            _empty(self.site_dir)
        # The previous build's pages stay alive for reuse; without this, Python's
        # cycle collector walks them again and again while the new build allocates.
        try:
            with paused_gc():
                run(self.frame.plan_dir, self.site_dir, self.engine, keep=self.keep)
        except (BuildFailed, MkDocsException, SystemExit) as exc:  # macros exits on a failing macro
            self.frame.forget()  # the site folder may be half written: next time, all of it
            raise SystemExit(f"Niet gebouwd: {failure_message(exc)}") from None
        finally:
            self.engine.close()
        self.last_was_incremental = incremental
        kind = "alleen gewijzigde pagina's" if incremental else "volledig"
        log.info(f"Voorbeeld bijgewerkt in {time.perf_counter() - started:.1f} s ({kind}).")


def serve(
    plan_dir: Path, *, host: str = "127.0.0.1", port: int = 8000, cms_backend: str | None = None
) -> None:
    """Live preview: rebuilds when YAML, Markdown or templates change. Mistakes in
    the plan are shown in the browser (see preview_server); the preview keeps running.
    ``cms_backend``: the local backend /beheer/ saves to ('planwijzer beheer lokaal')."""
    _mkdocs_logging(True)
    site_dir = Path(tempfile.mkdtemp(prefix="planwijzer-voorbeeld-"))
    builder = PreviewBuilder(plan_dir, site_dir, host=host, port=port, cms_backend=cms_backend)
    server = PreviewServer(builder, host=host, port=port, root=str(site_dir))
    try:
        server.bind()  # a taken port is said before anything is built
        config = builder.config()
        server.build_now(builder)
        for folder in (config.docs_dir, plan_dir / "data", plan_dir / "templates"):
            if Path(folder).is_dir():
                server.watch(str(folder))
        server.watch(str(builder.config_file))
        for item in config.watch:
            server.watch(item)
        try:
            with _stopped_as_by_ctrl_c():
                server.serve()
        except KeyboardInterrupt:
            log.info("Gestopt.")
        finally:
            server.shutdown()
    finally:
        server.server_close()
        builder.engine.shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)


@contextmanager
def _stopped_as_by_ctrl_c() -> Iterator[None]:
    """A closed terminal (SIGHUP) or a 'kill' (SIGTERM) stops the preview as Ctrl+C
    does: its folder in /tmp is removed, not left behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    before = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def _empty(folder: Path) -> None:
    for item in folder.iterdir() if folder.is_dir() else []:
        shutil.rmtree(item) if item.is_dir() else item.unlink()


class _Frame:
    """Everything around the plan data and the narrative pages: a change here needs a
    full build.

    mkdocs.yml, templates/, the theme's custom_dir and plan.yaml shape the header or
    every page, and whether docs/index.md exists decides which home page there is.
    Goals, actions and partners only shape generated pages; an edit of a narrative
    page changes that page (and, through its title, maybe the menu: then every frame,
    and the page writer writes every page whose HTML changed).
    """

    def __init__(self, plan_dir: Path) -> None:
        self.plan_dir = plan_dir
        self.last: tuple | None = None

    def _fingerprint(self, config) -> tuple:  # type: ignore[no-untyped-def]
        paths = [Path(config.config_file_path), self.plan_dir / "data" / "plan.yaml"]
        folders = [self.plan_dir / "templates"]
        if config.theme.custom_dir:
            folders.append(Path(config.theme.custom_dir))
        for folder in folders:
            if folder.is_dir():
                paths += sorted(folder.rglob("*"))
        home = (Path(config.docs_dir) / "index.md").is_file()
        return (fingerprint(paths), home)

    def unchanged(self, config) -> bool:  # type: ignore[no-untyped-def]
        """True when nothing but plan data changed since the previous call."""
        now = self._fingerprint(config)
        same = now == self.last
        self.last = now
        return same

    def forget(self) -> None:
        self.last = None
