"""The page the preview shows while the plan has errors: one item per problem."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from planwijzer.outputs.mkdocs.preview_server import PreviewServer, problem_page
from planwijzer.outputs.mkdocs.site import PreviewBuilder


def test_each_problem_is_one_item_with_its_hint_and_text_stays_text():
    problems = (
        "Het plan bevat fouten (2 fouten, 0 waarschuwingen):\n"
        "data/acties.yaml:4:14: fout: Onbekende partner '<b>x</b>'.\n"
        "    → Verwijs met de id van een partner.\n"
        "data/plan.yaml:2:1: fout: Het veld 'titel' ontbreekt.\n"
    )
    page = BeautifulSoup(problem_page(problems, "/acties/a/"), "html.parser")
    items = [li.get_text() for li in page.select("ol li")]
    assert len(items) == 2
    assert "Onbekende partner '<b>x</b>'" in items[0] and "→ Verwijs" in items[0]
    assert page.find("b") is None  # escaped, never markup
    assert "2 fouten" in page.select_one("main p:nth-of-type(2)").get_text()
    assert page.select_one("a")["href"] == "/acties/a/?laatste-goede=1"
    assert page.html["lang"] == "nl"


def _shown(server: PreviewServer, path: str) -> BeautifulSoup:
    environ = {"PATH_INFO": path, "QUERY_STRING": ""}
    body = b"".join(server._serve_request(environ, lambda *_: None) or [])
    return BeautifulSoup(body.decode("utf-8"), "html.parser")


def test_the_last_good_version_is_offered_only_when_there_is_one(tmp_path):
    """Started on a broken plan, nothing was built yet: the link led to a bare 404."""
    server = PreviewServer(lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        server.state.fail("Het plan bevat fouten (1 fout, 0 waarschuwingen):\n")
        page = _shown(server, "/acties/a/")
        assert page.find("a", string=re.compile("laatste goede versie")) is None
        assert "nog geen goede versie" in page.select_one("main").get_text()

        built = tmp_path / "acties" / "a" / "index.html"
        built.parent.mkdir(parents=True)
        built.write_text("<html><h1>A</h1></html>", encoding="utf-8")
        link = _shown(server, "/acties/a/").find("a", string=re.compile("laatste goede versie"))
        assert link is not None and link["href"] == "/acties/a/?laatste-goede=1"
        # a page the last good build did not have (a new action) has no good version
        assert _shown(server, "/acties/b/").find("a") is None
    finally:
        server.server_close()


def test_the_warnings_it_counts_are_listed(plan_folder, tmp_path):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
            acties:
              - id: actie-een
                titel: Actie een
                partners: [partner-y]
                bijdragen: {zeker: [doel-a]}
            """,
            "data/opvolging/2030.yaml": "titel: Rapport 2030\npeildatum: 2030-12\n",
        }
    )
    builder = PreviewBuilder(folder.root, tmp_path / "site", host="127.0.0.1", port=8000)
    with pytest.raises(SystemExit) as failed:
        builder()
    message = str(failed.value)
    counted = re.search(r"\(1 fout, (\d+) waarschuwingen\)", message)
    assert counted is not None, message
    page = BeautifulSoup(problem_page(message, "/"), "html.parser")
    [errors, warnings] = page.select("ol")
    [error] = [li.get_text() for li in errors.select("li")]
    assert "Onbekende partner 'partner-y'" in error
    assert warnings.find_previous("h2").get_text() == "Waarschuwingen"
    listed = [li.get_text() for li in warnings.select("li")]
    assert len(listed) == int(counted.group(1)), listed
    assert all("waarschuwing:" in text for text in listed), listed
    assert any("valt buiten de planperiode" in text for text in listed), listed
