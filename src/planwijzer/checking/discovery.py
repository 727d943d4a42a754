"""What the site needs to be found (outputs/discovery) and the plan does not state:
the site's address (mkdocs.yml 'site_url'), and with it the catalogue's contact point
and licence. Nothing is invented: each is a warning that names what to fill in."""

from __future__ import annotations

from pathlib import Path

from ..loading.site_file import CONFIG, site_file
from ..loading.yaml_nodes import YamlDocument
from ..shared.problems import Report


def site_url(plan_dir: Path) -> tuple[str | None, int]:
    """mkdocs.yml's site_url (None when there is none) and the line that names it,
    else the line of a comment that mentions it ('# site_url: ...'), else line 1."""
    settings = site_file(plan_dir)
    if "site_url" in settings.lines or not settings.exists:
        return settings.site_url, settings.line("site_url")
    text = (plan_dir / CONFIG).read_text(encoding="utf-8")
    line = next((n for n, row in enumerate(text.split("\n"), 1) if "site_url:" in row), 1)
    return None, line


def check_site_address(plan_dir: Path, report: Report) -> None:
    """'planwijzer check': a plan folder whose mkdocs.yml gives no site_url."""
    if not (plan_dir / CONFIG).is_file():
        return
    address, line = site_url(plan_dir)
    if address:
        return
    report.warning(
        CONFIG,
        line,
        1,
        "Nog aan te vullen: het adres van de site (site_url). Zonder dat adres maakt de "
        "build geen catalogus voor het open-dataportaal (data/catalogus.ttl), geen feed "
        "(feed.xml), geen kaarten voor gedeelde links en geen kaarten om in te sluiten; "
        "de sitemap blijft leeg.",
        "Schrijf in mkdocs.yml 'site_url: https://...' met het adres waarop de site "
        "gepubliceerd wordt (zie 'Gevonden worden' in de README).",
    )


def check_findable(plan_dir: Path, doc: YamlDocument, plan, report: Report) -> None:  # type: ignore[no-untyped-def]
    """With a site_url: the catalogue's contact point and licence, from plan.yaml."""
    if not site_url(plan_dir)[0]:
        return
    contact = plan.contact
    if contact is None or not (contact.email or contact.website):
        pos = doc.position(("contact",), key=True) if contact is not None else None
        report.warning(
            doc.file,
            pos.line if pos else 1,
            pos.column if pos else 1,
            "Nog aan te vullen: een contactpunt voor de open data. De catalogus "
            "(data/catalogus.ttl) noemt er dan geen, en het Vlaamse open-dataportaal "
            "vraagt een e-mailadres of een webadres (DCAT-AP VL).",
            "Schrijf onder 'contact' in data/plan.yaml het e-mailadres (email: ...) of "
            "de website (website: https://...) van de organisatie.",
        )
    if not plan.licentie:
        report.warning(
            doc.file,
            1,
            1,
            "Nog aan te vullen: de licentie van de open data. De catalogus en het "
            "datapakket vermelden tot dan CC-BY-4.0, de standaard van Planwijzer.",
            "Schrijf in data/plan.yaml 'licentie: CC-BY-4.0' (of de licentie die de "
            "organisatie kiest, een SPDX-id of een webadres).",
        )
