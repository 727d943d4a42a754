"""Stage 1: YAML with line numbers, and what PyYAML would let pass silently."""

from __future__ import annotations

import time

from planwijzer.load import load_yaml, parse_yaml
from planwijzer.problems import Report


def parse(text: str):
    report = Report()
    doc = parse_yaml(text, "data/x.yaml", report)
    return doc, report


def test_values_and_keys_keep_their_positions():
    doc, report = parse("acties:\n  - id: a\n    titel: A\n")
    assert report.ok
    assert doc.data == {"acties": [{"id": "a", "titel": "A"}]}
    assert doc.position(("acties", 0, "titel")).line == 3
    assert doc.position(("acties", 0, "titel"), key=True).column == 5
    # a path that does not exist falls back to the nearest enclosing value
    assert doc.position(("acties", 0, "nope")).line == 2


def test_dates_stay_text_and_numbers_stay_numbers():
    doc, _ = parse("a: 2021-04-01\nb: 2020-04\nc: 2021\nd: ja\ne: true\n")
    assert doc.data == {"a": "2021-04-01", "b": "2020-04", "c": 2021, "d": "ja", "e": True}


def test_duplicate_key_is_an_error_on_the_second_line():
    _, report = parse("titel: Een\norganisatie: X\ntitel: Twee\n")
    [problem] = report.errors
    assert (problem.file, problem.line, problem.column) == ("data/x.yaml", 3, 1)
    assert "'titel' staat twee keer" in problem.message and "regel 1" in problem.message


def test_tab_indentation_is_reported_with_line_and_column():
    _, report = parse("acties:\n\t- id: a\n")
    [problem] = report.errors
    assert (problem.line, problem.column) == (2, 1)
    assert "tab" in problem.message


def test_syntax_error_has_line_and_plain_dutch_hint():
    _, report = parse("titel: Plan: deel 2\n")
    [problem] = report.errors
    assert problem.line == 1
    assert problem.message.startswith("YAML-fout")
    assert "aanhalingstekens" in problem.hint


def test_invalid_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"titel: ok\norganisatie: caf\xe9\n")
    report = Report()
    assert load_yaml(path, "data/plan.yaml", report) is None
    [problem] = report.errors
    assert (problem.line, problem.column) == (2, 17)
    assert "UTF-8" in problem.message


def test_billion_laughs_fails_fast_without_expanding():
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    started = time.perf_counter()
    doc, report = parse("\n".join(lines) + "\n")
    elapsed = time.perf_counter() - started
    assert not report.ok
    assert "anker" in report.errors[0].message
    assert report.errors[0].line == 2  # where the first alias is used
    # Expanded, this is 9**9 (387 million) strings; refused, it is a few milliseconds.
    assert elapsed < 2
    assert doc.data["i"] == [None] * 9


def test_merge_keys_are_refused():
    _, report = parse("basis: &b {titel: x}\nactie:\n  <<: *b\n")
    assert any("'<<'" in p.message for p in report.errors)


def test_custom_tags_are_refused():
    _, report = parse("titel: !!python/object:os.system x\n")
    assert not report.ok


def test_empty_file_is_none_not_an_error():
    doc, report = parse("# alleen commentaar\n")
    assert report.ok and doc.data is None


def test_parse_cache_parses_only_changed_files(tmp_path, monkeypatch):
    from planwijzer import load

    path = tmp_path / "acties.yaml"
    path.write_text("acties:\n  - id: a\n    id: b\n", encoding="utf-8")  # a duplicate key
    cache = load.ParseCache()
    parsed = []
    real = load.parse_yaml
    monkeypatch.setattr(load, "parse_yaml", lambda *a: parsed.append(1) or real(*a))

    first, second = Report(), Report()
    doc = cache.load(path, "data/acties.yaml", first)
    assert cache.load(path, "data/acties.yaml", second) is doc
    assert len(parsed) == 1
    assert [p.message for p in second.problems] == [p.message for p in first.problems] != []

    path.write_text("acties:\n  - id: c\n", encoding="utf-8")
    third = Report()
    assert cache.load(path, "data/acties.yaml", third).data == {"acties": [{"id": "c"}]}
    assert len(parsed) == 2 and third.ok
