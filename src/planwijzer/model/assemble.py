"""Builds the linked Plan from a validated plan: one pass, references resolved."""

from __future__ import annotations

from ..checking.entries import GoalEntry, IndicatorEntry, ReportEntry, ValidatedPlan
from ..loading.municipality_register import in_language, lookup, named_after
from ..shared.build_date import reference_day
from ..shared.interface import _, language
from ..shared.periods import Period, human_date
from ..shared.site_paths import (
    ACTIONS,
    GOALS,
    INDICATORS,
    MUNICIPALITIES,
    PARTNERS,
    REPORTS,
    entity_url,
    municipality_slug,
)
from ..shared.text import folded, slugify
from .entities import (
    Action,
    Contribution,
    Goal,
    Level,
    Municipality,
    Partner,
    PartnerRoles,
    Project,
    Ranking,
    Strength,
    unique,
)
from .follow_up import Milestone, Report, ReportedState, Status
from .frameworks import build_frameworks
from .indicators import DatedValue, Indicator
from .matrix import overview_matrices
from .plan import Plan


def build_plan(valid: ValidatedPlan, *, concepts: bool = False) -> Plan:
    """Link the validated entries into a Plan. Assumes validation passed.

    Entries marked ``concept`` are left out, and references to them with them, unless
    ``concepts`` (the live preview shows them, marked as such).
    """
    cfg = valid.plan
    # What the plan does not write is the contract's Dutch default, said in the
    # language the plan is read in (the model is built under shared.interface.speaking).
    written = cfg.model_fields_set

    def said(text: str, field: str, within: set[str] | None = None) -> str:
        given = field in written and (within is None or within & cfg.acties.model_fields_set)
        return text if given else _(text)

    levels = [
        Level(n.sleutel, said(n.naam, "niveaus"), said(n.meervoud, "niveaus"), n.afkorting, i)
        for i, n in enumerate(cfg.niveaus)
    ]
    strengths = [
        Strength(b.sleutel, said(b.label, "bijdragen"), b.symbool, i)
        for i, b in enumerate(cfg.bijdragen)
    ]
    strength_by_key = {s.key: s for s in strengths}

    goals_by_id: dict[str, Goal] = {}

    def make_goal(entry: GoalEntry, parent: Goal | None) -> Goal:
        n = entry.node
        goal = Goal(
            n.id,
            n.code,
            n.titel,
            n.omschrijving,
            n.toelichting,
            levels[entry.level],
            entry.source,
            parent,
            concept=n.concept,
            position=len(goals_by_id),
        )
        goal.url = entity_url(GOALS, n.id)
        goals_by_id[n.id] = goal
        shown = [c for c in entry.children if concepts or not c.node.concept]
        goal.children = [make_goal(child, goal) for child in shown]
        return goal

    roots = [make_goal(e, None) for e in valid.goals if concepts or not e.node.concept]

    partners = [
        Partner(
            p.partner.id,
            p.partner.naam,
            p.partner.soort,
            p.partner.website,
            p.source,
            url=entity_url(PARTNERS, p.partner.id),
            concept=p.partner.concept,
            description=p.partner.omschrijving,
        )
        for p in valid.partners
        if concepts or not p.partner.concept
    ]
    partner_by_id = {p.id: p for p in partners}
    municipalities: dict[str, Municipality] = {}

    # On a page in another language than the plan's, a municipality reads as Statbel
    # names it in that language (Gent is Gand in French); its address stays the same.
    reading = language()
    translated = reading != cfg.talen[0]

    def municipality(name: str) -> Municipality:
        slug = municipality_slug(name)
        if slug not in municipalities:
            known, other = lookup(name), named_after(name)
            shown = dict(known.names).get(reading) if known and translated else None
            if translated:
                known, other = in_language(known, reading), in_language(other, reading)
            municipalities[slug] = Municipality(
                slug,
                shown or name.strip(),
                url=entity_url(MUNICIPALITIES, slug),
                nis=known.nis if known else None,
                province=known.province if known else None,
                named_after=None if known else other,
            )
        return municipalities[slug]

    actions: list[Action] = []
    for entry in valid.actions:
        a = entry.action
        if a.concept and not concepts:
            continue
        action = Action(
            id=a.id,
            title=a.titel,
            code=a.code,
            lead=partner_by_id.get(a.trekker) if a.trekker else None,
            context=a.context,
            description=a.omschrijving,
            cooperation=a.samenwerking,
            partners=[partner_by_id[p] for p in a.partners if p in partner_by_id],
            period=Period.parse(a.periode.van, a.periode.tot) if a.periode else None,
            labels=list(a.labels),
            source=entry.source,
            url=entity_url(ACTIONS, a.id),
            position=len(actions),
            concept=a.concept,
        )
        for key, goal_ids in a.bijdragen.items():
            for gid in goal_ids:
                if gid not in goals_by_id:
                    continue  # a concept goal, left out
                contribution = Contribution(action, goals_by_id[gid], strength_by_key[key])
                action.contributions.append(contribution)
                goals_by_id[gid].contributions.append(contribution)
        action.contributions.sort(key=lambda c: c.strength.rank)
        for p in a.projecten:
            project = Project(
                title=p.titel,
                description=p.omschrijving,
                municipalities=[municipality(name) for name in p.gemeente],
                partners=[partner_by_id[pid] for pid in p.partners if pid in partner_by_id],
                period=Period.parse(p.periode.van, p.periode.tot) if p.periode else None,
                action=action,
            )
            action.projects.append(project)
            for m in project.municipalities:
                m.projects.append(project)
        actions.append(action)

    plan = Plan(
        title=cfg.titel,
        organisation=cfg.organisatie,
        subtitle=cfg.ondertitel,
        introduction=cfg.inleiding,
        first_year=cfg.periode.van,
        last_year=cfg.periode.tot,
        levels=levels,
        strengths=strengths,
        action_name=said(cfg.acties.naam, "acties", {"naam"}),
        action_plural=said(cfg.acties.meervoud, "acties", {"meervoud"}),
        goals=roots,
        actions=actions,
        partners=partners,
        municipalities=sorted(
            municipalities.values(), key=lambda m: (folded(m.name), m.name, m.slug)
        ),
        matrices=[],
        accessibility=cfg.toegankelijkheid,
        versions=list(cfg.versies),
        matrix_split_threshold=cfg.matrix_max_acties,
        source=valid.plan_source,
        _goals=goals_by_id,
        _roles=_partner_roles(partners, actions),
    )
    plan.rankings = [
        Ranking(r.id, r.titel, r.bron, [name.strip() for name in r.rangen]) for r in valid.rankings
    ]
    for ranking in plan.rankings:
        for rank, name in enumerate(ranking.names, start=1):
            found = municipalities.get(municipality_slug(name))
            if found is not None:
                found.ranks.append((ranking, rank))
    plan.statuses = [
        Status(s.sleutel, said(s.label, "statussen"), i, s.stops)
        for i, s in enumerate(cfg.statussen)
    ]
    plan.fictional = cfg.fictief
    plan.licence = cfg.licentie
    plan.privacy = cfg.privacy
    plan.short_title = cfg.korte_titel or cfg.titel
    plan.organisation_short = cfg.organisatie_kort or without_legal_form(cfg.organisatie)
    plan.contact = cfg.contact
    plan.identity = cfg.huisstijl
    plan.cms = cfg.beheer
    by_id = {a.id: a for a in actions}
    plan.reports = _reports(valid.reports, by_id, plan.statuses)
    plan.judged_on = reference_day()
    current = plan.as_of()
    for action in actions:
        if action.history:  # once: every page that shows the action asks for these
            action.state = current.state(action)
            action.milestones = current.milestones(action)
    plan.indicators = _indicators(valid.indicators, {**goals_by_id, **by_id})
    plan.frameworks = build_frameworks(
        valid.frameworks,
        [(by_id[e.action.id], e.action.kaders) for e in valid.actions if e.action.id in by_id],
        [
            (goals_by_id[e.node.id], e.node.kaders)
            for e in valid.all_goals()
            if e.node.kaders and e.node.id in goals_by_id
        ],
        plan.matrix_split_threshold,
    )
    plan.matrices = overview_matrices(
        len(levels), cfg.overzichten, roots, goals_by_id, plan.matrix_split_threshold
    )
    return plan


