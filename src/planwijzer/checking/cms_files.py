"""A plan edited in the browser (plan.yaml 'beheer'): what saving a form would lose.

The CMS rewrites a whole file when it saves an entry: a YAML comment does not survive,
and an action in a list file cannot be edited at all (it edits one file per action).
Both are warnings, each at its place, with the one command that fixes them all.
"""

from __future__ import annotations

from ..loading.comments import comment_lines
from ..loading.plan_folder import ACTIONS_DIR, DATA_DIR, PlanSources
from ..loading.site_contract import Beheer
from ..shared.problems import Report

FIX = (
    "Zet wat het zegt in 'herkomst' van het element (niet op de site), of voer "
    "'planwijzer beheer omzetten' uit: dat doet het voor elk bestand."
)


def check_sign_in(settings: Beheer, sources: PlanSources, report: Report) -> None:
    """Without its own sign-in, the CMS sends an editor to Netlify's: another server."""
    if settings.aanmelden or settings.app_id or sources.plan is None:
        return
    needed = "aanmelden" if settings.host == "github" else "app_id"
    pos = sources.plan.position(("beheer",), key=True)
    report.warning(
        sources.plan.file,
        pos.line,
        pos.column,
        f"Het beheer op {settings.host} heeft geen '{needed}': de knop 'Aanmelden' zou naar "
        "een dienst van Netlify gaan. Alleen lokaal bewerken (planwijzer beheer lokaal) lukt zo.",
        "GitHub: zet het adres van de aanmelddienst van de organisatie (aanmelddienst/ in "
        "de repository van Planwijzer) in 'aanmelden'. "
        "GitLab of Gitea: zet de id van een OAuth-toepassing (PKCE) in 'app_id'. "
        "Zie 'Bewerken in de browser' in de README.",
        code="beheer-zonder-aanmelden",
        subject="beheer",
    )


def check_cms_files(sources: PlanSources, report: Report) -> None:
    for doc in sources.documents():
        line = min(comment_lines(doc.text), default=0)
        if line:
            report.warning(
                doc.file,
                line,
                1,
                "Dit bestand wordt in de browser bewerkt (beheer in data/plan.yaml): bij het "
                "opslaan van een formulier gaat commentaar verloren.",
                FIX,
                code="commentaar-in-beheerd-bestand",
                subject=doc.file,
            )
    single = f"{DATA_DIR}/{ACTIONS_DIR}/"
    for doc in sources.actions:
        if not doc.file.startswith(single) or (isinstance(doc.data, dict) and "acties" in doc.data):
            report.warning(
                doc.file,
                1,
                1,
                f"De acties in {doc.file} kunnen niet in de browser bewerkt worden: het beheer "
                "bewerkt één bestand per actie.",
                "Voer 'planwijzer beheer omzetten' uit: elke actie krijgt haar eigen bestand "
                "in data/acties/, in dezelfde volgorde.",
                code="acties-niet-apart",
                subject=doc.file,
            )
