"""The data contract: what editors may write in each YAML file.

These pydantic models check the shape of every file (types, required and unknown
keys) and are the single source of the JSON Schemas under ``schemas/``. Keys are
Dutch because editors write them; every field carries a Dutch description.
References between files (ids) are checked in ``validate``, not here.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StrictBool, StringConstraints, WithJsonSchema

from ..shared.interface import N_
from ..shared.languages import LANGUAGES
from .fields import (
    HERKOMST,
    LEVEL_KEY_PATTERN,
    STATUS_KEY_PATTERN,
    Code,
    Date,
    Herkomst,
    Id,
    Markdown,
    NameText,
    PartnerRef,
    ReaderText,
    Text,
    _Model,
    _one_or_many,
)
from .framework_contract import KADERS_DESCRIPTION, Kaders
from .site_contract import Beheer, Contact, Huisstijl, Privacy, Toegankelijkheid


class Periode(_Model):
    van: Date = Field(description="Begin: jaar, jaar-maand of datum.")
    tot: Date | None = Field(None, description="Einde (mag ontbreken): jaar, jaar-maand of datum.")


class PlanPeriode(_Model):
    van: int = Field(description="Eerste jaar van het plan, bijvoorbeeld 2021.")
    tot: int = Field(description="Laatste jaar van het plan, bijvoorbeeld 2025.")


class Niveau(_Model):
    sleutel: Annotated[str, StringConstraints(pattern=LEVEL_KEY_PATTERN)] = Field(
        description="De sleutel waaronder dit niveau in doelstellingen.yaml staat "
        "(kleine letters en _), bijvoorbeeld 'operationele_doelstellingen'."
    )
    naam: ReaderText = Field(description="Naam van één doelstelling op dit niveau.")
    meervoud: ReaderText = Field(description="Meervoud van de naam, voor titels en overzichten.")
    afkorting: ReaderText | None = Field(None, description="Korte vorm, bijvoorbeeld 'SD' of 'OD'.")


class ActieNamen(_Model):
    naam: ReaderText = Field(N_("Actie"), description="Hoe het plan één actie noemt.")
    meervoud: ReaderText = Field(N_("Acties"), description="Meervoud, voor titels en menu.")


class Bijdrage(_Model):
    sleutel: Annotated[str, StringConstraints(pattern=LEVEL_KEY_PATTERN)] = Field(
        description="De sleutel die acties gebruiken onder 'bijdragen', bijvoorbeeld 'zeker'."
    )
    label: ReaderText = Field(
        description="Wat de bijdrage betekent, voluit (ook voor schermlezers)."
    )
    symbool: Text = Field(description="Het teken in de overzichtsmatrix, bijvoorbeeld ●.")


class Overzicht(_Model):
    id: Id
    titel: ReaderText = Field(description="Titel van deze matrix.")
    doelen: list[Id] | None = Field(
        None,
        description="De doelstellingen (met hun onderliggende) die deze matrix toont; "
        "zonder lijst: de hele boom.",
    )
    omschrijving: Markdown | None = Field(None, description="Tekst boven de matrix.")


class Versie(_Model):
    datum: Date = Field(description="Datum van de beslissing.")
    besluit: ReaderText = Field(description="Wat er beslist of gewijzigd werd.")
    door: NameText | None = Field(
        None, description="Wie besliste, bijvoorbeeld 'Raad van bestuur'."
    )
    revisie: str | None = Field(
        None, description="Optioneel: de git-tag of commit van deze versie, voor de wijzigingen."
    )


# Defaults are Dutch here; the model shows them in the language it is read in.
DEFAULT_LEVELS = [
    Niveau(sleutel="doelstellingen", naam=N_("Doelstelling"), meervoud=N_("Doelstellingen"))
]
DEFAULT_STRENGTHS = [
    Bijdrage(sleutel="zeker", label=N_("Draagt zeker bij"), symbool="●"),
    Bijdrage(sleutel="mogelijk", label=N_("Draagt mogelijk bij"), symbool="○"),
]


class Status(_Model):
    sleutel: Annotated[str, StringConstraints(pattern=STATUS_KEY_PATTERN)] = Field(
        description="De sleutel die rapporten gebruiken onder 'status': kleine letters, "
        "cijfers, - en _, bijvoorbeeld 'lopend' of 'niet-gestart'."
    )
    label: ReaderText = Field(description="Hoe de site de status noemt, bijvoorbeeld 'Lopend'.")
    gestopt: StrictBool | None = Field(
        None,
        description="true: deze status beëindigt een actie zonder ze af te ronden; zulke "
        "acties tellen niet mee in de gemiddelde voortgang. Zonder: alleen 'stopgezet'.",
    )

    @property
    def stops(self) -> bool:
        """Whether the status ends an action unfinished ('stopgezet' unless it says not)."""
        return self.gestopt if self.gestopt is not None else self.sleutel == STOPPED


STOPPED = "stopgezet"  # the default status that ends an action without completing it
DEFAULT_STATUSES = [
    Status(sleutel="gepland", label=N_("Gepland")),
    Status(sleutel="lopend", label=N_("Lopend")),
    Status(sleutel="vertraagd", label=N_("Vertraagd")),
    Status(sleutel="afgerond", label=N_("Afgerond")),
    Status(sleutel=STOPPED, label=N_("Stopgezet"), gestopt=True),
]


class AanvaardeMelding(_Model):
    melding: Text = Field(description="De soort melding, bijvoorbeeld 'geen-sterke-bijdrage'.")
    bij: Text = Field(description="De id waarover de melding gaat.")
    reden: Text = Field(description="Waarom het plan dit bewust zo houdt (bron, pagina).")


class PlanBestand(_Model):
    """data/plan.yaml"""

    titel: ReaderText = Field(
        description="Titel van het plan, bijvoorbeeld 'Meerjarenplan 2021-2025'."
    )
    organisatie: NameText = Field(description="De organisatie die het plan opstelt.")
    korte_titel: ReaderText | None = Field(
        None,
        description="Korte titel voor de kop van de site, die op een telefoon past "
        "(hoogstens 24 tekens); zonder: de titel.",
    )
    organisatie_kort: NameText | None = Field(
        None,
        description="Korte naam van de organisatie, aan het einde van de titel van elke "
        "pagina (zoekmachines, tabbladen); zonder: de naam zonder rechtsvorm (vzw, ...).",
    )
    contact: Contact | None = Field(
        None, description="Hoe bezoekers de organisatie bereiken: in de voettekst van elke pagina."
    )
    huisstijl: Huisstijl | None = Field(
        None, description="Kleur en logo van de organisatie; zonder: Planwijzers eigen stijl."
    )
    ondertitel: ReaderText | None = Field(None, description="Optionele ondertitel.")
    periode: PlanPeriode = Field(description="De jaren van het plan: {van: 2021, tot: 2025}.")
    talen: list[Literal[LANGUAGES]] = Field(  # type: ignore[valid-type]
        default_factory=lambda: ["nl"],
        min_length=1,
        description="De talen van het plan, de hoofdtaal eerst: [nl] of [nl, fr]. Een "
        "tekst kan dan per taal: titel: {nl: ..., fr: ...}.",
    )
    inleiding: Markdown | None = Field(None, description="Korte tekst voor de startpagina.")
    niveaus: list[Niveau] = Field(
        default_factory=lambda: list(DEFAULT_LEVELS),
        min_length=1,
        description="Niveaus van de doelstellingenboom, van boven naar onder.",
    )
    acties: ActieNamen = Field(
        default_factory=ActieNamen,
        description="Hoe het plan zijn acties noemt, bijvoorbeeld 'Strategische actie'.",
    )
    bijdragen: list[Bijdrage] = Field(
        default_factory=lambda: list(DEFAULT_STRENGTHS),
        min_length=1,
        description="Soorten bijdrage van een actie aan een doelstelling, sterkste eerst.",
    )
    overzichten: list[Overzicht] | None = Field(
        None, description="Overzichtsmatrices; zonder lijst: één matrix over de hele boom."
    )
    matrix_max_acties: int = Field(
        1000,
        ge=1,
        description="Boven dit aantal acties wordt een matrix per doelstelling van het "
        "hoogste niveau opgesplitst in aparte pagina's.",
    )
    toegankelijkheid: Toegankelijkheid | None = Field(
        None, description="Gegevens voor de toegankelijkheidsverklaring."
    )
    statussen: list[Status] = Field(
        default_factory=lambda: list(DEFAULT_STATUSES),
        min_length=1,
        description="De statussen die de opvolgingsrapporten gebruiken; zonder lijst: "
        "gepland, lopend, vertraagd, afgerond en stopgezet.",
    )
    privacy: Privacy | None = Field(
        None, description="Gegevens voor de privacyverklaring van de site."
    )
    licentie: Text | None = Field(
        None,
        description="De licentie van de open data: een SPDX-id (CC-BY-4.0, CC0-1.0, "
        "ODbL-1.0, ...) of een webadres. Zonder: CC-BY-4.0.",
    )
    fictief: bool = Field(
        False,
        description="Een verzonnen voorbeeldplan: elke pagina zegt dan dat het fictief is.",
    )
    aanvaarde_meldingen: list[AanvaardeMelding] = Field(
        default_factory=list,
        description="Waarschuwingen die het plan bewust aanvaardt, elk met een reden.",
    )
    versies: list[Versie] = Field(
        default_factory=list, description="Besliste versies van het plan, oudste eerst."
    )
    beheer: Beheer | None = Field(
        None,
        description="Bewerken in de browser op /beheer/: redacteurs wijzigen het plan in "
        "formulieren, elke wijziging wordt een pull request. Zonder: geen /beheer/.",
    )
    herkomst: Herkomst = Field(None, description=HERKOMST)


class Doelstelling(_Model):
    """One node of data/doelstellingen.yaml; children stand under a deeper level's key."""

    id: Id
    concept: bool = Field(
        False,
        description="Nog niet af: staat niet op de publieke site, wel in het voorbeeld. "
        "Verwijder de regel als het af is.",
    )
    code: Code | None = Field(None, description="Weergavecode, bijvoorbeeld 'SD1' of '1.2'.")
    titel: ReaderText = Field(description="Titel van de doelstelling.")
    omschrijving: Markdown | None = Field(None, description="Wat de doelstelling inhoudt.")
    toelichting: Markdown | None = Field(None, description="Uitleg bij de doelstelling.")
    kaders: Kaders = Field(default_factory=dict, description=KADERS_DESCRIPTION)
    herkomst: Herkomst = Field(None, description=HERKOMST)


