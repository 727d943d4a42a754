"""Stage 4 — render: the model through Jinja templates into page sources.

Independent of MkDocs: the output is a list of Markdown files (YAML front matter
plus an HTML body) that any static-site engine reading Markdown can build. A plan
folder's own ``templates/`` overrides the package's templates file by file.

Every value from the YAML is autoescaped; Markdown fields go through
``markup.render_markdown``. Generated pages carry ``render_macros: false`` so that
mkdocs-macros never evaluates text from the YAML as a template.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
)
from jinja2.bccache import Bucket
from markupsafe import Markup

from . import markup, search
from .forked import run_jobs
from .model import Plan
from .periods import Period, human_date
from .validate import Source

if TYPE_CHECKING:
    from .reuse import PageMemo

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class RenderedPage:
    path: str  # source path below docs/, e.g. 'acties/de-stek.md'
    url: str  # directory URL, e.g. 'acties/de-stek/'
    title: str
    front_matter: str
    body: str  # HTML
    search: str | None = None  # a short HTML document for the search index (search.py)

    @property
    def content(self) -> str:
        """The page as a Markdown file: front matter and one raw-HTML block."""
        return self.front_matter + self.body


def relative_url(target: str, page_url: str) -> str:
    """A link from the page at ``page_url`` to ``target`` (both directory URLs).

    Up to the site root and down again: not always the shortest form, but correct
    for every pair of pages, and cheap (it runs for every link of every page).
    """
    depth = page_url.count("/")
    prefix = "../" * depth
    if not target or target.startswith("#"):
        return (prefix or "./") + target
    return prefix + target


@pass_context
def _url_filter(context: Any, target: Any) -> str:
    url = target if isinstance(target, str) else target.url
    return relative_url(url, context["page_url"])


def _period_label(period: Period | None) -> str:
    return period.label() if period else ""


def _contact_href(contact: str) -> str:
    """A mailto: or tel: link for an e-mail address or a phone number, else the text."""
    if "@" in contact:
        return f"mailto:{contact.strip()}"
    digits = "".join(ch for ch in contact if ch.isdigit() or ch == "+")
    return f"tel:{digits}" if len(digits) >= 6 else contact


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory, so the live preview's rebuilds skip
    compiling them again. Jinja checks each entry against the template's source."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = MemoryBytecodeCache()


def make_environment(template_dirs: list[Path]) -> Environment:
    env = Environment(
        loader=FileSystemLoader([str(d) for d in template_dirs]),
        bytecode_cache=_COMPILED,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markup.render_markdown
    env.filters["md_inline"] = markup.render_inline
    env.filters["url"] = _url_filter
    env.filters["period"] = _period_label
    env.filters["human_date"] = human_date
    env.filters["contact_href"] = _contact_href
    return env


def template_dirs_for(plan_dir: Path | None) -> list[Path]:
    dirs = []
    if plan_dir is not None and (plan_dir / "templates").is_dir():
        dirs.append(plan_dir / "templates")
    dirs.append(PACKAGE_TEMPLATES)
    return dirs


def has_own_templates(plan_dir: Path | None) -> bool:
    """Whether the plan folder overrides any of the package's templates."""
    return plan_dir is not None and any((plan_dir / "templates").rglob("*.j2"))


def front_matter(title: str, **extra: Any) -> str:
    # Themes print the title unescaped (Material does): escape it here. JSON strings
    # are valid YAML, so nothing in a title can break out of the front matter.
    lines = ["---", f"title: {json.dumps(html.escape(title, quote=False), ensure_ascii=False)}"]
    lines.append("render_macros: false")
    for key, value in extra.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


