"""mkdocs.yml read as plain data, without MkDocs: the one reader of the site's settings
for everything that is not the MkDocs adapter (check, pdf, the narrative pages' folder).

MkDocs' own tags are tolerated: ``!ENV`` is resolved as MkDocs resolves it,
``!!python/name:x`` and ``!relative`` are kept as marked text (only an engine would
import or place them), any other tag reads as nothing. ``INHERIT`` is followed.
The answers have MkDocs' normalised form where MkDocs normalises (the Markdown
extensions with its three built-in ones first, their configurations apart; site_url
ending in '/'), so that the adapter and the engine-free code agree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..shared.problems import Report
from .syntax_messages import syntax_problem

CONFIG = "mkdocs.yml"
DEFAULT_DOCS_DIR = "docs"
# MkDocs puts these before the configured extensions, whatever mkdocs.yml says.
BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")
PLUGIN = "planwijzer"
DEFAULT_DATA_DIR = "data"  # outputs/mkdocs/site_config.PlanwijzerConfig's defaults
_PYTHON_NAME = "tag:yaml.org,2002:python/name:"


class PythonName(str):
    """``!!python/name:pakket.naam``: the name of something MkDocs would import."""


class Relative(str):
    """``!relative`` (with its argument, e.g. '$config_dir'): a path MkDocs places."""


class SiteFileError(Exception):
    """mkdocs.yml cannot be used: where, why and what to do, in Dutch."""

    def __init__(self, file: str, line: int, message: str, hint: str) -> None:
        super().__init__(f"{file}:{line}: {message} {hint}".strip())
        self.file, self.line, self.message, self.hint = file, line, message, hint

    def report_into(self, report: Report) -> None:
        report.error(self.file, self.line, 1, self.message, self.hint)


class _Loader(yaml.SafeLoader):
    """YAML as MkDocs reads mkdocs.yml, minus what would run code."""


def _env(loader: _Loader, node: yaml.Node) -> Any:
    """``!ENV NAAM`` or ``!ENV [NAAM, ANDERE, standaard]``, as MkDocs (yaml_env_tag)."""
    default = None
    if isinstance(node, yaml.ScalarNode):
        names = [loader.construct_scalar(node)]
    elif isinstance(node, yaml.SequenceNode) and node.value:
        children = node.value
        if len(children) > 1:
            default = loader.construct_object(children[-1])
            children = children[:-1]
        names = [loader.construct_scalar(child) for child in children]
    else:
        return None
    for name in names:
        if name in os.environ:
            value = os.environ[name]
            tag = loader.resolve(yaml.ScalarNode, value, (True, False))
            return loader.construct_object(yaml.ScalarNode(tag, value))
    return default


def _relative(loader: _Loader, node: yaml.Node) -> Relative:
    value = loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else ""
    return Relative(value or "")


_Loader.add_constructor("!ENV", _env)
_Loader.add_constructor("!relative", _relative)
_Loader.add_multi_constructor(_PYTHON_NAME, lambda loader, suffix, node: PythonName(suffix))
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class SiteFile:
    """What mkdocs.yml says, with MkDocs' defaults where it says nothing."""

    plan_dir: Path
    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # top-level key → its line
    exists: bool = False

    def line(self, key: str) -> int:
        return self.lines.get(key, 1)

    def _text(self, key: str) -> str | None:
        value = self.data.get(key)
        return value.strip() or None if isinstance(value, str) else None

    @property
    def docs_dir_setting(self) -> str:
        """docs_dir as written ('docs' when mkdocs.yml names none)."""
        return self._text("docs_dir") or DEFAULT_DOCS_DIR

    @property
    def docs_dir(self) -> Path:
        """The narrative pages' folder, absolute (relative to mkdocs.yml's folder)."""
        return (self.plan_dir / self.docs_dir_setting).absolute()

    @property
    def site_name(self) -> str | None:
        return self._text("site_name")

    @property
    def site_url(self) -> str | None:
        """The site's address, ending in '/' as MkDocs makes it; None without one."""
        url = self._text("site_url")
        return url if url is None or url.endswith("/") else url + "/"

    @property
    def site_description(self) -> str | None:
        return self._text("site_description")

    @property
    def repo_url(self) -> str | None:
        return self._text("repo_url")

    @property
    def edit_uri(self) -> str | None:
        """edit_uri, or what MkDocs derives from a GitHub, GitLab or Bitbucket repo_url."""
        uri = self._text("edit_uri")
        if uri is None and self.repo_url is not None:
            host = self.repo_url.split("//", 1)[-1].split("/", 1)[0].lower()
            uri = {"github.com": "edit/master/docs/", "gitlab.com": "edit/master/docs/"}.get(
                host, "src/default/docs/" if host == "bitbucket.org" else None
            )
        return uri if uri is None or uri.endswith("/") else uri + "/"

    @property
    def nav(self) -> list | None:
        nav = self.data.get("nav")
        return nav if isinstance(nav, list) else None

    @property
    def extra(self) -> dict[str, Any]:
        extra = self.data.get("extra")
        return extra if isinstance(extra, dict) else {}

    @property
    def theme(self) -> dict[str, Any]:
        """The theme's settings; ``theme: material`` is ``{'name': 'material'}``."""
        theme = self.data.get("theme")
        if isinstance(theme, str):
            return {"name": theme}
        return theme if isinstance(theme, dict) else {}

    @property
    def theme_name(self) -> str | None:
        name = self.theme.get("name")
        return name if isinstance(name, str) else None

    @property
    def theme_language(self) -> str | None:
        language = self.theme.get("language")
        return language if isinstance(language, str) else None

    @property
    def custom_dir(self) -> Path | None:
        folder = self.theme.get("custom_dir")
        return (self.plan_dir / folder).absolute() if isinstance(folder, str) else None

    @property
    def markdown_extensions(self) -> list[str]:
        """As MkDocs' ``config.markdown_extensions``: its built-in ones, then the plan's."""
        return list(dict.fromkeys([*BUILTIN_EXTENSIONS, *_extensions(self.data)[0]]))

    @property
    def mdx_configs(self) -> dict[str, dict]:
        """As MkDocs' ``config.mdx_configs``: each extension's settings, when it has any."""
        return _extensions(self.data)[1]

    @property
    def plugins(self) -> dict[str, dict[str, Any]]:
        """Each plugin by its name, with its options ({} when none)."""
        plugins = self.data.get("plugins")
        items = plugins.items() if isinstance(plugins, dict) else _pairs(plugins)
        return {str(name): dict(options or {}) for name, options in items}

    @property
    def planwijzer(self) -> dict[str, Any]:
        """The 'planwijzer' plugin's options, with their defaults."""
        options = {"data_dir": DEFAULT_DATA_DIR, "bron_url": None}
        options.update(self.plugins.get(PLUGIN, {}))
        return options