# Legal forms Belgian organisations write after their name: not part of a short name.
LEGAL_FORMS = ("vzw", "v.z.w.", "ivzw", "asbl", "a.s.b.l.", "cv", "cvba", "bv", "nv", "vof")


def without_legal_form(name: str) -> str:
    """'Samenlevingsopbouw Oost-Vlaanderen vzw' → 'Samenlevingsopbouw Oost-Vlaanderen'."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def _partner_roles(partners: list[Partner], actions: list[Action]) -> dict[Partner, PartnerRoles]:
    """Who carries, takes part in or works through a project in which action: one pass."""
    leads: dict[Partner, list[Action]] = {p: [] for p in partners}
    takes_part: dict[Partner, list[Action]] = {p: [] for p in partners}
    via: dict[Partner, list[tuple[Action, Project]]] = {p: [] for p in partners}
    for action in actions:
        if action.lead is not None:
            leads[action.lead].append(action)
        for partner in unique(action.partners):
            takes_part[partner].append(action)
        for project in action.projects:
            for partner in unique(project.partners):
                via[partner].append((action, project))
    return {p: PartnerRoles(leads[p], takes_part[p], via[p]) for p in partners}


def _reports(
    entries: list[ReportEntry], actions: dict[str, Action], statuses: list[Status]
) -> list[Report]:
    """The reports, newest first; each action's history (oldest first) and state."""
    status_by_key = {s.key: s for s in statuses}
    reports = []
    for entry in entries:
        data = entry.report
        period = data.periode
        if isinstance(period, str):
            period = human_date(period)
        elif period is not None:
            period = Period.parse(period.van, period.tot).label()
        report = Report(
            stem=entry.stem,
            title=data.titel,
            kind=data.soort,
            period_label=period,
            reference_text=data.peildatum,
            narrative=data.verslag,
            source=entry.source,
            url=entity_url(REPORTS, slugify(entry.stem)),
            approved_on=data.goedgekeurd.datum if data.goedgekeurd else None,
            approved_by=data.goedgekeurd.door if data.goedgekeurd else None,
        )
        for action_id, said in data.acties.items():
            action = actions.get(action_id)
            if action is None:
                continue  # a concept action, left out
            if not (
                said.status or said.voortgang is not None or said.toelichting or said.mijlpalen
            ):
                continue  # an empty part of a form says nothing of the action
            report.entries.append(
                ReportedState(
                    report,
                    action,
                    status_by_key.get(said.status) if said.status else None,
                    said.voortgang,
                    said.toelichting,
                    [Milestone(m.titel, m.datum, m.gehaald) for m in said.mijlpalen],
                )
            )
        report.entries.sort(key=lambda e: e.action.position)
        reports.append(report)
    reports.sort(key=lambda r: r.sort_key)
    for report in reports:  # oldest first: each history in peildatum order
        for state in report.entries:
            state.action.history.append(state)
    return reports[::-1]


def _indicators(entries: list[IndicatorEntry], targets: dict) -> list[Indicator]:  # type: ignore[type-arg]
    indicators = []
    for entry in entries:
        data = entry.indicator
        indicator = Indicator(
            id=data.id,
            title=data.titel,
            description=data.omschrijving,
            unit=data.eenheid,
            direction=data.richting,
            basis=DatedValue(data.basis.datum, data.basis.waarde),
            targets=[DatedValue(t.datum, t.waarde) for t in data.streefwaarden],
            measurements=[DatedValue(m.datum, m.waarde, m.toelichting) for m in data.metingen],
            source_text=data.bron,
            source=entry.source,
            url=entity_url(INDICATORS, data.id),
        )
        for target_id in data.bij:
            measured = targets.get(target_id)
            if measured is not None:  # else a concept, left out
                indicator.measures.append(measured)
                measured.indicators.append(indicator)
        indicators.append(indicator)
    return indicators
