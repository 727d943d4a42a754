"""What plan.yaml says about the site itself: a colour white text stays readable on,
a logo that exists, a short title that fits a phone's header."""

from __future__ import annotations

from pathlib import Path

from ..loading import contract as schema
from ..loading.narrative_pages import docs_dir
from ..loading.yaml_nodes import YamlDocument
from ..shared.colours import AA_TEXT, WHITE, contrast, readable_on
from ..shared.problems import Report, suggestion

SHORT_TITLE_MAX = 24  # characters that fit a 375 px header beside its three buttons


def check_site_settings(
    plan: schema.PlanBestand, doc: YamlDocument, report: Report, root: Path
) -> None:
    identity = plan.huisstijl
    if identity is not None:
        _check_colour(identity.kleur, doc, report)
        if identity.logo is not None:
            _check_logo(identity.logo, doc, report, docs_dir(root))
    title = plan.korte_titel
    if title is not None and len(title) > SHORT_TITLE_MAX:
        pos = doc.position(("korte_titel",))
        report.warning(
            doc.file,
            pos.line,
            pos.column,
            f"De korte titel telt {len(title)} tekens; op een telefoon passen er "
            f"{SHORT_TITLE_MAX} in de kop, de rest valt weg.",
            f"Kort hem in tot hoogstens {SHORT_TITLE_MAX} tekens.",
        )


def _check_colour(colour: str, doc: YamlDocument, report: Report) -> None:
    ratio = contrast(colour, WHITE)
    if ratio >= AA_TEXT:
        return
    pos = doc.position(("huisstijl", "kleur"))
    darker = readable_on(colour, WHITE)
    report.error(
        doc.file,
        pos.line,
        pos.column,
        f"Witte tekst op de kleur {colour} is te slecht leesbaar: contrast "
        f"{_decimal(ratio)}:1, minstens {_decimal(AA_TEXT, 1)}:1 is nodig (WCAG 2.1 AA).",
        f'Kies een donkerdere tint, bijvoorbeeld kleur: "{darker}" (dezelfde kleur, donkerder).',
    )


def _check_logo(logo: str, doc: YamlDocument, report: Report, docs: Path) -> None:
    if (docs / logo).is_file():
        return
    pos = doc.position(("huisstijl", "logo"))
    present = (
        sorted(
            p.relative_to(docs).as_posix()
            for p in docs.rglob("*")
            if p.suffix.lower() in {".svg", ".png", ".jpg", ".jpeg", ".webp"}
        )
        if docs.is_dir()
        else []
    )
    maybe = suggestion(logo, present)
    folder = f"{docs.name}/"  # mkdocs.yml's docs_dir, mostly docs/
    report.error(
        doc.file,
        pos.line,
        pos.column,
        f"Het logo '{logo}' bestaat niet in {folder}.",
        (f"{maybe} " if maybe else "")
        + f"Zet het bestand in {folder} (bijvoorbeeld {folder}assets/logo.svg) en schrijf "
        f"het pad vanaf {folder}, zonder '{folder}' ervoor.",
    )


def _decimal(value: float, places: int = 2) -> str:
    return f"{value:.{places}f}".replace(".", ",")
