"""The pages MkDocs renders itself: the narrative pages of docs_dir and the theme's own
templates (404.html, sitemap.xml), through MkDocs' public API and its plugins' events
in the order ``mkdocs build`` runs them, so mkdocs-macros and the search plugin see
what they always see. They are returned, not written: the builder writes them."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import jinja2
from mkdocs.commands.build import get_context
from mkdocs.utils import get_relative_url, normalize_url

from ...shared.languages import foreign_note
from ..site.engine import EnginePage
from ..site.not_found import MARK, PAGE
from .navigation import SectionMarker
from .search_index import index_entries
from .theme_fixes import fix_theme_markup


class NarrativeRenderer:
    """The narrative pages of one language's site: read once the files and menu are
    known, rendered once the theme's environment is."""

    def __init__(self, config: Any, files: Any, nav: Any, fallback: frozenset[str]) -> None:
        self.config, self.files, self.nav = config, files, nav
        self.fallback = fallback  # shown in the main language: no translation
        self.env: Any = None
        self.narrative: list = []
        self._section = SectionMarker()

    def read(self, page: Any, before: str | None = None) -> bool:
        """Its Markdown read and rendered, with every plugin's say (macros first); not
        rendered when the macros gave ``before`` (the live preview's previous build:
        the page is as it was). Whether it was rendered."""
        config, files = self.config, self.files
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(
            page.markdown, page=page, config=config, files=files
        )
        if before is not None and page.markdown == before:
            return False
        page.render(config, files)
        content = config.plugins.on_page_content(
            page.content, page=page, config=config, files=files
        )
        if page.file.src_uri in self.fallback:
            main = self._main_language()
            note = foreign_note(main)
            content = f'<div class="pw-foreign">{note}<div lang="{main}">{content}</div></div>'
        page.content = content
        return True

    def _main_language(self) -> str:
        return self.config.extra["planwijzer_talen"]["languages"][0]

    def render_some(self, paths: set[str]) -> list[EnginePage]:
        """Only these narrative pages (read again: see kept)."""
        doc_pages = self.files.documentation_pages(inclusion=lambda level: level.is_included())
        return [self._page(f.page, doc_pages) for f in self.narrative if f.src_uri in paths]

    def render_all(self) -> list[EnginePage]:
        pages = self._templates()
        doc_pages = self.files.documentation_pages(inclusion=lambda level: level.is_included())
        pages += [self._page(file.page, doc_pages) for file in self.narrative]
        return pages

    def _page(self, page: Any, doc_pages: Any) -> EnginePage:
        """As MkDocs builds a page: the page marked current in the menu (and its section,
        for a page outside the menu) while its template renders."""
        config, nav = self.config, self.nav
        page.active = True
        self._section.mark(page, nav)
        try:
            context = get_context(nav, doc_pages, config, page)
            template = self.env.get_template(page.meta.get("template", "main.html"))
            search = index_entries(config)
            before = len(search)
            context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
            entries = search[before:]
            output = template.render(context)
            output = config.plugins.on_post_page(output, page=page, config=config)
        finally:
            self._section.unmark()
            page.active = False
        source = page.file.content_string
        return EnginePage(
            page.file.src_uri, page.file.dest_uri, fix_theme_markup(output), entries, source
        )

    def _templates(self) -> list[EnginePage]:
        """The theme's own pages and mkdocs.yml's extra templates."""
        made = []
        for name in sorted(self.config.theme.static_templates):
            try:
                template = self.env.get_template(name)
            except jinja2.TemplateNotFound:
                continue
            made.append((name, template))
        for name in self.config.extra_templates:
            file = self.files.get_file_from_path(name)
            if file is not None:
                made.append((name, jinja2.Template(file.content_string)))
        pages = []
        for name, template in made:
            output = self._template(name, template)
            if output.strip():
                pages.append(EnginePage("", name, output, []))
        return pages

    def _template(self, name: str, template: Any) -> str:
        config = self.config
        template = config.plugins.on_pre_template(template, template_name=name, config=config)
        error_page = name == PAGE
        base_url = (
            urlsplit(config.site_url or "/").path if error_page else get_relative_url(".", name)
        )
        context = get_context(self.nav, self.files, config, base_url=base_url)
        context = config.plugins.on_template_context(context, template_name=name, config=config)
        if error_page:
            # 404.html has its addresses from a marker, not from the root MkDocs
            # assumes (site_url's path, or '/'): see outputs/site/not_found
            context["base_url"] = MARK
            context["extra_css"] = [normalize_url(p, None, MARK) for p in config.extra_css]
            context["extra_javascript"] = [
                normalize_url(str(p), None, MARK) for p in config.extra_javascript
            ]
        output = template.render(context)
        output = config.plugins.on_post_template(output, template_name=name, config=config)
        return fix_theme_markup(output) if error_page else output
