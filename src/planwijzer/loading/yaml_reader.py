"""Stage 1 — load one YAML file: its text, parsed by the fast path or PyYAML.

The fast path (``fast_yaml``) answers only where it can vouch for PyYAML's result;
otherwise PyYAML composes the file and ``yaml_nodes`` turns it into data with
positions. Problems are reported in Dutch, located (``yaml_messages``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml

from ..shared.problems import Problem, Report, Severity
from .fast_yaml import NOT_SURE, fast_parse
from .syntax_messages import syntax_problem
from .yaml_messages import (
    character_problems,
    hash_warnings,
    indent_problems,
    tab_problems,
    too_deep,
)
from .yaml_nodes import Converter, YamlDocument, YamlLoader, plain_key_is_text, plain_scalar


def read_text(path: Path, file: str, report: Report) -> str | None:
    """The file's text, or None after reporting why it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        report.error(file, 0, 0, f"Het bestand kan niet gelezen worden: {exc.strerror}.")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        report.error(
            file,
            line,
            column,
            "Het bestand is geen geldige UTF-8-tekst (een teken kan niet gelezen worden). "
            + NOT_CHECKED,
            "Bewaar het bestand opnieuw met de codering UTF-8 (in VS Code: rechtsonder "
            "op de codering klikken, 'Save with Encoding', UTF-8).",
        )
        return None


def parse_yaml(text: str, file: str, report: Report, *, exact: bool = False) -> YamlDocument | None:
    """Parse YAML text; None when it cannot be parsed at all (problems are in report).

    The fast path answers when it can vouch for the result; ``exact=True`` skips it.
    """
    before = len(report.problems)
    doc = _read(text, file, report, exact=exact)
    if doc is None:
        _say_rest_unchecked(report, file, before)
    return doc


# After a problem that stops a file, nothing below it was read: the editor should not
# take the count of problems for all there is.
NOT_CHECKED = "De rest van dit bestand is nog niet nagekeken: dat volgt als deze fout verbeterd is."


def _say_rest_unchecked(report: Report, file: str, before: int) -> None:
    """The first problem that stopped ``file`` says so."""
    new = [
        i
        for i in range(before, len(report.problems))
        if report.problems[i].file == file and report.problems[i].severity is Severity.ERROR
    ]
    if not new:
        return
    first = min(new, key=lambda i: report.problems[i].line)
    problem = report.problems[first]
    message = f"{problem.message.rstrip()} {NOT_CHECKED}"
    report.problems[first] = replace(problem, message=message)


def _read(text: str, file: str, report: Report, *, exact: bool) -> YamlDocument | None:
    # What the two readers would disagree on, or choke on, neither reads.
    if any(
        check(text, file, report) for check in (character_problems, indent_problems, tab_problems)
    ):
        return None
    hash_warnings(text, file, report)
    try:
        return _parse(text, file, report, exact)
    except RecursionError:
        too_deep(text, file, report)
        return None


def _parse(text: str, file: str, report: Report, exact: bool) -> YamlDocument | None:
    data = NOT_SURE if exact else fast_parse(text, plain_scalar, plain_key_is_text)
    if data is not NOT_SURE:
        return YamlDocument(file=file, data=data, unlocated_text=text, text=text)
    try:
        root = yaml.compose(text, Loader=YamlLoader)
    except yaml.MarkedYAMLError as exc:
        syntax_problem(exc, file, report, text)
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        report.error(file, 0, 0, f"YAML-fout: {exc}")
        return None
    doc = YamlDocument(file=file, data=None, text=text)
    if root is not None:
        doc.data = Converter(doc, report).convert(root, ())
    return doc


def load_yaml(path: Path, file: str, report: Report) -> YamlDocument | None:
    """Read and parse one YAML file of the plan."""
    text = read_text(path, file, report)
    if text is None:
        return None
    return parse_yaml(text, file, report)


class ParseCache:
    """Parsed files kept while their time and size stay the same.

    For the live preview, which checks the plan again after every edit: only the
    edited file is parsed again. Parsed documents are never changed downstream.
    """

    def __init__(self) -> None:
        self._files: dict[Path, tuple[tuple[int, int], YamlDocument | None, list]] = {}

    def load(self, path: Path, file: str, report: Report) -> YamlDocument | None:
        try:
            stat = path.stat()
        except OSError:
            return load_yaml(path, file, report)
        stamp = (stat.st_mtime_ns, stat.st_size)
        hit = self._files.get(path)
        if hit is not None and hit[0] == stamp:
            report.problems.extend(hit[2])
            return hit[1]
        doc, problems = load_alone(path, file)
        report.problems.extend(problems)
        self._files[path] = (stamp, doc, problems)
        return doc


def load_alone(path: Path, file: str) -> tuple[YamlDocument | None, list[Problem]]:
    """One file's document and its own problems."""
    own = Report()
    return load_yaml(path, file, own), own.problems
