"""Reports (data/opvolging/*.yaml): shape, known actions and statuses, readable dates,
one report per peildatum and kind, and the warnings of a report that contradicts itself."""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath

from ..loading import follow_up_contract as contract
from ..loading.located import Source
from ..loading.yaml_nodes import PathKey, YamlDocument
from ..shared.build_date import reference_day
from ..shared.periods import human_date
from ..shared.problems import Report, suggestion
from ..shared.site_paths import MAX_SEGMENT
from ..shared.text import slugify
from .entries import ReportEntry, ValidatedPlan
from .periods import error_at, readable_date
from .running_after_end import RunningAfterEnd
from .shape import check_shape


def load_reports(docs: list[YamlDocument], report: Report) -> list[ReportEntry]:
    """Each report file checked against the contract on its own."""
    entries = []
    for doc in docs:
        stem = PurePosixPath(doc.file).stem
        if doc.data is None:
            report.error(
                doc.file, 0, 0, f"{doc.file} is leeg.", "Vul minstens 'titel' en 'peildatum' in."
            )
            continue
        if not slugify(stem) or len(slugify(stem)) > MAX_SEGMENT:
            report.error(
                doc.file,
                0,
                0,
                f"De bestandsnaam '{stem}' geeft geen bruikbaar webadres.",
                "Noem het bestand naar het jaar of de soort, bijvoorbeeld 2022.yaml of "
                "2022-jaarplan.yaml.",
            )
            continue
        # read without its wrong fields, so its statuses and dates are checked too
        found, _valid = check_shape(contract.RapportBestand, doc.data, doc, (), report)
        if found is not None:
            entries.append(ReportEntry(stem, found, doc, Source(doc.file, 1)))
    return entries


def check_reports(result: ValidatedPlan, report: Report) -> None:
    """References and dates of every report, then what the reports say together."""
    statuses = [s.sleutel for s in result.plan.statussen]
    actions = {e.action.id for e in result.actions}
    dated: list[tuple[date, ReportEntry]] = []
    seen: dict[tuple[date, str], ReportEntry] = {}
    slugs: dict[str, ReportEntry] = {}
    after_end = RunningAfterEnd(result)
    for entry in result.reports:
        doc, data = entry.doc, entry.report
        slug = slugify(entry.stem)
        if slug in slugs:
            report.error(
                doc.file,
                0,
                0,
                f"{doc.file} en {slugs[slug].doc.file} krijgen hetzelfde webadres "
                f"(opvolging/{slug}/).",
                "Geef een van beide bestanden een andere naam.",
            )
        slugs[slug] = entry
        day = readable_date(data.peildatum, doc, ("peildatum",), report)
        _check_report_period(data, doc, report)
        _check_approval(data, doc, day, report)
        for action_id, state in data.acties.items():
            base: PathKey = ("acties", action_id)
            if action_id not in actions and not result.unread(action_id, "actie"):
                _unknown_action(result, doc, base, action_id, actions, report)
            if state.status is not None and state.status not in statuses:
                error_at(
                    report,
                    doc,
                    (*base, "status"),
                    f"Onbekende status '{state.status}'.",
                    " ".join(
                        p
                        for p in (
                            suggestion(state.status, statuses),
                            f"Kies uit: {', '.join(statuses)} (data/plan.yaml 'statussen').",
                        )
                        if p
                    ),
                )
            for i, milestone in enumerate(state.mijlpalen):
                readable_date(milestone.datum, doc, (*base, "mijlpalen", i, "datum"), report)
        if day is None:
            continue
        twin = seen.get((day, data.soort))
        if twin is not None:
            error_at(
                report,
                doc,
                ("peildatum",),
                f"Er is al een {data.soort} met peildatum {data.peildatum}: {twin.doc.file}.",
                "Elk rapport van een soort heeft een eigen peildatum: verbeter de datum, of "
                "voeg de twee rapporten samen.",
            )
        seen[(day, data.soort)] = entry
        dated.append((day, entry))
        _warn_outside_plan(result, entry, day, report)
        _warn_future(entry, day, report)
        after_end.warn(entry, day, report)
    _warn_contradictions(result, sorted(dated, key=lambda d: (d[0], d[1].stem)), report)


def _unknown_action(
    result: ValidatedPlan,
    doc: YamlDocument,
    base: PathKey,
    action_id: str,
    actions: set[str],
    report: Report,
) -> None:
    """A typo gets the id it probably meant; an action that is no longer in the plan
    gets the way to keep its history: a closing status instead of deleting it."""
    close = suggestion(action_id, actions)
    closing = [s.sleutel for s in result.plan.statussen if s.stops] or ["afgerond"]
    message = f"{doc.file} noemt de actie '{action_id}', maar die staat niet (meer) in het plan."
    hint = (f"Een tikfout? {close} " if close else "") + (
        "Werd de actie uit het plan verwijderd? Zet ze terug en geef ze in een nieuw "
        f"rapport de status '{closing[0]}': zo blijft haar geschiedenis op de site."
    )
    error_at(report, doc, base, message, hint, key=True)


