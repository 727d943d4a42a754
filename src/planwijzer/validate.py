"""Stage 2 — validate: check the loaded files against the contract and each other.

Shape (types, required and unknown keys) is checked per list item with the
pydantic models of ``schema``, so one broken action does not hide the problems of
the others. Then references between files are checked: unique ids, known goals
and partners, contributions to leaf goals only, sensible periods. The result is a
``ValidatedPlan`` of typed entries with their source location, or the problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import schema
from .load import PathKey, PlanSources, Position, YamlDocument
from .periods import Period
from .problems import Report, did_you_mean, suggestion

M = TypeVar("M", bound=BaseModel)


class Source:
    """Where an entry stands, for messages and 'edit this page' links.

    Looked up on first use: a check with nothing to report needs no positions, and
    a file read by the fast YAML path gets them only when asked.
    """

    __slots__ = ("_doc", "_path", "_position", "file")

    def __init__(self, file: str, line: int = 1, column: int = 1) -> None:
        self.file = file
        self._doc: YamlDocument | None = None
        self._path: PathKey = ()
        self._position: Position | None = Position(line, column)

    @classmethod
    def of(cls, doc: YamlDocument, path: PathKey) -> Source:
        """The place of the value at ``path`` in ``doc``, found when first asked."""
        source = cls(doc.file)
        source._doc, source._path, source._position = doc, path, None
        return source

    @property
    def position(self) -> Position:
        if self._position is None:
            assert self._doc is not None
            self._position = self._doc.position(self._path)
        return self._position

    @property
    def line(self) -> int:
        return self.position.line

    @property
    def column(self) -> int:
        return self.position.column

    def __repr__(self) -> str:
        return f"Source({self.file!r}, {self.line}, {self.column})"


@dataclass
class GoalEntry:
    node: schema.Doelstelling
    level: int  # index into plan.niveaus
    source: Source
    children: list[GoalEntry] = field(default_factory=list)


@dataclass
class ActionEntry:
    action: schema.Actie
    source: Source
    doc: YamlDocument
    path: PathKey


@dataclass
class PartnerEntry:
    partner: schema.Partner
    source: Source


@dataclass
class ValidatedPlan:
    plan: schema.PlanBestand
    plan_source: Source
    goals: list[GoalEntry]
    actions: list[ActionEntry]
    partners: list[PartnerEntry]
    partners_file: str | None
    plan_doc: YamlDocument
    # ids of entries that failed their shape check: references to them are not
    # reported again, so one mistake gives one message, not a cascade
    broken_ids: set[str] = field(default_factory=set)
    # False when an action could not be read or checked: then 'no action contributes
    # to this goal' may be untrue, and is not said.
    actions_complete: bool = True

    def all_goals(self) -> list[GoalEntry]:
        """Every goal of the tree, top-down."""
        return list(_walk(self.goals))


# -- pydantic errors in plain Dutch -------------------------------------------------


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [str(part) for part in loc if isinstance(part, str)]
    return names[-1] if names else "waarde"


def _where(loc: tuple[Any, ...]) -> str:
    """'titel' or 'element 3 van partners' — how an editor finds the value."""
    if loc and isinstance(loc[-1], int) and len(loc) > 1:
        return f"element {loc[-1] + 1} van '{_field_name(loc[:-1])}'"
    return f"'{_field_name(loc)}'"


def _message(
    error: dict[str, Any], model: type[BaseModel], loc: tuple[Any, ...]
) -> tuple[str, str]:
    kind = error["type"]
    name = _field_name(loc)
    where = _where(loc)
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return (
            f"Het verplichte veld '{name}' ontbreekt.",
            f"Voeg een regel '{name}: ...' toe aan dit element.",
        )
    if kind == "extra_forbidden":
        known = _allowed_fields(model, loc)
        hint = suggestion(name, known)
        listing = "Toegelaten velden: " + ", ".join(known) + "." if known else ""
        return f"Onbekend veld '{name}'.", " ".join(p for p in (hint, listing) if p)
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern", "")
        if pattern == schema.ID_PATTERN:
            return (
                f"{where.capitalize()} is geen geldige id: '{value}'.",
                "Een id bestaat uit kleine letters, cijfers en koppeltekens, zonder spaties, "
                f"bijvoorbeeld '{slugify(str(value)) or 'mijn-actie'}'.",
            )
        if pattern == schema.DATE_PATTERN:
            return (
                f"{where.capitalize()} is geen geldige datum: '{value}'.",
                "Schrijf een jaar (2021), een maand (2021-04) of een dag (2021-04-15).",
            )
        if pattern == schema.LEVEL_KEY_PATTERN:
            return (
                f"{where.capitalize()} is geen geldige sleutel: '{value}'.",
                "Gebruik kleine letters, cijfers en _, bijvoorbeeld 'operationele_doelstellingen'.",
            )
        return (
            f"{where.capitalize()} heeft een ongeldige vorm: '{value}'.",
            "Kijk het voorbeeld na.",
        )
    if kind in ("string_type",):
        return (
            f"{where.capitalize()} moet tekst zijn, niet {_describe(value)}.",
            "Zet de waarde tussen aanhalingstekens als ze op een getal of ja/nee lijkt.",
        )
    if kind == "string_too_short":
        return (
            f"{where.capitalize()} mag niet leeg zijn.",
            "Vul een tekst in of verwijder het veld.",
        )
    if kind in ("list_type", "tuple_type"):
        return (
            f"{where.capitalize()} moet een lijst zijn, niet {_describe(value)}.",
            "Schrijf [a, b] of zet elk element op een eigen regel die begint met '- '.",
        )
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return (
            f"{where.capitalize()} moet een reeks velden (naam: waarde) zijn, "
            f"niet {_describe(value)}.",
            "Spring de velden eronder in met spaties.",
        )
    if kind == "too_short":
        return (
            f"{where.capitalize()} moet minstens {ctx.get('min_length', 1)} element bevatten.",
            "Vul minstens één waarde in.",
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return (
            f"{where.capitalize()} moet een geheel getal zijn (bijvoorbeeld een jaartal).",
            "Schrijf het getal zonder aanhalingstekens, bijvoorbeeld 2021.",
        )
    if kind in ("greater_than_equal", "greater_than"):
        return f"{where.capitalize()} is te klein.", f"Minimum: {ctx.get('ge', ctx.get('gt'))}."
    return f"{where.capitalize()} is ongeldig ({error.get('msg')}).", "Kijk het voorbeeld na."


def _describe(value: Any) -> str:
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return "ja/nee"
    if isinstance(value, int | float):
        return "een getal"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een reeks velden"
    return f"'{value}'"


def _allowed_fields(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names allowed where ``loc`` points, following nested models."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        info = current.model_fields.get(part) if hasattr(current, "model_fields") else None
        current = _inner_model(info.annotation) if info else None
    if current is None or not hasattr(current, "model_fields"):
        return []
    return list(current.model_fields)


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def check_model(
    model: type[M],
    data: Any,
    doc: YamlDocument,
    base: PathKey,
    report: Report,
    *,
    extra_fields: tuple[str, ...] = (),
) -> M | None:
    """Validate ``data`` (found at ``base`` in ``doc``) against ``model``."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = []
        for error in exc.errors():
            # pydantic adds union member names to loc; they mean nothing to editors
            loc = tuple(
                p for p in error["loc"] if not (isinstance(p, str) and ("[" in p or p == "str"))
            )
            errors.append((error, loc))
        # A misspelt required key ('titl' for 'titel') is one mistake, not two:
        # pair each unknown key with the missing key it nearly spells.
        missing = [loc for error, loc in errors if error["type"] == "missing"]
        twins: dict[tuple[Any, ...], str] = {}
        for error, loc in errors:
            if error["type"] == "extra_forbidden":
                siblings = [str(m[-1]) for m in missing if m[:-1] == loc[:-1]]
                match = did_you_mean(_field_name(loc), siblings)
                if match is not None and (*loc[:-1], match) not in twins.values():
                    twins[loc] = match
        paired = {(*loc[:-1], name) for loc, name in twins.items()}
        for error, loc in errors:
            if error["type"] == "missing" and loc in paired:
                continue
            path = (*base, *loc)
            message, hint = _message(error, model, loc)
            if loc in twins and error["type"] == "extra_forbidden":
                message += f" Het verplichte veld '{twins[loc]}' ontbreekt."
                hint = f"Bedoelde je '{twins[loc]}'? Verbeter de veldnaam."
            elif error["type"] == "extra_forbidden" and extra_fields:
                hint = _extra_hint(loc, model, extra_fields)
            on_key = error["type"] == "extra_forbidden"
            is_missing = error["type"] == "missing"
            pos = doc.position(path[:-1] if is_missing else path, key=on_key)
            report.error(doc.file, pos.line, pos.column, message, hint)
        return None


