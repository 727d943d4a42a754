"""Indicators (data/indicatoren.yaml): unique ids, what they measure exists, and dates
that make a line: the basis first, then targets and measurements in time order."""

from __future__ import annotations

from datetime import date

from ..loading import follow_up_contract as contract
from ..loading.located import Source
from ..loading.yaml_nodes import PathKey, YamlDocument
from ..shared.problems import Report, suggestion
from .entries import IndicatorEntry, ValidatedPlan
from .periods import error_at, readable_date
from .shape import check_list_file, check_shape


def load_indicators(doc: YamlDocument | None, report: Report) -> list[IndicatorEntry]:
    if doc is None:
        return []
    entries = []
    for index, item in check_list_file(
        doc,
        "indicatoren",
        report,
        "Schrijf 'indicatoren:' en daaronder '- id: ...' per indicator.",
    ):
        path = ("indicatoren", index)
        found, _valid = check_shape(contract.Indicator, item, doc, path, report)
        if found is not None:
            entries.append(IndicatorEntry(found, Source.of(doc, (*path, "id")), path))
    return entries


def check_indicators(result: ValidatedPlan, doc: YamlDocument | None, report: Report) -> None:
    if doc is None:
        return
    targets = {e.action.id for e in result.actions} | {g.node.id for g in result.all_goals()}
    seen: dict[str, Source] = {}
    for entry in result.indicators:
        indicator, base = entry.indicator, entry.path
        if indicator.id in seen:
            other = seen[indicator.id]
            error_at(
                report,
                doc,
                (*base, "id"),
                f"De indicator '{indicator.id}' bestaat al (regel {other.line}).",
                "Geef elke indicator een eigen id.",
            )
        seen[indicator.id] = entry.source
        for i, target in enumerate(indicator.bij):
            if target not in targets and not result.unread(target, "actie", "doelstelling"):
                error_at(
                    report,
                    doc,
                    (*base, "bij", i),
                    f"Onbekende actie of doelstelling '{target}' onder 'bij'.",
                    " ".join(
                        p
                        for p in (
                            suggestion(target, targets),
                            "Noem de id van een actie of doelstelling die de indicator meet.",
                        )
                        if p
                    ),
                )
        _check_dates(indicator, doc, base, report)


def _check_dates(
    indicator: contract.Indicator, doc: YamlDocument, base: PathKey, report: Report
) -> None:
    # A date stands for its last day, as on the drawn line (model.indicators).
    basis = readable_date(indicator.basis.datum, doc, (*base, "basis", "datum"), report, end=True)
    days = _in_order(indicator.streefwaarden, "streefwaarden", "streefwaarde", doc, base, report)
    _in_order(indicator.metingen, "metingen", "meting", doc, base, report)
    if basis is None:
        return
    for i, (target, day) in enumerate(zip(indicator.streefwaarden, days, strict=True)):
        if day is not None and day <= basis:
            error_at(
                report,
                doc,
                (*base, "streefwaarden", i, "datum"),
                f"De streefwaarde van {target.datum} ligt niet na de basis "
                f"({indicator.basis.datum}).",
                "Een streefwaarde ligt later dan de basis: verbeter een van beide datums.",
            )


def _in_order(
    values: list[contract.Waarde],
    key: str,
    name: str,
    doc: YamlDocument,
    base: PathKey,
    report: Report,
) -> list[date | None]:
    """Each date after the one before: a line through the values needs one order.
    Returns the dates read (None where unreadable)."""
    previous: tuple[date, str] | None = None
    days: list[date | None] = []
    for i, value in enumerate(values):
        day = readable_date(value.datum, doc, (*base, key, i, "datum"), report, end=True)
        days.append(day)
        if day is None:
            previous = None
            continue
        if previous is not None and day <= previous[0]:
            twice = day == previous[0]
            error_at(
                report,
                doc,
                (*base, key, i, "datum"),
                f"Twee keer een {name} op {value.datum}."
                if twice
                else f"De {name} van {value.datum} staat na die van {previous[1]}.",
                f"Houd één {name} per datum."
                if twice
                else f"Zet de {key} in de tijd, de oudste eerst.",
            )
        previous = (day, value.datum)
    return days
