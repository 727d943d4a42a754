"""Shape guards for large plans: output grows linearly, no page grows with the plan.

Not timed: these compare sizes between a small and a ten times larger plan, so a
regression to output that grows with the number of actions fails here.
"""

from __future__ import annotations

import json
import posixpath

import pytest

from planwijzer.cli import main
from sitecheck import content
from synthetic_plan import make_plan


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    built = {}
    for n in (50, 500):
        root = make_plan(tmp_path_factory.mktemp(f"plan{n}"), n)
        assert main(["build", str(root), "--out", str(root / "site")]) == 0
        built[n] = root / "site"
    return built


def test_action_page_size_does_not_grow_with_the_plan(sites):
    small = (sites[50] / "acties/actie-7/index.html").stat().st_size
    large = (sites[500] / "acties/actie-7/index.html").stat().st_size
    assert large < small * 1.1
    assert large < 40 * 1024


def test_average_page_and_search_index_stay_small(sites):
    for site in sites.values():
        pages = list(site.rglob("index.html"))
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        assert total / len(pages) < 60 * 1024
        index = (site / "search/search_index.json").stat().st_size
        assert index / len(pages) < 2 * 1024


def test_navigation_does_not_grow(sites):
    def nav_links(site):
        return len(
            content(site, "acties/actie-7/").find_parent("html").select("nav.md-nav--primary a")
        )

    assert nav_links(sites[50]) == nav_links(sites[500])


def test_a_large_matrix_splits_per_top_level_goal(plan_folder):
    folder = plan_folder()
    plan_yaml = (folder.root / "data/plan.yaml").read_text(encoding="utf-8")
    folder.write("data/plan.yaml", plan_yaml + "matrix_max_acties: 1\n", dedent=False)
    folder.write(
        "data/doelstellingen.yaml",
        """\
        doelstellingen:
          - id: doel-a
            titel: Doel A
          - id: doel-b
            titel: Doel B
        """,
    )
    assert folder.build() == 0
    site = folder.root / "site"
    index = content(site, "overzicht/")
    parts = [
        posixpath.normpath("overzicht/" + a["href"]) for a in index.select(".pw-card__title a")
    ]
    assert parts == ["overzicht/doel-a", "overzicht/doel-b"]
    part = content(site, "overzicht/doel-b/").select_one("table.pw-matrix")
    assert [r["data-actie"] for r in part.select("tbody tr")] == ["actie-twee"]
    assert len(part.select("thead th.pw-matrix__leaf")) == 1


def test_search_index_has_one_short_entry_per_entity_page(sites):
    index = json.loads((sites[500] / "search/search_index.json").read_text(encoding="utf-8"))
    locations = [d["location"] for d in index["docs"] if d["location"].startswith("acties/")]
    assert len(locations) == len(set(locations)) == 500
