"""'planwijzer pdf': the plan's (or one report's) PDF as a file, at any size.

The narrative pages and their order come from the plan's mkdocs.yml, as in a build;
the file is written next to its place and renamed, so a failure leaves no half file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ... import pipeline
from ...loading.narrative_pages import docs_dir
from ...model import Plan
from ...rendering.document import plan_document, report_document
from ...shared.atomic_file import write_atomically
from ...shared.interface import speaking
from ...shared.languages import LANGUAGE_NAMES
from ...shared.os_reasons import os_reason
from ...shared.problems import Report, did_you_mean
from ...shared.text import slugify
from ..pdf import PdfFailed, pdf_bytes
from ..site_folder import SOURCES
from .downloads import imprint_for
from .languages import language_docs
from .narrative import narrative_pages
from .site_config import apply_plan


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


def _mkdocs_cause(plan_dir: Path) -> str:
    """Why MkDocs refused its configuration, as far as Planwijzer can say it in Dutch."""
    if not (plan_dir / "mkdocs.yml").is_file():
        return "het bestand bestaat niet"
    docs = docs_dir(plan_dir)
    if not docs.is_dir():
        return f"de map met de verhalende pagina's ({docs.name}/) ontbreekt"
    return "een instelling klopt niet (de melding hierboven zegt welke)"


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
    with tempfile.TemporaryDirectory(prefix="planwijzer-pdf-") as docs:
        return _write(plan_dir, out, report, language, Path(docs))


def _write(
    plan_dir: Path, out: Path | None, report: str | None, language: str | None, docs: Path
) -> Path:
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from ...rendering.renderer import Renderer

    result = pipeline.check(plan_dir, language=language)
    if result.plan is None:
        raise _plan_errors(result.report)
    plan = result.plan
    target = out or plan_dir / default_name(plan, report)
    _safe_target(plan_dir, target)
    try:
        config = load_config(str(plan_dir / "mkdocs.yml"))
    except MkDocsException:  # MkDocs has said which setting, above
        raise DocumentFailed(
            f"MkDocs kan {plan_dir / 'mkdocs.yml'} niet gebruiken: {_mkdocs_cause(plan_dir)}. "
            "'planwijzer build' meldt hetzelfde; verbeter het en maak de PDF opnieuw."
        ) from None
    if plan.language != plan.languages[0]:  # that language's narrative pages
        language_docs(Path(config.docs_dir), docs, plan.language, plan.languages)
        config.docs_dir = str(docs)
    with speaking(plan.language):
        apply_plan(config, plan)
    imprint = imprint_for(config, plan, plan_dir)
    if report is not None:
        found = next((r for r in plan.reports if r.stem == report), None)
        if found is None:
            known = ", ".join(r.stem for r in plan.reports) or "geen"
            raise DocumentFailed(f"Er is geen rapport '{report}'. Rapporten: {known}.")
        html = report_document(plan, found, imprint, plan_dir=plan_dir)
    else:
        narrative = narrative_pages(config, Renderer(plan, plan_dir))
        html = plan_document(plan, narrative, imprint, plan_dir=plan_dir)
    try:
        content = pdf_bytes(html)
    except PdfFailed as exc:
        raise DocumentFailed(str(exc)) from None
    _write_file(target, content)
    return target
