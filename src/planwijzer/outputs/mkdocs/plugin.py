"""The ``planwijzer`` plugin of mkdocs.yml: ``mkdocs build`` and ``mkdocs serve`` hand the
site to Planwijzer's builder.

MkDocs is given no page or file of its own to build (its build writes nothing but
its search plugin's empty index); at the end of its build, Planwijzer's builder
(``outputs/site``) builds the whole site into MkDocs' site folder, with MkDocs as its
engine, as ``planwijzer build`` does. In a configuration that builder loaded itself
(marked ``DRIVEN``) this plugin does nothing: the builder does the work.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from ..site.build import BuildFailed, Builds, run
from .site_config import PlanwijzerConfig


class PlanwijzerPlugin(BasePlugin[PlanwijzerConfig]):
    supports_multiple_instances = False
    serving = False
    # Set by the engine: the plan and renderer of this build, for the macros (see macros)
    plan: Any = None
    renderer: Any = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not _driven(config):
            # Nothing of MkDocs' own: no theme page, no menu entry to look for.
            config.theme.static_templates.clear()
            config.validation.nav.not_found = logging.DEBUG
            config.validation.nav.omitted_files = logging.DEBUG
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        return files if _driven(config) else Files([])

    @event_priority(-100)  # the last step: after the search plugin wrote its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        if _driven(config):
            return
        from .engine import MkDocsEngine

        plan_dir = Path(config.config_file_path).resolve().parent
        url = config.site_url if self.serving else None  # 'mkdocs serve': its own address
        engine = MkDocsEngine(plan_dir, strict=bool(config.strict), serve_url=url)
        try:
            run(plan_dir, Path(config.site_dir), engine, keep=Builds(preview=self.serving))
        except BuildFailed as exc:
            raise PluginError(str(exc)) from None

    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        if _driven(config):
            return server
        plan_dir = Path(config.config_file_path).resolve().parent
        for folder in (plan_dir / self.config.data_dir, plan_dir / "templates"):
            if folder.is_dir():
                server.watch(str(folder))
        return server


def _driven(config: MkDocsConfig) -> bool:
    from .engine import DRIVEN

    return bool(config.extra.get(DRIVEN))
