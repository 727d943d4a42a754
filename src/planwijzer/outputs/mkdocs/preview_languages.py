"""The live preview in every language of the plan, each with its switcher.

After the main language, each other language is a build of its own into
``<site>/<taal>/``, as ``build_site`` does, but kept between rebuilds: its narrative
pages in a folder of its own (rewritten with the files' own times, so MkDocs
rebuilds only a changed page), and plugins of its own. MkDocs keeps one instance of
a plugin per process for every configuration it loads; a language sharing the main
build's would compare its pages with the other language's previous build. So each
language keeps its own instances (``_own_plugins``), and rebuilds incrementally
like the main language: only the pages a change touches are written.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .languages import language_docs, merge_sitemaps, speak_in
from .not_found import join_languages


class PreviewLanguages:
    def __init__(self, site_dir: Path, new_frame: Callable[[], Any]) -> None:
        self.site_dir = site_dir
        self.new_frame = new_frame  # what decides that a rebuild may be incremental
        self._docs: dict[str, Path] = {}
        self._plugins: dict[str, dict] = {}
        self._frames: dict[str, Any] = {}
        self.incremental: dict[str, bool] = {}  # per language: the last build's kind

    def build(self, config: Any, plugin: Any, serve_url: str, *, full: bool) -> None:
        """Every language but the main one, after the main build (``config``, ``plugin``);
        ``full`` when that build emptied the site (and these folders with it)."""
        from mkdocs.commands.build import build

        languages = plugin.plan.languages
        if full:
            self._frames.clear()
        for code in languages[1:]:
            own = self._config(code, config, serve_url)
            mine = own.plugins["planwijzer"]
            fallback = self._narrative_pages(code, config, languages)
            mine.language.follow(code, plugin.language, config.site_url, fallback)
            frame = self._frames.setdefault(code, self.new_frame())
            incremental = bool(frame.unchanged(own) and mine.supports_incremental(own))
            mine.incremental, mine.own_build = incremental, True
            folder = self.site_dir / code
            if not incremental and folder.is_dir():
                shutil.rmtree(folder)  # a full build starts from an empty folder
            speak_in(own, code)
            try:
                build(own, serve_url=f"{serve_url}{code}/", dirty=True)
            except BaseException:
                frame.forget()
                raise
            self.incremental[code] = incremental
        merge_sitemaps(self.site_dir, languages, config.site_url)
        join_languages(self.site_dir, languages, None)

    def _config(self, code: str, config: Any, serve_url: str) -> Any:
        from mkdocs.config import load_config

        with _own_plugins(self._plugins.setdefault(code, {})) as first:
            own = load_config(
                config.config_file_path,
                site_dir=str(self.site_dir / code),
                docs_dir=str(self._docs_dir(code)),
                dev_addr=urlsplit(serve_url).netloc,
            )
        own.site_url = f"{serve_url}{code}/"
        if first:
            own.plugins.on_startup(command="serve", dirty=False)
        return own

    def _docs_dir(self, code: str) -> Path:
        if code not in self._docs:
            self._docs[code] = Path(tempfile.mkdtemp(prefix=f"planwijzer-voorbeeld-{code}-"))
        return self._docs[code]

    def _narrative_pages(self, code: str, config: Any, languages: tuple[str, ...]) -> set[str]:
        docs = self._docs_dir(code)
        for item in docs.iterdir():  # a removed page goes; the rest comes back unchanged
            shutil.rmtree(item) if item.is_dir() else item.unlink()
        return language_docs(Path(config.docs_dir), docs, code, languages)

    def close(self) -> None:
        for folder in self._docs.values():
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _own_plugins(kept: dict) -> Iterator[bool]:
    """MkDocs' process-wide plugin instances, swapped for ``kept`` while a language's
    configuration is loaded; yields whether they are new."""
    from mkdocs.config.defaults import MkDocsConfig

    cache = dict(MkDocsConfig._schema)["plugins"].plugin_cache
    others = dict(cache)
    cache.clear()
    cache.update(kept)
    try:
        yield not kept
    finally:
        kept.clear()
        kept.update(cache)
        cache.clear()
        cache.update(others)
