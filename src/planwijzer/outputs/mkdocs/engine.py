"""MkDocs as Planwijzer's site engine: the theme's frames and the narrative pages.

``MkDocsEngine.open`` loads mkdocs.yml for one language of the site and runs MkDocs'
own steps through its public API and its plugins' events (so mkdocs-macros and
Material's search work as in ``mkdocs build``): the files of docs_dir and the
theme, the generated pages listed beside them (for the menu and the links; MkDocs
never reads or writes them), the navigation, the narrative pages read and rendered.
Planwijzer's builder (``outputs/site``) asks it for frames, pages, static files and
the search index; everything else is the builder's.
"""

from __future__ import annotations

import html
import logging
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import File, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from ...loading.narrative_pages import other_language_page
from ...rendering.environment import MemoryBytecodeCache, compiled_cache_folder
from ...rendering.page import PageJob, front_matter
from ...revisions.source_links import derived_source_url
from ...shared.site_paths import site_root
from ..site.engine import EnginePage, Extras, SiteLanguage
from ..site.languages import language_docs
from ..site_pages import Layout
from .findable import install_head
from .kept import KeptSite
from .languages import install_interface, set_site_languages, speak_in
from .navigation import pages_by_own_title
from .pages import NarrativeRenderer
from .search_index import EntryMemo, own_search_index, write_search_index
from .site_config import add_assets, apply_plan, source_url_template
from .theme_frames import ThemeFrames

CONFIG_FILE = "mkdocs.yml"
DRIVEN = "planwijzer_bouwer"  # config.extra: a configuration the engine loaded
THEME_TEMPLATES = MemoryBytecodeCache(compiled_cache_folder())
_INCLUDED = InclusionLevel.is_included


class ConfigError(ValueError):
    """mkdocs.yml cannot be read (MkDocs logged which setting)."""


class MkDocsEngine:
    """Opens each language's site from the plan folder's mkdocs.yml. ``serve_url``: the
    live preview's address (its pages link there, drafts are shown)."""

    def __init__(
        self,
        plan_dir: Path,
        *,
        strict: bool = True,
        serve_url: str | None = None,
        extra: dict | None = None,
    ) -> None:
        self.config_file = plan_dir / CONFIG_FILE
        self.strict, self.serve_url, self.extra = strict, serve_url, extra or {}
        # per language, the generated pages' search entries, kept for the next build
        self.search_entries: dict[str, EntryMemo] = {}
        self.docs_dir = Path()  # the narrative pages, as the main language's site reads them
        self._site: MkDocsSite | KeptSite | None = None
        self._kept: dict[str, KeptSite] = {}  # the live preview's sites, per language
        self.reuse = False  # the preview after a data edit only: kept sites may serve

    def open(self, language: SiteLanguage) -> MkDocsSite | KeptSite:
        self.close()  # the previous language's, also when its build failed
        kept = self._kept.pop(language.code, None)
        # several languages: their configurations share plugin instances (see kept)
        if self.reuse and kept is not None and kept.renewable(len(language.languages)):
            kept.renew(language)  # the live preview after a data edit: see kept
            self._site = self._kept[language.code] = kept
            return kept
        if kept is not None:
            kept.remove()
        site: MkDocsSite | KeptSite = MkDocsSite(self, language)
        if self.serve_url:  # the live preview: kept for the next build
            site = self._kept[language.code] = KeptSite(site)
        self._site = site
        return site

    def close(self) -> None:
        """What the last site opened holds beyond its build: its log handler, its folder
        (a site kept for the live preview's next build keeps its folder)."""
        if self._site is not None:
            self._site.close()
            self._site = None

    def shutdown(self) -> None:
        """The end of the live preview: every kept site let go."""
        self.close()
        for kept in self._kept.values():
            kept.remove()
        self._kept.clear()