class Project(_Model):
    titel: ReaderText = Field(description="Naam van het project of de lokale actie.")
    gemeente: Annotated[
        list[Text],
        BeforeValidator(_one_or_many),
        WithJsonSchema(
            {
                "anyOf": [
                    {"type": "string", "minLength": 1},
                    {"type": "array", "items": {"type": "string", "minLength": 1}},
                ],
                "description": "De gemeente (of een lijst gemeenten) van het project.",
            }
        ),
    ] = Field(
        default_factory=list, description="De gemeente (of een lijst gemeenten) van het project."
    )
    omschrijving: Markdown | None = Field(None, description="Wat het project doet.")
    partners: list[PartnerRef] = Field(default_factory=list, description="Ids uit partners.yaml.")
    periode: Periode | None = Field(None, description="Wanneer het project loopt.")


class Actie(_Model):
    id: Id
    concept: bool = Field(
        False,
        description="Nog niet af: staat niet op de publieke site, wel in het voorbeeld. "
        "Verwijder de regel als het af is.",
    )
    titel: ReaderText = Field(description="Titel van de actie.")
    code: Code | None = Field(None, description="Optionele weergavecode, bijvoorbeeld '1'.")
    trekker: PartnerRef | None = Field(None, description="Id van de partner die de actie trekt.")
    context: Markdown | None = Field(None, description="Maatschappelijke context.")
    omschrijving: Markdown | None = Field(None, description="Korte omschrijving.")
    samenwerking: Markdown | None = Field(None, description="Vrije tekst over de samenwerking.")
    partners: list[PartnerRef] = Field(default_factory=list, description="Ids uit partners.yaml.")
    periode: Periode | None = Field(None, description="Wanneer de actie loopt.")
    bijdragen: dict[str, list[Id]] = Field(
        min_length=1,
        description="Per soort bijdrage (zie plan.yaml) de ids van de doelstellingen "
        "waaraan de actie bijdraagt.",
    )
    projecten: list[Project] = Field(
        default_factory=list, description="Projecten en lokale acties die de actie dragen."
    )
    labels: list[ReaderText] = Field(default_factory=list, description="Vrije trefwoorden.")
    kaders: Kaders = Field(default_factory=dict, description=KADERS_DESCRIPTION)
    herkomst: Herkomst = Field(None, description=HERKOMST)


