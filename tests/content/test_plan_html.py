"""The plan's site is valid HTML: the Nu HTML checker on every page it builds (the
pages come from the plan's own data, so no page is named here)."""

from __future__ import annotations

import json

from browsercheck import vnu_errors


def test_every_page_of_the_plan_is_valid_html(plan_site):
    assert len(list(plan_site.rglob("*.html"))) > 10  # the checker had pages to read
    errors = [(e["url"].split("/site/")[-1], e["message"]) for e in vnu_errors(plan_site)]
    assert errors == [], json.dumps(errors[:10], indent=1, ensure_ascii=False)
