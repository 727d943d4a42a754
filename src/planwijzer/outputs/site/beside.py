"""What a site build writes beside its pages: the open data, the plan's PDF and the
CMS. Made before the pages, so that the home page, the footer and the open-data page
can give the PDF's real size. ``settings``: the site's settings as the engine read
them (docs_dir, nav, Markdown extensions, site_url, repo_url, extra)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...model import Plan
from ...pipeline import other_languages
from ...rendering.document import Imprint, plan_document
from ...rendering.formatting import file_size
from ...rendering.renderer import Renderer
from ...revisions.source_links import repository
from ...shared.interface import N_, _
from ...shared.licences import licence_for
from ...shared.memory import paused_gc
from ...shared.text import slugify
from ..cms import cms_files
from ..open_data import DataFile, open_data_files
from ..pdf import PDF_MAX_ACTIONS, PdfFailed, pdf_bytes
from ..pdf import imprint_for as pdf_imprint
from ..pdf.narrative import NarrativeSource, narrative_pages

FOLDER = "downloads"
CMS_BACKEND = "planwijzer_beheer_lokaal"  # config.extra: the local backend of /beheer/


@dataclass(frozen=True)
class Download(DataFile):
    """The plan's PDF: a file the open-data page lists like the others, with its link text."""

    format: str = "PDF"
    description: str = N_("Het plan als document, met inhoudstafel en bladwijzers.")

    @property
    def label(self) -> str:
        """'Download het plan (PDF, 1,2 MB)'."""
        return _("Download het plan (%(formaat)s, %(grootte)s)") % {
            "formaat": self.format,
            "grootte": file_size(self.size),
        }


def pdf_path(plan: Plan) -> str:
    return f"{FOLDER}/{slugify(plan.title) or 'plan'}.pdf"


def imprint_for(config: Any, plan: Plan, plan_dir: Path) -> Imprint:
    """The cover's and colophon's imprint (``outputs.pdf.imprint_for``) of this build."""
    return pdf_imprint(plan, plan_dir, Path(config.docs_dir), config.site_url)


def plan_pdf(config: Any, plan: Plan, plan_dir: Path) -> Download | None:
    """The plan's PDF, or None (with the reason on stderr) when it is not made: too
    large for a build, or WeasyPrint missing or failing. The site is built anyway."""
    if len(plan.actions) > PDF_MAX_ACTIONS:
        print(
            f"PDF niet gemaakt: het plan heeft meer dan {PDF_MAX_ACTIONS} acties; "
            f"maak het met 'planwijzer pdf {plan_dir}'.",
            file=sys.stderr,
        )
        return None
    source = NarrativeSource(
        Path(config.docs_dir),
        config.nav,
        list(config.markdown_extensions),
        dict(config.mdx_configs),
        Path(config.config_file_path).parent,
    )
    html = plan_document(
        plan,
        narrative_pages(source, Renderer(plan, plan_dir)),
        imprint_for(config, plan, plan_dir),
        plan_dir=plan_dir,
    )
    try:
        return Download(pdf_path(plan), pdf_bytes(html))
    except PdfFailed as exc:
        print(f"PDF niet gemaakt: {exc} De site wordt wel gebouwd.", file=sys.stderr)
        return None


@dataclass(frozen=True)
class Beside:
    """What a build writes beside its pages: the open data and the PDF."""

    data: list[DataFile]
    download: Download | None
    cms: list[DataFile] = field(default_factory=list)  # /beheer/, when plan.yaml asks
    # The plan in its other languages, read for the open data (the main build's only).
    others: list[Plan] = field(default_factory=list)

    @property
    def files(self) -> list[DataFile | Download]:
        return [*self.data, *([self.download] if self.download else []), *self.cms]

    @property
    def listed(self) -> list[DataFile]:
        """The files the open-data page lists: not the slices."""
        return [f for f in self.data if f.path.removeprefix("../").count("/") == 1]


def beside_the_site(
    config: Any, plan: Plan, plan_dir: Path, *, serving: bool, data: list | None = None
) -> Beside:
    """The open data (unless ``data``: made by another build), and (not in the live
    preview, which needs none) the PDF."""
    if data is None:
        with paused_gc():  # many small objects, no cycles: see memory
            others = other_languages(plan_dir, plan, concepts=serving)
            data = open_data_files(plan, licence_for(plan.licence), others=others)
        pdf, cms = _pdf(config, plan, plan_dir, serving), editing_page(config, plan, plan_dir)
        return Beside(data, pdf, cms, list(others.values()))
    return Beside(data, _pdf(config, plan, plan_dir, serving))


def _pdf(config: Any, plan: Plan, plan_dir: Path, serving: bool) -> Download | None:
    return None if serving else plan_pdf(config, plan, plan_dir)


def editing_page(config: Any, plan: Plan, plan_dir: Path) -> list[DataFile]:
    """The files of /beheer/ when plan.yaml has 'beheer:' (see outputs/cms)."""
    if plan.cms is None:
        return []
    found, prefix = repository(plan_dir)
    repo = plan.cms.repo or _repo_of(config.repo_url) or found
    local = config.extra.get(CMS_BACKEND)
    files = cms_files(plan, plan.cms, repo, prefix, config.site_url or None, local=local)
    return [DataFile(path, content, "CMS", "") for path, content in files]


def _repo_of(url: str | None) -> str | None:
    """'organisatie/plan' from mkdocs.yml's repo_url."""
    parts = (url or "").rstrip("/").removesuffix(".git").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 5 and parts[-2] and parts[-1] else None
