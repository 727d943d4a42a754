"""A text in another language than its page's (shared/languages.py)."""

from __future__ import annotations

import pickle

from jinja2 import Environment

from planwijzer.rendering.environment import plain_text
from planwijzer.shared.languages import Foreign, language_of


def test_a_foreign_text_marks_its_language_and_stays_data():
    text = Foreign("<b>Betaalbare huur</b>", "nl")
    assert text == "<b>Betaalbare huur</b>" and language_of(text) == "nl"
    assert language_of("Logement") is None
    env = Environment(autoescape=True)
    env.filters["plain"] = plain_text
    page = env.from_string('<h1>{{ t }}</h1><a title="{{ t | plain }}">x</a>').render(t=text)
    assert page == (
        '<h1><span lang="nl">&lt;b&gt;Betaalbare huur&lt;/b&gt;</span></h1>'
        '<a title="&lt;b&gt;Betaalbare huur&lt;/b&gt;">x</a>'
    )


def test_a_foreign_text_survives_the_second_core():
    # Pages are rendered on a second core: the language goes along.
    copy = pickle.loads(pickle.dumps(Foreign("Doel", "nl")))
    assert isinstance(copy, Foreign) and copy.lang == "nl" and copy == "Doel"
