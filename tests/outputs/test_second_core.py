"""Pages written by a second process: the same site, the same messages, nothing lost."""

from __future__ import annotations

import logging
import os

import pytest

from planwijzer.outputs.mkdocs import second_core
from planwijzer.shared import forked
from sitecheck import digest_tree

REAL_BUILD_PAGE = second_core.mkdocs_build._build_page


@pytest.fixture
def split(monkeypatch):
    """Split even the small test plan, and record each split's pages."""
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)
    monkeypatch.setattr(forked, "MIN_JOBS", 1)
    monkeypatch.setattr(second_core, "MIN_JOBS", 1)
    splits: list[list[str]] = []
    real_init = second_core.SecondCore.__init__

    def recording_init(self, pages, *args, **kwargs):  # type: ignore[no-untyped-def]
        splits.append([p.file.src_uri for p in pages])
        real_init(self, pages, *args, **kwargs)

    monkeypatch.setattr(second_core.SecondCore, "__init__", recording_init)
    return splits


def in_copy_only(monkeypatch, action) -> None:  # type: ignore[no-untyped-def]
    """Make MkDocs' page writer do ``action(page)`` first, in the copy only."""
    parent = os.getpid()

    def build_page(page, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            action(page)
        return REAL_BUILD_PAGE(page, *args, **kwargs)

    monkeypatch.setattr(second_core.mkdocs_build, "_build_page", build_page)


def test_two_processes_build_the_same_site_as_one(plan_folder, split, tmp_path, monkeypatch):
    folder = plan_folder()
    assert folder.build(tmp_path / "twee") == 0
    assert len(split) == 1 and split[0], "the copy wrote no pages"
    monkeypatch.setattr(forked, "usable_cores", lambda: 1)
    assert folder.build(tmp_path / "een") == 0
    assert len(split) == 1  # one core: no copy
    assert digest_tree(tmp_path / "twee") == digest_tree(tmp_path / "een")


def test_a_warning_in_the_copy_is_shown_once_and_fails_a_strict_build(
    plan_folder, split, monkeypatch, caplog
):
    in_copy_only(
        monkeypatch,
        lambda page: logging.getLogger("mkdocs.test").warning(f"let op: {page.file.src_uri}"),
    )
    folder = plan_folder()
    assert folder.build() == 1  # strict: a warning fails the build
    shown = [r.getMessage() for r in caplog.records if r.getMessage().startswith("let op:")]
    assert sorted(shown) == sorted(f"let op: {uri}" for uri in split[0])
    assert not (folder.root / "site").exists()


def test_an_error_in_the_copy_fails_the_build_with_its_message(
    plan_folder, split, monkeypatch, caplog
):
    def broken(page):  # type: ignore[no-untyped-def]
        raise ValueError(f"kapot sjabloon bij {page.file.src_uri}")

    in_copy_only(monkeypatch, broken)
    folder = plan_folder()
    assert folder.build() == 1
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(f"kapot sjabloon bij {split[0][0]}" in message for message in errors)
    assert not (folder.root / "site").exists()


def test_a_copy_that_dies_loses_no_page(plan_folder, split, monkeypatch, tmp_path):
    folder = plan_folder()
    assert folder.build(tmp_path / "gewoon") == 0
    in_copy_only(monkeypatch, lambda page: os._exit(9))
    assert folder.build(tmp_path / "na-verlies") == 0
    assert len(split) == 2
    assert digest_tree(tmp_path / "na-verlies") == digest_tree(tmp_path / "gewoon")


def test_only_known_plugins_and_large_sites_are_split(monkeypatch):
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)
    ours = ["search", "planwijzer", "macros"]
    assert second_core.worth_splitting(ours, second_core.MIN_JOBS)
    assert not second_core.worth_splitting(ours, second_core.MIN_JOBS - 1)
    # another plugin may keep state per page that the copy would take with it
    assert not second_core.worth_splitting([*ours, "material/blog"], 10 * second_core.MIN_JOBS)
    monkeypatch.setattr(forked, "usable_cores", lambda: 1)
    assert not second_core.worth_splitting(ours, 10 * second_core.MIN_JOBS)
