"""data/kaders/<id>.yaml: a policy framework the plan answers to (a policy note, an
action plan, the SDGs), as a tree of onderdelen, or another Planwijzer plan."""

from __future__ import annotations

from pydantic import Field

from .fields import HERKOMST, Code, Herkomst, Id, Markdown, ReaderText, Text, _Model

FRAMEWORKS_DIR = "kaders"


class Onderdeel(_Model):
    id: Id
    code: Code | None = Field(None, description="Weergavecode, bijvoorbeeld '4.1' of '1'.")
    titel: ReaderText = Field(description="Titel van het onderdeel.")
    omschrijving: Markdown | None = Field(None, description="Wat het onderdeel inhoudt.")
    onderdelen: list[Onderdeel] = Field(
        default_factory=list, description="Onderdelen van dit onderdeel (een boom)."
    )


class KaderBestand(_Model):
    titel: ReaderText | None = Field(
        None,
        description="Titel van het kader, bijvoorbeeld 'Beleidsnota Welzijn 2019-2024'. "
        "Verplicht, behalve bij 'plan:' (dan de titel van dat plan).",
    )
    korte_titel: ReaderText | None = Field(None, description="Korte titel, voor menu's en lijsten.")
    bron: ReaderText | None = Field(
        None, description="Waar het kader vandaan komt: tekst of webadres."
    )
    omschrijving: Markdown | None = Field(None, description="Korte uitleg bij het kader.")
    onderdelen: list[Onderdeel] | None = Field(
        None, description="De onderdelen van het kader: id, titel, eventueel code en onderdelen."
    )
    plan: Text | None = Field(
        None,
        description="In plaats van onderdelen: de map van een ander Planwijzer-plan, vanaf "
        "deze planmap; zijn doelstellingen worden de onderdelen.",
    )
    url: Text | None = Field(
        None, description="Bij 'plan:': het webadres van de site van dat plan."
    )
    herkomst: Herkomst = Field(None, description=HERKOMST)


Kaders = dict[Id, list[Id]]
KADERS_DESCRIPTION = (
    "Per kader (de naam van een bestand in data/kaders/, of 'sdg') de ids van de "
    "onderdelen waaraan dit bijdraagt, bijvoorbeeld {sdg: [1, 10]}."
)
