"""References between files: unique ids, known partners, goals and strengths."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..loading.fields import ID_PATTERN
from ..loading.located import Source
from ..loading.yaml_nodes import PathKey, YamlDocument
from ..shared.problems import Report, suggestion
from ..shared.text import slugify
from .entries import ValidatedPlan, walk_goals
from .periods import check_period


class _References:
    def __init__(self, report: Report, partners_file: str | None) -> None:
        self.report = report
        self.ids: dict[str, tuple[str, Source]] = {}
        self.partners_file = partners_file

    def register(self, id_: str, kind: str, source: Source) -> None:
        if id_ in self.ids:
            other_kind, other = self.ids[id_]
            self.report.error(
                source.file,
                source.line,
                source.column,
                f"De id '{id_}' is al in gebruik ({other_kind} op {other.file}:{other.line}).",
                "Ids moeten uniek zijn over doelstellingen, acties en partners heen: "
                "kies een andere id.",
            )
        else:
            self.ids[id_] = (kind, source)


def check_references(result: ValidatedPlan, report: Report) -> None:
    plan = result.plan
    refs = _References(report, result.partners_file)
    all_goals = result.all_goals()
    for goal in all_goals:
        refs.register(goal.node.id, "doelstelling", goal.source)
    for entry in result.actions:
        refs.register(entry.action.id, "actie", entry.source)
    for partner in result.partners:
        refs.register(partner.partner.id, "partner", partner.source)

    goals = {g.node.id: g for g in all_goals}
    partner_ids = {p.partner.id: p.partner.naam for p in result.partners}
    strengths = [s.sleutel for s in plan.bijdragen]
    strongest_used: set[str] = set()

    for entry in result.actions:
        action, doc, base = entry.action, entry.doc, entry.path
        if action.trekker:
            _check_partner(action.trekker, (*base, "trekker"), doc, partner_ids, result, report)
        for i, pid in enumerate(action.partners):
            _check_partner(pid, (*base, "partners", i), doc, partner_ids, result, report)
        if not action.partners and not action.trekker:
            report.warning(
                entry.source.file,
                entry.source.line,
                entry.source.column,
                f"De actie '{action.id}' heeft geen partners.",
                "Voeg 'partners: [...]' toe met ids uit data/partners.yaml, als er partners zijn.",
                code="geen-partners",
                subject=action.id,
            )
        seen_goals: dict[str, str] = {}
        for strength, goal_ids in action.bijdragen.items():
            if strength not in strengths:
                pos = doc.position((*base, "bijdragen", strength), key=True)
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"Onbekende soort bijdrage '{strength}'.",
                    " ".join(
                        p
                        for p in (
                            suggestion(strength, strengths),
                            f"De soorten staan in data/plan.yaml onder 'bijdragen': "
                            f"{', '.join(strengths)}.",
                        )
                        if p
                    ),
                )
            for i, gid in enumerate(goal_ids):
                goal = goals.get(gid)
                if goal is None and result.unread(gid, "doelstelling"):
                    continue
                if goal is not None and not goal.children and gid not in seen_goals:
                    seen_goals[gid] = strength
                    if strength == strengths[0]:
                        strongest_used.add(gid)
                    continue
                pos = doc.position((*base, "bijdragen", strength, i))
                if goal is None:
                    report.error(
                        doc.file,
                        pos.line,
                        pos.column,
                        f"Onbekende doelstelling '{gid}'.",
                        " ".join(
                            p
                            for p in (
                                suggestion(gid, goals),
                                "Bekende doelstellingen staan in data/doelstellingen.yaml.",
                            )
                            if p
                        ),
                    )
                    continue
                if goal.children:
                    below = walk_goals(goal.children)
                    leaves = ", ".join(g.node.id for g in below if not g.children)
                    report.error(
                        doc.file,
                        pos.line,
                        pos.column,
                        f"De doelstelling '{gid}' heeft onderliggende doelstellingen; "
                        "een actie draagt bij aan de onderste.",
                        f"Kies een of meer van: {leaves}.",
                    )
                    continue
                if gid in seen_goals:
                    report.error(
                        doc.file,
                        pos.line,
                        pos.column,
                        f"De doelstelling '{gid}' staat twee keer onder 'bijdragen' "
                        f"(ook onder '{seen_goals[gid]}').",
                        "Een actie draagt maar op één manier bij aan een doelstelling: "
                        "houd er één over.",
                    )
        check_period(action.periode, (*base, "periode"), doc, plan, report, action.id)
        for p_index, project in enumerate(action.projecten):
            p_base = (*base, "projecten", p_index)
            for i, pid in enumerate(project.partners):
                _check_partner(pid, (*p_base, "partners", i), doc, partner_ids, result, report)
            check_period(project.periode, (*p_base, "periode"), doc, plan, report, action.id)

    _check_overviews(result, goals, report)
    _warn_uncovered_goals(result, strongest_used, report)


def _check_partner(
    pid: str,
    path: PathKey,
    doc: YamlDocument,
    partners: dict[str, str],
    result: ValidatedPlan,
    report: Report,
) -> None:
    if pid in partners or result.unread(pid, "partner"):
        return
    pos = doc.position(path)
    if result.partners_file is None:
        report.error(
            doc.file,
            pos.line,
            pos.column,
            f"Onbekende partner '{pid}': er is geen bestand data/partners.yaml.",
            f"Maak data/partners.yaml aan met '- id: {slugify(pid) or 'partner'}' en "
            f"'naam: {pid}'.",
        )
        return
    match = closest_partner(pid, partners)
    hint = f"Bedoelde je '{match}' ({partners[match]})? " if match else ""
    what = "" if re.fullmatch(ID_PATTERN, pid) else " (een naam of tekst, geen id)"
    report.error(
        doc.file,
        pos.line,
        pos.column,
        f"Onbekende partner '{pid}'{what}.",
        hint + "Verwijs met de id van een partner uit data/partners.yaml.",
    )


def closest_partner(text: str, partners: dict[str, str]) -> str | None:
    """The partner whose id or name ``text`` most resembles, when it clearly does.

    Ids and names are compared in one form (lower case, words joined by '-'), so
    'Samenlevingsopbouw Oost-Vlaanderen' finds the partner of that name, not another
    id that merely starts alike. Only an existing id is ever suggested.
    """
    wanted = slugify(text)
    if not wanted:
        return None
    best, score = None, 0.0
    for pid, name in partners.items():
        for form in (pid, slugify(name)):
            ratio = SequenceMatcher(None, wanted, form).ratio()
            if len(wanted) >= 3 and form.split("-")[0] == wanted.split("-")[0] == wanted:
                ratio = max(ratio, 0.8)  # 'CAW' for 'CAW Oost-Vlaanderen'
            if ratio > score:
                best, score = pid, ratio
    return best if score >= 0.75 else None


def _check_overviews(result: ValidatedPlan, goals: dict, report: Report) -> None:
    """Every goal an overview matrix names exists."""
    plan = result.plan
    for overview_index, overview in enumerate(plan.overzichten or []):
        for i, gid in enumerate(overview.doelen or []):
            if gid not in goals and not result.unread(gid, "doelstelling"):
                pos = result.plan_doc.position(("overzichten", overview_index, "doelen", i))
                report.error(
                    result.plan_doc.file,
                    pos.line,
                    pos.column,
                    f"Onbekende doelstelling '{gid}' in overzicht '{overview.id}'.",
                    " ".join(
                        p
                        for p in (
                            suggestion(gid, goals),
                            "Bekende doelstellingen staan in data/doelstellingen.yaml.",
                        )
                        if p
                    ),
                )


def _warn_uncovered_goals(result: ValidatedPlan, strongest_used: set[str], report: Report) -> None:
    """A leaf goal no action serves at the strongest strength is worth a warning."""
    if not result.actions_complete:
        return  # an unreadable action may well contribute: do not say it does not
    plan = result.plan
    strongest = plan.bijdragen[0]
    for goal in result.all_goals():
        if not goal.children and goal.node.id not in strongest_used:
            report.warning(
                goal.source.file,
                goal.source.line,
                goal.source.column,
                f"Geen enkele actie '{strongest.label.lower()}' aan de doelstelling "
                f"'{goal.node.id}'.",
                f"Voeg de doelstelling toe onder 'bijdragen: {strongest.sleutel}:' van een actie.",
                code="geen-sterke-bijdrage",
                subject=goal.node.id,
            )
