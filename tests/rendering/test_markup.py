"""Markdown from YAML: rendered, but raw HTML escaped and unsafe links dropped."""

from paths import REFERENCE
from planwijzer.rendering import markup
from planwijzer.rendering.markup import is_safe_url, render_inline, render_markdown

ROOT = REFERENCE  # the tests' own plan: real texts, not the published ones


def test_markdown_is_rendered():
    assert (
        str(render_markdown("**vet** en *schuin*"))
        == "<p><strong>vet</strong> en <em>schuin</em></p>"
    )


def test_raw_html_is_escaped_not_passed_through():
    html = str(render_markdown('<script>alert(1)</script>\n\n<div onclick="x">blok</div>'))
    assert "<script" not in html and "<div" not in html
    assert "&lt;script&gt;" in html and "&lt;div" in html


def test_template_syntax_stays_literal():
    html = str(render_markdown("{{ 7*7 }} en {% include 'x' %}"))
    assert "{{ 7*7 }}" in html and "{% include 'x' %}" in html and "49" not in html


def test_javascript_links_are_neutralised():
    html = str(
        render_markdown(
            "[a](javascript:alert(1)) [b](JaVa\tScript:x) [c](https://ok.be) [d](../rel/)"
        )
    )
    assert "javascript" not in html.lower()
    assert 'href="https://ok.be"' in html and 'href="../rel/"' in html


def test_safe_url_rules():
    assert is_safe_url("https://a.be") and is_safe_url("mailto:a@b.be") and is_safe_url("#x")
    assert not is_safe_url("data:text/html,x") and not is_safe_url(" vbscript:x")


def test_inline_drops_the_paragraph():
    assert str(render_inline("een *woord*")) == "een <em>woord</em>"


def _texts_of_the_seed_plan() -> list[str]:
    import yaml

    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            texts.append(node)

    for path in sorted((ROOT / "data").rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


def test_plain_lines_skip_markdown_with_the_same_result():
    """The fast path for text without Markdown gives what Python-Markdown gives."""
    import random

    rng = random.Random(7)
    pieces = ["woon", "Ronse", "(CAW)", "'t", '"kwetsbare"', "1.2", "50%", ":", ";", ",", ".",
              "?", "…", "–", "-", "é", "●", "/", " ", "  ", "\u00a0", "1.", "2)", "+", "http://x.be",
              "*", "_", "&", "<b>", "#", "[a]", "`", "\\", "!", "|", "~", "=", "\t"]  # fmt: skip
    samples = _texts_of_the_seed_plan()
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    fast = 0
    for text in samples:
        if markup._is_plain_line(text):
            fast += 1
        assert str(render_markdown(text)) == markup._render_cached(text), repr(text)
    assert fast > 500  # the fast path is really taken