def _extra_hint(loc: tuple[Any, ...], model: type[BaseModel], extra: tuple[str, ...]) -> str:
    known = [*_allowed_fields(model, loc), *extra]
    hint = suggestion(_field_name(loc), known)
    return " ".join(p for p in (hint, "Toegelaten velden: " + ", ".join(known) + ".") if p)


def _check_list_file(
    doc: YamlDocument, key: str, report: Report, example: str
) -> list[tuple[int, Any]]:
    """The items under the single top-level ``key`` of a list file."""
    data = doc.data
    if data is None:
        return []
    if not isinstance(data, dict):
        report.error(
            doc.file,
            1,
            1,
            f"Het bestand moet beginnen met '{key}:' gevolgd door een lijst.",
            example,
        )
        return []
    for other in data:
        if other != key:
            pos = doc.position((other,), key=True)
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"Onbekend veld '{other}' bovenaan het bestand.",
                " ".join(
                    p for p in (suggestion(other, [key]), f"Alleen '{key}:' hoort hier.") if p
                ),
            )
    items = data.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        pos = doc.position((key,))
        report.error(doc.file, pos.line, pos.column, f"'{key}' moet een lijst zijn.", example)
        return []
    return list(enumerate(items))


def _raw_id(item: Any) -> str:
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) else ""