def _pairs(items: Any) -> list[tuple[Any, Any]]:
    """A list of 'naam' or {'naam': {opties}}, as pairs."""
    pairs: list[tuple[Any, Any]] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            pairs.extend(item.items())
        elif isinstance(item, str):
            pairs.append((item, None))
    return pairs


def _extensions(data: dict[str, Any]) -> tuple[list[str], dict[str, dict]]:
    value = data.get("markdown_extensions") or []
    items = value.items() if isinstance(value, dict) else _pairs(value)
    names = [str(name) for name, _ in items]
    configs = {str(name): dict(cfg) for name, cfg in items if isinstance(cfg, dict) and cfg}
    return names, configs


# Settings whose value must have one shape: what a wrong one breaks, and the fix.
_SHAPES: dict[str, tuple[tuple[type, ...], str]] = {
    "docs_dir": ((str,), "een mapnaam, bijvoorbeeld 'docs_dir: docs'"),
    "site_url": ((str, type(None)), "een adres, bijvoorbeeld 'site_url: https://plan.be/'"),
    "nav": ((list, type(None)), "een lijst van pagina's, elk op een regel met '- '"),
    "markdown_extensions": ((list, dict, type(None)), "een lijst van namen, elk met '- '"),
    "plugins": ((list, dict, type(None)), "een lijst van namen, elk met '- '"),
    "theme": ((str, dict, type(None)), "'name: material' onder 'theme:'"),
    "extra": ((dict, type(None)), "instellingen onder 'extra:', elk als 'naam: waarde'"),
}


