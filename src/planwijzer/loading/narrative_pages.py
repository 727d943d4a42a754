"""Narrative pages, the one place that says where they are, which language each is
in and which address it gets. The check, the build, the preview and the PDF ask here.

- Where: the folder mkdocs.yml names as ``docs_dir`` (relative to the plan folder),
  else ``docs/``.
- Language: ``x.<taal>.md`` is page ``x.md`` in that language when it is one of the
  plan's other languages; every other ``.md`` file is a page in the main language.
- Address: the main-language page's (``shared.site_paths.page_address``), in the
  site of its language.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..shared.site_paths import page_address
from .plan_folder import display_path
from .site_file import site_file

PAGE_SUFFIX = ".md"
_LANGUAGE = re.compile(r"\.([a-z]{2})\.md$")


def docs_dir(plan_dir: Path) -> Path:
    """The narrative pages' folder: mkdocs.yml's docs_dir, or docs/."""
    return plan_dir / site_file(plan_dir).docs_dir_setting


def is_page(name: str) -> bool:
    return name.endswith(PAGE_SUFFIX)


def main_language_page(name: str, languages: tuple[str, ...]) -> str:
    """The page of the main language that ``name`` translates: 'index.fr.md' is
    'index.md' in French (it has that page's address in the French site)."""
    match = _LANGUAGE.search(name)
    if match is not None and match.group(1) in languages[1:]:
        return name[: match.start()] + PAGE_SUFFIX
    return name


def other_language_page(name: str, languages: tuple[str, ...]) -> bool:
    """'index.fr.md' in a plan in Dutch and French: not a page of the main language."""
    return main_language_page(name, languages) != name


def translated_name(name: str, language: str) -> str:
    """Where the page ``name`` (of the main language) is written in ``language``."""
    return name.removesuffix(PAGE_SUFFIX) + f".{language}{PAGE_SUFFIX}"


def address(name: str, languages: tuple[str, ...]) -> str:
    """The address of the narrative page ``name`` (below docs_dir) in its language's site."""
    return page_address(main_language_page(name, languages))


def page_names(folder: Path) -> list[str]:
    """Every page file below ``folder``, every language, as a path below it."""
    if not folder.is_dir():
        return []
    return [
        path.relative_to(folder).as_posix()
        for path in sorted(folder.rglob(f"*{PAGE_SUFFIX}"))
        if path.is_file()
    ]


def top_level_pages(folder: Path, languages: tuple[str, ...]) -> list[str]:
    """The main language's pages directly in ``folder`` but the home page, by name:
    the menu's narrative pages when mkdocs.yml gives no menu."""
    return sorted(
        path.name
        for path in folder.glob(f"*{PAGE_SUFFIX}")
        if path.name != "index.md" and not other_language_page(path.name, languages)
    )


def narrative_pages(plan_dir: Path) -> dict[str, str]:
    """The narrative pages: 'docs/partners.md' by its path below docs_dir ('partners.md')."""
    folder = docs_dir(plan_dir)
    return {name: display_path(plan_dir, folder / name) for name in page_names(folder)}


def untranslated(plan_dir: Path, language: str, languages: tuple[str, ...]) -> list[str]:
    """The main language's pages without their page in ``language``, as shown
    ('docs/over.md' without 'docs/over.fr.md')."""
    folder = docs_dir(plan_dir)
    names = page_names(folder)
    present = set(names)
    return [
        display_path(plan_dir, folder / name)
        for name in names
        if not other_language_page(name, languages)
        and translated_name(name, language) not in present
    ]
