"""The fast YAML path answers only with exactly what the exact (PyYAML) path gives."""

from __future__ import annotations

import json
import random

import pytest

from paths import REFERENCE
from planwijzer.checking import validate
from planwijzer.loading.fast_yaml import NOT_SURE, fast_parse
from planwijzer.loading.plan_folder import load_plan_sources
from planwijzer.loading.yaml_nodes import plain_key_is_text, plain_scalar
from planwijzer.loading.yaml_reader import parse_yaml
from planwijzer.shared.problems import Report
from synthetic_plan import make_plan
from yamlgen import WORDS, mapping, mutate, typed


def exact(text: str):
    report = Report()
    doc = parse_yaml(text, "data/x.yaml", report, exact=True)
    return doc, report


def assert_agrees(text: str) -> bool:
    """True when the fast path answered (and then it must equal the exact path)."""
    fast = fast_parse(text, plain_scalar, plain_key_is_text)
    if fast is NOT_SURE:
        return False
    doc, report = exact(text)
    assert report.ok, (text, [p.message for p in report.problems])
    assert doc is not None and typed(fast) == typed(doc.data), text
    located = parse_yaml(text, "data/x.yaml", Report())
    assert located.position(()) and located.unlocated_text is None
    assert _marks(located.values) == _marks(doc.values), text
    assert _marks(located.keys) == _marks(doc.keys), text
    assert located.lossy_numbers == doc.lossy_numbers, text
    return True


def _marks(marks: dict) -> dict:
    return {path: (mark.line, mark.column) for path, mark in marks.items()}


def test_random_documents_agree_or_take_the_exact_path():
    rng = random.Random(20261123)
    answered = sum(assert_agrees(mapping(rng, "", 0) + "\n") for _ in range(6000))
    # The comparison means something only if the fast path answers often enough.
    assert answered > 500


def test_random_slips_agree_or_take_the_exact_path():
    rng = random.Random(7)
    documents = (mutate(rng, mapping(rng, "", 0)) + "\n" for _ in range(6000))
    assert sum(assert_agrees(text) for text in documents) > 300


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("quote", ["", "'", '"'])
def test_each_tricky_word_agrees(word, quote):
    value = json.dumps(word) if quote == '"' else quote + word.replace("'", "''") + quote
    for text in (f"k: {value}\n", f"- {value}\n", f"{value}: x\n", f"k: [{value}]\n"):
        assert_agrees(text)


def test_plan_files_take_the_fast_path_and_agree(tmp_path):
    make_plan(tmp_path / "plan", 300)
    files = [*(REFERENCE / "data").rglob("*.yaml"), *(tmp_path / "plan" / "data").rglob("*.yaml")]
    for path in files:
        assert assert_agrees(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key: the exact path names both lines
        "a: &x 1\nb: *x\n",  # anchors and aliases are refused there
        "a: !!str 1\n",
        "---\na: 1\n---\nb: 2\n",
        "<<: {a: 1}\n",
        "a: [1, 2\n",  # a syntax error
        "k: -\n",
        "k: +5\n",  # rapidyaml writes '+5' into its JSON unchanged: not JSON
    ],
)
def test_what_only_the_exact_path_handles(text, capfd):
    assert fast_parse(text, plain_scalar, plain_key_is_text) is NOT_SURE
    # rapidyaml prints its own parse errors on stderr; nothing of it gets through
    assert capfd.readouterr().err == ""


def test_positions_are_found_when_first_asked_and_match_the_exact_path():
    text = (REFERENCE / "data" / "acties.yaml").read_text(encoding="utf-8")
    fast = parse_yaml(text, "data/acties.yaml", Report())
    assert fast.unlocated_text is not None
    slow, _ = exact(text)
    for path in slow.values:
        assert fast.position(path) == slow.position(path)
    for path in slow.keys:
        assert fast.position(path, key=True) == slow.position(path, key=True)
    assert fast.unlocated_text is None


def test_positions_are_found_without_making_the_values_again(monkeypatch):
    # The fast path vouched for the values: finding positions (a warning in each of
    # 10.000 report entries asks them) only walks PyYAML's nodes for their marks.
    from planwijzer.loading import yaml_nodes

    text = (REFERENCE / "data" / "acties.yaml").read_text(encoding="utf-8")
    fast = parse_yaml(text, "data/acties.yaml", Report())

    def converted(*_args):  # type: ignore[no-untyped-def]
        raise AssertionError("a located file's values were made again")

    monkeypatch.setattr(yaml_nodes.Converter, "convert", converted)
    assert fast.position(("acties", 0, "titel")).line > 1


def test_a_valid_plan_is_checked_without_looking_up_a_single_position(tmp_path):
    # The shape of the check's speed: positions cost a second parse with PyYAML, so
    # a plan without problems must not need them.
    root = make_plan(tmp_path / "plan", 200)
    report = Report()
    sources = load_plan_sources(root, report)
    assert validate(sources, report) is not None
    docs = [sources.plan, sources.goals, sources.partners, *sources.actions]
    assert all(doc.unlocated_text is not None for doc in docs)
