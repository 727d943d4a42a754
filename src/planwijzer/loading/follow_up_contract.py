"""The contract of the living plan: reports (data/opvolging/*.yaml) and indicators
(data/indicatoren.yaml). Additive: a plan folder without them builds as before.

Which status keys and ids exist is checked in ``checking.follow_up``, not here.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StrictInt, WrapValidator

from .contract import Periode
from .fields import HERKOMST, Date, Herkomst, Id, Markdown, NameText, ReaderText, _Model

REPORT_KINDS = ("jaarplan", "voortgangsrapport", "evaluatie")


def _as_written(value: object, handler):  # type: ignore[no-untyped-def]
    """A whole number stays one: '14' is published as 14, '14.0' as 14.0 (not both as 14.0)."""
    checked = handler(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else checked


# A float for the schema and the forms; an int when the editor wrote one.
Number = Annotated[float, WrapValidator(_as_written)]


class Mijlpaal(_Model):
    titel: ReaderText = Field(description="Wat er bereikt moet zijn.")
    datum: Date = Field(description="Wanneer: jaar, jaar-maand of datum.")
    gehaald: bool | None = Field(
        None, description="true: gehaald, false: niet gehaald; weglaten: nog gepland."
    )
    herkomst: Herkomst = Field(None, description=HERKOMST)


class RapportActie(_Model):
    status: str | None = Field(
        None, description="Een status uit plan.yaml 'statussen', bijvoorbeeld 'lopend'."
    )
    voortgang: Annotated[StrictInt, Field(ge=0, le=100)] | None = Field(
        None, description="Hoe ver de actie staat, een geheel getal van 0 tot 100 (procent)."
    )
    toelichting: Markdown | None = Field(None, description="Uitleg bij de stand van zaken.")
    mijlpalen: list[Mijlpaal] = Field(
        default_factory=list, description="Geplande en gehaalde mijlpalen."
    )


class Goedkeuring(_Model):
    datum: Date = Field(
        description="Wanneer het rapport goedgekeurd werd, bijvoorbeeld 2023-03-20."
    )
    door: NameText = Field(description="Wie het goedkeurde, bijvoorbeeld 'Raad van bestuur'.")


class RapportBestand(_Model):
    """data/opvolging/<naam>.yaml: one report (jaarplan, voortgangsrapport, evaluatie)."""

    titel: ReaderText = Field(
        description="Titel van het rapport, bijvoorbeeld 'Voortgangsrapport 2021'."
    )
    soort: Literal["jaarplan", "voortgangsrapport", "evaluatie"] = Field(
        "voortgangsrapport", description="jaarplan, voortgangsrapport of evaluatie."
    )
    periode: Date | Periode | None = Field(
        None, description="Wat het rapport beslaat: een jaar (2021), maand, dag of {van, tot}."
    )
    peildatum: Date = Field(
        description="De stand van zaken op deze datum, bijvoorbeeld 2021-12-31."
    )
    verslag: Markdown | None = Field(None, description="Het verhaal van het rapport.")
    goedgekeurd: Goedkeuring | None = Field(
        None,
        description="Wie het rapport goedkeurde en wanneer (datum en door); leeg laten zolang "
        "het rapport een ontwerp is.",
    )
    herkomst: Herkomst = Field(None, description=HERKOMST)
    # 'acties:' with every entry still commented out (as 'nieuw rapport' may write it)
    # means no action reported yet, not a mistake.
    acties: Annotated[
        dict[str, RapportActie], BeforeValidator(lambda value: {} if value is None else value)
    ] = Field(
        default_factory=dict,
        description="Per actie-id de stand van zaken; een actie die hier ontbreekt, is in "
        "dit rapport niet gerapporteerd.",
    )


class Waarde(_Model):
    datum: Date = Field(description="Jaar, jaar-maand of datum.")
    waarde: Number = Field(description="Het getal, met een punt als decimaalteken: 1.5")


class Meting(Waarde):
    toelichting: Markdown | None = Field(None, description="Uitleg bij deze meting.")


class Indicator(_Model):
    id: Id
    titel: ReaderText = Field(description="Wat de indicator meet.")
    omschrijving: Markdown | None = Field(None, description="Uitleg: hoe en waarom gemeten.")
    eenheid: ReaderText | None = Field(None, description="Eenheid, vrije tekst; '%' mag.")
    richting: Literal["hoger", "lager"] = Field(description="hoger of lager: welke kant beter is.")
    bij: list[Id] = Field(
        default_factory=list, description="De ids van de acties en doelstellingen die hij meet."
    )
    basis: Waarde = Field(description="Het vertrekpunt: {datum, waarde}.")
    streefwaarden: list[Waarde] = Field(
        default_factory=list, description="Doelen in de tijd, oudste eerst: [{datum, waarde}]."
    )
    metingen: list[Meting] = Field(
        default_factory=list, description="Metingen, oudste eerst: [{datum, waarde}]."
    )
    bron: ReaderText | None = Field(
        None, description="Waar de cijfers vandaan komen: tekst of webadres."
    )
    herkomst: Herkomst = Field(None, description=HERKOMST)


class IndicatorenBestand(_Model):
    """data/indicatoren.yaml (optional)."""

    indicatoren: list[Indicator] = Field(
        default_factory=list, description="De indicatoren, elk met een id."
    )
