"""The URL gate: what a browser would execute never passes; ordinary links do."""

from __future__ import annotations

import pytest

from planwijzer.rendering.urls import contact_url, safe_url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript&#58;alert(1)",
        "&amp;#106;avascript:alert(1)",
        "java\tscript:alert(1)",
        "java\u2028script:alert(1)",
        " \x01javascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ],
)
def test_executable_and_unknown_schemes_are_refused(url):
    assert safe_url(url) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("https://example.org/a?b=1&amp;c=2", "https://example.org/a?b=1&c=2"),
        ("mailto:info@example.org", "mailto:info@example.org"),
        ("tel:+3292000000", "tel:+3292000000"),
        ("../acties/de-stek/", "../acties/de-stek/"),
        ("#boven", "#boven"),
        ("acties/a:b/", "acties/a:b/"),
    ],
)
def test_ordinary_links_pass(url, expected):
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("toegankelijkheid@example.org", "mailto:toegankelijkheid@example.org"),
        ("09 123 45 67", "tel:091234567"),
        ("+32 9 123 45 67", "tel:+3291234567"),
        ("javascript:alert(1)", None),
        ("Het onthaal van ons kantoor", None),
        ("javascript:alert(1)//@x", None),
    ],
)
def test_a_contact_becomes_a_mail_or_phone_link_or_stays_text(contact, expected):
    assert contact_url(contact) == expected
