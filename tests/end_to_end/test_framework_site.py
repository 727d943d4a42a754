"""Frameworks (data/kaders/): the SDGs built in, a framework of the plan's own and
another plan used as framework; pages, matrix, filter and the action and goal pages."""

from __future__ import annotations

import pytest

from planfolders import (
    FRAMEWORK_ACTIONS,
    FRAMEWORK_GOALS,
    MINIMAL,
    OWN_FRAMEWORK,
    PlanFolder,
    framework_plan,
)
from sitecheck import content, soup


@pytest.fixture(scope="module")
def framework_site(tmp_path_factory):
    folder = framework_plan(tmp_path_factory.mktemp("kaders"))
    assert folder.build() == 0
    return folder.root / "site"


def test_the_frameworks_page_lists_every_framework_used(framework_site):
    page = content(framework_site, "kaders/")
    titles = [a.get_text() for a in page.select(".pw-card__title a")]
    assert titles == [  # the plan's own, by file name, then the built-in ones it uses
        "Vlaams actieplan voor de buurt",
        "Vlaams plan",
        "Duurzameontwikkelingsdoelstellingen (SDG's) van de Verenigde Naties",
    ]


def test_a_framework_page_shows_who_serves_each_onderdeel(framework_site):
    page = content(framework_site, "kaders/eigen/")
    first = page.select_one("#onderdeel-4-1").get_text(" ", strip=True)
    assert "Doel A" in first  # the goal that names it
    assert "Actie een" in first and "Via Doel A" in first  # an action under that goal
    assert "Actie twee" in first and "Via Doel A" in first
    assert "Actie een" in page.select_one("#onderdeel-huurders").get_text()
    unserved = [li.get_text(strip=True) for li in page.select("ul.pw-framework-open li")]
    assert unserved == ["Een onderdeel waar niets aan bijdraagt"]


def test_a_framework_page_reads_like_a_document(framework_site):
    page = content(framework_site, "kaders/eigen/")
    # Every onderdeel is a heading, a sub-onderdeel one level lower.
    part = page.select_one("#onderdeel-4-1")
    assert part.find(["h2", "h3"], class_="pw-framework__part") is not None
    headings = [h.get_text(" ", strip=True) for h in page.select(".pw-framework__part")]
    assert headings and all(
        h.name in ("h2", "h3", "h4") for h in page.select(".pw-framework__part")
    )
    # The actions that serve it through a goal: one line for that goal, not '(via ...)' each.
    lines = [li.get_text(" ", strip=True) for li in part.select(".pw-framework__serving > li")]
    via = [line for line in lines if line.startswith("Via Doel A:")]
    assert len(via) == 1 and "Actie een" in via[0] and "Actie twee" in via[0], lines
    assert "(via" not in part.get_text()


def test_a_direct_link_is_not_counted_twice(framework_site):
    page = content(framework_site, "kaders/eigen/matrix/")
    row = page.select_one('tr[data-actie="actie-een"]')
    assert [td.get("data-bijdrage") for td in row.select("td.pw-cell")] == [
        "via-doelstelling",
        "rechtstreeks",
        None,
    ]


def test_the_sdgs_show_only_when_used_with_their_dutch_titles(framework_site):
    page = content(framework_site, "kaders/sdg/")
    assert "Geen armoede" in page.select_one("#onderdeel-1").get_text()
    assert "Actie een" in page.select_one("#onderdeel-10").get_text()


def test_another_plan_as_framework_links_its_site(framework_site):
    page = content(framework_site, "kaders/vlaams/")
    assert page.select_one('a[href="https://vlaams.invalid"]') is not None
    assert "Actie twee" in page.select_one("#onderdeel-vlaams-doel").get_text()


def test_action_and_goal_pages_list_what_they_serve(framework_site):
    action = content(framework_site, "acties/actie-een/").select_one(".pw-services").get_text(" ")
    assert "SDG's" in action and "10 Ongelijkheid verminderen" in action
    assert "Huurders met de grootste woonnood" in action
    goal = content(framework_site, "doelstellingen/doel-a/").select_one(".pw-services")
    assert "4.1 Vermaatschappelijking" in goal.get_text(" ")


def test_the_filter_offers_every_onderdeel_and_cards_carry_theirs(framework_site):
    page = content(framework_site, "acties/")
    options = [o["value"] for o in page.select("#f-kader option") if o["value"]]
    assert "sdg:10" in options and "eigen:huurders" in options
    card = page.select_one('li[data-actie="actie-een"]')
    assert "eigen:wonen" in card["data-kaders"].split()  # the parent of 'huurders' too


def test_the_menu_has_the_frameworks(framework_site):
    menu = soup(framework_site, "").select_one(".md-nav--primary").get_text(" ")
    assert "Beleidskaders" in menu


def test_the_diff_reports_crosswalk_changes(tmp_path):
    from planwijzer import pipeline
    from planwijzer.revisions.plan_diff import compare

    actions = FRAMEWORK_ACTIONS.replace("        kaders: {vlaams: [vlaams-doel]}\n", "")
    files = {**MINIMAL, "data/doelstellingen.yaml": FRAMEWORK_GOALS, "data/acties.yaml": actions}
    files["data/kaders/eigen.yaml"] = OWN_FRAMEWORK
    old = PlanFolder(tmp_path / "oud", files)
    changed = actions.replace("kaders: {sdg: [1, 10], eigen: [huurders]}", "kaders: {sdg: [1]}")
    new = PlanFolder(tmp_path / "nieuw", {**files, "data/acties.yaml": changed})
    diff = compare(pipeline.check(old.root).plan, pipeline.check(new.root).plan)
    items = {s.title: s.items for s in diff.sections}
    assert items["Beleidskaders"] == [
        "`actie-een` Actie een: kaders − Actieplan buurt Huurders met de grootste woonnood, "
        "− SDG's 10 Ongelijkheid verminderen"
    ]


def test_search_finds_a_framework_by_its_onderdelen(framework_site):
    from sitecheck import indexed_words, search_entries

    entry = next(e for e in search_entries(framework_site) if e["location"] == "kaders/eigen/")
    assert {"huurders", "vermaatschappelijking"} <= indexed_words(entry)


def test_no_link_of_the_framework_site_is_broken(framework_site):
    from sitecheck import broken_links

    assert broken_links(framework_site) == []
