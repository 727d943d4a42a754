"""MkDocs plugin: puts the generated pages into an MkDocs build.

Only glue. It runs the core pipeline on ``on_config``, adds the rendered pages as
generated files on ``on_files`` and watches the plan's data and templates while
serving. Swapping MkDocs for another engine means replacing this file and
``mkdocs_site``, not the core.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files

from .. import pipeline
from ..load import ParseCache
from ..memory import paused_gc
from ..model import Plan
from ..render import MemoryBytecodeCache, Renderer, has_own_templates
from ..reuse import PageMemo
from . import second_core

log = logging.getLogger("mkdocs.plugins.planwijzer")

PACKAGE_DIR = Path(__file__).resolve().parent.parent
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_DIALOG_NAMED = SEARCH_DIALOG[:-1] + ' aria-label="Zoeken">'
THEME_DIR = PACKAGE_DIR / "theme"
ASSETS_DIR = PACKAGE_DIR / "assets"
THEME_TEMPLATES = MemoryBytecodeCache()


class PlanwijzerConfig(Config):
    data_dir = config_options.Type(str, default="data")
    # Where 'Fout gezien? Bewerk de bron' links go, e.g.
    # 'https://github.com/org/plan/blob/main/{bestand}#L{regel}'. Without it, it is
    # derived from repo_url and edit_uri; without those, pages get no such link.
    bron_url = config_options.Optional(config_options.Type(str))


class GeneratedPage(File):
    """A generated page that knows whether its content changed since the last build.

    MkDocs asks ``is_modified`` in a dirty build to skip pages; for a generated
    page the answer comes from its content, not from file times.
    """

    changed = True

    def is_modified(self) -> bool:
        return self.changed


class PlanwijzerPlugin(BasePlugin[PlanwijzerConfig]):
    """Adds the plan's generated pages, theme fixes and assets to the site.

    MkDocs keeps one plugin instance across the rebuilds of ``serve``; the state
    kept between builds is only used for incremental builds (see ``incremental``).
    """

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.plan: Plan | None = None
        self.plan_dir: Path | None = None
        self.bodies: dict[str, str] = {}
        self.search_docs: dict[str, str] = {}
        # Set by the live preview for a build after a change to plan data only:
        # MkDocs then rebuilds only the pages whose content changed (a dirty build).
        self.incremental = False
        # Set by build_site for a full build started as 'dirty' into an empty folder:
        # a second process may then write part of the pages (see second_core).
        self.may_split = False
        # generated page -> (hash of its content, output file) in the last build
        self._built: dict[str, tuple[int, str]] = {}
        self._building: dict[str, tuple[int, str]] = {}
        self._search_entries: dict[str, list] = {}  # page -> its entries in the search index
        self._entries_before = 0
        self._files: Files | None = None
        self._serving = False
        self._parsed: ParseCache | None = None  # while serving: files parsed before
        self._memo: PageMemo | None = None  # rendered entity pages, for the next build
        self._nav = None
        self._second: second_core.SecondCore | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup makes MkDocs keep this instance across serve's rebuilds,
        # which an incremental build needs (it compares with the previous build).
        self.incremental = self.may_split = False
        self._serving = command == "serve"
        self._parsed = ParseCache() if self._serving else None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        plan_dir = Path(config.config_file_path).resolve().parent
        result = pipeline.cached_check(plan_dir, self._parsed)
        if result.plan is None:
            problems = "\n".join(p.format() for p in result.report.errors)
            raise PluginError(
                f"Het plan in {plan_dir} bevat fouten ({result.report.summary()}):\n{problems}"
            )
        self.plan, self.plan_dir = result.plan, plan_dir
        plan = result.plan

        # Links between generated pages are computed for directory URLs.
        config.use_directory_urls = True
        # Generated pages stay out of the navigation by design (see default_nav):
        # MkDocs need not list them on every build.
        config.validation.nav.omitted_files = logging.DEBUG
        # The plan title and period in the header; escaped, as themes print it raw.
        title = (
            plan.title if plan.period_label in plan.title else f"{plan.title} {plan.period_label}"
        )
        config.site_name = _escape(title)
        # Our theme fixes go below a plan's own custom_dir, above Material.
        position = 1 if config.theme.custom_dir else 0
        if str(THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.insert(position, str(THEME_DIR))
        for asset in sorted(ASSETS_DIR.iterdir()):
            url = f"assets/planwijzer/{asset.name}"
            if asset.suffix == ".css" and url not in config.extra_css:
                config.extra_css.append(url)
            elif asset.suffix == ".js" and url not in [str(s) for s in config.extra_javascript]:
                config.extra_javascript.append(url)
        if config.nav is None:
            config.nav = default_nav(plan, Path(config.docs_dir))
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.plan is not None and self.plan_dir is not None
        docs_dir = Path(config.docs_dir)
        from ..diff import version_history

        renderer = Renderer(
            self.plan,
            self.plan_dir,
            home=not (docs_dir / "index.md").exists(),
            source_url=self.config.bron_url or source_url_template(config),
            history=version_history(self.plan_dir, self.plan),
        )
        self.bodies, self.search_docs = {}, {}
        previous, self._built, self._building = self._built, {}, {}
        if self.incremental:
            # Narrative pages may show plan data through macros: always rebuild them.
            for file in files.documentation_pages():
                file.is_modified = _always  # type: ignore[method-assign]
        memo = None
        if self._serving and not has_own_templates(self.plan_dir):
            memo = PageMemo(self._memo if self.incremental else None)
        with paused_gc():  # many long-lived strings, no cycles: see memory
            pages = renderer.pages(memo)
        for page in pages:
            if files.get_file_from_path(page.path) is not None:
                raise PluginError(
                    f"docs/{page.path} bestaat al, maar Planwijzer maakt die pagina zelf aan. "
                    "Verwijder of hernoem het bestand in docs/."
                )
            # MkDocs gets only the front matter to parse; the finished HTML is put in
            # place in on_page_content. Python-Markdown would otherwise re-parse every
            # generated page's HTML with its (slow) HTML parser, for no change.
            file = GeneratedPage.generated(config, page.path, content=page.front_matter)
            digest = hash((page.front_matter, page.body))
            file.changed = not self.incremental or previous.get(page.path, (0,))[0] != digest
            files.append(file)
            self._building[page.path] = (digest, file.dest_uri)
            self.bodies[page.path] = page.body
            if page.search is not None:
                self.search_docs[page.path] = page.search
        for asset in sorted(ASSETS_DIR.iterdir()):
            files.append(
                File.generated(config, f"assets/planwijzer/{asset.name}", abs_src_path=str(asset))
            )
        self._files, self._memo = files, memo
        return files

    def on_nav(self, nav, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        self._nav = nav
        return nav

    def on_env(self, env, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        # MkDocs makes a new theme environment on every build; keep the compiled
        # theme templates between the live preview's rebuilds.
        env.bytecode_cache = THEME_TEMPLATES
        if self.may_split:
            self._start_second_core(env, config, files)
        return env

    def _start_second_core(self, env, config: MkDocsConfig, files: Files) -> None:  # type: ignore[no-untyped-def]
        doc_files = files.documentation_pages()
        generated = [f for f in doc_files if isinstance(f, GeneratedPage)]
        if not second_core.worth_splitting(list(config.plugins), len(generated)):
            return
        # Every other generated page: neighbours cost about the same to write.
        theirs = generated[1::2]
        for file in theirs:
            file.changed = False  # this process skips it (see may_split)
        self._second = second_core.SecondCore(
            [f.page for f in theirs], config, doc_files, self._nav, env, self._entries_of
        )

    def _entries_of(self, pages: list) -> dict[str, list]:
        return {p.file.src_uri: self._search_entries.get(p.file.src_uri, []) for p in pages}

    def on_build_error(self, error: Exception) -> None:
        self.incremental = self.may_split = False
        if self._second is not None:
            self._second.stop()
            self._second = None

    def on_page_content(self, html: str, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
        return self.bodies.get(page.file.src_uri, html)

    def on_post_page(self, output: str, page, config: MkDocsConfig) -> str:  # type: ignore[no-untyped-def]
        # Material's search dialog has role="dialog" but no name (axe: aria-dialog-name).
        return output.replace(SEARCH_DIALOG, SEARCH_DIALOG_NAMED, 1)

    # Material's search plugin indexes page.content in on_page_context (priority 0).
    # Around it, the page shows the search plugin only its short search document
    # and gets its full content back afterwards. The entries it added are kept per
    # page, so an incremental build can write a complete index.
    @event_priority(50)
    def _search_document_in(self, context, page, config, nav):  # type: ignore[no-untyped-def]
        self._entries_before = len(_search_entries(config))
        doc = self.search_docs.get(page.file.src_uri)
        if doc is not None:
            context["_planwijzer_full_content"] = page.content
            page.content = doc
        return context

    @event_priority(-50)
    def _search_document_out(self, context, page, config, nav):  # type: ignore[no-untyped-def]
        if "_planwijzer_full_content" in context:
            page.content = context.pop("_planwijzer_full_content")
        self._search_entries[page.file.src_uri] = _search_entries(config)[self._entries_before :]
        return context

    on_page_context = CombinedEvent(_search_document_in, _search_document_out)

    @event_priority(50)  # before the search plugin writes its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        assert self._files is not None
        pages = [f.src_uri for f in self._files.documentation_pages()]
        split, self._second = self._second, None
        if split is not None:
            self._search_entries.update(split.finish() or {})
        if self.incremental or split is not None:
            # Pages skipped here were indexed in an earlier build or by the second
            # process: put their entries in, in page order.
            entries = _search_entries(config)
            entries[:] = [e for uri in pages for e in self._search_entries.get(uri, [])]
        if self.incremental:
            # Remove the output of pages that no longer exist.
            for gone in set(self._built) - set(self._building):
                (Path(config.site_dir) / self._built[gone][1]).unlink(missing_ok=True)
        self._search_entries = {uri: self._search_entries.get(uri, []) for uri in pages}
        self._built = self._building
        # Both are set again, per build, by the live preview and build_site.
        self.incremental = self.may_split = False

    def supports_incremental(self, config: MkDocsConfig) -> bool:
        """Whether this configuration allows an incremental rebuild at all: only with
        no search or Material's, whose index entries can be kept per page."""
        searching = any(name.split("/")[-1] == "search" for name in config.plugins)
        return not searching or _search_plugin(config) is not None

    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        assert self.plan_dir is not None
        for folder in (self.plan_dir / self.config.data_dir, self.plan_dir / "templates"):
            if folder.is_dir():
                server.watch(str(folder))
        return server