def slugify(text: str) -> str:
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# -- the goal tree ------------------------------------------------------------------


def _check_goals(
    doc: YamlDocument, levels: list[schema.Niveau], report: Report, broken: set[str]
) -> list[GoalEntry]:
    keys = [level.sleutel for level in levels]
    data = doc.data
    if data is None:
        report.error(
            doc.file,
            0,
            0,
            "Er zijn geen doelstellingen.",
            f"Begin het bestand met '{keys[0]}:' en een lijst doelstellingen.",
        )
        return []
    if not isinstance(data, dict):
        report.error(
            doc.file,
            1,
            1,
            f"Het bestand moet beginnen met '{keys[0]}:'.",
            "Zet daaronder de lijst doelstellingen van het hoogste niveau.",
        )
        return []
    roots: list[GoalEntry] = []
    for key, items in data.items():
        if key != keys[0]:
            pos = doc.position((key,), key=True)
            hint = suggestion(key, keys) or ""
            if key in keys:
                hint = f"'{key}' is een lager niveau; bovenaan staat '{keys[0]}'."
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"Onbekend niveau '{key}' bovenaan.",
                (hint + f" De niveaus staan in data/plan.yaml: {', '.join(keys)}.").strip(),
            )
            continue
        roots += _check_goal_list(doc, (key,), items, 0, levels, report, broken)
    return roots


