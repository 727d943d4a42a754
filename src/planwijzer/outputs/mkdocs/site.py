"""Build and serve a plan folder with MkDocs.

A build goes into a fresh staging folder next to the target and replaces the
target only when it succeeded, so a failed build never damages an existing site;
``site_folder`` decides what may be replaced at all.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ...loading.yaml_reader import ParseCache
from ...pipeline import cached_check, fingerprint
from ...shared.languages import LANGUAGE_NAMES
from ...shared.memory import paused_gc
from ...shared.site_paths import site_root
from ..site_folder import UnsafeOutput, check_target, new_staging, swap_into_place
from .downloads import CMS_BACKEND
from .languages import language_docs, merge_sitemaps, put_back, speak_in
from .not_found import join_languages
from .plugin import PlanwijzerPlugin
from .preview_languages import PreviewLanguages
from .preview_server import PreviewServer

CONFIG_FILE = "mkdocs.yml"
BUILD_LOGGER = "mkdocs.commands.build"
log = logging.getLogger("mkdocs.planwijzer")


class BuildFailed(RuntimeError):
    """MkDocs could not build the site; the previous site is untouched."""


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
    try:
        check_target(plan_dir, out)
    except UnsafeOutput as exc:
        raise BuildFailed(str(exc)) from None
    staging = new_staging(out)
    try:
        config = load_config(str(config_file), site_dir=str(staging), strict=strict)
    except (MkDocsException, SystemExit):  # MkDocs logged which setting (shown above)
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(
            f"{CONFIG_FILE} is niet in orde (zie de melding hierboven). Een planmap heeft "
            "ook een map docs/ (of de map die 'docs_dir' noemt) met de verhalende pagina's."
        ) from None
    try:
        check_target(plan_dir, out, Path(config.docs_dir))
        # MkDocs keeps plugin instances per process; tell them this is a plain build.
        config.plugins.on_startup(command="build", dirty=False)
        # Into an empty folder, a 'dirty' build is a full build in which MkDocs skips
        # the pages Planwijzer writes itself (see generated_pages).
        with _without_dirty_warning():
            build(config, dirty=_writes_own_pages(config))
            _other_languages(config, staging, strict)
    except UnsafeOutput as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(str(exc)) from None
    except (MkDocsException, SystemExit) as exc:  # macros exits on a failing macro
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(failure_message(exc)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_into_place(staging, out)


class PreviewBuilder:
    """Builds the live preview into ``site_dir``: full, or incremental when only
    goals, actions or partners changed since the previous build.

    MkDocs' own serve rebuilds the whole site on every change. Here every page is
    still generated, but MkDocs writes only the pages whose content changed. Any
    other change (mkdocs.yml, docs/, templates, theme, plan.yaml) gives a full build.
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
        self.cms_backend = cms_backend  # 'beheer lokaal': where /beheer/ saves (decap-server)
        self.site_dir = site_dir
        self.dev_addr = f"{host}:{port}"
        self.serve_url = f"http://{host}:{port}/"
        self.frame = _Frame(plan_dir)
        self.parsed = ParseCache()  # files parsed before: only an edited one again
        self.last_was_incremental = False
        self.languages = PreviewLanguages(site_dir, lambda: _Frame(plan_dir))

    def config(self):  # type: ignore[no-untyped-def]
        from mkdocs.config import load_config

        config = load_config(
            str(self.config_file), site_dir=str(self.site_dir), dev_addr=self.dev_addr
        )
        config.site_url = self.serve_url
        if self.cms_backend:
            config.extra[CMS_BACKEND] = self.cms_backend
        return config

    def __call__(self, config=None) -> None:  # type: ignore[no-untyped-def]
        from mkdocs.commands.build import build
        from mkdocs.exceptions import MkDocsException

        # The plan's own mistakes first: said in Dutch, the last good site untouched.
        checked = cached_check(self.frame.plan_dir, self.parsed, concepts=True)
        if checked.plan is None:
            # the warnings too: the summary counts them, the page lists them
            problems = "\n".join(p.format() for p in checked.report.sorted())
            raise SystemExit(f"Het plan bevat fouten ({checked.report.summary()}):\n{problems}")
        config = config or self.config()
        plugin = config.plugins.get("planwijzer")
        same_frame = self.frame.unchanged(config)
        incremental = bool(same_frame and plugin and plugin.supports_incremental(config))
        if plugin is not None:
            plugin.incremental = incremental
        started = time.perf_counter()
        dirty = _writes_own_pages(config) or incremental
        if dirty and not incremental:  # a full build starts from an empty folder
            _empty(self.site_dir)
        # The previous build's pages stay alive for reuse; without this, Python's
        # cycle collector walks them again and again while the new build allocates.
        try:
            with paused_gc():
                build(config, serve_url=self.serve_url, dirty=dirty)
                if plugin is not None and plugin.plan and len(plugin.plan.languages) > 1:
                    # every language, each with the switcher (see preview_languages)
                    self.languages.build(config, plugin, self.serve_url, full=not incremental)
        except (MkDocsException, SystemExit) as exc:  # macros exits on a failing macro
            self.frame.forget()  # the site folder may be half written: next time, all of it
            raise SystemExit(f"Niet gebouwd: {failure_message(exc)}") from None
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
    logging.getLogger(BUILD_LOGGER).addFilter(_hide_dirty_warning)
    site_dir = Path(tempfile.mkdtemp(prefix="planwijzer-voorbeeld-"))
    builder = PreviewBuilder(plan_dir, site_dir, host=host, port=port, cms_backend=cms_backend)
    server = PreviewServer(builder, host=host, port=port, root=str(site_dir))
    try:
        server.bind()  # a taken port is said before anything is built
        config = builder.config()
        # dirty=False: Material's search then keeps no index of its own between builds;
        # the Planwijzer plugin puts the entries of skipped pages back itself.
        config.plugins.on_startup(command="serve", dirty=False)
        server.build_now(lambda: builder(config))
        server.watch(config.docs_dir)
        server.watch(str(builder.config_file))
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Gestopt.")
        finally:
            server.shutdown()
        config.plugins.on_shutdown()
    finally:
        server.server_close()
        builder.languages.close()
        shutil.rmtree(site_dir, ignore_errors=True)


