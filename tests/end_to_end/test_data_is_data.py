"""Property: whatever text the YAML holds, no page and no search document runs script.

Hypothesis puts generated payloads (HTML, attribute breakouts, entity-encoded
schemes, Jinja and macro syntax, control characters) into every text field of
every file, builds the site, and reads every page with an HTML parser: no script
element of ours, no event-handler attribute, no executable URL after decoding.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from planwijzer.cli import main

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)",
    "[klik](javascript:alert(1))",
    "[klik](&#106;avascript:alert(1))",
    "[klik](&#x6A;avascript&#58;alert(1))",
    "[klik](java\tscript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    '<a href="javascript:alert(1)">a</a>',
    "{{ 7*7 }} {% include 'mkdocs.yml' %}",
    "{{ kerncijfers() }}",
    "</textarea><script>alert(1)</script>",
    "<!-- --><script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\u2028\u0085 ::error::x",
    "<iframe src=javascript:alert(1)>",
    "<style>*{background:url(javascript:alert(1))}</style>",
]

FIELD_TEXT = st.builds(
    lambda attack, before, after: f"{before}{attack}{after}",
    st.sampled_from(ATTACKS),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8),
    st.sampled_from(["", " ", "\t", "\x7f", "\u00a0", '"', "'", "<", "&", ">"]),
)

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "srcdoc")


def _q(text: str) -> str:
    """``text`` as a YAML double-quoted scalar on one line, whatever it holds."""
    return yaml.safe_dump(text, default_style='"', width=10**6, allow_unicode=True).strip()


def _write_plan(root: Path, t: list[str]) -> None:
    website = "https://example.org/" + re.sub(r"\s", "", t[30])
    files = {
        "data/plan.yaml": f"""
titel: {_q("Plan " + t[0])}
organisatie: {_q(t[1])}
ondertitel: {_q(t[2])}
periode: {{van: 2024, tot: 2026}}
inleiding: {_q(t[3])}
niveaus:
  - sleutel: doelstellingen
    naam: {_q("Doel " + t[4])}
    meervoud: {_q("Doelen " + t[5])}
    afkorting: {_q(t[6])}
acties: {{naam: {_q("Actie " + t[7])}, meervoud: {_q("Acties " + t[8])}}}
bijdragen:
  - {{sleutel: zeker, label: {_q("Zeker " + t[9])}, symbool: {_q(t[10])}}}
toegankelijkheid: {{contact: {_q(t[11])}, datum_controle: 2024-05-01, status: {_q(t[12])}}}
versies:
  - {{datum: 2024-01-01, besluit: {_q(t[13])}, door: {_q(t[14])}}}
""",
        "data/doelstellingen.yaml": f"""
doelstellingen:
  - id: doel-a
    code: {_q(t[15])}
    titel: {_q(t[16])}
    omschrijving: {_q(t[17])}
    toelichting: {_q(t[18])}
""",
        "data/acties.yaml": f"""
acties:
  - id: actie-een
    titel: {_q(t[19])}
    code: {_q(t[20])}
    trekker: partner-x
    context: {_q(t[21])}
    omschrijving: {_q(t[22])}
    samenwerking: {_q(t[23])}
    periode: {{van: 2024, tot: 2025}}
    labels: [{_q(t[24])}]
    bijdragen: {{zeker: [doel-a]}}
    projecten:
      - {{titel: {_q(t[25])}, gemeente: {_q("Gent " + t[26])}, omschrijving: {_q(t[27])}}}
""",
        "data/partners.yaml": f"""
partners:
  - id: partner-x
    naam: {_q(t[28])}
    soort: {_q(t[29])}
    website: {_q(website)}
""",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip(), encoding="utf-8")


def _executable(url: str) -> bool:
    decoded = html.unescape(url)
    cleaned = re.sub(r"[\x00-\x20\x7f-\x9f\s]+", "", decoded)
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return match is not None and match.group(1).lower() not in SAFE_SCHEMES


def _violations(markup: str, where: str) -> list[str]:
    found = []
    for element in BeautifulSoup(markup, "html.parser").find_all(True):
        name = element.name.lower()
        if name == "script" and element.get("id") == "planwijzer-404":
            # The 404 page keeps each language's page as data (JSON) that its script
            # writes: the pages' HTML is checked as a page's.
            for language, page in json.loads(element.string)["pages"].items():
                for part in ("head", "body"):
                    found += _violations(page[part], f"{where} ({language}, {part})")
            continue
        if name in ("script", "iframe", "object", "embed", "style") and "alert" in str(element):
            found.append(f"{where}: <{name}> from the data")
        for attribute, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attribute.lower().startswith("on"):
                found.append(f"{where}: event handler {attribute}={text!r}")
            if attribute.lower() in URL_ATTRIBUTES and _executable(text):
                found.append(f"{where}: {attribute}={text!r}")
    return found


def _site_violations(site: Path) -> list[str]:
    found = []
    for page in sorted(site.rglob("*.html")):
        found += _violations(page.read_text(encoding="utf-8"), page.relative_to(site).as_posix())
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for key in ("title", "text"):
            found += _violations(doc.get(key, ""), f"search index {doc['location']} {key}")
    return found


# Every example is a whole build: no shrinking (it would rebuild hundreds of
# times); a failure prints the whole example, every field, instead.
@settings(
    max_examples=10,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(FIELD_TEXT, min_size=31, max_size=31))
def test_no_text_from_the_yaml_runs_as_script(plan_folder, texts):
    folder = plan_folder()
    shutil.rmtree(folder.root / "data")
    _write_plan(folder.root, texts)
    # Without a nav in mkdocs.yml, labels from the data (acties.meervoud) make the menu.
    mkdocs = folder.root / "mkdocs.yml"
    config = mkdocs.read_text(encoding="utf-8")
    mkdocs.write_text(config[: config.index("\nnav:")] + "\n", encoding="utf-8")
    out = folder.root / "site"
    assert main(["build", str(folder.root), "--out", str(out)]) == 0
    assert _site_violations(out) == []


def test_the_checker_sees_what_it_looks_for(tmp_path):
    # The guard of the guard: each kind of violation in a page is found.
    page = (
        '<p><script>alert(1)</script><img src=x onerror="x()">'
        '<a href="&#106;avascript:alert(1)">a</a><a href="java\tscript:x">b</a></p>'
    )
    assert len(_violations(page, "p")) == 4
    assert _violations('<a href="https://example.org/?a=1&amp;b=2">ok</a>', "p") == []
