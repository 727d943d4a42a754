"""Stage 4 — render: the model through Jinja templates into page sources.

Independent of MkDocs: the output is a list of ``PageJob``, each rendering one
``RenderedPage`` (an HTML body, its title and description) that ``outputs/site_pages``
puts in the theme's frame and writes. Which pages there are is ``page_list``; the
Jinja set-up is ``environment``.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..loading.located import Source
from ..model import Plan
from ..shared.interface import _, speaking
from .environment import make_environment, page_at, render_now, template_dirs_for
from .page import PageCache, PageJob, RenderedPage
from .page_list import SiteSettings, page_jobs
from .search_documents import meta_description
from .sentences import Sentences


class Renderer:
    """Renders every generated page, and fragments for macros in narrative pages."""

    def __init__(
        self,
        plan: Plan,
        plan_dir: Path | None = None,
        *,
        home: bool = False,
        source_url: str | None = None,
        open_data: list | None = None,
        download: Any = None,
        data_root: str = "",
    ) -> None:
        self.plan = plan
        self.language = plan.language  # every word around the plan's texts, in its language
        self.env = make_environment(template_dirs_for(plan_dir))
        self.env.globals["plan"] = plan
        self.env.globals["say"] = Sentences(plan.action_name, plan.action_plural)
        self.with_home = home
        # e.g. 'https://github.com/org/plan/blob/main/{bestand}#L{regel}'
        self.source_url = source_url
        self.history: list = []  # the plan's versions, when the build has them (set_history)
        # The open-data files beside the site (path, size, format, ...), when written.
        self.open_data = open_data or []
        self.env.globals["open_data"] = bool(self.open_data)
        # Where the open data is, from the site's root of this language: a language
        # below the main one ('fr/') links the main one's files, which hold every language.
        self.env.globals["data_root"] = data_root
        # Filled in place (set_history): the components' module, made once, keeps it.
        self._embeds: dict[str, str] = {}
        self.env.globals["embeds"] = self._embeds
        # The plan's PDF (path, size, label), when the build made one.
        self.download = download
        self.env.globals["download"] = download

    def set_history(self, history: list, embeds: dict[str, str]) -> None:
        """The plan's versions (page Wijzigingen) and, per page URL, the iframe code of
        its card for partners' sites (only with site_url: see outputs/discovery)."""
        self.history = history
        self._embeds.clear()
        self._embeds.update(embeds)

    def render_page(
        self,
        template: str,
        path: str,
        url: str,
        title: str,
        *,
        searchable: bool = True,
        wide: bool = False,
        search_doc: str | None = None,
        source: Source | None = None,
        summary: str | None = None,
        **context: Any,
    ) -> RenderedPage:
        edit = self._edit_link(source)
        with speaking(self.language), page_at(url):
            body = self.env.get_template(template).render(
                page_url=url, page_title=title, edit=edit, **context
            )
            # Overview pages only repeat what the entity pages say; keeping them out of the
            # search index keeps it small and its hits precise. Search engines and link
            # previews show the description; the theme prints it raw in an attribute.
            description = html.escape(meta_description(title, summary, self.plan), quote=True)
        return RenderedPage(path, url, title, body, search_doc, description, searchable, wide)

    def _edit_link(self, source: Source | None) -> tuple[str, str] | None:
        """(url, 'data/acties.yaml, regel 42') for the YAML entry behind a page."""
        if not self.source_url or source is None:
            return None
        url = self.source_url.format(bestand=source.file, regel=source.line)
        with speaking(self.language):
            where = _("%(bestand)s, regel %(regel)s") % {
                "bestand": source.file,
                "regel": source.line,
            }
        return url, where

    def jobs(self, memo: PageCache | None = None) -> list[PageJob]:
        """Every generated page, not yet rendered. With a ``memo`` of the previous
        build, an entity page whose inputs did not change comes from it when rendered."""
        files = [
            *self.open_data,
            *([self.download] if self.download else []),
        ]
        # The live preview's memo keeps a matrix's rows too (fragments.py).
        self.env.globals["kept"] = memo.fragments if memo is not None else render_now
        settings = SiteSettings(self.with_home, self.source_url is not None, self.history, files)
        with speaking(self.language):  # the pages' titles
            jobs = page_jobs(self.plan, settings, self.render_page, memo)
        return [replace(job, language=self.language) for job in jobs]

    def fragment(self, macro: str, page_url: str, *args: Any, **kwargs: Any) -> Markup:
        """One component from partials/components.html.j2, for a narrative page."""
        with speaking(self.language), page_at(page_url):
            module = self.env.get_template("partials/components.html.j2").module  # made once
            return Markup(getattr(module, macro)(*args, **kwargs))