class ActiesBestand(_Model):
    """data/acties.yaml or data/acties/*.yaml"""

    acties: list[Actie] = Field(default_factory=list, description="De acties, elk met een id.")


class Partner(_Model):
    id: Id
    concept: bool = Field(
        False,
        description="Nog niet af: staat niet op de publieke site, wel in het voorbeeld. "
        "Verwijder de regel als het af is.",
    )
    naam: NameText = Field(description="Naam van de partner.")
    soort: ReaderText | None = Field(
        None, description="Soort organisatie, bijvoorbeeld 'lokaal bestuur'."
    )
    website: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = Field(
        None, description="Webadres, beginnend met https://"
    )
    omschrijving: Markdown | None = Field(None, description="Wie de partner is, kort.")
    herkomst: Herkomst = Field(None, description=HERKOMST)


class PartnersBestand(_Model):
    """data/partners.yaml"""

    partners: list[Partner] = Field(
        default_factory=list, description="De partners, elk met een id en een naam."
    )


class Rangschikking(_Model):
    id: Id
    titel: ReaderText = Field(description="Wat de rangschikking toont.")
    bron: ReaderText = Field(
        description="Waar de cijfers vandaan komen (document, hoofdstuk, jaar)."
    )
    rangen: list[Text] = Field(
        min_length=1, description="De gemeenten in volgorde: de eerste heeft rang 1."
    )


class GemeentenBestand(_Model):
    """data/gemeenten.yaml (optional): what the plan itself states about gemeenten."""

    rangschikkingen: list[Rangschikking] = Field(
        default_factory=list, description="Rangschikkingen uit het plan, met hun bron."
    )
    herkomst: Herkomst = Field(None, description=HERKOMST)