def _check_approval(
    data: contract.RapportBestand, doc: YamlDocument, day: date | None, report: Report
) -> None:
    """An approval's date exists and, for an account of a peildatum, comes after it."""
    if data.goedgekeurd is None:
        return
    approved = readable_date(data.goedgekeurd.datum, doc, ("goedgekeurd", "datum"), report)
    if approved is None or day is None or data.soort == "jaarplan" or approved >= day:
        return
    error_at(
        report,
        doc,
        ("goedgekeurd", "datum"),
        f"Het rapport is goedgekeurd op {human_date(data.goedgekeurd.datum)}, vóór zijn "
        f"peildatum ({human_date(data.peildatum)}): een {data.soort} wordt goedgekeurd "
        "nadat de stand van zaken bekend is.",
        "Verbeter de datum van de goedkeuring of de peildatum.",
    )


def _check_report_period(data: contract.RapportBestand, doc: YamlDocument, report: Report) -> None:
    period = data.periode
    if period is None:
        return
    if isinstance(period, str):
        readable_date(period, doc, ("periode",), report)
        return
    start = readable_date(period.van, doc, ("periode", "van"), report)
    end = (
        readable_date(period.tot, doc, ("periode", "tot"), report, end=True) if period.tot else None
    )
    if start is not None and end is not None and start > end:
        error_at(
            report,
            doc,
            ("periode",),
            f"De periode begint ({period.van}) na haar einde ({period.tot}).",
            "Wissel 'van' en 'tot' om, of verbeter een van beide.",
        )


def _warn_at_peildatum(
    entry: ReportEntry, report: Report, message: str, hint: str, code: str
) -> None:
    pos = entry.doc.position(("peildatum",))
    report.warning(
        entry.doc.file, pos.line, pos.column, message, hint, code=code, subject=entry.stem
    )


def _warn_outside_plan(
    result: ValidatedPlan, entry: ReportEntry, day: date, report: Report
) -> None:
    first, last = result.plan.periode.van, result.plan.periode.tot
    if not first <= day.year <= last:
        _warn_at_peildatum(
            entry,
            report,
            f"De peildatum {entry.report.peildatum} valt buiten de planperiode {first}-{last}.",
            "Kijk het jaartal na.",
            "peildatum-buiten-planperiode",
        )


def _warn_future(entry: ReportEntry, day: date, report: Report) -> None:
    """A report states facts about its peildatum: one in the future is a slip (or a
    report written too early), and the site would show it as the current state."""
    today = reference_day()
    if day > today:
        _warn_at_peildatum(
            entry,
            report,
            f"De peildatum {human_date(entry.report.peildatum)} ligt in de toekomst "
            f"(vandaag is het {human_date(today.isoformat())}).",
            "Kijk het jaartal na; een rapport beschrijft de toestand op een dag die al voorbij is.",
            "peildatum-in-de-toekomst",
        )


def _warn_contradictions(
    result: ValidatedPlan, dated: list[tuple[date, ReportEntry]], report: Report
) -> None:
    """In peildatum order: 'afgerond' below 100%, progress on a stopped action."""
    statuses = {s.sleutel for s in result.plan.statussen}
    stopping = {s.sleutel: s.label for s in result.plan.statussen if s.stops}
    status_now: dict[str, str] = {}
    for _day, entry in dated:
        for action_id, state in entry.report.acties.items():
            if state.status is not None:
                status_now[action_id] = state.status
            if state.voortgang is None:
                continue
            warning = None
            if "afgerond" in statuses and state.status == "afgerond" and state.voortgang < 100:
                warning = (
                    f"De actie '{action_id}' is afgerond, maar haar voortgang is "
                    f"{state.voortgang}%.",
                    "Zet de voortgang op 100, of kies een andere status.",
                    "afgerond-onder-100",
                )
            elif status_now.get(action_id) in stopping:
                label = stopping[status_now[action_id]]
                warning = (
                    f"De actie '{action_id}' is {label.lower()}, maar dit rapport geeft haar "
                    "nog voortgang.",
                    f"Laat 'voortgang' weg bij een actie met status {label} (ze telt niet mee "
                    "in de gemiddelde voortgang), of kies een andere status.",
                    "stopgezet-met-voortgang",
                )
            if warning is not None:
                message, hint, code = warning
                where = entry.doc.position(("acties", action_id, "voortgang"))
                report.warning(
                    entry.doc.file,
                    where.line,
                    where.column,
                    message,
                    hint,
                    code=code,
                    subject=f"{entry.stem}/{action_id}",
                )