class Renderer:
    """Renders every generated page, and fragments for macros in narrative pages."""

    def __init__(
        self,
        plan: Plan,
        plan_dir: Path | None = None,
        *,
        home: bool = False,
        source_url: str | None = None,
        history: list | None = None,
    ) -> None:
        self.plan = plan
        self.env = make_environment(template_dirs_for(plan_dir))
        self.env.globals["plan"] = plan
        self.with_home = home
        # e.g. 'https://github.com/org/plan/blob/main/{bestand}#L{regel}'
        self.source_url = source_url
        self.history = history or []

    def _page(
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
        **context: Any,
    ) -> RenderedPage:
        edit = self._edit_link(source)
        body = self.env.get_template(template).render(
            page_url=url, page_title=title, edit=edit, **context
        )
        # Overview pages only repeat what the entity pages say; keeping them out of the
        # search index keeps it small and its hits precise.
        extra: dict[str, Any] = {} if searchable else {"search": {"exclude": True}}
        if wide:  # a wide table gets the table-of-contents column too
            extra["hide"] = ["toc"]
        return RenderedPage(path, url, title, front_matter(title, **extra), body, search_doc)

    def _edit_link(self, source: Source | None) -> tuple[str, str] | None:
        """(url, 'data/acties.yaml, regel 42') for the YAML entry behind a page."""
        if not self.source_url or source is None:
            return None
        url = self.source_url.format(bestand=source.file, regel=source.line)
        return url, f"{source.file}, regel {source.line}"

    def _overview(self, template: str, url: str, title: str) -> Callable[[], RenderedPage]:
        return partial(self._page, template, f"{url}index.md", url, title, searchable=False)

    def pages(self, memo: PageMemo | None = None) -> list[RenderedPage]:
        """Every generated page. With a ``memo`` of the previous build, entity pages
        whose inputs did not change are taken from it instead of rendered again;
        without one, a large site is rendered on two cores where there are two."""
        jobs = self._jobs(memo)
        if memo is not None:  # the memo fills up as pages render: all of them here
            return [job() for job in jobs]
        return run_jobs(jobs)

    def _jobs(self, memo: PageMemo | None) -> list[Callable[[], RenderedPage]]:
        """One function per generated page, which renders it."""
        plan = self.plan

        def page(*args: Any, **kw: Any) -> Callable[[], RenderedPage]:
            return partial(self._page, *args, **kw)

        def entity_page(entity, template, path, *args, search_doc_for=None, **kw):  # type: ignore[no-untyped-def]
            def render() -> RenderedPage:
                doc = search_doc_for(entity) if search_doc_for else None
                return self._page(template, path, *args, search_doc=doc, **kw)

            if memo is None:
                return render
            return partial(memo.page, plan, entity, path, render, lines=self.source_url is not None)

        pages: list[Callable[[], RenderedPage]] = []
        if self.with_home:
            pages.append(page("pages/home.md.j2", "index.md", "", plan.title))
        goals_title = plan.levels[0].plural if len(plan.levels) == 1 else "Doelstellingen"
        pages.append(self._overview("pages/goals_index.md.j2", "doelstellingen/", goals_title))
        pages += [
            entity_page(
                g,
                "pages/goal.md.j2",
                f"doelstellingen/{g.id}.md",
                g.url,
                f"{g.level.name} {g.label}",
                search_doc_for=search.for_goal,
                source=g.source,
                goal=g,
            )
            for g in plan.all_goals()
        ]
        pages.append(self._overview("pages/actions_index.md.j2", "acties/", plan.action_plural))
        pages += [
            entity_page(
                a,
                "pages/action.md.j2",
                f"acties/{a.id}.md",
                a.url,
                a.label,
                search_doc_for=search.for_action,
                source=a.source,
                action=a,
            )
            for a in plan.actions
        ]
        pages.append(self._overview("pages/partners_index.md.j2", "partners/", "Partners"))
        pages += [
            entity_page(
                p,
                "pages/partner.md.j2",
                f"partners/{p.id}.md",
                p.url,
                p.name,
                search_doc_for=search.for_partner,
                source=p.source,
                partner=p,
                roles=plan.partner_roles(p),
            )
            for p in plan.partners
        ]
        pages.append(self._overview("pages/municipalities_index.md.j2", "gemeenten/", "Gemeenten"))
        pages += [
            entity_page(
                m,
                "pages/municipality.md.j2",
                f"gemeenten/{m.slug}.md",
                m.url,
                m.name,
                search_doc_for=search.for_municipality,
                municipality=m,
            )
            for m in plan.municipalities
        ]
        pages.append(self._overview("pages/timeline.md.j2", "tijdlijn/", "Tijdlijn"))
        pages.append(
            page(
                "pages/changes.md.j2",
                "wijzigingen/index.md",
                "wijzigingen/",
                "Wijzigingen",
                source=plan.source,
                history=self.history,
            )
        )
        pages.append(
            page(
                "pages/accessibility.md.j2",
                "toegankelijkheidsverklaring.md",
                "toegankelijkheidsverklaring/",
                "Toegankelijkheidsverklaring",
                searchable=False,
            )
        )
        if len(plan.matrices) > 1:
            pages.append(
                page(
                    "pages/matrices_index.md.j2",
                    "overzicht/index.md",
                    "overzicht/",
                    "Overzicht",
                    searchable=False,
                    matrices=plan.matrices,
                    whole=None,
                )
            )
        for matrix in plan.matrices:
            if matrix.parts:
                pages.append(
                    page(
                        "pages/matrices_index.md.j2",
                        f"{matrix.url}index.md",
                        matrix.url,
                        matrix.title,
                        searchable=False,
                        matrices=matrix.parts,
                        whole=matrix,
                    )
                )
            for shown in matrix.parts or [matrix]:
                pages.append(
                    page(
                        "pages/matrix.md.j2",
                        f"{shown.url}index.md",
                        shown.url,
                        shown.title,
                        searchable=False,
                        wide=True,
                        matrix=shown,
                    )
                )
        return pages

    def fragment(self, macro: str, page_url: str, *args: Any, **kwargs: Any) -> Markup:
        """One component from partials/components.html.j2, for a narrative page."""
        module = self.env.get_template("partials/components.html.j2").make_module(
            {"page_url": page_url}
        )
        return Markup(getattr(module, macro)(*args, **kwargs))
