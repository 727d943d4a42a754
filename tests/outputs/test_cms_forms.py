"""/beheer/'s forms in an editor's words: no YAML, ids or braces in a hint; a calendar
for dates; an id shown, never typed over; a new report named as 'nieuw rapport' names
it; a text of a plan in two languages edited in both side by side. (What the widgets
do in a browser: tests/end_to_end/test_cms_browser.py.)"""

from __future__ import annotations

import re

import pytest

from paths import BILINGUAL, REFERENCE
from planwijzer import pipeline
from planwijzer.loading.site_contract import Beheer
from planwijzer.outputs.cms.config import cms_config
from planwijzer.outputs.cms.site import WIDGETS

# What an editor who knows no YAML cannot act on: a file name, an id, the '{van, tot}'
# notation, a line of a file, the words true and false.
CODE_SPEAK = re.compile(r"yaml|\bids?\b|[{}\[\]]|\bregel\b|\btrue\b|\bfalse\b", re.I)


def _config(root):
    plan = pipeline.check(root).plan
    return cms_config(plan, plan.cms or Beheer(repo="org/plan"), "org/plan", "", None)


def _walk(fields, path=()):
    for f in fields:
        here = (*path, f["name"])
        yield here, f
        yield from _walk(f.get("fields", []), here)
        if "field" in f:
            yield from _walk([f["field"]], here)


def _every_field(config):
    for c in config["collections"]:
        fields = c.get("fields", []) + [x for one in c.get("files", []) for x in one["fields"]]
        yield from _walk(fields, (c["name"],))


@pytest.fixture(scope="module", params=[REFERENCE, BILINGUAL], ids=["referentie", "tweetalig"])
def config(request):
    return _config(request.param)


def test_no_hint_speaks_yaml(config):
    said = []
    for path, f in _every_field(config):
        texts = [f.get("hint", ""), f.get("label", "")]
        texts += [f["pattern"][1]] if isinstance(f.get("pattern"), list) else []
        said += [("/".join(path), t) for t in texts if CODE_SPEAK.search(t)]
    assert said == []


def test_dates_are_chosen_on_a_calendar(config):
    fields = dict(_every_field(config))
    dates = {p: f for p, f in fields.items() if p[-1] in ("peildatum", "datum", "van", "tot")}
    dates = {p: f for p, f in dates.items() if p[:2] != ("plan", "periode")}  # two years
    assert dates and {f["widget"] for f in dates.values()} == {"planwijzer-datum"}
    assert ("rapporten", "peildatum") in dates
    assert any(p[0] == "rapporten" and p[-2:] == ("mijlpalen", "datum") for p in dates)
    assert ("indicatoren", "indicatoren", "metingen", "datum") in dates
    assert fields[("plan", "periode", "van")]["widget"] == "number"  # a year
    # A report's period: two dates side by side, or one ('periode: 2025') as written.
    assert fields[("rapporten", "periode")]["widget"] == "planwijzer-periode"
    assert {fields[("acties", "periode", e)]["widget"] for e in ("van", "tot")} == {
        "planwijzer-datum"
    }


def test_an_id_is_shown_never_typed_over(config):
    ids = [f for path, f in _every_field(config) if path[-1] == "id"]
    assert ids and {f["widget"] for f in ids} == {"planwijzer-id"}
    action = next(c for c in config["collections"] if c["name"] == "acties")
    (own,) = [f for f in action["fields"] if f["name"] == "id"]
    assert own["from_title"] is True and "vraag je aan wie het plan beheert" in own["hint"]


def test_a_new_milestone_is_planned_not_missed(config):
    """'gehaald: false' means missed: a milestone added in the form is neither."""
    fields = dict(_every_field(config))
    (reached,) = {f["widget"]: f for p, f in fields.items() if p[-1] == "gehaald"}.values()
    assert "default" not in reached
    assert fields[("acties", "concept")]["default"] is True  # a new action: a concept


def test_a_new_report_is_named_after_its_year():
    collections = {c["name"]: c for c in _config(REFERENCE)["collections"]}
    assert collections["rapporten"]["slug"] == "{{fields.peildatum | date('YYYY')}}"
    # A year plan: '2026-jaarplan', as 'nieuw rapport 2026-jaarplan' names it.
    plans = collections["jaarplannen"]
    assert plans["slug"] == "{{fields.peildatum | date('YYYY')}}-jaarplan"
    assert plans["filter"] == {"field": "soort", "value": "jaarplan"}
    fields = dict(_walk(plans["fields"]))
    assert fields[("soort",)] == {
        "name": "soort", "label": "Soort", "widget": "hidden", "default": "jaarplan"
    }  # fmt: skip
    assert not [p for p, f in fields.items() if p[-1] == "status" and "default" in f]


def test_every_text_of_a_bilingual_plan_has_a_box_per_language():
    config = _config(BILINGUAL)
    fields = dict(_every_field(config))
    title = fields[("acties", "titel")]
    assert title["widget"] == "planwijzer-talen"
    assert (title["talen"], title["taalnamen"]) == (["nl", "fr"], ["Nederlands", "Frans"])
    assert fields[("acties", "omschrijving")]["regels"] is True  # Markdown: several lines
    assert fields[("acties", "labels")]["field"]["widget"] == "planwijzer-talen"
    assert fields[("acties", "code")]["widget"] == "string"  # the same in every language
    action = next(c for c in config["collections"] if c["name"] == "acties")
    assert action["slug"] == "{{fields.titel.nl}}"  # not a name made of '{nl, fr}'
    one = dict(_every_field(_config(REFERENCE)))
    assert one[("acties", "titel")]["widget"] == "string"


def test_the_widgets_ship_with_the_page(tmp_path, plan_folder):
    from planfolders import MINIMAL

    plan = plan_folder({"data/plan.yaml": MINIMAL["data/plan.yaml"] + "beheer: {repo: org/plan}\n"})
    assert plan.build(tmp_path / "site") == 0
    page = (tmp_path / "site/beheer/index.html").read_text(encoding="utf-8")
    # Loaded right after the CMS, in order (the page loads the CMS only where it fits).
    assert page.index('"decap-cms.js"') < page.index('"widgets.js"')
    assert page.count(".async = false") == 2
    shipped = (tmp_path / "site/beheer/widgets.js").read_bytes()
    assert shipped == WIDGETS.read_bytes()
    for widget in ("planwijzer-id", "planwijzer-datum", "planwijzer-talen"):
        assert f'registerWidget("{widget}"' in shipped.decode("utf-8")
