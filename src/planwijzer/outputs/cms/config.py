"""The configuration of the CMS on /beheer/ (Decap CMS), written from the contract and
the plan: one source, never edited by hand (see ``fields``).

Every data file is a collection: the plan's settings, the goal tree (one form, a list
per level), one file per action (data/acties/, created from its title, a concept until
the editor removes the mark), the partners, one file per report (a new one starts from
each action's current state, as 'planwijzer nieuw rapport' does), the indicators (a
measurement is a new row), the frameworks and the gemeenten's rankings. Saving an
entry opens a pull request ('editorial_workflow'); the check on the pull request stays
the judge.
"""

from __future__ import annotations

from typing import Any

from pydantic.fields import FieldInfo

from ...loading import contract as schema
from ...loading import follow_up_contract as reports
from ...loading.framework_contract import FRAMEWORKS_DIR, KaderBestand, Onderdeel
from ...loading.municipality_register import names as municipality_names
from ...loading.plan_folder import (
    ACTIONS_DIR,
    DATA_DIR,
    GOALS_FILE,
    INDICATORS_FILE,
    MUNICIPALITIES_FILE,
    PARTNERS_FILE,
    PLAN_FILE,
    REPORTS_DIR,
)
from ...loading.site_contract import Beheer
from ...model import Plan
from ...shared.site_paths import CMS
from .fields import Choices, Option, form_field, label, model_fields
from .hints import ACTION_ID_HINT, form_hint

FOLDER = CMS  # in site_paths: the check keeps narrative pages out of its place
# A new report is named after its year, as 'planwijzer nieuw rapport 2025' names it;
# a year plan as 'planwijzer nieuw rapport 2026-jaarplan' does.
REPORT_NAME = "{{fields.peildatum | date('YYYY')}}"
YEAR_PLAN_NAME = "{{fields.peildatum | date('YYYY')}}-jaarplan"
YEAR_PLAN_HINT = (
    "Het begin van het jaar dat het jaarplan plant, bijvoorbeeld 1 januari 2026. Het jaar "
    "wordt de naam van een nieuw jaarplan."
)
MAX_TREE = 4  # levels of onderdelen a framework's form offers


def _goal_options(plan: Plan, leaves_only: bool) -> list[Option]:
    goals = plan.leaves() if leaves_only else plan.all_goals()
    return [{"label": g.label, "value": g.id} for g in goals]


def _choices(plan: Plan) -> Choices:
    partners = [{"label": p.name, "value": p.id} for p in plan.partners]
    actions = [{"label": a.label, "value": a.id} for a in plan.actions]
    places = sorted({*municipality_names(), *(m.name for m in plan.municipalities)})
    choices = Choices(
        by_name={"partners": partners, "trekker": partners, "gemeente": _plain(places)},
        by_model={
            ("Overzicht", "doelen"): _goal_options(plan, leaves_only=False),
            ("Indicator", "bij"): actions + _goal_options(plan, leaves_only=False),
            ("RapportActie", "status"): [{"label": s.label, "value": s.key} for s in plan.statuses],
            ("Rangschikking", "rangen"): _plain(places),
        },
        single={"trekker", "status"},
        languages=list(plan.languages),
        existing={
            "Partner": [p.id for p in plan.partners],
            "Doelstelling": [g.id for g in plan.all_goals()],
            "Actie": [a.id for a in plan.actions],
            "Indicator": [i.id for i in plan.indicators],
        },
    )
    choices.special[("Actie", "bijdragen")] = lambda info: _contributions(plan, info)
    choices.special[("Actie", "kaders")] = lambda info: _frameworks(plan, info)
    choices.special[("Doelstelling", "kaders")] = lambda info: _frameworks(plan, info)
    choices.special[("RapportBestand", "periode")] = _period
    choices.special[("RapportBestand", "acties")] = lambda info: _report_actions(
        plan, info, choices
    )
    return choices


def _plain(values: list[str]) -> list[Option]:
    return [{"label": v, "value": v} for v in values]


def _object(model: str, name: str, info: FieldInfo, fields: list[dict], **extra: Any) -> dict:
    return {
        "name": name,
        "label": label(name),
        "hint": form_hint(model, name, info.description) or "",
        "widget": "object",
        "required": False,
        "fields": fields,
        **extra,
    }


def _contributions(plan: Plan, info: FieldInfo) -> dict:
    """Per kind of contribution (plan.yaml 'bijdragen') the goals, by name."""
    goals = _goal_options(plan, leaves_only=True)
    fields = [
        {"name": s.key, "label": s.label, "widget": "select", "multiple": True,
         "required": False, "options": goals}
        for s in plan.strengths
    ]  # fmt: skip
    return _object("Actie", "bijdragen", info, fields) | {"required": True}


