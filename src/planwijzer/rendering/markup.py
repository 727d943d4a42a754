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
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")


def is_safe_url(url: str) -> bool:
    """Relative links and http(s)/mailto/tel; not javascript:, data:, vbscript: …"""
    # Browsers ignore control characters and whitespace inside a scheme ('java\tscript:').
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", url)
    match = _SCHEME.match(cleaned)
    return match is None or (match.group(1).lower() + ":") in SAFE_SCHEMES


class _SafeLinks(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not is_safe_url(value):
                    del element.attrib[attribute]
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
    return md.convert(text)


# One line of text in which Markdown would find nothing to do: most descriptions.
# Python-Markdown takes a millisecond for it; its output is known: one paragraph.
_PLAIN_LINE = re.compile(r"^(?![-+>#\d\s])[^\x00-\x1f\\`*_\[\]<>&#!|~=]+(?<!\s)$")


def _is_plain_line(text: str) -> bool:
    return _PLAIN_LINE.match(text) is not None


def render_markdown(text: str | None) -> Markup:
    """Markdown from the YAML, as safe HTML."""
    if not text:
        return Markup("")
    text = str(text)
    if _is_plain_line(text):
        return Markup(f"<p>{text}</p>")
    return Markup(_render_cached(text))


def render_inline(text: str | None) -> Markup:
    """A one-paragraph Markdown text without the surrounding <p>."""
    html = str(render_markdown(text))
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


def plain(text: str | None) -> Markup:
    """Text shown as is (titles, names): escaped."""
    return escape(text or "")
