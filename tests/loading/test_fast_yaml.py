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

# Words that YAML 1.1 (PyYAML) and 1.2 (rapidyaml) read differently, and ordinary text.
WORDS = [
    "Gent", "Ronse", "armoede", "yes", "No", "on", "OFF", "true", "False", "TRUE", "null",
    "Null", "~", "1", "0", "-0", "007", "00", "0x1F", "0o17", "0b101", "1_000", "1:20",
    "190:20:30", "1.5", "1.50", ".5", "5.", "1e3", "1.0e+3", "-1.5", "+5", ".inf", "-.inf",
    ".NaN", "2021", "2021-04", "2021-04-15", "2001-12-14t21:59:43.10-05:00", "Wat nu?",
    "Vlaanderen & Brussel", "a: b", "x #y", "é ü ✓", "it's", 'zeg "ja"', "back\\slash",
    "", " lead", "trail ", "50%", "@home", "`tick`", "- item", "*ster*", "!bang", "&amp",
    "[x]", "{y}", "a,b", "Y", "n", "<<", "=", "12e", "1,5", "3:60",
]  # fmt: skip
MARKDOWN = [
    "- *nadruk* en **vet**", "**Let op**: tekst", "* lijst", "& ook", "? vraag", "! uitroep",
    "<< pijl", "@naam", "`code`", "[link](https://x.be)", "- [ ] taak", "&x", "*x", "!!str",
    "---", "...", "# kop", "%", "a: b", "{x: 1}",
]  # fmt: skip
KEYS = ["id", "titel", "code", "van", "tot", "yes", "2021", "1.5", "on", "a b", "é"]


def typed(value):
    """A comparable form that tells 1, 1.0 and True apart."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, repr(value))


def scalar(rng: random.Random, indent: str) -> str:
    word = rng.choice(WORDS)
    style = rng.randrange(6)
    if style == 0:
        return word
    if style == 1:
        return "'" + word.replace("'", "''") + "'"
    if style == 2:
        return json.dumps(word, ensure_ascii=rng.random() < 0.5)
    if style == 3:
        second = rng.choice(WORDS)
        return f"{rng.choice(['|', '>', '|-', '>+'])}\n{indent}  {word}\n{indent}  {second}"
    if style == 3 and rng.random() < 0.5:  # Markdown in a block: text, not YAML
        lines = [rng.choice(MARKDOWN) for _ in range(rng.randint(1, 3))]
        deeper = rng.choice(["", "  "])
        body = "".join(f"\n{indent}  {rng.choice(['', deeper])}{line}" for line in lines)
        return rng.choice(["|", ">", "|-"]) + body
    if style == 4:  # a plain scalar over two lines
        return f"{word}\n{indent}  {rng.choice(WORDS)}"
    return f"{word} {rng.choice(WORDS)}"


def mapping(rng: random.Random, indent: str, depth: int) -> str:
    lines = []
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(KEYS)
        kind = rng.randrange(4) if depth < 3 else 0
        if kind == 0:
            lines.append(f"{indent}{key}: {scalar(rng, indent)}")
        elif kind == 1:
            items = ", ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3)))
            lines.append(f"{indent}{key}: [{items}]")
        elif kind == 2:
            lines.append(f"{indent}{key}:")
            for _ in range(rng.randint(1, 3)):
                lines.append(f"{indent}  - {scalar(rng, indent + '    ')}")
        else:
            lines.append(f"{indent}{key}:")
            lines.append(mapping(rng, indent + "  ", depth + 1))
    return "\n".join(lines)


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
    return True


def mutate(rng: random.Random, text: str) -> str:
    """Editors' slips: a line indented differently, dropped, or doubled."""
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    slip = rng.randrange(4)
    if slip == 0:
        lines[i] = "  " + lines[i]
    elif slip == 1:
        lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i]
    elif slip == 2:
        del lines[i]
    else:
        lines.insert(i, lines[i])
    return "\n".join(lines)


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


def test_a_valid_plan_is_checked_without_looking_up_a_single_position(tmp_path):
    # The shape of the check's speed: positions cost a second parse with PyYAML, so
    # a plan without problems must not need them.
    root = make_plan(tmp_path / "plan", 200)
    report = Report()
    sources = load_plan_sources(root, report)
    assert validate(sources, report) is not None
    docs = [sources.plan, sources.goals, sources.partners, *sources.actions]
    assert all(doc.unlocated_text is not None for doc in docs)