def _check_goal_list(
    doc: YamlDocument,
    path: PathKey,
    items: Any,
    level: int,
    levels: list[schema.Niveau],
    report: Report,
    broken: set[str],
) -> list[GoalEntry]:
    if not isinstance(items, list):
        pos = doc.position(path)
        report.error(
            doc.file,
            pos.line,
            pos.column,
            f"'{path[-1]}' moet een lijst doelstellingen zijn.",
            "Zet elke doelstelling op een regel die begint met '- id: ...'.",
        )
        return []
    keys = [lv.sleutel for lv in levels]
    deeper = keys[level + 1 :]
    entries = []
    for index, item in enumerate(items):
        item_path = (*path, index)
        if not isinstance(item, dict):
            pos = doc.position(item_path)
            report.error(
                doc.file,
                pos.line,
                pos.column,
                "Een doelstelling moet velden hebben (id, titel, ...).",
                "Schrijf '- id: ...' en op de volgende regels 'titel: ...'.",
            )
            continue
        own = {k: v for k, v in item.items() if k not in keys}
        for key in item:
            if key in keys and key not in deeper:
                pos = doc.position((*item_path, key), key=True)
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"'{key}' kan niet onder een {levels[level].naam.lower()} staan: "
                    "dat niveau staat hoger of even hoog.",
                    f"Onder een {levels[level].naam.lower()} kunnen alleen lagere niveaus: "
                    f"{', '.join(deeper) or 'geen'}.",
                )
        node = check_model(
            schema.Doelstelling, own, doc, item_path, report, extra_fields=tuple(deeper)
        )
        children: list[GoalEntry] = []
        for key in deeper:
            if key in item:
                children += _check_goal_list(
                    doc, (*item_path, key), item[key], keys.index(key), levels, report, broken
                )
        if node is not None:
            entries.append(GoalEntry(node, level, Source.of(doc, (*item_path, "id")), children))
        else:
            broken.add(_raw_id(item))
    return entries


def _walk(goals: list[GoalEntry]):
    for goal in goals:
        yield goal
        yield from _walk(goal.children)


# -- references between files -------------------------------------------------------


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


def _check_references(result: ValidatedPlan, report: Report) -> None:
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
    partner_ids = {p.partner.id: None for p in result.partners}  # ordered, O(1) lookups
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
                if goal is None and gid in result.broken_ids:
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
                    leaves = ", ".join(g.node.id for g in _walk(goal.children) if not g.children)
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
        _check_period(action.periode, (*base, "periode"), doc, plan, report)
        for p_index, project in enumerate(action.projecten):
            p_base = (*base, "projecten", p_index)
            for i, pid in enumerate(project.partners):
                _check_partner(pid, (*p_base, "partners", i), doc, partner_ids, result, report)
            _check_period(project.periode, (*p_base, "periode"), doc, plan, report)

    for overview_index, overview in enumerate(plan.overzichten or []):
        for i, gid in enumerate(overview.doelen or []):
            if gid not in goals:
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

    if not result.actions_complete:
        return
    strongest = plan.bijdragen[0]
    for goal in all_goals:
        if not goal.children and goal.node.id not in strongest_used:
            report.warning(
                goal.source.file,
                goal.source.line,
                goal.source.column,
                f"Geen enkele actie '{strongest.label.lower()}' aan de doelstelling "
                f"'{goal.node.id}'.",
                f"Voeg de doelstelling toe onder 'bijdragen: {strongest.sleutel}:' van een actie, "
                "of laat dit bewust zo.",
            )


def _check_partner(
    pid: str,
    path: PathKey,
    doc: YamlDocument,
    partner_ids: list[str],
    result: ValidatedPlan,
    report: Report,
) -> None:
    if pid in partner_ids or pid in result.broken_ids:
        return
    pos = doc.position(path)
    if result.partners_file is None:
        report.error(
            doc.file,
            pos.line,
            pos.column,
            f"Onbekende partner '{pid}': er is geen bestand data/partners.yaml.",
            f"Maak data/partners.yaml aan met '- id: {pid}' en 'naam: ...'.",
        )
        return
    report.error(
        doc.file,
        pos.line,
        pos.column,
        f"Onbekende partner '{pid}'.",
        " ".join(
            p
            for p in (suggestion(pid, partner_ids), "Bekende partners staan in data/partners.yaml.")
            if p
        ),
    )


