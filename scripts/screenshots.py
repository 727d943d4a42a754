"""Full-page screenshots of a built site at phone and desktop width, for review notes.

python scripts/screenshots.py site shots/ [--pages / /overzicht/matrix/ ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browsercheck import CHROMIUM, CHROMIUM_ARGS, served

DEFAULT_PAGES = ["/", "/overzicht/extern/", "/acties/de-stek/", "/gemeenten/ronse/"]
WIDTHS = {"telefoon": 375, "desktop": 1280}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", nargs="+", default=DEFAULT_PAGES)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with served(args.site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, width in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": 800})
            for path in args.pages:
                page.goto(base + path.lstrip("/"))
                name = path.strip("/").replace("/", "-") or "start"
                target = args.out / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=True)
                size = page.evaluate(
                    "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
                )
                print(f"{target}: {size[0]}×{size[1]} px")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
