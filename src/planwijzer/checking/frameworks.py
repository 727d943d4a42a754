"""data/kaders/: each framework on its own (a tree with unique ids, or another plan
folder that validates), then every 'kaders:' of an action or goal against them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..loading import framework_contract as fw
from ..loading.languages import document_in_language
from ..loading.plan_folder import PlanSources, load_plan_sources
from ..loading.yaml_nodes import YamlDocument
from ..loading.yaml_reader import load_alone
from ..shared.interface import language
from ..shared.problems import Report, suggestion
from .entries import ValidatedPlan
from .shape import check_model

BUILTIN = Path(__file__).resolve().parents[1] / "loading" / "builtin"
Validate = Callable[[PlanSources, Report], "ValidatedPlan | None"]


@dataclass
class FrameworkPart:
    id: str
    code: str | None
    title: str
    description: str | None = None
    children: list[FrameworkPart] = field(default_factory=list)


@dataclass
class FrameworkEntry:
    id: str
    title: str
    short_title: str | None
    source_text: str | None
    description: str | None
    parts: list[FrameworkPart]
    file: str  # where it is written ('' for a built-in one)
    builtin: bool = False
    url: str | None = None  # the site of a plan used as framework

    def walk(self) -> Iterator[FrameworkPart]:
        stack = list(reversed(self.parts))
        while stack:
            part = stack.pop()
            yield part
            stack.extend(reversed(part.children))


def check_frameworks(
    sources: PlanSources, report: Report, validate_other: Validate
) -> dict[str, FrameworkEntry]:
    """The plan's frameworks by id (file name), and the built-in ones it does not replace.
    ``validate_other`` checks a plan used as framework (validate, passed in: no cycle)."""
    found: dict[str, FrameworkEntry] = {}
    for doc in sources.frameworks:
        entry = _framework(doc, sources.root, report, validate_other)
        if entry is not None:
            found[entry.id] = entry
    for path in sorted(BUILTIN.glob("*.yaml")):
        if path.stem not in found:
            doc, _ = load_alone(path, f"{path.stem} (ingebouwd kader)")
            # Built in with its texts in every language Planwijzer knows: the one read.
            doc = document_in_language(doc, fw.KaderBestand, language()) if doc else None
            entry = (
                _framework(doc, sources.root, Report(), validate_other, builtin=True, fid=path.stem)
                if doc
                else None
            )
            if entry is not None:
                found[entry.id] = entry
    return found


def _framework(
    doc: YamlDocument,
    root: Path,
    report: Report,
    validate_other: Validate,
    *,
    builtin: bool = False,
    fid: str | None = None,
) -> FrameworkEntry | None:
    model = check_model(fw.KaderBestand, doc.data, doc, (), report) if doc.data else None
    if model is None:
        if doc.data is None:
            report.error(
                doc.file, 0, 0, f"{doc.file} is leeg.", "Schrijf minstens 'titel' en 'onderdelen'."
            )
        return None
    stem = fid or Path(doc.file).stem
    if (model.onderdelen is None) == (model.plan is None):
        report.error(
            doc.file,
            1,
            1,
            "Een kader heeft ofwel 'onderdelen' (een lijst), ofwel 'plan' (de map van een "
            "ander plan).",
            "Schrijf er precies één van de twee.",
        )
        return None
    if model.plan is not None:
        parts, title = _plan_as_parts(model.plan, doc, root, report, validate_other)
        if parts is None:
            return None
    else:
        parts, title = [_part(o) for o in model.onderdelen or []], None
        if model.titel is None:
            report.error(
                doc.file, 1, 1, "Het kader heeft geen 'titel'.", "Schrijf bovenaan: titel: ..."
            )
            return None
        _check_unique(model.onderdelen or [], doc, report)
    return FrameworkEntry(
        stem,
        model.titel or title or stem,
        model.korte_titel,
        model.bron,
        model.omschrijving,
        parts,
        doc.file,
        builtin,
        model.url,
    )


def _part(node: fw.Onderdeel) -> FrameworkPart:
    return FrameworkPart(
        node.id, node.code, node.titel, node.omschrijving, [_part(c) for c in node.onderdelen]
    )


def _check_unique(nodes: list[fw.Onderdeel], doc: YamlDocument, report: Report) -> None:
    seen: dict[str, int] = {}

    def walk(items: list[fw.Onderdeel], path: tuple) -> None:
        for i, item in enumerate(items):
            here = (*path, i)
            if item.id in seen:
                pos = doc.position((*here, "id"))
                report.error(
                    doc.file,
                    pos.line,
                    pos.column,
                    f"Het onderdeel '{item.id}' komt twee keer voor in dit kader "
                    f"(eerst op regel {seen[item.id]}).",
                    "Geef elk onderdeel een eigen id.",
                )
            else:
                seen[item.id] = doc.position((*here, "id")).line
            walk(item.onderdelen, (*here, "onderdelen"))

    walk(nodes, ("onderdelen",))


def _plan_as_parts(
    folder: str, doc: YamlDocument, root: Path, report: Report, validate_other: Validate
) -> tuple[list[FrameworkPart] | None, str | None]:
    """Another plan's goals as onderdelen; its own problems under its own file names."""
    pos = doc.position(("plan",))
    target = (root / folder).resolve()
    if not (target / "data" / "plan.yaml").is_file():
        report.error(
            doc.file,
            pos.line,
            pos.column,
            f"'{folder}' is geen planmap: {target} heeft geen data/plan.yaml.",
            "Schrijf het pad naar de map van een ander plan, vanaf deze planmap, "
            "bijvoorbeeld plan: ../vlaams-actieplan",
        )
        return None, None
    own = Report()
    validated = validate_other(load_plan_sources(target, own), own)
    for problem in own.errors:
        report.error(
            f"{folder}/{problem.file}",
            problem.line,
            problem.column,
            f"In het plan dat {doc.file} als kader gebruikt: {problem.message}",
            problem.hint,
        )
    if validated is None:
        return None, None

    def parts(entries: list) -> list[FrameworkPart]:  # type: ignore[type-arg]
        return [
            FrameworkPart(e.node.id, e.node.code, e.node.titel, None, parts(e.children))
            for e in entries
        ]

    return parts(validated.goals), validated.plan.titel


