"""MkDocs plugin: MkDocs builds the narrative pages, Planwijzer writes its own.

Only glue. It runs the core pipeline on ``on_config``; on ``on_files`` it lists the
generated pages as files (for the menu and links; MkDocs skips them, see
``generated_pages``); after MkDocs has written the narrative pages, ``on_post_build``
writes the generated pages into frames made from the theme (``theme_frames``, the
engine side of ``site_pages.Layout``) and joins their search entries to the theme's
index. Another engine replaces this package, not the core.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files

from ... import pipeline
from ...loading.yaml_reader import ParseCache
from ...model import Plan
from ...rendering.environment import (
    MemoryBytecodeCache,
    compiled_cache_folder,
    has_own_templates,
)
from ...rendering.page_memo import PageMemo
from ...rendering.renderer import Renderer
from ...revisions.source_links import derived_source_url
from ...shared.memory import settle
from ..site_pages import PageWriter
from .downloads import beside_the_site
from .findable import FindableBuild
from .generated_pages import GeneratedPage, OtherFiles, add_generated_pages, name_menu_entries
from .languages import LanguageBuild, install_interface
from .navigation import SectionMarker
from .not_found import marked_root, write_page
from .search_index import SearchIndexKeeper, keeps_entries_per_page
from .site_config import (
    PlanwijzerConfig,
    add_assets,
    add_generated_files,
    apply_plan,
    source_url_template,
)
from .theme_fixes import fix_theme_markup
from .theme_frames import ThemeFrames

log = logging.getLogger("mkdocs.plugins.planwijzer")

THEME_TEMPLATES = MemoryBytecodeCache(compiled_cache_folder())
# The copy's share of the generated pages: this process builds the narrative pages
# meanwhile (measured with scripts/bench.py at 1,000 actions).
COPY_SHARE = 0.6


def _without_macros(plugin, markdown: str, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
    # Text from the YAML is never a template, whatever the front matter says.
    if isinstance(page.file, GeneratedPage):
        page.meta["render_macros"] = False
    return markdown


class PlanwijzerPlugin(BasePlugin[PlanwijzerConfig]):
    """Adds the plan's generated pages, theme fixes and assets to the site.

    MkDocs keeps one plugin instance across the rebuilds of ``serve``; the state
    kept between builds is only used for incremental builds (see ``incremental``).
    """

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.plan: Plan | None = None
        self.renderer: Renderer | None = None
        self.plan_dir: Path | None = None
        self.writer = PageWriter()
        self.other_files = OtherFiles()
        self.search = SearchIndexKeeper()
        # Per build: incremental after a change to data or docs/ only (the live preview);
        # own_build when MkDocs writes no generated page (build_site, the preview).
        self.incremental = self.own_build = False
        self._files: Files | None = None
        self._jobs: list = []
        self._serving = False
        self._parsed: ParseCache | None = None  # while serving: files parsed before
        self._memo: PageMemo | None = None  # rendered entity pages, for the next build
        self._nav = self._env = None
        self._section = SectionMarker()
        self.language = LanguageBuild()  # build_site sets another for its second builds
        self.findable = FindableBuild()  # feed, catalogue, cards: with site_url only

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup makes MkDocs keep this instance across serve's rebuilds,
        # which an incremental build needs (it compares with the previous build).
        self.incremental = self.own_build = False
        self._serving = command == "serve"
        self._parsed = ParseCache() if self._serving else None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        plan_dir = Path(config.config_file_path).resolve().parent
        plan = _checked(plan_dir, self._parsed, self._serving, self.language.code)
        self.plan, self.plan_dir = plan, plan_dir
        self.language.begin(config, plan)  # its language from here
        self.search.compounds = plan.language == "nl"  # Dutch compounds, in Dutch only
        apply_plan(config, self.plan)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.plan is not None and self.plan_dir is not None
        # Made before the pages: the pages give their sizes (see downloads).
        data = self.language.data()
        made = beside_the_site(config, self.plan, self.plan_dir, serving=self._serving, data=data)
        self.language.files(files)
        renderer = _renderer(
            self.config.bron_url, config, self.plan, self.plan_dir, made, self.language.data_root
        )
        self.findable.begin(config, self, made, renderer)  # the history: page Wijzigingen too
        self.renderer = renderer  # narrative pages' macros show the same downloads
        keep = self._serving and not has_own_templates(self.plan_dir)
        memo = PageMemo(self._memo if self.incremental else None) if keep else None
        self._jobs = renderer.jobs(memo)
        add_generated_pages(self._jobs, files, config)
        add_assets(files, config)
        contents = self.language.written(made) + self.findable.files(Path(config.docs_dir))
        add_generated_files(files, config, contents)
        self.other_files.mark(files, Path(config.docs_dir), contents, self.incremental)
        self._files, self._memo = files, memo
        return files

    def on_nav(self, nav, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        name_menu_entries(nav)
        self._nav = nav
        return nav

    def on_env(self, env, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        env.bytecode_cache = THEME_TEMPLATES  # MkDocs makes a new one per build: keep them
        install_interface(env, config)
        self.findable.install(env, config)
        if self.own_build:
            # Every page is read and the menu is known: the generated pages can be
            # framed now, and a copy writes most of them while MkDocs builds the
            # narrative pages (which it does not write over: see generated_pages).
            self._start_writing(config, env, COPY_SHARE)
        self._env = env
        return env

    def _start_writing(self, config: MkDocsConfig, env, share: float) -> None:  # type: ignore[no-untyped-def]
        assert self._files is not None
        settle()  # the model, MkDocs' files and menu: kept until the build ends
        frames = ThemeFrames(config, self._files, self._nav, env, self.search.made_entries)
        # The memo fills up as pages render: then all of them in this process.
        split = False if self._memo is not None else None
        jobs, self._jobs, site = self._jobs, [], Path(config.site_dir)
        self.writer.start(
            jobs, frames, site, incremental=self.incremental, split=split, their_share=share
        )

    def on_build_error(self, error: Exception) -> None:
        self.incremental = self.own_build = False
        self.writer.stop()
        self.language.end()

    # Before mkdocs-macros reads the page's meta.
    on_page_markdown = event_priority(100)(_without_macros)

    def on_page_content(self, html: str, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
        return self.language.page_content(html, page)

    def on_post_page(self, output: str, page, config: MkDocsConfig) -> str:  # type: ignore[no-untyped-def]
        self._section.unmark()
        return fix_theme_markup(output)

    # Material's search plugin indexes the page in on_page_context (priority 0):
    # around it, the entries it adds are kept per page (see search_index).
    @event_priority(50)
    def _entries_before(self, context, page, config, nav):  # type: ignore[no-untyped-def]
        self.search.before_indexing(config)
        return context

    @event_priority(-50)
    def _entries_after(self, context, page, config, nav):  # type: ignore[no-untyped-def]
        self.search.after_indexing(page, config)
        self._section.mark(page, nav)  # the menu's section, for the theme's template
        return context

    on_page_context = CombinedEvent(_entries_before, _entries_after)
    on_template_context = staticmethod(marked_root)  # 404.html: see not_found

    @event_priority(50)  # before the search plugin writes its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        assert self._files is not None
        site_dir = Path(config.site_dir)
        if not self.own_build:  # a plain 'mkdocs build' wrote bare pages: now over them
            self._start_writing(config, self._env, 0.5)
        # The collector stays on: rendering a page leaves cycles (Jinja's contexts),
        # and a page is let go once written, so memory follows the largest page.
        written = self.writer.finish()
        self.other_files.finish(site_dir, incremental=self.incremental)
        write_page(site_dir, self.plan, self.language.site_url(config))  # 404.html
        self.findable.finish(site_dir)
        self.search.add_generated(written, self._files)
        self.search.complete(config, [f.src_uri for f in self._files.documentation_pages()])
        self.incremental = self.own_build = False  # set again per build
        self.language.end()

    def supports_incremental(self, config: MkDocsConfig) -> bool:
        """Whether this configuration allows an incremental rebuild at all: only with
        no search or Material's, whose index entries can be kept per page."""
        return keeps_entries_per_page(config)

    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        return _watching_the_plan(server, config, self.config.data_dir)


