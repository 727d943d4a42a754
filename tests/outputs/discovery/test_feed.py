"""The Atom feed, read as a feed reader reads it (feedparser): the versions of the
page Wijzigingen, the reports and the measurements, with stable ids and the dates of
the changes themselves."""

from __future__ import annotations

import feedparser
import pytest

from findableplan import HOSTILE, SITE, findable_folder
from planwijzer import pipeline
from planwijzer.outputs.discovery.feed import atom_feed
from planwijzer.revisions.plan_diff import version_history


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = findable_folder(tmp_path_factory.mktemp("plan"))
    plan = pipeline.check(folder.root).plan
    return plan, version_history(folder.root, plan)


@pytest.fixture(scope="module")
def feed(plan):
    body = atom_feed(*plan[:1], SITE, plan[1], "nl")
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def test_every_change_is_an_entry_linking_its_page(feed):
    links = {entry.title: entry.link for entry in feed.entries}
    assert links["15 maart 2025: Actie twee toegevoegd."] == f"{SITE}wijzigingen/#versie-2"
    assert links["januari 2024: Plan goedgekeurd door de raad."] == f"{SITE}wijzigingen/#versie-1"
    assert links["Voortgangsrapport 2024"] == f"{SITE}opvolging/2024/"
    assert links["Nieuwe meting van Bereik: 12"] == f"{SITE}indicatoren/bereik/"
    assert feed.feed.title == "Wijzigingen in het plan ‘Testplan 2024-2026’"
    assert feed.feed.language == "nl"


def test_ids_are_tag_uris_and_dates_are_the_changes_own(feed):
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == len(ids) == 4
    assert all(i.startswith("tag:plan.example,") for i in ids)
    updated = [entry.updated for entry in feed.entries]  # newest first
    assert updated == [
        "2025-03-15T00:00:00Z",
        "2024-12-31T00:00:00Z",
        "2024-06-01T00:00:00Z",
        "2024-01-01T00:00:00Z",
    ]
    assert feed.feed.updated == "2025-03-15T00:00:00Z"


def test_two_builds_give_the_same_bytes(plan):
    assert atom_feed(plan[0], SITE, plan[1], "nl") == atom_feed(plan[0], SITE, plan[1], "nl")


def test_text_from_the_yaml_stays_text(tmp_path):
    """An indicator's title with markup: the reader shows it as written."""
    folder = findable_folder(tmp_path)
    path = folder.root / "data" / "indicatoren.yaml"
    quoted = HOSTILE.replace("'", "''")
    path.write_text(path.read_text().replace("titel: Bereik", f"titel: '{quoted}'"))
    plan = pipeline.check(folder.root).plan
    body = atom_feed(plan, SITE, [], "nl")
    assert b"<script>" not in body
    [entry] = [e for e in feedparser.parse(body).entries if "meting" in e.id]
    assert entry.title == f"Nieuwe meting van {HOSTILE}: 12"