def _check_period(
    periode: schema.Periode | None,
    path: PathKey,
    doc: YamlDocument,
    plan: schema.PlanBestand,
    report: Report,
) -> None:
    if periode is None:
        return
    at = Source.of(doc, path)  # found only if there is something to report
    try:
        period = Period.parse(periode.van, periode.tot)
    except ValueError as exc:
        report.error(
            at.file,
            at.line,
            at.column,
            f"Ongeldige datum in de periode: {exc}.",
            "Schrijf een jaar (2021), een maand (2021-04) of een dag (2021-04-15).",
        )
        return
    if period.end is not None and period.start > period.end:
        report.error(
            at.file,
            at.line,
            at.column,
            f"De periode begint ({periode.van}) na haar einde ({periode.tot}).",
            "Wissel 'van' en 'tot' om, of verbeter een van beide.",
        )
        return
    first, last = plan.periode.van, plan.periode.tot
    if period.start.year < first or (period.end is not None and period.end.year > last):
        report.warning(
            at.file,
            at.line,
            at.column,
            f"De periode ({period.label()}) valt deels buiten de planperiode {first}-{last}.",
            "Dat mag; kijk na of het zo bedoeld is.",
        )


# -- entry point --------------------------------------------------------------------


def validate(sources: PlanSources, report: Report) -> ValidatedPlan | None:
    """Check every file; a ValidatedPlan when the plan has no errors, else None."""
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
            plan = check_model(schema.PlanBestand, sources.plan.data, sources.plan, (), report)
    if plan is not None:
        _check_plan_consistency(plan, sources.plan, report)

    broken: set[str] = set()
    goals: list[GoalEntry] = []
    if plan is not None and sources.goals is not None:
        goals = _check_goals(sources.goals, plan.niveaus, report, broken)

    actions: list[ActionEntry] = []
    actions_complete = sources.actions_complete
    for doc in sources.actions:
        for index, item in _check_list_file(
            doc, "acties", report, "Schrijf 'acties:' en daaronder '- id: ...' per actie."
        ):
            path = ("acties", index)
            action = check_model(schema.Actie, item, doc, path, report)
            if action is not None:
                actions.append(ActionEntry(action, Source.of(doc, (*path, "id")), doc, path))
            else:
                broken.add(_raw_id(item))
                actions_complete = False

    partners: list[PartnerEntry] = []
    if sources.partners is not None:
        doc = sources.partners
        for index, item in _check_list_file(
            doc, "partners", report, "Schrijf 'partners:' en daaronder '- id: ...' per partner."
        ):
            partner = check_model(schema.Partner, item, doc, ("partners", index), report)
            if partner is not None:
                source = Source.of(doc, ("partners", index, "id"))
                partners.append(PartnerEntry(partner, source))
            else:
                broken.add(_raw_id(item))

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
    )
    _check_references(result, report)
    return result if report.ok else None


def _check_plan_consistency(plan: schema.PlanBestand, doc: YamlDocument, report: Report) -> None:
    if plan.periode.van > plan.periode.tot:
        pos = doc.position(("periode",))
        report.error(
            doc.file,
            pos.line,
            pos.column,
            f"De planperiode begint ({plan.periode.van}) na haar einde ({plan.periode.tot}).",
            "Wissel 'van' en 'tot' om.",
        )
    for name, items, key in (
        ("niveau", plan.niveaus, "niveaus"),
        ("bijdrage", plan.bijdragen, "bijdragen"),
    ):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.sleutel in seen:
                pos = doc.position((key, i, "sleutel"))
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"De sleutel '{item.sleutel}' komt twee keer voor bij de {name}s.",
                    "Elke sleutel moet uniek zijn.",
                )
            seen.add(item.sleutel)
    seen_ids: set[str] = set()
    for i, overview in enumerate(plan.overzichten or []):
        if overview.id in seen_ids:
            pos = doc.position(("overzichten", i, "id"))
            report.error(
                doc.file,
                pos.line,
                pos.column,
                f"Het overzicht '{overview.id}' komt twee keer voor.",
                "Kies een andere id.",
            )
        seen_ids.add(overview.id)