def _always() -> bool:
    return True


def _search_plugin(config: MkDocsConfig):  # type: ignore[no-untyped-def]
    """Material's search plugin, when it is the one in use (it keeps its entries)."""
    for plugin in config.plugins.values():
        entries = getattr(getattr(plugin, "search_index", None), "entries", None)
        if isinstance(entries, list):
            return plugin
    return None


def _search_entries(config: MkDocsConfig) -> list:
    plugin = _search_plugin(config)
    return plugin.search_index.entries if plugin is not None else []


def source_url_template(config: MkDocsConfig) -> str | None:
    """'{repo_url}/blob/{branch}/{bestand}#L{regel}', from repo_url and edit_uri.

    edit_uri names the branch and where docs/ lives in the repository
    ('edit/main/docs/'); the data files live next to docs/.
    """
    if not config.repo_url or not config.edit_uri:
        return None
    match = re.match(r"^(?:edit|blob)/([^/]+)/(.*)$", config.edit_uri.strip("/") + "/")
    if match is None:
        return None
    branch, docs_path = match.groups()
    docs_name = Path(config.docs_dir).name + "/"
    prefix = docs_path[: -len(docs_name)] if docs_path.endswith(docs_name) else docs_path
    return f"{config.repo_url.rstrip('/')}/blob/{branch}/{prefix}{{bestand}}#L{{regel}}"


def default_nav(plan: Plan, docs_dir: Path) -> list:
    """Narrative pages, then the generated indexes: never one entry per action.

    Material embeds the whole navigation in every page, so a nav listing every
    action would make each page grow with the plan.
    """
    narrative = sorted(
        p.relative_to(docs_dir).as_posix() for p in docs_dir.glob("*.md") if p.name != "index.md"
    )
    nav: list = [{"Start": "index.md"}, *narrative]
    nav += [
        {"Doelstellingen": "doelstellingen/index.md"},
        {plan.action_plural: "acties/index.md"},
        {"Overzicht": "overzicht/index.md"},
        {"Tijdlijn": "tijdlijn/index.md"},
        {"Partners": "partners/index.md"},
        {"Gemeenten": "gemeenten/index.md"},
    ]
    return nav


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)
