"""Differential: the whole reader gives the same data or the same located problems
whether the fast path may answer or not, for any document, and never a traceback."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planwijzer.loading.yaml_reader import parse_yaml
from planwijzer.shared.problems import Report
from yamlgen import typed

SPECIAL = [
    "\u2028", "\u2029", "\x85", "\ufffe", "\ufeff", "\x01", "\x7f", "\t", "\u00a0", "😀",
    "é", "#", ": ", "- ", "[", "]", "{", "}", "'", '"', "&", "*", "!", "|", ">",
]  # fmt: skip

PIECE = st.one_of(
    st.sampled_from(SPECIAL), st.characters(codec="utf-8", exclude_categories=("Cs",))
)
WORD = st.lists(PIECE, max_size=6).map("".join)
KEY = st.sampled_from(["id", "titel", "omschrijving", "van", "a b", "é", "2021", "yes"])


@st.composite
def scalars(draw: st.DrawFn, indent: str) -> str:
    word = draw(WORD)
    style = draw(st.integers(0, 4))
    if style == 0:
        return word.replace("\n", " ")
    if style == 1:
        return "'" + word.replace("'", "''").replace("\n", " ") + "'"
    if style == 2:
        return '"' + word.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
    if style == 3:  # a text block, perhaps with a tab inside or at its start
        lines = draw(st.lists(WORD, min_size=1, max_size=3))
        body = "".join(f"\n{indent}  {line.replace(chr(10), ' ')}" for line in lines)
        return draw(st.sampled_from(["|", ">", "|-"])) + body
    depth = draw(st.integers(1, 80))  # flow nesting, deep at times
    return "[" * depth + word.replace("\n", " ") + "]" * draw(st.integers(0, depth))


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        indent = "  " * draw(st.integers(0, 2))
        key = draw(KEY)
        if draw(st.booleans()):
            lines.append(f"{indent}{key}: {draw(scalars(indent))}")
        else:
            lines.append(f"{indent}{key}:")
            lines.append(f"{indent}  - {draw(scalars(indent + '    '))}")
    if draw(st.integers(0, 9)) == 0:
        lines.insert(draw(st.integers(0, len(lines))), "---")
    return "\n".join(lines) + "\n"


def _read(text: str, exact: bool):  # type: ignore[no-untyped-def]
    report = Report()
    doc = parse_yaml(text, "data/x.yaml", report, exact=exact)
    problems = [(p.line, p.column, p.message) for p in report.sorted()]
    return (typed(doc.data) if doc is not None else None), problems


@settings(max_examples=400, deadline=None)
@given(documents())
def test_fast_and_exact_reader_agree(text):
    fast, fast_problems = _read(text, exact=False)
    exact, exact_problems = _read(text, exact=True)
    assert fast == exact
    assert fast_problems == exact_problems


def test_deep_nesting_is_a_located_error_not_a_recursion():
    for text in (
        "a: " + "[" * 20000 + "]" * 20000 + "\n",
        "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 300)),
    ):
        report = Report()
        assert parse_yaml(text, "data/x.yaml", report) is None
        assert report.problems and report.problems[0].line >= 1


def test_a_tab_inside_a_text_block_is_text():
    report = Report()
    doc = parse_yaml("a: |\n  regel\n  \tmet tab\n", "data/x.yaml", report)
    assert doc is not None and doc.data == {"a": "regel\n\tmet tab\n"} and report.ok


def test_invisible_line_breaks_are_located():
    report = Report()
    assert parse_yaml("a: 1\nb: x\u2028y\n", "data/x.yaml", report) is None
    [problem] = report.problems
    assert (problem.line, problem.column) == (2, 5) and "U+2028" in problem.message


def test_a_byte_order_mark_inside_the_text_agrees():
    # Found by the differential test above: rapidyaml read it as an empty text block.
    text = "id:\n  - |1\ufeff\n"
    assert _read(text, exact=False) == _read(text, exact=True)
