"""Stage 1: YAML with line numbers, and what PyYAML would let pass silently."""

from __future__ import annotations

from planwijzer.loading import plan_folder as plan_folder_module
from planwijzer.loading import yaml_reader
from planwijzer.loading.plan_folder import load_plan_sources
from planwijzer.loading.yaml_reader import load_yaml, parse_yaml
from planwijzer.shared import forked
from planwijzer.shared.problems import Report


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


def test_a_problem_that_stops_a_file_says_the_rest_is_not_checked_yet():
    """After a stopping error the count is not all there is: the message says so, once
    per file, and not after a problem that does not stop the file."""
    for text in ("titel: Plan: deel 2\n", "acties:\n\t- id: a\n", "a: {b: 1\nc: 2\n"):
        doc, report = parse(text)
        assert doc is None
        [problem] = report.errors
        assert problem.message.endswith(
            "De rest van dit bestand is nog niet nagekeken: dat volgt als deze fout verbeterd is."
        ), problem.message
    _, report = parse("titel: Een\norganisatie: X\ntitel: Twee\n")
    assert "nog niet nagekeken" not in report.errors[0].message


def test_invalid_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"titel: ok\norganisatie: caf\xe9\n")
    report = Report()
    assert load_yaml(path, "data/plan.yaml", report) is None
    [problem] = report.errors
    assert (problem.line, problem.column) == (2, 17)
    assert "UTF-8" in problem.message and "nog niet nagekeken" in problem.message


def test_billion_laughs_fails_fast_without_expanding():
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    doc, report = parse("\n".join(lines) + "\n")
    assert not report.ok
    assert "anker" in report.errors[0].message
    assert report.errors[0].line == 2  # where the first alias is used
    # Expanded, this is 9**9 (387 million) strings; refused, no alias is followed.
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
    from planwijzer.loading import yaml_reader as load

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


def test_a_large_plan_is_parsed_on_two_cores_with_the_same_result(plan_folder, monkeypatch):
    files = {
        "data/acties.yaml": None,
        **{
            f"data/acties/deel-{i}.yaml": f"acties:\n  - id: actie-{i}\n    titel: Actie {i}\n"
            for i in range(1, 7)
        },
    }
    files["data/acties/deel-4.yaml"] += "    titel: nog eens\n"  # an error, in the copy's share
    folder = plan_folder(files)

    def load(cores: int):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(forked, "usable_cores", lambda: cores)
        report = Report()
        sources = load_plan_sources(folder.root, report)
        return sources, report.sorted()

    monkeypatch.setattr(plan_folder_module, "SPLIT_BYTES", 0)
    parsed_here: list[str] = []  # the copy's calls land in the copy's list
    real = yaml_reader.load_yaml

    def spying_load_yaml(path, file, report):  # type: ignore[no-untyped-def]
        parsed_here.append(file)
        return real(path, file, report)

    monkeypatch.setattr(yaml_reader, "load_yaml", spying_load_yaml)
    one, one_problems = load(1)
    assert len(parsed_here) == 9  # plan, goals, partners and six action files
    parsed_here.clear()
    two, two_problems = load(2)
    assert len(parsed_here) == 5  # every other file; the copy parsed the rest
    assert [d.data for d in two.actions] == [d.data for d in one.actions]
    assert [d.file for d in two.actions] == [f"data/acties/deel-{i}.yaml" for i in range(1, 7)]
    assert two.plan.data == one.plan.data and two.goals.data == one.goals.data
    assert two_problems == one_problems
    assert [p.file for p in two_problems] == ["data/acties/deel-4.yaml"]
    assert two_problems[0].line == 4
