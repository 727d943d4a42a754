"""A text in another language than its page's (shared/languages.py)."""

from __future__ import annotations

import pickle

from jinja2 import Environment

from planwijzer.rendering.environment import plain_text
from planwijzer.shared.interface import speaking
from planwijzer.shared.languages import Foreign, language_of


def test_a_foreign_text_marks_its_language_and_stays_data():
    text = Foreign("<b>Betaalbare huur</b>", "nl")
    assert text == "<b>Betaalbare huur</b>" and language_of(text) == "nl"
    assert language_of("Logement") is None
    env = Environment(autoescape=True)
    env.filters["plain"] = plain_text
    with speaking("fr"):  # on a French page, with a mark a reader sees, in French
        page = env.from_string('<h1>{{ t }}</h1><a title="{{ t | plain }}">x</a>').render(t=text)
    assert page == (
        '<h1><span lang="nl">&lt;b&gt;Betaalbare huur&lt;/b&gt;</span>'
        ' <small class="pw-foreign-mark">(en néerlandais)</small></h1>'
        '<a title="&lt;b&gt;Betaalbare huur&lt;/b&gt;">x</a>'
    )


def test_a_block_shown_in_another_language_carries_a_note_in_the_page_language():
    from planwijzer.rendering.markup import render_markdown

    with speaking("fr"):
        html = render_markdown(Foreign("Een *verzonnen* loket.", "nl"))
    assert html == (
        '<div class="pw-foreign"><p class="pw-foreign-note">en néerlandais</p>'
        '<div lang="nl"><p>Een <em>verzonnen</em> loket.</p></div></div>'
    )
    with speaking("en"):
        assert "in French" in render_markdown(Foreign("Un guichet.", "fr"))


def test_a_foreign_text_survives_the_second_core():
    # Pages are rendered on a second core: the language goes along.
    copy = pickle.loads(pickle.dumps(Foreign("Doel", "nl")))
    assert isinstance(copy, Foreign) and copy.lang == "nl" and copy == "Doel"
