"""The cards for partners' sites in Chromium: a card fits a 375 px phone, axe finds
nothing, it makes no request beyond its own page, and embedded with the iframe code of
its oEmbed file it fits a partner's page. Also the link preview a shared link shows,
drawn from the page's Open Graph tags. Both are screenshotted into test-output/."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup

from browsercheck import AXE_OPTIONS, served
from findableplan import SITE, findable_folder

pytestmark = pytest.mark.browser
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
CARDS = ["insluiten/acties/actie-een/", "insluiten/doelstellingen/doel-a/"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = findable_folder(tmp_path_factory.mktemp("kaarten") / "plan")
    out = folder.root.parent / "site"
    assert folder.build(out) == 0
    return out


@pytest.fixture(scope="module")
def local(site):
    with served(site) as url:
        yield url


@pytest.mark.parametrize("card", CARDS)
def test_a_card_fits_a_phone_passes_axe_and_asks_no_other_server(open_page, local, card):
    page = open_page(width=375)
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(local + card)
    page.wait_for_load_state("networkidle")
    assert asked == [local + card]
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.response["violations"] == [], results.generate_report()
    for link in page.locator("a").all():  # the full page opens outside the frame
        assert link.get_attribute("target") == "_top"
        assert link.get_attribute("href").startswith(SITE)


def test_the_oembed_iframe_fits_a_partners_page_on_a_phone(open_page, site, local):
    oembed = json.loads((site / CARDS[0] / "oembed.json").read_text(encoding="utf-8"))
    code = oembed["html"].replace(SITE, local)  # the card as this test serves it
    host = site / "partnersite.html"
    host.write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Een partnersite</title></head><body style='font-family:sans-serif;margin:16px'>"
        "<main><h1>Nieuws van een partner</h1><p>Wij werken mee aan deze actie:</p>"
        f"{code}<p>Meer nieuws volgt.</p></main></body></html>",
        encoding="utf-8",
    )
    page = open_page(width=375)
    page.goto(local + "partnersite.html")
    frame = page.frame_locator("iframe")
    frame.locator("h1").wait_for()
    box = page.locator("iframe").bounding_box()
    assert box is not None and box["x"] + box["width"] <= 375 - 16
    inner = page.frames[1].evaluate("document.documentElement.scrollWidth - innerWidth")
    assert inner <= 0
    OUTPUT.mkdir(exist_ok=True)
    page.locator("main").screenshot(path=str(OUTPUT / "ingesloten-kaart-telefoon.png"))
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.response["violations"] == [], results.generate_report()


def preview_page(page_html: str, image: str) -> str:
    """A shared link as a chat or social site draws it: image, domain, title and
    description, each from the page's Open Graph tags (escaped again here)."""
    soup = BeautifulSoup(page_html, "html.parser")
    og = {m["property"]: m["content"] for m in soup.find_all("meta", property=True)}
    domain = og["og:url"].split("/")[2]
    e = html.escape
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Voorbeeld van een '
        "gedeelde link</title></head><body style='background:#eef0f3;font-family:sans-serif;"
        "padding:24px'><main><h1 style='font-size:16px'>Een gedeelde link</h1>"
        f"<p style='margin:0 0 8px'>{e(og['og:url'])}</p>"
        "<article style='max-width:500px;background:#fff;border:1px solid #ccd;"
        "border-radius:8px;overflow:hidden'>"
        f"<img src='{e(image)}' alt='{e(og['og:image:alt'])}' style='width:100%;display:block'>"
        f"<div style='padding:10px 14px'><p style='margin:0;color:#555;font-size:13px'>"
        f"{e(domain.upper())}</p><h2 style='margin:4px 0;font-size:17px'>{e(og['og:title'])}</h2>"
        f"<p style='margin:0;color:#333;font-size:14px'>{e(og['og:description'])}</p></div>"
        "</article></main></body></html>"
    )


def test_a_shared_link_shows_a_card_with_the_sites_image(open_page, site, local):
    action = (site / "acties/actie-twee/index.html").read_text(encoding="utf-8")
    og_image = BeautifulSoup(action, "html.parser").find("meta", property="og:image")["content"]
    assert og_image == SITE + "assets/planwijzer/deelkaart.png"
    (site / "gedeeld.html").write_text(
        preview_page(action, og_image.replace(SITE, local)), encoding="utf-8"
    )
    page = open_page(width=560)
    page.goto(local + "gedeeld.html")
    page.wait_for_load_state("networkidle")
    size = page.evaluate("[document.images[0].naturalWidth, document.images[0].naturalHeight]")
    assert size == [1200, 630]
    assert page.locator("h2").inner_text() == "Actie twee"
    OUTPUT.mkdir(exist_ok=True)
    page.locator("main").screenshot(path=str(OUTPUT / "gedeelde-link.png"))
