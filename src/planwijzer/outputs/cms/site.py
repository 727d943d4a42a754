"""What /beheer/ is in the built site: a page that loads the CMS, its configuration,
and the CMS itself, served from the site (no CDN).

Why vendored: the README's two commands and every build (GitHub Pages too) need no
Node.js; the pinned bundle is checked against its SHA256SUMS by the tests, and
'make cms-vendor' fetches a new version from npm.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from ...loading.site_contract import Beheer
from ...model import Plan
from ...shared.yaml_text import TEXT, plain_in_both
from .config import FOLDER, cms_config
from .page import page

VENDOR = Path(__file__).parent / "vendor" / "decap-cms"
WIDGETS = Path(__file__).parent / "widgets.js"  # Planwijzer's own fields, see there


class _ConfigDumper(yaml.SafeDumper):
    """Writes every text so that it reads back as text under YAML 1.1 (this library)
    and 1.2 (the CMS's reader): '08', '019', '0o17' and '1e5' are numbers in 1.2."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = None if plain_in_both(dumper, value) else '"'
    return dumper.represent_scalar(TEXT, value, style=style)


_ConfigDumper.add_representer(str, _text)


def config_text(config: dict) -> str:
    """config.yml: through JSON first, so only plain strings, numbers, lists and
    mappings reach YAML; every text quoted where a YAML 1.2 reader would see more."""
    text = "# Geschreven door Planwijzer uit het contract; niet met de hand bewerken.\n"
    plain = json.loads(json.dumps(config))
    return text + yaml.dump(plain, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False)


def vendored_files_intact() -> list[str]:
    """The vendored files whose bytes differ from SHA256SUMS (empty: all intact)."""
    wrong = []
    for line in (VENDOR / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        path = VENDOR / name.strip()
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            wrong.append(name.strip())
    return wrong


def cms_files(
    plan: Plan,
    settings: Beheer,
    repo: str | None,
    prefix: str,
    site_url: str | None,
    local: str | None = None,
) -> list[tuple[str, bytes]]:
    """(path in the site, content) of everything /beheer/ needs; ``local``: the address
    of the local backend ('planwijzer beheer lokaal')."""
    config = cms_config(plan, settings, repo, prefix, site_url)
    if local:
        config["local_backend"] = {"url": local}
    text = config_text(config)
    files = [
        (f"{FOLDER}/index.html", page(plan, settings, local=bool(local)).encode("utf-8")),
        (f"{FOLDER}/config.yml", text.encode("utf-8")),
    ]
    files.append((f"{FOLDER}/{WIDGETS.name}", WIDGETS.read_bytes()))
    for path in sorted(VENDOR.iterdir()):
        if path.suffix in (".js", ".wasm"):
            files.append((f"{FOLDER}/{path.name}", path.read_bytes()))
    return files
