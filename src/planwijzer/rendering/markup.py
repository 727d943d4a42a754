"""Markdown in YAML text fields, rendered safely.

Data is data: raw HTML that an editor (or an attacker in a pull request) types is
shown as text, never passed through; links may only use safe schemes. The result
is marked safe for Jinja only after this treatment.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

from ..shared.languages import foreign_mark, foreign_note, language_of
from .urls import SAFE_SCHEMES, safe_url

# What Markdown in a YAML field may produce; everything else is removed by nh3.
_TAGS = {
    "p", "a", "em", "strong", "code", "pre", "blockquote", "br", "hr", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "img",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href", "title", "rel"}, "img": {"src", "alt", "title"}, "ol": {"start"}}


def is_safe_url(url: str) -> bool:
    """Relative links and http(s)/mailto/tel; not javascript:, data:, vbscript: …"""
    return safe_url(url) is not None


class _SafeLinks(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is None:
                    continue
                # The decoded URL: Markdown's serializer keeps a character reference
                # as it is, and the browser would decode it again.
                url = safe_url(value)
                if url is None:
                    del element.attrib[attribute]
                else:
                    element.set(attribute, url)
            if element.tag == "a" and element.get("href", "").startswith(("http:", "https:")):
                element.set("rel", "noopener")


class _DataIsData(Extension):
    """Turns off raw HTML (it is escaped as text) and neutralises unsafe links."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "planwijzer_safe_links", 0)


@lru_cache(maxsize=1)
def _renderer() -> markdown.Markdown:
    return markdown.Markdown(extensions=[_DataIsData(), "sane_lists"], output_format="html")


@lru_cache(maxsize=4096)
def _render_cached(text: str) -> str:
    md = _renderer()
    md.reset()
    # The allowlist sanitizer after our own treatment: whatever Markdown might let
    # through (a new extension, a parser quirk), only these tags and attributes stay.
    return nh3.clean(
        md.convert(text),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=set(SAFE_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


# One line of text in which Markdown would find nothing to do: most descriptions.
# Python-Markdown takes a millisecond for it; its output is known: one paragraph.
_PLAIN_LINE = re.compile(r"^(?![-+>#\d\s])[^\x00-\x1f\xa0\\`*_\[\]<>&#!|~=]+(?<!\s)$")


def _is_plain_line(text: str) -> bool:
    return _PLAIN_LINE.match(text) is not None


def _html(text: str) -> str:
    if _is_plain_line(text):
        return f"<p>{text}</p>"
    return _render_cached(text)


def render_markdown(text: str | None) -> Markup:
    """Markdown from the YAML, as safe HTML; a text in another language than the
    page's (a missing translation) in an element that says which."""
    if not text:
        return Markup("")
    html = _html(str(text))
    foreign = language_of(text)
    if not foreign:
        return Markup(html)
    note = foreign_note(foreign)  # seen, not only heard: 'en néerlandais'
    return Markup(f'<div class="pw-foreign">{note}<div lang="{foreign}">{html}</div></div>')


def render_inline(text: str | None) -> Markup:
    """A one-paragraph Markdown text without the surrounding <p>."""
    if not text:
        return Markup("")
    html = _html(str(text))
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    foreign = language_of(text)
    if not foreign:
        return Markup(html)
    return Markup(f'<span lang="{foreign}">{html}</span>{foreign_mark(foreign)}')


def plain(text: str | None) -> Markup:
    """Text shown as is (titles, names): escaped."""
    return escape(text or "")