def _frameworks(plan: Plan, info: FieldInfo) -> dict:
    """Per framework its onderdelen, by name."""
    fields = [
        {"name": f.id, "label": f.short_title, "widget": "select", "multiple": True,
         "required": False, "options": [{"label": p.label, "value": p.id} for p in f.parts()]}
        for f in plan.frameworks
    ]  # fmt: skip
    return _object("", "kaders", info, fields)


def _period(info: FieldInfo) -> dict:
    """A report's period: from and until, each a day or a year (widgets.js); the
    contract also reads a single date ('periode: 2025', as 'nieuw rapport' writes)."""
    hint = form_hint("RapportBestand", "periode", info.description)
    return {"name": "periode", "label": label("periode"), "widget": "planwijzer-periode",
            "required": False, "hint": hint}  # fmt: skip


def _report_actions(plan: Plan, info: FieldInfo, choices: Choices) -> dict:
    """One part per action, named; a new report starts with each action's current
    status and progress (as 'planwijzer nieuw rapport')."""
    entry = model_fields(reports.RapportActie, choices)
    fields = []
    for action in plan.actions:
        state = action.state
        own = [dict(f) for f in entry]
        for f in own:
            if f["name"] == "status" and state.status is not None:
                f["default"] = state.status.key
            if f["name"] == "voortgang" and state.progress is not None:
                f["default"] = state.progress
        fields.append(
            {"name": action.id, "label": action.label, "widget": "object", "required": False,
             "collapsed": True, "fields": own}
        )  # fmt: skip
    return _object("RapportBestand", "acties", info, fields)


def _year_plans(report_fields: list[dict], path: str) -> dict:
    """The year plans (soort: jaarplan) on their own: a new one is named '2026-jaarplan'
    and copies no status (it plans milestones), as 'nieuw rapport 2026-jaarplan'."""
    fields = []
    for f in report_fields:
        if f["name"] == "soort":
            f = {"name": "soort", "label": f["label"], "widget": "hidden", "default": "jaarplan"}
        elif f["name"] == "peildatum":
            f = {**f, "hint": YEAR_PLAN_HINT}
        elif f["name"] == "acties":
            stateless = [
                {**one, "fields": [
                    {k: v for k, v in x.items() if k != "default" or x["name"] == "mijlpalen"}
                    for x in one["fields"]
                ]}
                for one in f["fields"]
            ]  # fmt: skip
            f = {**f, "fields": stateless}
        fields.append(f)
    return _folder("jaarplannen", "Jaarplannen", "Jaarplan", path, fields, slug=YEAR_PLAN_NAME,
                   filter={"field": "soort", "value": "jaarplan"})  # fmt: skip


def _goal_tree(plan: Plan, choices: Choices, depth: int = 0) -> list[dict]:
    """A goal's fields and a list per deeper level (a level may be skipped)."""
    own = model_fields(schema.Doelstelling, choices)
    for level in plan.levels[depth + 1 :]:
        children = _goal_tree(plan, choices, level.index)
        own.append({"name": level.key, "label": level.plural, "widget": "list",
                    "required": False, "default": [], "fields": children})  # fmt: skip
    return own


def _parts(choices: Choices, depth: int) -> list[dict]:
    own = [f for f in model_fields(Onderdeel, choices) if f["name"] != "onderdelen"]
    if depth < MAX_TREE:
        deeper = _parts(choices, depth + 1)
        own.append({"name": "onderdelen", "label": "Onderdelen", "widget": "list",
                    "required": False, "default": [], "fields": deeper})  # fmt: skip
    return own


def _framework_fields(choices: Choices) -> list[dict]:
    fields = [form_field(KaderBestand, n, i, choices) for n, i in KaderBestand.model_fields.items()]
    return [
        ({**f, "widget": "list", "fields": _parts(choices, 1)} if f["name"] == "onderdelen" else f)
        for f in fields
    ]


def _file(name: str, title: str, path: str, fields: list[dict]) -> dict:
    return {"name": name, "label": title, "files": [
        {"name": name, "label": title, "file": path, "fields": fields}
    ]}  # fmt: skip


def _list_file(name: str, title: str, path: str, fields: list[dict]) -> dict:
    """A file that is one list under its own name (partners:, indicatoren:)."""
    return _file(name, title, path, [{"name": name, "label": title, "widget": "list",
                                      "fields": fields}])  # fmt: skip


