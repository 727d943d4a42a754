"""Synthetic plan folders of any size, for the benchmark and the scale tests.

Goals, partners, municipalities and projects grow in proportion to the number of
actions, roughly as in a city's multi-year plan. Output is deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from planwijzer.editing.new_plan import SKELETON
from planwijzer.loading.municipality_register import names as municipality_names

_WORDS = [
    "buurt", "wonen", "werk", "onderwijs", "armoede", "participatie", "gezondheid", "energie",
    "jeugd", "ouderen", "vrijwilligers", "ontmoeting", "taal", "netwerk", "dienstverlening",
    "mobiliteit", "groen", "veiligheid", "cultuur", "sport", "digitale", "inclusie",
    "huisvesting", "schuld", "zorg", "samenwerking",
]  # fmt: skip


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize() + "."


def make_plan(
    root: Path,
    n_actions: int,
    *,
    seed: int = 1,
    reports: int = 0,
    indicators: int = 0,
    framework_parts: int = 0,
    languages: tuple[str, ...] = ("nl",),
) -> Path:
    """Write a valid plan folder with ``n_actions`` actions into ``root``; with
    ``reports``, that many yearly reports covering every action; with ``indicators``,
    that many indicators of five measurements each; with ``framework_parts``, a
    framework of that many onderdelen (a tree of two levels) that every action and top
    goal links to. With ``languages`` ('nl', 'fr'), every text is written per language."""
    rng = random.Random(seed)
    say = _per_language(languages)
    n_top = max(3, n_actions // 250)
    per_top = 4
    n_partners = max(10, n_actions // 10)
    # Real municipalities (a made-up name would be a warning), as many as the plan needs.
    all_places = municipality_names()
    n_places = min(max(5, n_actions // 25), len(all_places))
    places = rng.sample(all_places, n_places)
    data = root / "data"
    (data / "acties").mkdir(parents=True, exist_ok=True)
    (root / "docs").mkdir(parents=True, exist_ok=True)

    (data / "plan.yaml").write_text(
        f"titel: Synthetisch plan {n_actions}\norganisatie: Benchmark\n"
        "periode: {van: 2024, tot: 2029}\n"
        "niveaus:\n"
        "  - {sleutel: strategische_doelstellingen, naam: Strategische doelstelling, "
        "meervoud: Strategische doelstellingen, afkorting: SD}\n"
        "  - {sleutel: operationele_doelstellingen, naam: Operationele doelstelling, "
        "meervoud: Operationele doelstellingen, afkorting: OD}\n",
        encoding="utf-8",
    )
    leaves = []
    lines = ["strategische_doelstellingen:"]
    for t in range(n_top):
        lines += [f"  - id: sd{t}", f"    code: SD{t + 1}", f"    titel: {say(_sentence(rng, 4))}"]
        lines += [f"    omschrijving: {_sentence(rng, 20)}", "    operationele_doelstellingen:"]
        for o in range(per_top):
            leaves.append(f"od{t}-{o}")
            lines += [f"      - id: od{t}-{o}", f"        code: OD{t + 1}.{o + 1}"]
            lines += [f"        titel: {say(_sentence(rng, 5))}"]
    (data / "doelstellingen.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    partner_lines = ["partners:"] + [
        f"  - {{id: partner-{i}, naam: Partner {i}, soort: organisatie}}" for i in range(n_partners)
    ]
    (data / "partners.yaml").write_text("\n".join(partner_lines) + "\n", encoding="utf-8")

    per_file = 500  # split files, as editors would
    for start in range(0, n_actions, per_file):
        out = ["acties:"]
        for i in range(start, min(n_actions, start + per_file)):
            goals = rng.sample(leaves, k=min(3, len(leaves)))
            partners = rng.sample(range(n_partners), k=3)
            year = 2024 + rng.randrange(5)
            start_month = f"{year}-{rng.randrange(1, 13):02d}"
            out += [
                f"  - id: actie-{i}",
                f'    code: "{i + 1}"',
                f"    titel: {say(_sentence(rng, 4))}",
                f"    trekker: partner-{partners[0]}",
                f"    context: {say(_sentence(rng, 40))}",
                f"    omschrijving: {say(_sentence(rng, 60))}",
                f"    partners: [partner-{partners[1]}, partner-{partners[2]}]",
                f"    periode: {{van: {start_month}, tot: {min(2029, year + 2)}}}",
                f"    bijdragen: {{zeker: [{goals[0]}], mogelijk: [{', '.join(goals[1:])}]}}",
                "    projecten:",
            ]
            for p in range(1 + i % 2):
                place = places[rng.randrange(n_places)]
                title = say(f"Project {i}-{p}")
                out.append(f"      - {{titel: {title}, gemeente: {json.dumps(place)}}}")
            out.append(f"    labels: [{say(rng.choice(_WORDS))}]")
            if framework_parts:
                out.append(f"    kaders: {{bench: [d{i % framework_parts}]}}")
        (data / "acties" / f"deel-{start // per_file:03d}.yaml").write_text(
            "\n".join(out) + "\n", encoding="utf-8"
        )
    if framework_parts:
        _write_framework(data, framework_parts, n_top)
    if reports:
        _write_reports(data, n_actions, reports, rng)
    if indicators:
        _write_indicators(data, n_actions, indicators, leaves, rng)
    mkdocs = (SKELETON / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        mkdocs.replace("__TITEL__", f"Synthetisch plan {n_actions}"), encoding="utf-8"
    )
    (root / "docs" / "index.md").write_text(
        f"# Synthetisch plan {n_actions}\n\n{{{{ kerncijfers() }}}}\n", encoding="utf-8"
    )
    for language in languages[1:]:
        (root / "docs" / f"index.{language}.md").write_text(
            f"# Plan synthétique {n_actions}\n\n{{{{ kerncijfers() }}}}\n", encoding="utf-8"
        )
    if len(languages) > 1:
        with (data / "plan.yaml").open("a", encoding="utf-8") as plan:
            plan.write(f"talen: [{', '.join(languages)}]\n")
    return root


def _per_language(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A text as YAML: as it is, or per language ({nl: ..., fr: ...}) in a plan of several."""
    if len(languages) < 2:
        return lambda text: text
    return lambda text: (
        "{"
        + ", ".join(
            f"{code}: {json.dumps(text if i == 0 else f'({code}) {text}', ensure_ascii=False)}"
            for i, code in enumerate(languages)
        )
        + "}"
    )


