"""What a form says under a field, in an editor's words.

The contract's descriptions are written for someone who edits the YAML (they name
files, keys and the '{van, tot}' notation, and show in VS Code next to the text). A
form shows names, calendars and check boxes instead: where a description speaks
YAML, the form says it here. A test reads every hint of the generated forms for file
names, ids, braces and lines (tests/outputs/test_cms_forms.py).
"""

from __future__ import annotations

RENAME = "Een andere vaste naam vraag je aan wie het plan beheert: elke verwijzing moet mee."

ID_HINT = (
    "Vormt het webadres. Bij iets nieuws: kleine letters, cijfers en koppeltekens, "
    f"bijvoorbeeld 'buurtwerk-noord'; daarna ligt ze vast. {RENAME}"
)
ACTION_ID_HINT = f"Wordt gemaakt uit de titel en vormt het webadres; daarna ligt ze vast. {RENAME}"
CONCEPT_HINT = (
    "Nog niet af: staat niet op de publieke site, wel in het voorbeeld. Haal het vinkje "
    "weg als het af is."
)
DATE_HINT = "Kies een dag in de kalender, of typ alleen een jaar (2025) of een maand (2025-06)."

LABELS = {"id": "Vaste naam", "app_id": "Toepassing"}

# By field name, in every model where the name means the same.
BY_NAME = {
    "concept": CONCEPT_HINT,
    "partners": "Kies de partners bij hun naam.",
    "trekker": "De partner die de actie trekt, bij naam.",
    "kaders": "Per beleidskader de onderdelen waaraan dit bijdraagt, bij hun naam.",
}

# By (model, field name).
BY_MODEL = {
    ("PlanBestand", "periode"): "Het eerste en het laatste jaar van het plan.",
    ("PlanBestand", "talen"): (
        "De talen van het plan, de hoofdtaal eerst. Met meer dan één taal heeft elke "
        "tekst een vak per taal."
    ),
    ("PlanBestand", "licentie"): (
        "De licentie van de open data, bijvoorbeeld CC-BY-4.0 of CC0-1.0, of een webadres. "
        "Leeg: CC-BY-4.0."
    ),
    ("Niveau", "sleutel"): (
        "De vaste naam van dit niveau: kleine letters en _, bijvoorbeeld "
        f"'operationele_doelstellingen'. {RENAME}"
    ),
    (
        "Bijdrage",
        "sleutel",
    ): f"De vaste naam van deze soort bijdrage, bijvoorbeeld 'zeker'. {RENAME}",
    ("Status", "sleutel"): (
        "De vaste naam van deze status: kleine letters, cijfers, - en _, bijvoorbeeld "
        f"'lopend'. {RENAME}"
    ),
    ("Status", "gestopt"): (
        "Aangevinkt: deze status beëindigt een actie zonder ze af te ronden; zulke acties "
        "tellen niet mee in de gemiddelde voortgang. Niet aangevinkt: alleen 'Stopgezet' doet dat."
    ),
    ("AanvaardeMelding", "bij"): "De vaste naam van het element waarover de melding gaat.",
    ("Beheer", "app_id"): "GitLab of Gitea: de code van de OAuth-toepassing (PKCE, zonder geheim).",
    ("Actie", "bijdragen"): (
        "Per soort bijdrage de doelstellingen waaraan de actie bijdraagt, bij hun naam."
    ),
    ("RapportBestand", "periode"): (
        "Wat het rapport beslaat: van en tot, elk een dag of alleen een jaar."
    ),
    ("RapportBestand", "acties"): (
        "Per actie de stand van zaken. Een actie die je leeg laat, is in dit rapport niet "
        "gerapporteerd."
    ),
    ("RapportBestand", "soort"): (
        "Een voortgangsrapport of een evaluatie. Een nieuw jaarplan maak je bij Jaarplannen."
    ),
    ("RapportBestand", "peildatum"): (
        "De stand van zaken op deze dag, meestal de laatste van het jaar. Het jaar wordt "
        "de naam van een nieuw rapport."
    ),
    ("RapportActie", "status"): "Kies de status, bijvoorbeeld Lopend.",
    ("Mijlpaal", "gehaald"): (
        "Aan: gehaald. Niet aangeraakt: nog gepland. Aan en weer uit: niet gehaald."
    ),
    ("Indicator", "bij"): "De acties en doelstellingen die de indicator meet, bij hun naam.",
    ("Indicator", "basis"): "Het vertrekpunt: een datum en een waarde.",
    ("Indicator", "streefwaarden"): "Doelen in de tijd, oudste eerst: elk een datum en een waarde.",
    ("Indicator", "metingen"): "Metingen, oudste eerst: elk een datum en een waarde.",
    ("KaderBestand", "onderdelen"): (
        "De onderdelen van het kader, elk met een vaste naam, een titel en eventueel een "
        "code en eigen onderdelen."
    ),
}

PATTERN_MESSAGES = {
    r"^[a-z0-9][a-z0-9-]*$": "Gebruik kleine letters, cijfers en koppeltekens, zonder spaties.",
    r"^[a-z][a-z0-9_]*$": "Gebruik kleine letters, cijfers en _, en begin met een letter.",
    r"^[a-z0-9][a-z0-9_-]*$": "Gebruik kleine letters, cijfers, - en _, zonder spaties.",
    r"^\d{4}(-\d{2}(-\d{2})?)?$": "Een jaar (2021), een maand (2021-04) of een dag (2021-04-15).",
    r"^#[0-9a-fA-F]{6}$": "Een kleur als # en zes tekens, bijvoorbeeld #1f4e79.",
    r"^[^@\s]+@[^@\s]+\.[^@\s]+$": "Een e-mailadres, bijvoorbeeld info@voorbeeld.be.",
    r"^https?://\S+$": "Een webadres dat begint met https://",
    r"^[\w.-]+/[\w.-]+$": "De organisatie en de repository, bijvoorbeeld organisatie/plan.",
}


def form_hint(model: str, name: str, description: str | None) -> str | None:
    """The hint a form shows under ``model.name``."""
    return BY_MODEL.get((model, name)) or BY_NAME.get(name) or description