def _folder(name: str, title: str, one: str, path: str, fields: list[dict], **extra: Any) -> dict:
    """One file per entry, named after its title (a new entry gets it from there)."""
    return {"name": name, "label": title, "label_singular": one, "folder": path,
            "extension": "yaml", "format": "yaml", "create": True,
            "identifier_field": "titel", "slug": "{{slug}}", **extra,
            "fields": fields}  # fmt: skip


def collections(plan: Plan, prefix: str) -> list[dict]:
    """Every collection, paths from the repository's root (``prefix``: the plan folder)."""
    c = _choices(plan)
    data = f"{prefix}{DATA_DIR}"
    levels = plan.levels
    goals_fields = [{"name": levels[0].key, "label": levels[0].plural, "widget": "list",
                     "fields": _goal_tree(plan, c)}]  # fmt: skip
    action_fields = model_fields(schema.Actie, c)
    for f in action_fields:
        if f["name"] == "id":  # a new action's id is its file's name, from its title
            f |= {"required": False, "from_title": True, "hint": ACTION_ID_HINT}
        if f["name"] == "concept":
            f["default"] = True  # a new action stays off the site until it is finished
    found = [
        _file("plan", "Het plan", f"{data}/{PLAN_FILE}", model_fields(schema.PlanBestand, c)),
        _file("doelstellingen", "Doelstellingen", f"{data}/{GOALS_FILE}", goals_fields),
        _folder("acties", plan.action_plural, plan.action_name, f"{data}/{ACTIONS_DIR}",
                action_fields, summary="{{code}} {{titel}}", sortable_fields=["titel", "code"]),
        _list_file("partners", "Partners", f"{data}/{PARTNERS_FILE}",
                   model_fields(schema.Partner, c)),
        _folder("rapporten", "Rapporten", "Rapport", f"{data}/{REPORTS_DIR}",
                model_fields(reports.RapportBestand, c), slug=REPORT_NAME),
        _year_plans(model_fields(reports.RapportBestand, c), f"{data}/{REPORTS_DIR}"),
        _list_file("indicatoren", "Indicatoren", f"{data}/{INDICATORS_FILE}",
                   model_fields(reports.Indicator, c)),
        _folder("kaders", "Beleidskaders", "Beleidskader", f"{data}/{FRAMEWORKS_DIR}",
                _framework_fields(c)),
        _file("gemeenten", "Gemeenten", f"{data}/{MUNICIPALITIES_FILE}",
              model_fields(schema.GemeentenBestand, c)),
    ]  # fmt: skip
    if len(c.languages) > 1:
        _named_in_main_language(found, c.languages[0])
    return found


def _named_in_main_language(found: list[dict], main: str) -> None:
    """With a text per language, a new entry's title is written per language and its
    file named after the main one ('{nl: ..., fr: ...}' is no name for a file)."""
    for collection in found:
        if collection.get("slug") == "{{slug}}":
            collection["slug"] = "{{fields.titel." + main + "}}"
            for f in collection["fields"]:
                if f["name"] == "titel":
                    f["per_taal_bij_nieuw"] = True


def backend(settings: Beheer, repo: str | None) -> dict:
    """Where saving goes: a branch and a pull request on the Git host."""
    found: dict[str, Any] = {"name": settings.host, "branch": settings.branch}
    if repo:
        found["repo"] = repo
    if settings.aanmelden:
        found["base_url"] = settings.aanmelden
    if settings.app_id:
        found |= {"app_id": settings.app_id, "auth_type": "pkce"}
    if settings.voorstellen and settings.host == "github":
        found["open_authoring"] = True
    return found


def cms_config(
    plan: Plan, settings: Beheer, repo: str | None, prefix: str, site_url: str | None
) -> dict:
    """The whole configuration, as config.yml holds it."""
    found = collections(plan, prefix)
    for collection in found:  # the form alone: a preview of raw fields tells an editor nothing
        collection["editor"] = {"preview": False}
    config: dict[str, Any] = {
        "backend": backend(settings, repo),
        "publish_mode": "editorial_workflow",
        # Only on the editor's own machine (localhost), with 'npx decap-server'.
        "local_backend": True,
        "locale": "nl",
        "media_folder": f"{prefix}docs/assets",
        "public_folder": "/assets",
        "omit_empty_optional_fields": True,
        "slug": {"encoding": "ascii", "clean_accents": True},
        "collections": found,
    }
    if site_url:
        config["site_url"] = config["display_url"] = site_url
    return config