def _write_framework(data: Path, n_parts: int, n_top: int) -> None:
    """data/kaders/bench.yaml: n_parts onderdelen, ten under each of n_parts/11 heads;
    each top goal names a head too (its actions then serve it through the goal)."""
    heads = max(1, n_parts // 11)
    lines = ["titel: Benchmarkkader", "onderdelen:"]
    made = 0
    for h in range(heads):
        lines += [f"  - id: d{made}", f"    titel: Hoofdstuk {h}", "    onderdelen:"]
        made += 1
        for _ in range(10):
            if made >= n_parts:
                break
            lines.append(f"      - {{id: d{made}, titel: Onderdeel {made}}}")
            made += 1
    while made < n_parts:
        lines.append(f"  - {{id: d{made}, titel: Onderdeel {made}}}")
        made += 1
    (data / "kaders").mkdir(exist_ok=True)
    (data / "kaders" / "bench.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    goals = (data / "doelstellingen.yaml").read_text(encoding="utf-8")
    for t in range(n_top):  # after each top goal's title
        goals = goals.replace(
            f"  - id: sd{t}\n", f"  - id: sd{t}\n    kaders: {{bench: [d{(t % heads) * 11}]}}\n", 1
        )
    (data / "doelstellingen.yaml").write_text(goals, encoding="utf-8")


STATUSES = ["gepland", "lopend", "vertraagd", "lopend", "afgerond"]


def _write_reports(data: Path, n_actions: int, n_reports: int, rng: random.Random) -> None:
    """Yearly reports from 2024 on: every action, its status, progress and a milestone."""
    (data / "opvolging").mkdir(exist_ok=True)
    for r in range(n_reports):
        year = 2024 + r
        out = [
            f"titel: Voortgangsrapport {year}",
            f"periode: {year}",
            f"peildatum: {year}-12-31",
            f"verslag: {_sentence(rng, 30)}",
            "acties:",
        ]
        for i in range(n_actions):
            status = STATUSES[min(r + rng.randrange(2), len(STATUSES) - 1)]
            progress = 100 if status == "afgerond" else min(99, 20 * r + rng.randrange(20))
            out += [
                f"  actie-{i}:",
                f"    status: {status}",
                f"    voortgang: {progress}",
                f"    toelichting: {_sentence(rng, 12)}",
                f"    mijlpalen: [{{titel: Mijlpaal {year}, datum: {year}-06, gehaald: true}}]",
            ]
        (data / "opvolging" / f"{year}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


def _write_indicators(
    data: Path, n_actions: int, n_indicators: int, leaves: list[str], rng: random.Random
) -> None:
    out = ["indicatoren:"]
    for i in range(n_indicators):
        target = f"actie-{rng.randrange(n_actions)}" if i % 2 else rng.choice(leaves)
        values = ", ".join(
            f"{{datum: {2024 + m}, waarde: {10 + m * rng.randrange(1, 9)}}}" for m in range(5)
        )
        out += [
            f"  - id: indicator-{i}",
            f"    titel: {_sentence(rng, 5)}",
            "    eenheid: deelnemers",
            "    richting: hoger",
            f"    bij: [{target}]",
            "    basis: {datum: 2023, waarde: 10}",
            "    streefwaarden: [{datum: 2026, waarde: 40}, {datum: 2029, waarde: 80}]",
            f"    metingen: [{values}]",
        ]
    (data / "indicatoren.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
