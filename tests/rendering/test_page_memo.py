"""Reusing rendered pages gives exactly what a full render gives, after any edit."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from planwijzer import pipeline
from planwijzer.rendering.page_memo import PageMemo
from planwijzer.rendering.renderer import Renderer
from synthetic_plan import make_plan

ACTIONS = "data/acties/deel-000.yaml"
REPORT = "data/opvolging/2024.yaml"


def _sub(root: Path, file: str, pattern: str, replacement: str) -> None:
    path = root / file
    text = path.read_text(encoding="utf-8")
    changed, n = re.subn(pattern, replacement, text, count=1, flags=re.M)
    assert n == 1, pattern
    path.write_text(changed, encoding="utf-8")


def _drop_action(root: Path, action_id: str) -> None:
    path = root / ACTIONS
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {action_id}\n")
    end = text.find("\n  - id: ", start + 1)
    path.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    for report in sorted((root / "data/opvolging").glob("*.yaml")):  # as an editor would
        text = report.read_text(encoding="utf-8")
        kept = re.sub(rf"^  {action_id}:\n(    .*\n)*", "", text, flags=re.M)
        report.write_text(kept, encoding="utf-8")


# Each edit is what an editor does in one pull request; together they touch every
# kind of entity and every kind of link between them.
EDITS = {
    "action title": lambda r: _sub(r, ACTIONS, r"^    titel: .*$", "    titel: Nieuwe titel"),
    "action code": lambda r: _sub(r, ACTIONS, r'^    code: "3"$', '    code: "3b"'),
    "action lead": lambda r: _sub(r, ACTIONS, r"^    trekker: \S+$", "    trekker: partner-0"),
    "action period": lambda r: _sub(r, ACTIONS, r"^    periode: .*$", "    periode: {van: 2024}"),
    "contribution": lambda r: _sub(r, ACTIONS, r"zeker: \[od0-1\]", "zeker: [od1-2]"),
    "project gemeente": lambda r: _sub(r, ACTIONS, r"gemeente: \"[^\"]+\"", "gemeente: Ergens"),
    "line added": lambda r: _sub(
        r, ACTIONS, r"^    labels: \[(\w+)\]$", "    labels:\n      - \\1"
    ),
    "action removed": lambda r: _drop_action(r, "actie-4"),
    "goal title": lambda r: _sub(
        r, "data/doelstellingen.yaml", r"^        titel: .*$", "        titel: Ander doel"
    ),
    "top goal title": lambda r: _sub(
        r, "data/doelstellingen.yaml", r"^    titel: .*$", "    titel: Andere strategie"
    ),
    "partner name": lambda r: _sub(
        r, "data/partners.yaml", r"naam: Partner 1,", "naam: CAW Oost-Vlaanderen,"
    ),
    # The living plan: what a yearly report or a new measurement changes.
    "report status": lambda r: _sub(r, REPORT, r"^    status: lopend$", "    status: vertraagd"),
    "report progress": lambda r: _sub(r, REPORT, r"^    voortgang: \d+$", "    voortgang: 77"),
    "report title": lambda r: _sub(r, REPORT, r"^titel: .*$", "titel: Ander rapport"),
    "report milestone": lambda r: _sub(r, REPORT, r"gehaald: true", "gehaald: false"),
    "report removed": lambda r: (r / REPORT).unlink(),
    "every report removed": lambda r: [p.unlink() for p in (r / "data/opvolging").glob("*")],
    "measurement": lambda r: _sub(
        r, "data/indicatoren.yaml", r"\{datum: 2028, waarde: \d+\}", "{datum: 2028, waarde: 1}"
    ),
}


# Without any report, no page has a 'Stand van zaken' or status badges any more.
CHANGES_EVERY_PAGE = {"every report removed"}


def _render(root: Path, memo: PageMemo | None = None) -> list:
    result = pipeline.check(root)
    assert result.plan is not None, result.report.errors
    return [job() for job in Renderer(result.plan, root).jobs(memo)]


@pytest.mark.parametrize("edit", EDITS)
def test_reused_pages_equal_a_full_render(tmp_path, edit):
    root = make_plan(tmp_path / "plan", 60, seed=3, reports=2, indicators=10)
    first = PageMemo()
    _render(root, first)
    EDITS[edit](root)
    memo = PageMemo(first)
    reused = _render(root, memo)
    full = _render(root)
    assert [p.path for p in reused] == [p.path for p in full]
    for mine, theirs in zip(reused, full, strict=True):
        assert mine == theirs, f"{edit}: {mine.path} is stale"
    if edit not in CHANGES_EVERY_PAGE:
        assert memo.reused > 0  # the shortcut is taken at all


def test_random_edit_sequences_stay_equal(tmp_path):
    root = make_plan(tmp_path / "plan", 60, seed=5, reports=2, indicators=10)
    rng = random.Random(11)
    memo = PageMemo()
    _render(root, memo)
    # Edits of a report do not follow its removal: the sequence leaves those out.
    for edit in rng.sample(sorted(set(EDITS) - {"report removed", *CHANGES_EVERY_PAGE}), 6):
        EDITS[edit](root)
        memo = PageMemo(memo)
        assert _render(root, memo) == _render(root), edit


def test_a_title_edit_rerenders_only_the_pages_around_it(tmp_path):
    root = make_plan(tmp_path / "plan", 200, seed=3)
    first = PageMemo()
    pages = _render(root, first)
    EDITS["action title"](root)
    memo = PageMemo(first)
    _render(root, memo)
    entity_pages = sum(1 for p in pages if not p.path.endswith("index.md"))
    assert memo.reused > entity_pages * 0.8


def test_a_status_change_rerenders_only_the_pages_around_it(tmp_path):
    root = make_plan(tmp_path / "plan", 200, seed=3, reports=2, indicators=20)
    first = PageMemo()
    pages = _render(root, first)
    _sub(root, REPORT, r"^  actie-7:\n    status: \w+$", "  actie-7:\n    status: stopgezet")
    memo = PageMemo(first)
    _render(root, memo)
    entity_pages = sum(1 for p in pages if not p.path.endswith("index.md"))
    assert memo.reused > entity_pages * 0.8


def _split_matrix(root: Path) -> None:
    """A matrix of more than 20 actions in parts, one per top goal."""
    with (root / "data/plan.yaml").open("a", encoding="utf-8") as plan:
        plan.write("matrix_max_acties: 20\n")


@pytest.mark.parametrize(
    "edit", ["action title", "contribution", "goal title", "top goal title", "action removed"]
)
def test_kept_matrix_parts_and_rows_equal_a_full_render(tmp_path, edit):
    root = make_plan(tmp_path / "plan", 60, seed=3, reports=2)
    _split_matrix(root)
    first = PageMemo()
    _render(root, first)
    EDITS[edit](root)
    memo = PageMemo(first)
    reused = _render(root, memo)
    assert reused == _render(root), edit
    assert memo.fragments.reused > 0  # the rows of the parts rendered again: most kept


def test_a_title_edit_renders_again_only_the_matrix_parts_and_rows_of_its_action(
    tmp_path, monkeypatch
):
    root = make_plan(tmp_path / "plan", 60, seed=3)
    _split_matrix(root)
    first = PageMemo()
    _render(root, first)
    EDITS["action title"](root)  # the first action of deel-000.yaml
    plan = pipeline.check(root).plan
    assert plan is not None
    matrix = plan.matrices[0]
    action = next(a for a in plan.actions if a.title == "Nieuwe titel")
    touched = [p for p in matrix.parts if action in p.rows]
    assert matrix.parts and len(touched) < len(matrix.parts)
    memo = PageMemo(first)
    rendered: list[str] = []
    real = Renderer.render_page

    def counting(self, template, path, *args, **kwargs):  # type: ignore[no-untyped-def]
        rendered.append(path)
        return real(self, template, path, *args, **kwargs)

    monkeypatch.setattr(Renderer, "render_page", counting)
    _render(root, memo)
    parts = {f"{p.url}index.md" for p in matrix.parts}
    assert {p for p in rendered if p in parts} == {f"{p.url}index.md" for p in touched}
    # In those parts, the action's row and list item are made again; the other rows kept.
    rows = sum(len(p.rows) for p in touched)
    assert memo.fragments.reused >= rows - 1