class MkDocsSite:
    """One language of the site, as MkDocs reads it."""

    def __init__(self, engine: MkDocsEngine, language: SiteLanguage) -> None:
        self.language, self.engine = language, engine
        plan, code = language.plan, language.code
        self._docs: Path | None = None  # another language's narrative pages, as docs_dir
        self.fallback: frozenset[str] = frozenset()
        options: dict[str, Any] = {"site_dir": str(language.site_dir), "strict": engine.strict}
        if not language.main:  # after the main language (see outputs/site/build)
            docs = engine.docs_dir
            self._docs = Path(tempfile.mkdtemp(prefix=f"planwijzer-{code}-"))
            self.fallback = frozenset(language_docs(docs, self._docs, code, language.languages))
            options["docs_dir"] = str(self._docs)
        try:
            config = _loaded(engine.config_file, options)
        except ConfigError:
            self.close()
            raise
        self.warnings = CountHandler()  # a strict build fails on any warning, as MkDocs'
        self.warnings.setLevel(logging.WARNING)
        logging.getLogger("mkdocs").addHandler(self.warnings)
        if language.main:
            engine.docs_dir = Path(config.docs_dir)
        if engine.serve_url:
            config.site_url = engine.serve_url + ("" if language.main else f"{code}/")
        elif not language.main:
            config.site_url = (
                f"{site_root(language.main_url)}{code}/" if language.main_url else None
            )
        config.extra.update(engine.extra)
        config.extra[DRIVEN] = True  # the planwijzer plugin's work is the builder's here
        _start(config, "serve" if engine.serve_url else "build")
        planwijzer = config.plugins.get("planwijzer")
        set_site_languages(config, language.languages, code)
        if not language.main and config.nav:
            config.nav = pages_by_own_title(config.nav)
        if not language.main:  # the theme and its search speak this language
            speak_in(config, code)
        apply_plan(config, plan)
        self.config = config.plugins.on_config(config)
        if language.main and language.languages != ("nl",):
            # A plan that names its languages: the theme speaks the main one, whatever
            # mkdocs.yml says (a plan may be French first); its search index, as set.
            speak_in(self.config, code)
        self.config.plugins.on_pre_build(config=self.config)
        self._index = own_search_index(self.config)  # this language's: see write_index
        self.settings = self.config
        bron = planwijzer.config.bron_url if planwijzer is not None else None
        self.source_url = (
            bron or source_url_template(config) or derived_source_url(language.plan_dir)
        )
        self.narrative: Any = None  # a NarrativeRenderer, once laid out
        self._entries = engine.search_entries.setdefault(code, EntryMemo())

    def layout(self, jobs: Sequence[PageJob], extras: Extras) -> Layout:
        config = self.config
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        if self.language.main and len(self.language.languages) > 1:
            for file in list(files.documentation_pages()):  # the others' narrative pages
                if other_language_page(file.src_uri, self.language.languages):
                    files.remove(file)
        generated = _add_generated(files, jobs, config)
        add_assets(files, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)  # the files plugins added, as MkDocs does
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)
        for page in nav.pages:  # a generated page in the menu without a title of its own
            if page.file.src_uri in generated and page.title is None:
                page.title = html.escape(generated[page.file.src_uri], quote=False)
        narrative = [
            f for f in files.documentation_pages(inclusion=_INCLUDED) if f.src_uri not in generated
        ]
        for file in files.documentation_pages(inclusion=_INCLUDED):
            if file.page is None:
                Page(None, file, config)
        self.tell(extras)
        pages = NarrativeRenderer(config, files, nav, self.fallback)
        for file in narrative:
            pages.read(file.page)
        env.bytecode_cache = THEME_TEMPLATES  # MkDocs makes a new one per build: keep them
        env = config.plugins.on_env(env, config=config, files=files)
        install_interface(env, config)
        install_head(env, config, extras.head, html.unescape(str(config.site_name)))
        pages.env, pages.narrative = env, narrative
        self.narrative, self.files = pages, files
        return ThemeFrames(config, files, nav, env, self._entries, extras.head)

    def tell(self, extras: Extras) -> None:
        """The footer's download link; the plan and renderer the macros show."""
        download = extras.download
        self.config.extra["planwijzer_download"] = (
            {"url": download.path, "label": download.label} if download else None
        )
        planwijzer = self.config.plugins.get("planwijzer")
        if planwijzer is not None:  # the macros show what the generated pages show
            planwijzer.plan, planwijzer.renderer = extras.renderer.plan, extras.renderer

    def pages(self) -> list[EnginePage]:
        return self.narrative.render_all()

    @property
    def source_docs(self) -> Path:
        """The narrative pages as written (another language's are copied from there)."""
        return Path(self.config.docs_dir) if self._docs is None else self.engine.docs_dir

    def reopened(self) -> MkDocsSite:
        self.close()
        return MkDocsSite(self.engine, self.language)

    def listen(self) -> None:
        logging.getLogger("mkdocs").addHandler(self.warnings)

    def stop_listening(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self.warnings)

    def static_files(self) -> list[tuple[str, Path | bytes]]:
        static = [
            f for f in self.files if not f.is_documentation_page() and f.inclusion.is_included()
        ]
        return [
            (f.dest_uri, Path(f.abs_src_path) if f.abs_src_path else f.content_bytes)
            for f in static
        ]

    def write_index(self, entries: list) -> None:
        """The search index with these entries; every plugin's last step runs."""
        self._entries.next_build()
        if self._index is not None:
            self._index.entries[:] = entries
        try:
            self.config.plugins.on_post_build(config=self.config)
        finally:
            self.stop_listening()
        # a kept site after another language loaded the shared plugin: see kept
        if self._index is not None and own_search_index(self.config) is not self._index:
            write_search_index(self.config, self._index)
        if self.engine.strict and self.warnings.get_counts():
            counts = ", ".join(f"{n} {level.lower()}" for level, n in self.warnings.get_counts())
            raise Abort(f"MkDocs gaf meldingen ({counts}); een strikte build stopt daarbij.")

    def close(self) -> None:
        if hasattr(self, "warnings"):
            self.stop_listening()
        if self._docs is not None:
            shutil.rmtree(self._docs, ignore_errors=True)
            self._docs = None


def _start(config: Any, command: str) -> None:
    for name, plugin in config.plugins.items():
        # MkDocs keeps one instance of such a plugin per process: the planwijzer
        # plugin's is that of 'mkdocs build' or 'mkdocs serve' when it hands over
        if name != "planwijzer" and hasattr(plugin, "on_startup"):
            plugin.on_startup(command=command, dirty=False)


def _loaded(config_file: Path, options: dict) -> Any:
    from mkdocs.exceptions import MkDocsException

    try:
        return load_config(str(config_file), **options)
    except (MkDocsException, SystemExit):  # MkDocs logged which setting (shown above)
        raise ConfigError(config_file) from None


def _add_generated(files: Any, jobs: Sequence[PageJob], config: Any) -> dict[str, str]:
    """Each generated page as a file MkDocs knows (the menu lists it, a narrative page
    links to it); its title, by source path."""
    docs = Path(config.docs_dir).name  # mkdocs.yml's docs_dir, mostly docs
    titles = {}
    for job in jobs:
        if files.get_file_from_path(job.path) is not None:
            raise PluginError(
                f"{docs}/{job.path} bestaat al, maar Planwijzer maakt die pagina zelf aan. "
                f"Verwijder of hernoem het bestand in {docs}/."
            )
        files.append(File.generated(config, job.path, content=front_matter(job.title)))
        titles[job.path] = job.title
    return titles
