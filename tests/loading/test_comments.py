"""Which lines of a YAML file carry a comment: the converter and the check agree."""

from __future__ import annotations

from planwijzer.loading.comments import comment_lines

TEXT = """\
# yaml-language-server: $schema=../schemas/acties.schema.json
# Wat in dit bestand staat.
acties:
  - id: actie-een  # bron: het plan, p. 3
    titel: "Actie #1"
    naam: 'Kerk # Noord'
    code: a#b
    omschrijving: |
      Met #buurtwerk in de tekst.
      # ook dit is tekst, geen commentaar
    # waarom de volgende actie er staat
  - id: actie-twee
#
"""


def test_comments_are_found_on_their_lines_and_text_is_text():
    assert comment_lines(TEXT) == {
        2: "Wat in dit bestand staat.",
        4: "bron: het plan, p. 3",
        11: "waarom de volgende actie er staat",
        13: "",
    }


def test_a_file_yaml_cannot_read_is_judged_line_by_line():
    assert comment_lines('titel: "Actie #1\nnaam: x  # bron\n') == {2: "bron"}
