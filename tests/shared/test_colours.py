"""WCAG contrast ratios, and the tints Planwijzer derives from an organisation colour."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planwijzer.shared.colours import AA_TEXT, DARK_BACKGROUND, WHITE, contrast, readable_on


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [
        ("#ffffff", "#000000", 21.0),  # the extremes
        ("#777777", "#ffffff", 4.48),  # the classic just-too-light grey
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes on white
        ("#ffffff", "#ffffff", 1.0),
    ],
)
def test_contrast_matches_the_wcag_formula(a, b, ratio):
    assert contrast(a, b) == pytest.approx(ratio, abs=0.01)
    assert contrast(b, a) == pytest.approx(ratio, abs=0.01)


colours = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


@given(colours, st.sampled_from([WHITE, DARK_BACKGROUND]))
def test_a_readable_tint_always_reaches_aa(colour, background):
    tint = readable_on(colour, background)
    assert contrast(tint, background) >= AA_TEXT
    if contrast(colour, background) >= AA_TEXT:
        assert tint == colour  # a colour that passes is kept as it is
