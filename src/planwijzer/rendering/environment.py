"""The Jinja environment of the page templates: loaders, filters, compiled cache.

Every value from the YAML is autoescaped; Markdown fields go through
``markup.render_markdown``. A plan folder's own ``templates/`` overrides the
package's templates file by file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import (
    BaseLoader,
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    pass_context,
)
from jinja2.bccache import Bucket
from markupsafe import Markup

from ..checking.template_names import other_name
from ..shared import interface
from . import formatting, markup
from .charts import indicator_chart
from .urls import contact_url, safe_url

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


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


# The page being rendered, for its links: not a template variable, so that the
# components' macros need no import 'with context', which made both modules again for
# every page (a sixth of an action page's time).
_page_url: ContextVar[str] = ContextVar("page_url", default="")


@contextmanager
def page_at(url: str) -> Iterator[None]:
    """Links rendered inside point from the page at ``url`` (a directory URL)."""
    token = _page_url.set(url)
    try:
        yield
    finally:
        _page_url.reset(token)


def current_page() -> str:
    """The URL of the page being rendered (see page_at)."""
    return _page_url.get()


def render_now(_key: tuple, macro: Any, *args: Any) -> Any:
    """``kept`` in a template when no fragments are kept (see fragments.py): the
    macro, rendered."""
    return macro(*args)


@pass_context  # unused, but compiled templates (cached on disk by source) pass it
def _url_filter(_context: Any, target: Any) -> str:
    url = target if isinstance(target, str) else target.url
    return relative_url(url, _page_url.get())


@pass_context
def _translated(context: Any, message: str, **variables: Any) -> str:
    """_('...') in a template, as Jinja's newstyle gettext does it (escaped, always
    formatted) in one call instead of three: an action page says fifteen of them."""
    text = interface.gettext(message)
    if context.eval_ctx.autoescape:
        text = Markup(text)
    return text % variables


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept in memory, so the live preview's rebuilds skip
    compiling them again, and on disk (the user's cache folder), so the next build
    does too. Jinja checks each entry against the template's source and the Python
    version; a cache folder that cannot be written is simply not used."""

    def __init__(self, folder: Path | None = None) -> None:
        self._code: dict[str, bytes] = {}
        self._disk: FileSystemBytecodeCache | None = None
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                self._disk = FileSystemBytecodeCache(str(folder))
            except OSError:
                self._disk = None

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)
        elif self._disk is not None:
            try:
                self._disk.load_bytecode(bucket)
            except (OSError, ValueError, EOFError, TypeError):  # a damaged entry: compile
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
        if self._disk is not None:
            try:
                self._disk.dump_bytecode(bucket)
            except OSError:
                self._disk = None


def compiled_cache_folder() -> Path | None:
    """Where compiled templates are kept between builds; PLANWIJZER_CACHE=0: nowhere."""
    if os.environ.get("PLANWIJZER_CACHE") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "planwijzer" / "sjablonen" / _compiler_fingerprint()


def _compiler_fingerprint() -> str:
    """Compiled code depends on more than a template's source: on Jinja and on how
    Planwijzer's filters and extensions are declared (a filter that takes the context is
    called differently). Another Planwijzer or Jinja keeps its compiled templates apart."""
    digest = hashlib.sha256(jinja2.__version__.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_COMPILED = MemoryBytecodeCache(compiled_cache_folder())


class _RenamedLoader(FileSystemLoader):
    """One folder of templates, where a page template may also have its former name
    (a plan's own 'pages/action.md.j2' still overrides 'pages/action.html.j2', and
    its '{% extends "pages/_base.md.j2" %}' still finds the package's base)."""

    def get_source(self, environment: Environment, template: str) -> Any:
        try:
            return super().get_source(environment, template)
        except TemplateNotFound:
            other = other_name(template)
            if other is None:
                raise
            return super().get_source(environment, other)


def make_environment(template_dirs: list[Path]) -> Environment:
    # Folder by folder: the plan's own, under either name, before the package's.
    loaders: list[BaseLoader] = [_RenamedLoader(str(d)) for d in template_dirs]
    env = Environment(
        loader=ChoiceLoader(loaders),
        bytecode_cache=_COMPILED,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # Every interface word through the catalogues of the page's language (newstyle:
    # _('%(n)s acties', n=...) escapes what it fills in); whitespace in {% trans %}
    # is trimmed, so a message reads the same in the template and the catalogue.
    env.install_gettext_callables(  # type: ignore[attr-defined]
        interface.gettext, interface.ngettext, newstyle=True, pgettext=interface.pgettext
    )
    env.policies["ext.i18n.trimmed"] = True
    env.globals["_"] = _translated
    # A word kept by the model and translated where shown (N_): as text, escaped like
    # any value. Never _() on a value: Jinja marks what _() returns as safe HTML, and a
    # value may come from the YAML.
    env.filters["said"] = lambda text: str(interface.gettext(str(text)))
    env.filters["plain"] = plain_text
    env.filters["md"] = markup.render_markdown
    env.filters["md_inline"] = markup.render_inline
    env.filters["url"] = _url_filter
    env.filters["period"] = formatting.period_label
    env.filters["human_date"] = formatting.human_date
    env.filters["number"] = formatting.number
    env.filters["count"] = formatting.count
    env.filters["percent"] = formatting.percent
    env.filters["with_unit"] = formatting.with_unit
    env.filters["file_size"] = formatting.file_size
    env.globals["punctuation"] = formatting.punctuation
    env.globals["kept"] = render_now
    env.filters["chart"] = indicator_chart
    env.filters["contact_href"] = contact_url
    env.filters["safe_url"] = safe_url
    return env


def plain_text(value: Any) -> str:
    """A text as plain ``str``: for an attribute, where a text in another language
    cannot carry its ``lang`` (shared.languages.Foreign marks it everywhere else)."""
    return str.__str__(value) if isinstance(value, str) else str(value)


def template_dirs_for(plan_dir: Path | None) -> list[Path]:
    dirs = []
    if plan_dir is not None and (plan_dir / "templates").is_dir():
        dirs.append(plan_dir / "templates")
    dirs.append(PACKAGE_TEMPLATES)
    return dirs


def has_own_templates(plan_dir: Path | None) -> bool:
    """Whether the plan folder overrides any of the package's templates."""
    return plan_dir is not None and any((plan_dir / "templates").rglob("*.j2"))