def _check_shapes(data: dict[str, Any], lines: dict[str, int], file: str) -> None:
    for key, (types, shape) in _SHAPES.items():
        if key in data and not isinstance(data[key], types):
            raise SiteFileError(
                file,
                lines.get(key, 1),
                f"'{key}' in {CONFIG} heeft niet de vorm die MkDocs en Planwijzer lezen.",
                f"Schrijf {shape}.",
            )


def _load(path: Path, file: str, depth: int = 0) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SiteFileError(
            file,
            0,
            f"{file} ontbreekt: het bestand met de instellingen van de site.",
            "Maak het aan (een nieuwe planmap van 'planwijzer init' heeft er een), "
            "met minstens 'site_name: ...'.",
        ) from None
    except (OSError, UnicodeDecodeError):
        raise SiteFileError(
            file,
            0,
            f"{file} kan niet gelezen worden (geen tekst in UTF-8, of niet toegankelijk).",
            "Sla het op als tekst in UTF-8 en kijk de rechten op het bestand na.",
        ) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.MarkedYAMLError as exc:
        report = Report()
        syntax_problem(exc, file, report, text)
        problem = report.sorted()[0]
        raise SiteFileError(file, problem.line, problem.message, problem.hint) from None
    except yaml.YAMLError:
        raise SiteFileError(
            file, 1, f"{file} kan niet gelezen worden als YAML.", "Kijk de inspringing na."
        ) from None
    finally:
        loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SiteFileError(
            file,
            1,
            f"{file} moet instellingen bevatten, elk als 'naam: waarde' op een eigen regel.",
            "Begin bijvoorbeeld met 'site_name: Meerjarenplan'.",
        )
    lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value} if node else {}
    _check_shapes(data, lines, file)
    parent_name = data.pop("INHERIT", None)
    if isinstance(parent_name, str) and depth < 8:
        parent, _ = _load(path.parent / parent_name, f"{file} (INHERIT: {parent_name})", depth + 1)
        data = _merged(parent, data)
    return data, lines


def _merged(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """As MkDocs merges INHERIT: settings deep-merged, the plan's own winning."""
    result = dict(parent)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            value = _merged(result[key], value)
        result[key] = value
    return result


_CACHE: dict[Path, tuple[tuple[int, int], SiteFile | SiteFileError]] = {}


def read_site_file(plan_dir: Path) -> SiteFile:
    """mkdocs.yml of ``plan_dir``; raises SiteFileError when it is missing or unusable."""
    path = plan_dir / CONFIG
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = (-1, -1)
    cached = _CACHE.get(path)
    if cached is None or cached[0] != stamp:
        try:
            data, lines = _load(path, CONFIG)
            found: SiteFile | SiteFileError = SiteFile(plan_dir, data, lines, exists=True)
        except SiteFileError as exc:
            found = exc
        cached = _CACHE[path] = (stamp, found)
    if isinstance(cached[1], SiteFileError):
        raise cached[1]
    return cached[1]


def site_file(plan_dir: Path) -> SiteFile:
    """mkdocs.yml of ``plan_dir``, or MkDocs' defaults when it is missing or broken
    (the check says what is wrong with it: ``check_site_file``)."""
    try:
        return read_site_file(plan_dir)
    except SiteFileError:
        return SiteFile(plan_dir)


def check_site_file(plan_dir: Path, report: Report) -> bool:
    """'planwijzer check': an mkdocs.yml that is there but cannot be used (reported)."""
    if not (plan_dir / CONFIG).exists():
        return False
    try:
        read_site_file(plan_dir)
    except SiteFileError as exc:
        exc.report_into(report)
        return True
    return False
