"""Write part of the pages in a second process while MkDocs writes the rest.

MkDocs turns pages into HTML one after another, on one core; with the theme's
navigation, header and footer that is most of a large plan's build. Once every page
has been read (``on_env``), a forked copy of the build writes a share of the
generated pages, and the main process skips them: ``build_site`` starts MkDocs as
a 'dirty' build into an empty folder, in which MkDocs writes only the pages that
report themselves modified. The copy sends back what the main process needs to
finish: the search index entries of its pages and its log messages.

Used only where it is known to be safe: where ``forked.can_fork``, with no plugins
besides search, Planwijzer and macros (another plugin may keep state per page that
would stay in the copy), and for sites large enough to gain from it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import PluginError

from ...shared.forked import MIN_JOBS, Forked, can_fork

# Plugins whose per-page events keep no state a copy could lose (search: the plugin
# puts the copy's entries back into the index).
SAFE_PLUGINS = frozenset({"search", "material/search", "planwijzer", "macros"})


def worth_splitting(plugin_names: Sequence[str], n_pages: int) -> bool:
    return (
        n_pages >= MIN_JOBS
        and can_fork()
        and set(plugin_names) <= SAFE_PLUGINS
        and hasattr(mkdocs_build, "_build_page")
    )


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


class SecondCore:
    """A forked process writing ``pages`` (already read and rendered to HTML)."""

    def __init__(self, pages: list, config, doc_files, nav, env, result_of: Callable) -> None:  # type: ignore[no-untyped-def]
        self.pages = pages
        self._args = (config, doc_files, nav, env)
        self._result_of = result_of
        self._copy = Forked(self._write_in_copy, fallback=self._write_here)

    def _write(self) -> Any:
        for page in self.pages:
            mkdocs_build._build_page(page, *self._args)
        return self._result_of(self.pages)

    def _write_here(self) -> tuple[list, Any, None]:
        return [], self._write(), None  # messages were shown as they came

    def _write_in_copy(self) -> tuple[list, Any, str | None]:
        # The copy's messages go back to the main process, which shows them once
        # and counts its warnings for strict mode.
        collect = _Collect()
        logging.getLogger("mkdocs").handlers = [collect]
        try:
            result = self._write()
        except Exception as exc:  # MkDocs logged it; raised in the main process
            return collect.records, None, f"{type(exc).__name__}: {exc}"
        return collect.records, result, None

    def finish(self) -> Any:
        """Wait for the copy; shows its messages and returns what ``result_of``
        gave for its pages."""
        records, result, error = self._copy.result()
        for name, level, message in records:
            logging.getLogger(name).log(level, message)
        if error is not None:
            raise PluginError(error)
        return result

    def stop(self) -> None:
        self._copy.stop()