def _watching_the_plan(server, config: MkDocsConfig, data_dir: str):  # type: ignore[no-untyped-def]
    plan_dir = Path(config.config_file_path).resolve().parent  # the first build may fail
    for folder in (plan_dir / data_dir, plan_dir / "templates"):
        if folder.is_dir():
            server.watch(str(folder))
    return server


def _checked(
    plan_dir: Path, parsed: ParseCache | None, serving: bool, language: str | None
) -> Plan:
    # The live preview shows concepts (marked); a build leaves them out.
    result = pipeline.cached_check(plan_dir, parsed, concepts=serving, language=language)
    if result.plan is None:
        problems = "\n".join(p.format() for p in result.report.errors)
        raise PluginError(
            f"Het plan in {plan_dir} bevat fouten ({result.report.summary()}):\n{problems}"
        )
    return result.plan


def _renderer(
    bron_url, config: MkDocsConfig, plan: Plan, plan_dir: Path, made, data_root: str
) -> Renderer:  # type: ignore[no-untyped-def]
    return Renderer(
        plan,
        plan_dir,
        home=not (Path(config.docs_dir) / "index.md").exists(),
        source_url=bron_url or source_url_template(config) or derived_source_url(plan_dir),
        open_data=made.listed,
        download=made.download,
        data_root=data_root,
    )
