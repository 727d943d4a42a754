"""'planwijzer pdf': the plan's (or one report's) PDF as a file, at any size.

The narrative pages and their order come from the plan's mkdocs.yml, as in a build,
read as plain data (``loading.site_file``): MkDocs need not be installed. The file is
written next to its place and renamed, so a failure leaves no half file.
"""

from __future__ import annotations

from pathlib import Path

from ... import pipeline
from ...loading.site_file import SiteFile, SiteFileError, read_site_file
from ...model import Plan
from ...rendering.document import plan_document, report_document
from ...shared.atomic_file import write_atomically
from ...shared.languages import LANGUAGE_NAMES
from ...shared.os_reasons import os_reason
from ...shared.problems import Report, did_you_mean
from ...shared.text import slugify
from ..site_folder import SOURCES
from .narrative import NarrativeSource, narrative_pages
from .writer import PdfFailed, imprint_for, pdf_bytes


class DocumentFailed(RuntimeError):
    """The document cannot be made; the message says why, in Dutch."""


def _plan_errors(report: Report) -> DocumentFailed:
    """The plan's own problems as the cause, each with its file and line."""
    lines = "\n".join(problem.format() for problem in report.sorted())
    return DocumentFailed(f"Het plan bevat fouten ({report.summary()}):\n{lines}")


def default_name(plan: Plan, report: str | None) -> str:
    stem = slugify(plan.title) or "plan"
    if plan.language != plan.languages[0]:  # another language's document: said in its name
        stem = f"{stem}-{plan.language}"
    return f"{stem}-{slugify(report)}.pdf" if report else f"{stem}.pdf"


def _safe_target(plan_dir: Path, out: Path) -> None:
    resolved = out.resolve()
    for name in SOURCES:
        source = (plan_dir / name).resolve()
        if resolved == source or source in resolved.parents:
            raise DocumentFailed(
                f"{out} ligt in de bronnen van het plan ({name}); kies een andere plaats, "
                "bijvoorbeeld --out plan.pdf."
            )
    if resolved.exists() and (resolved.is_dir() or resolved.suffix.lower() != ".pdf"):
        raise DocumentFailed(f"{out} bestaat al en is geen PDF-bestand; het wordt niet vervangen.")
    for folder in out.parents:
        if folder.exists():
            if not folder.is_dir():
                raise DocumentFailed(
                    f"{out} kan niet geschreven worden: {folder} is een bestand, geen map. "
                    "Kies met --out een plaats in een map."
                )
            break


def _settings(plan_dir: Path) -> SiteFile:
    """mkdocs.yml, which names the narrative pages' folder and their order."""
    try:
        settings = read_site_file(plan_dir)
    except SiteFileError as exc:
        raise DocumentFailed(
            f"{plan_dir / exc.file} kan niet gebruikt worden (regel {exc.line}): {exc.message} "
            f"{exc.hint} 'planwijzer build' meldt hetzelfde; verbeter het en maak de PDF opnieuw."
        ) from None
    if not settings.docs_dir.is_dir():
        raise DocumentFailed(
            f"{plan_dir / 'mkdocs.yml'} kan niet gebruikt worden: de map met de verhalende "
            f"pagina's ({settings.docs_dir_setting}/) ontbreekt. Maak ze aan, of schrijf in "
            "mkdocs.yml bij 'docs_dir' de map waar ze staan."
        )
    return settings


def _write_file(target: Path, content: bytes) -> None:
    """The PDF whole or not at all: on a refusal (full disk, read-only) no half file and
    no folder this command made stays behind."""
    made = [folder for folder in target.parents if not folder.exists()]
    try:
        write_atomically(target, content)
    except OSError as exc:
        for folder in made:  # the deepest first
            try:
                folder.rmdir()
            except OSError:
                break
        raise DocumentFailed(
            f"{target} kon niet geschreven worden: {os_reason(exc)}. "
            "Er is geen PDF gemaakt; een bestaand bestand is niet gewijzigd."
        ) from None


def write_document(
    plan_dir: Path, out: Path | None, report: str | None = None, language: str | None = None
) -> Path:
    """Write the PDF (in ``language``, default the plan's main one); returns where.
    Raises DocumentFailed with a Dutch message."""
    languages = pipeline.languages(plan_dir)
    if language is not None and language not in languages:
        # plan.yaml that cannot be read names no language: its error is the cause.
        report, valid = pipeline.validate_plan(plan_dir)
        if valid is None:
            raise _plan_errors(report)
        hint = f" Bedoelde je '{close}'?" if (close := did_you_mean(language, languages)) else ""
        name = LANGUAGE_NAMES.get(language)
        asked = f"in het {name} ('{language}')" if name else f"in de taal '{language}'"
        raise DocumentFailed(
            f"Het plan is niet {asked} geschreven; zijn talen zijn "
            f"{', '.join(languages)} (plan.yaml, 'talen').{hint}"
        )
    return _write(plan_dir, out, report, language)


def _write(plan_dir: Path, out: Path | None, report: str | None, language: str | None) -> Path:
    from ...rendering.renderer import Renderer

    result = pipeline.check(plan_dir, language=language)
    if result.plan is None:
        raise _plan_errors(result.report)
    plan = result.plan
    target = out or plan_dir / default_name(plan, report)
    _safe_target(plan_dir, target)
    settings = _settings(plan_dir)
    imprint = imprint_for(plan, plan_dir, settings.docs_dir, settings.site_url)
    found = next((r for r in plan.reports if r.stem == report), None)
    if report is not None and found is None:
        known = ", ".join(r.stem for r in plan.reports) or "geen"
        raise DocumentFailed(f"Er is geen rapport '{report}'. Rapporten: {known}.")
    try:
        if found is not None:
            html = report_document(plan, found, imprint, plan_dir=plan_dir)
        else:
            narrative = narrative_pages(NarrativeSource.of(settings), Renderer(plan, plan_dir))
            html = plan_document(plan, narrative, imprint, plan_dir=plan_dir)
        content = pdf_bytes(html)
    except PdfFailed as exc:
        raise DocumentFailed(str(exc)) from None
    _write_file(target, content)
    return target