def _other_languages(config, staging: Path, strict: bool) -> None:  # type: ignore[no-untyped-def]
    """A plan in several languages: after the main one, each other language is a build
    of its own into ``<site>/<taal>/`` (see languages), then one sitemap for all."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    plugin = config.plugins.get("planwijzer")
    if not isinstance(plugin, PlanwijzerPlugin) or plugin.plan is None:
        return
    languages = plugin.plan.languages
    if len(languages) < 2:
        return
    main_url = config.site_url
    docs_dir = Path(config.docs_dir)
    said = speak_in(config, languages[0])
    try:
        for code in languages[1:]:
            print(f"Site in het {LANGUAGE_NAMES[code]} bouwen ...", file=sys.stderr)
            with tempfile.TemporaryDirectory(prefix=f"planwijzer-{code}-") as docs:
                fallback = language_docs(docs_dir, Path(docs), code, languages)
                own = load_config(
                    config.config_file_path,
                    site_dir=str(staging / code),
                    docs_dir=docs,
                    site_url=f"{site_root(main_url)}{code}/" if main_url else None,
                    strict=strict,
                )
                own.plugins["planwijzer"].language.follow(code, plugin.language, main_url, fallback)
                speak_in(own, code)
                own.plugins.on_startup(command="build", dirty=False)
                build(own, dirty=_writes_own_pages(own))
    finally:
        plugin.language.code = None
        put_back(config, said)
    merge_sitemaps(staging, languages, main_url)
    join_languages(staging, languages, main_url)


def _writes_own_pages(config) -> bool:  # type: ignore[no-untyped-def]
    """Whether the plan uses the Planwijzer plugin; if so, it is told that this build
    is one of its own ('dirty': MkDocs writes no generated page)."""
    plugin = config.plugins.get("planwijzer")
    if isinstance(plugin, PlanwijzerPlugin):
        plugin.own_build = True
        return True
    return False


def _empty(folder: Path) -> None:
    """What MkDocs does before a build that is not 'dirty'."""
    from mkdocs.utils import clean_directory

    clean_directory(str(folder))


def _hide_dirty_warning(record: logging.LogRecord) -> bool:
    # MkDocs warns that a dirty build may leave navigation stale; ours never
    # changes the navigation (see _Frame) or builds into an empty folder, so the
    # warning would only confuse (and fail a strict build).
    return "'dirty' build" not in record.getMessage()


@contextmanager
def _without_dirty_warning() -> Iterator[None]:
    logger = logging.getLogger(BUILD_LOGGER)
    logger.addFilter(_hide_dirty_warning)
    try:
        yield
    finally:
        logger.removeFilter(_hide_dirty_warning)


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
