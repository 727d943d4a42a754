"""What plan.yaml says about the public site itself: the organisation's contact
details, its visual identity, the accessibility and privacy statements."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from .fields import Date, ReaderText, Text, _Model

COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
URL_PATTERN = r"^https?://\S+$"


class Contact(_Model):
    adres: Text | None = Field(None, description="Postadres, bijvoorbeeld 'Straat 1, 9000 Gent'.")
    telefoon: Text | None = Field(None, description="Telefoonnummer voor vragen over het plan.")
    email: Annotated[str, StringConstraints(pattern=EMAIL_PATTERN)] | None = Field(
        None, description="E-mailadres voor vragen over het plan."
    )
    website: Annotated[str, StringConstraints(pattern=URL_PATTERN)] | None = Field(
        None, description="De website van de organisatie, beginnend met https://"
    )


class Huisstijl(_Model):
    kleur: Annotated[str, StringConstraints(pattern=COLOUR_PATTERN)] = Field(
        description="De kleur van de organisatie als '#' en zes hexadecimale cijfers, "
        "bijvoorbeeld '#1f4e79'. Witte tekst erop moet leesbaar zijn (contrast 4,5:1)."
    )
    logo: Text | None = Field(
        None,
        description="Het logo: een bestand in docs/, bijvoorbeeld 'assets/logo.svg'.",
    )


class Toegankelijkheid(_Model):
    contact: Text = Field(
        description="E-mailadres of telefoon voor meldingen over toegankelijkheid."
    )
    datum_controle: Date = Field(description="Datum van de laatste toegankelijkheidscontrole.")
    status: Text = Field(
        "gedeeltelijk in overeenstemming",
        description="'volledig', 'gedeeltelijk' of 'niet' in overeenstemming met WCAG 2.1 AA. "
        "'Volledig' vraagt een handmatige controle zonder bekende problemen.",
    )
    handmatige_controle: Date | None = Field(
        None,
        description="Wanneer een mens de site controleerde (schermlezer, toetsenbord, "
        "vergroting), bovenop de automatische tests.",
    )
    bekende_problemen: list[ReaderText] = Field(
        default_factory=list,
        description="Wat (nog) niet toegankelijk is, elk in één zin, met het alternatief.",
    )


class Privacy(_Model):
    contact: Text = Field(description="Bij wie je terecht kunt met vragen over je gegevens.")
    beheerder: Text | None = Field(
        None, description="Wie de webserver beheert die de site aanbiedt (de hosting)."
    )
    serverlogboek: Text | None = Field(
        None,
        description="Wat de webserver bijhoudt en hoe lang, bijvoorbeeld 'IP-adres en "
        "opgevraagde pagina, 30 dagen'.",
    )


class Beheer(_Model):
    """plan.yaml 'beheer': the editing page /beheer/ (a CMS whose forms open pull requests)."""

    repo: Annotated[str, StringConstraints(pattern=r"^[\w.-]+/[\w.-]+$")] | None = Field(
        None,
        description="De repository van het plan: 'organisatie/plan'. Zonder: uit repo_url "
        "in mkdocs.yml of de git-remote.",
    )
    branch: Text = Field("main", description="De tak waarop het plan gepubliceerd wordt.")
    host: Literal["github", "gitlab", "gitea"] = Field(
        "github", description="Waar de repository staat: github, gitlab of gitea."
    )
    aanmelden: Annotated[str, StringConstraints(pattern=URL_PATTERN)] | None = Field(
        None,
        description="GitHub: het adres van de aanmelddienst (OAuth) van de organisatie, "
        "bijvoorbeeld https://aanmelden.voorbeeld.be. GitLab en Gitea hebben er geen nodig.",
    )
    app_id: Text | None = Field(
        None, description="GitLab of Gitea: de id van de OAuth-toepassing (PKCE, zonder geheim)."
    )
    voorstellen: bool = Field(
        True,
        description="Wie geen schrijfrechten heeft, stelt een wijziging voor via een eigen "
        "kopie (fork): 'open authoring'.",
    )
