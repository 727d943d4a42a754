"""Stage 2 — check: the loaded files against the contract and each other.

Each concern has its own module (shape, goal_tree, references, periods,
plan_settings); this one runs them in order. The result is a ``ValidatedPlan`` of
typed entries with their source location, or the problems, in Dutch and located.
"""

from __future__ import annotations

from pathlib import Path

from ..loading import contract as schema
from ..loading.located import Source
from ..loading.plan_folder import PlanSources
from ..shared.problems import Report
from .accepted import apply_accepted
from .cms_files import check_cms_files, check_sign_in
from .concepts import check_concepts
from .discovery import check_findable
from .entries import ActionEntry, GoalEntry, PartnerEntry, ValidatedPlan
from .follow_up import check_reports, load_reports
from .frameworks import check_framework_references, check_frameworks
from .goal_tree import check_goals
from .indicators import check_indicators, load_indicators
from .municipalities import check_municipalities
from .numbers_as_text import check_numbers_as_written
from .page_paths import check_page_paths
from .placeholders import check_placeholders
from .plan_settings import check_plan_settings
from .references import check_references
from .shape import check_list_file, check_model, check_shape, raw_id
from .site_settings import check_site_settings

# The fields of plan.yaml the other files are checked against.
VOCABULARY = (
    "periode",
    "talen",
    "niveaus",
    "bijdragen",
    "statussen",
    "beheer",
    "aanvaarde_meldingen",
)


def validate(sources: PlanSources, report: Report) -> ValidatedPlan | None:
    """Check every file; a ValidatedPlan when the plan has no errors, else None."""
    check_numbers_as_written(sources, report)
    check_placeholders(sources, report)
    plan = None
    if sources.plan is not None:
        if sources.plan.data is None:
            report.error(
                sources.plan.file,
                0,
                0,
                "data/plan.yaml is leeg.",
                "Vul minstens 'titel', 'organisatie' en 'periode' in.",
            )
        else:
            # read without its wrong fields: the other files are checked against it,
            # unless a wrong field is one they are checked against
            plan, _valid = check_shape(
                schema.PlanBestand, sources.plan.data, sources.plan, (), report, vital=VOCABULARY
            )
    if plan is not None:
        check_plan_settings(plan, sources.plan, report)
        check_site_settings(plan, sources.plan, report, sources.root)
        check_findable(sources.root, sources.plan, plan, report)
        if plan.beheer is not None:
            check_cms_files(sources, report)
            check_sign_in(plan.beheer, sources, report)

    broken: set[str] = set()
    goals: list[GoalEntry] = []
    if plan is not None and sources.goals is not None:
        goals = check_goals(sources.goals, plan.niveaus, report, broken)

    actions: list[ActionEntry] = []
    actions_complete = sources.actions_complete
    strengths = {b.sleutel: "bijdragen" for b in plan.bijdragen} if plan else {}
    for doc in sources.actions:
        for path, item in _actions_in(doc, report):
            action, valid = check_shape(
                schema.Actie, item, doc, path, report, nested_keys=strengths
            )
            if action is not None:
                where = (
                    Source.of(doc, (*path, "id")) if "id" in _at(doc, path) else Source(doc.file, 1)
                )
                actions.append(ActionEntry(action, where, doc, path))
            if not valid:
                broken.add(raw_id(item))
                actions_complete = False

    partners: list[PartnerEntry] = []
    if sources.partners is not None:
        doc = sources.partners
        for index, item in check_list_file(
            doc, "partners", report, "Schrijf 'partners:' en daaronder '- id: ...' per partner."
        ):
            partner, valid = check_shape(schema.Partner, item, doc, ("partners", index), report)
            if partner is not None:
                source = Source.of(doc, ("partners", index, "id"))
                partners.append(PartnerEntry(partner, source))
            if not valid:
                broken.add(raw_id(item))

    rankings = None
    if sources.municipalities is not None and sources.municipalities.data is not None:
        doc = sources.municipalities
        rankings = check_model(schema.GemeentenBestand, doc.data, doc, (), report)

    frameworks = check_frameworks(sources, report, validate)
    reports = load_reports(sources.reports, report)
    indicators = load_indicators(sources.indicators, report)

    if plan is None or sources.plan is None:
        return None
    result = ValidatedPlan(
        plan=plan,
        plan_source=Source(sources.plan.file, 1),
        goals=goals,
        actions=actions,
        partners=partners,
        partners_file=sources.partners.file if sources.partners is not None else None,
        plan_doc=sources.plan,
        broken_ids=broken,
        actions_complete=actions_complete,
        unread_kinds=sources.unread,
        rankings=rankings.rangschikkingen if rankings is not None else [],
        reports=reports,
        indicators=indicators,
        frameworks=frameworks,
    )
    check_references(result, report)
    files = frozenset(Path(doc.file).stem for doc in sources.frameworks)
    check_framework_references(result, frameworks, report, files - set(frameworks))
    check_reports(result, report)
    check_indicators(result, sources.indicators, report)
    check_page_paths(result, sources.root, report)
    check_municipalities(result, report)
    check_concepts(result, report)
    apply_accepted(result, report)
    return result if report.ok else None


def _actions_in(doc, report: Report) -> list[tuple[tuple, dict]]:  # type: ignore[no-untyped-def]
    """(path, action) of every action in an actions file: a list under 'acties:', or one
    action per file (data/acties/<naam>.yaml, as the CMS writes them), whose id is the
    file's name when it gives none."""
    data = doc.data
    if isinstance(data, dict) and "acties" not in data and ("titel" in data or "id" in data):
        return [((), data if "id" in data else {"id": Path(doc.file).stem, **data})]
    return [
        (("acties", index), item)
        for index, item in check_list_file(
            doc, "acties", report, "Schrijf 'acties:' en daaronder '- id: ...' per actie."
        )
    ]


def _at(doc, path: tuple) -> dict:  # type: ignore[no-untyped-def]
    node = doc.data
    for key in path:
        node = node[key]
    return node if isinstance(node, dict) else {}