def check_framework_references(
    result: ValidatedPlan,
    frameworks: dict[str, FrameworkEntry],
    report: Report,
    unreadable: frozenset[str] = frozenset(),
) -> None:
    """Every 'kaders:' names a framework and its onderdelen; a framework of the plan's
    own that nothing names is a warning. A framework in ``unreadable`` (its file has an
    error of its own) is not reported again at every action that names it."""
    used: set[str] = set()
    ids = {f: {p.id for p in entry.walk()} for f, entry in frameworks.items()}
    located = [(a.action.kaders, a.source) for a in result.actions]
    located += [(g.node.kaders, g.source) for g in result.all_goals()]
    for kaders, source in located:
        for framework, parts in kaders.items():
            if framework not in frameworks:
                if framework in unreadable:
                    continue  # its own file's error says what is wrong
                pos = source.beside("kaders", framework)
                report.error(
                    source.file,
                    pos.line,
                    pos.column,
                    f"Onbekend kader '{framework}'. {suggestion(framework, frameworks)}".strip(),
                    "Een kader is een bestand in data/kaders/ (de naam zonder .yaml) of 'sdg'.",
                )
                continue
            used.add(framework)
            for i, part in enumerate(parts):
                if part not in ids[framework]:
                    pos = source.beside("kaders", framework, i)
                    report.error(
                        source.file,
                        pos.line,
                        pos.column,
                        f"Het kader '{framework}' heeft geen onderdeel '{part}'. "
                        f"{suggestion(part, ids[framework])}".strip(),
                        f"Kijk de ids na in {frameworks[framework].file or 'het kader'}.",
                    )
    for framework, entry in frameworks.items():
        if framework not in used and not entry.builtin:
            report.warning(
                entry.file,
                1,
                1,
                f"Geen actie of doelstelling verwijst naar het kader '{framework}'.",
                f"Schrijf bij een actie of doelstelling kaders: {{{framework}: [id, ...]}}, "
                "of verwijder het bestand.",
            )
    for framework in list(frameworks):
        if frameworks[framework].builtin and framework not in used:
            del frameworks[framework]  # a built-in framework shows only when used
