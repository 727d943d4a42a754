"""How a plan shapes MkDocs' configuration: the title, the theme fixes and assets,
the navigation when mkdocs.yml has none, and where 'edit the source' links go."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ...model import Plan
from ...rendering.search_words import query_rules
from ...shared.colours import DARK_BACKGROUND, DEFAULT_COLOUR, readable_on
from ...shared.interface import _
from ...shared.site_paths import ACTIONS, GOALS, INDICATORS, MUNICIPALITIES, PARTNERS, REPORTS
from .navigation import attribute_safe, plan_navigation

HERE = Path(__file__).resolve().parent
THEME_DIR = HERE / "theme"
ASSETS_DIR = HERE / "assets"


class PlanwijzerConfig(Config):
    data_dir = config_options.Type(str, default="data")
    # Where 'Fout gezien? Bewerk de bron' links go, e.g.
    # 'https://github.com/org/plan/blob/main/{bestand}#L{regel}'. Without it, it is
    # derived from repo_url and edit_uri; without those, pages get no such link.
    bron_url = config_options.Optional(config_options.Type(str))


def assets() -> list[Path]:
    """The stylesheet and script every page loads, in a stable order."""
    return sorted(ASSETS_DIR.iterdir())


def add_assets(files: Files, config: MkDocsConfig) -> None:
    for asset in assets():
        files.append(
            File.generated(config, f"assets/planwijzer/{asset.name}", abs_src_path=str(asset))
        )


def apply_plan(config: MkDocsConfig, plan: Plan) -> None:
    """Title, theme fixes, assets and (when missing) navigation from the plan."""
    # Links between generated pages are computed for directory URLs.
    config.use_directory_urls = True
    # Generated pages stay out of the navigation by design (see default_nav):
    # MkDocs need not list them on every build.
    config.validation.nav.omitted_files = logging.DEBUG
    # The plan title and period in the header. Material prints the site name raw in
    # one attribute and escaped in another: as Markup, escaped once for both.
    title = plan.title if plan.period_label in plan.title else f"{plan.title} {plan.period_label}"
    config.site_name = attribute_safe(title)
    # The description of pages that have none of their own (narrative pages).
    if not config.site_description:
        description = _("%(plan)s van %(organisatie)s")
        config.site_description = attribute_safe(
            description % {"plan": plan.title, "organisatie": plan.organisation}
        )
    # No page makes a request to another server: Material would load its fonts from
    # Google's (a privacy problem for a public-sector site); system fonts instead.
    config.theme["font"] = False
    # An invented example plan says so on every page (theme/main.html).
    config.extra["planwijzer_fictief"] = plan.fictional
    # Header, footer and colours of every page (theme/partials, theme/main.html).
    config.extra["planwijzer"] = site_identity(plan, config.repo_url)
    if plan.identity is not None and plan.identity.logo:
        config.theme["logo"] = plan.identity.logo
    # Our theme fixes go below a plan's own custom_dir, above Material.
    position = 1 if config.theme.custom_dir else 0
    if str(THEME_DIR) not in config.theme.dirs:
        config.theme.dirs.insert(position, str(THEME_DIR))
    for asset in assets():
        url = f"assets/planwijzer/{asset.name}"
        if asset.suffix == ".css" and url not in config.extra_css:
            config.extra_css.append(url)
        elif asset.suffix == ".js" and url not in [str(s) for s in config.extra_javascript]:
            config.extra_javascript.append(url)
    config.nav = plan_navigation(plan, config.nav, Path(config.docs_dir))


def site_identity(plan: Plan, repo_url: str | None) -> dict:
    """What the theme shows of the organisation on every page. The colour is checked
    (white text on it reaches 4.5:1); links in the dark scheme get a lighter tint of it."""
    colour = plan.identity.kleur if plan.identity is not None else DEFAULT_COLOUR
    contact = plan.contact
    return {
        "organisatie": attribute_safe(plan.organisation),
        "organisatie_kort": attribute_safe(plan.organisation_short),
        "acties": attribute_safe(plan.action_plural),
        "korte_titel": attribute_safe(plan.short_title),
        "kleur": colour,
        "kleur_donker_thema": readable_on(colour, DARK_BACKGROUND),
        "adres": contact.adres if contact else None,
        "telefoon": contact.telefoon if contact else None,
        "email": contact.email if contact else None,
        "website": contact.website if contact else None,
        "bron": repo_url,
        "soorten": _kinds_json(plan),
        # Dutch compounds in the reader's query (search.js), as in the index: Dutch only.
        "samenstellingen": json.dumps(query_rules()) if plan.language == "nl" else "",
    }


def _kinds_json(plan: Plan) -> str:
    """Search results say what kind of page they are (search.js), by address."""
    kinds = {
        "": _("Pagina"),
        f"{ACTIONS}/": plan.action_name,
        f"{GOALS}/": _("Doelstelling"),
        f"{PARTNERS}/": _("Partner"),
        f"{MUNICIPALITIES}/": _("Gemeente"),
        f"{REPORTS}/": _("Rapport"),
        f"{INDICATORS}/": _("Indicator"),
        "overzicht/": _("Overzicht"),
    }
    # An attribute's value (theme/main.html escapes it), never text inside <script>.
    return json.dumps(kinds, ensure_ascii=False)


def source_url_template(config: MkDocsConfig) -> str | None:
    """'{repo_url}/blob/{branch}/{bestand}#L{regel}', from repo_url and edit_uri.

    edit_uri names the branch and where docs/ lives in the repository
    ('edit/main/docs/'); the data files live next to docs/.
    """
    if not config.repo_url or not config.edit_uri:
        return None
    match = re.match(r"^(?:edit|blob)/([^/]+)/(.*)$", config.edit_uri.strip("/") + "/")
    if match is None:
        return None
    branch, docs_path = match.groups()
    docs_name = Path(config.docs_dir).name + "/"
    prefix = docs_path[: -len(docs_name)] if docs_path.endswith(docs_name) else docs_path
    return f"{config.repo_url.rstrip('/')}/blob/{branch}/{prefix}{{bestand}}#L{{regel}}"
