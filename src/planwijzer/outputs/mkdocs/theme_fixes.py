"""Fixes to Material's own markup that its templates offer no setting for, each an
exact replacement with the reason. A fix whose markup is not found does nothing (a
newer Material may have fixed it); tests/end_to_end check the result on every page."""

from __future__ import annotations

from html import escape

from ...shared.interface import _


def _fixes() -> list[tuple[str, str]]:
    """The replacements, their words in the language of the build."""
    search, contents = escape(_("Zoeken")), escape(_("Inhoud van deze pagina"))
    return [
        # The search dialog has role="dialog" but no name (axe: aria-dialog-name).
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" '
            f'aria-label="{search}">',
        ),
        # The table-of-contents toggle has a <label> only on pages with headings
        # (HTML_CodeSniffer: F68 and H91, a form field without a name).
        (
            '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">',
            '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc" '
            f'aria-label="{contents}">',
        ),
        # 'autocomplete' is not allowed on checkboxes (Nu HTML checker); Material uses it so
        # that 'back' does not reopen the menu or search: planwijzer.js resets them instead.
        (
            'type="checkbox" id="__drawer" autocomplete="off">',
            'type="checkbox" id="__drawer">',
        ),
        (
            'type="checkbox" id="__search" autocomplete="off">',
            'type="checkbox" id="__search">',
        ),
    ]


def fix_theme_markup(html_page: str) -> str:
    for old, new in _fixes():
        html_page = html_page.replace(old, new, 1)
    return html_page
