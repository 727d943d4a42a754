"""What changed in the plan between two git revisions, in terms editors use.

Not a text diff: both versions go through the normal pipeline and the two models
are compared (actions and goals added, removed, renamed; contributions added,
removed or changed in strength; periods, partners and projects changed).
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path, PurePosixPath

import yaml

from .. import pipeline
from ..loading.framework_contract import FRAMEWORKS_DIR
from ..loading.narrative_pages import address, docs_dir, other_language_page, page_names
from ..loading.plan_folder import DATA_DIR
from ..model import Action, Plan
from ..rendering.renderer import Renderer
from .follow_up_diff import indicator_changes, report_changes
from .framework_diff import crosswalk_changes


class DiffError(RuntimeError):
    """A revision cannot be read or its plan has errors; the message says which."""


@dataclass
class Section:
    title: str
    items: list[str] = field(default_factory=list)


@dataclass
class PlanDiff:
    old_label: str
    new_label: str
    sections: list[Section]
    # what lists the pages that show a change: both plans rendered, so only when asked
    # (a build asks only for its sitemap's dates, and only with a site_url)
    pages_of: Callable[[], list[str]] = field(default=list, repr=False)

    @cached_property
    def pages(self) -> list[str]:
        """URLs of the pages that show a change."""
        return self.pages_of()

    @property
    def empty(self) -> bool:
        return not any(s.items for s in self.sections)

    def markdown(self) -> str:
        lines = [f"## Wijzigingen in het plan: {self.old_label} → {self.new_label}", ""]
        if self.empty:
            lines.append("Geen inhoudelijke wijzigingen.")
        for section in self.sections:
            if section.items:
                lines += [f"### {section.title}", "", *(f"- {item}" for item in section.items), ""]
        return "\n".join(lines).rstrip() + "\n"


# -- reading a revision ---------------------------------------------------------------


def _git(cwd: Path, *args: str) -> str:
    if not cwd.is_dir():
        raise DiffError(f"De map {cwd} bestaat niet.")
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=True)
    except FileNotFoundError:
        raise DiffError("git is niet geïnstalleerd.") from None
    except subprocess.CalledProcessError as exc:
        error = exc.stderr.decode("utf-8", "replace").strip()
        raise DiffError(f"git {' '.join(args)}: {error}") from None
    # File names are bytes to git: any name, also one that is not UTF-8, comes back.
    return done.stdout.decode("utf-8", "surrogateescape")


def _data_files(top: Path, revision: str, data_path: str) -> list[str]:
    """The regular files below ``data_path`` at ``revision``; NUL-separated, so a
    space, an accent or a newline in a name is just part of it. Symbolic links are
    left out: only the plan's own files are read."""
    listing = _git(top, "ls-tree", "-r", "-z", revision, "--", data_path)
    names = []
    for entry in listing.split("\0"):
        if not entry:
            continue
        meta, _, name = entry.partition("\t")
        mode, kind, _object = meta.split(" ")
        if kind == "blob" and mode != "120000":
            names.append(name)
    return names


def _repository_top(plan_dir: Path) -> Path:
    try:
        return Path(_git(plan_dir, "rev-parse", "--show-toplevel").strip())
    except DiffError:
        if not plan_dir.is_dir():
            raise
        raise DiffError(
            f"{plan_dir} staat niet in een git-repository: 'planwijzer diff' vergelijkt "
            "versies van het plan die git bewaart. Werk in een kopie van de repository "
            "(git clone) of maak er een met 'git init' en een eerste commit."
        ) from None


def _known_revision(top: Path, revision: str) -> None:
    try:
        _git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except DiffError:
        raise DiffError(
            f"Revisie '{revision}' bestaat niet in deze repository. Geef een tak, een tag "
            "of een commit, bijvoorbeeld 'main', 'HEAD~1' of 'origin/main' (na 'git fetch')."
        ) from None


def plan_at(plan_dir: Path, revision: str) -> Plan:
    """The plan as it was at ``revision`` of the git repository holding ``plan_dir``."""
    plan_dir = plan_dir.resolve()
    top = _repository_top(plan_dir)
    _known_revision(top, revision)
    prefix = plan_dir.relative_to(top).as_posix()
    data_path = f"{prefix}/{DATA_DIR}" if prefix != "." else DATA_DIR
    names = _data_files(top, revision, data_path)
    if not names:
        raise DiffError(f"In revisie {revision} staat geen plan in {data_path}/.")
    with tempfile.TemporaryDirectory(prefix="planwijzer-rev-") as tmp:
        root = Path(tmp)
        for name in names:
            target = root / DATA_DIR / PurePosixPath(name).relative_to(data_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            blob = subprocess.run(
                ["git", "show", f"{revision}:{name}".encode("utf-8", "surrogateescape")],
                cwd=top,
                capture_output=True,
                check=True,
            ).stdout
            target.write_bytes(blob)
        _keep_framework_plans(root, plan_dir)
        result = pipeline.check(root)
    if result.plan is None:
        raise DiffError(f"Het plan in revisie {revision} bevat fouten ({result.report.summary()}).")
    return result.plan


def diff_revisions(plan_dir: Path, old: str, new: str | None = None) -> PlanDiff:
    """Compare ``old`` with ``new`` (a revision, or the working tree when None)."""
    old_plan = plan_at(plan_dir, old)
    if new is None:
        result = pipeline.check(plan_dir)
        if result.plan is None:
            raise DiffError(f"Het plan in de werkmap bevat fouten ({result.report.summary()}).")
        new_plan, new_label = result.plan, "werkmap"
    else:
        new_plan, new_label = plan_at(plan_dir, new), new
    return compare(old_plan, new_plan, old, new_label, plan_dir)


# -- comparing two plans --------------------------------------------------------------


def _keep_framework_plans(copy: Path, plan_dir: Path) -> None:
    """A framework that is another plan ('plan: ../vlaams') names a folder beside the
    plan: in the copy of an old revision it points there by its full path."""
    for path in sorted((copy / DATA_DIR / FRAMEWORKS_DIR).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("plan"), str):
            data["plan"] = str((plan_dir / data["plan"]).resolve())
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def compare(
    old: Plan,
    new: Plan,
    old_label: str = "oud",
    new_label: str = "nieuw",
    plan_dir: Path | None = None,
) -> PlanDiff:
    name = new.action_plural
    return PlanDiff(
        old_label,
        new_label,
        [
            Section(name, _actions(old, new)),
            Section("Doelstellingen", _goals(old, new)),
            Section("Partners", _partners(old, new)),
            Section("Opvolging", report_changes(old, new)),
            Section("Indicatoren", indicator_changes(old, new)),
            Section("Beleidskaders", crosswalk_changes(old, new)),
        ],
        partial(changed_pages, old, new, plan_dir),
    )


def changed_pages(old: Plan, new: Plan, plan_dir: Path | None = None) -> list[str]:
    """The pages of ``new`` whose content differs from ``old``'s, or that are new:
    what a reviewer (and the accessibility check of a pull request) should look at.
    Both plans' pages are rendered and compared, so a list, the timeline or a matrix
    that shows a renamed action is found as surely as the action's own page. The
    plan folder's own templates (``plan_dir``) render both."""
    before, after = _page_contents(old, plan_dir), _page_contents(new, plan_dir)
    changed = {url for url, content in after.items() if before.get(url) != content}
    if changed and plan_dir is not None:  # a narrative page's macros may show the change
        changed.update(_pages_with_macros(plan_dir, new.languages))
    return sorted(changed)


def _pages_with_macros(plan_dir: Path, languages: tuple[str, ...]) -> list[str]:
    folder = docs_dir(plan_dir)
    return [
        address(name, languages) or "./"  # the home page, said so on a line of its own
        for name in page_names(folder)
        if not other_language_page(name, languages)
        and "{{" in (folder / name).read_text(encoding="utf-8", errors="replace")
    ]


def _page_contents(plan: Plan, plan_dir: Path | None) -> dict[str, tuple[str, str]]:
    renderer = Renderer(plan, plan_dir)
    return {job.url: (job.title, job().body) for job in renderer.jobs()}


def _code(id_: str) -> str:
    return f"`{id_}`"


def _goals(old: Plan, new: Plan) -> list[str]:
    before = {g.id: g for g in old.all_goals()}
    after = {g.id: g for g in new.all_goals()}
    items = [f"Nieuw: {_code(i)} {after[i].label}" for i in after if i not in before]
    items += [f"Verwijderd: {_code(i)} {before[i].label}" for i in before if i not in after]
    for i in after.keys() & before.keys():
        a, b = before[i], after[i]
        if a.title != b.title:
            items.append(f"Hernoemd: {_code(i)} '{a.title}' → '{b.title}'")
        parent_a = a.parent.id if a.parent else None
        parent_b = b.parent.id if b.parent else None
        if parent_a != parent_b:
            items.append(
                f"Verplaatst: {_code(i)} van {parent_a or 'bovenaan'} naar {parent_b or 'bovenaan'}"
            )
    return sorted(items, key=_order)


def _partners(old: Plan, new: Plan) -> list[str]:
    before = {p.id: p for p in old.partners}
    after = {p.id: p for p in new.partners}
    items = [f"Nieuw: {_code(i)} {after[i].name}" for i in after if i not in before]
    items += [f"Verwijderd: {_code(i)} {before[i].name}" for i in before if i not in after]
    items += [
        f"Hernoemd: {_code(i)} '{before[i].name}' → '{after[i].name}'"
        for i in after.keys() & before.keys()
        if before[i].name != after[i].name
    ]
    return sorted(items, key=_order)


def _actions(old: Plan, new: Plan) -> list[str]:
    before = {a.id: a for a in old.actions}
    after = {a.id: a for a in new.actions}
    items = [f"Nieuw: {_code(i)} {after[i].title}" for i in after if i not in before]
    items += [f"Verwijderd: {_code(i)} {before[i].title}" for i in before if i not in after]
    for i in [i for i in after if i in before]:
        items += [
            f"{_code(i)} {after[i].title}: {change}"
            for change in _action_changes(before[i], after[i])
        ]
    return sorted(items, key=_order)


def _action_changes(a: Action, b: Action) -> list[str]:
    changes = []
    if a.title != b.title:
        changes.append(f"hernoemd (was '{a.title}')")
    period_a = a.period.label() if a.period else "geen"
    period_b = b.period.label() if b.period else "geen"
    if period_a != period_b:
        changes.append(f"periode {period_a} → {period_b}")
    lead_a, lead_b = (a.lead.id if a.lead else None), (b.lead.id if b.lead else None)
    if lead_a != lead_b:
        changes.append(f"trekker {lead_a or 'geen'} → {lead_b or 'geen'}")
    changes += _set_change("partners", {p.id for p in a.partners}, {p.id for p in b.partners})
    changes += _set_change(
        "projecten", {p.title for p in a.projects}, {p.title for p in b.projects}
    )
    strengths_a = {c.goal.id: c.strength for c in a.contributions}
    strengths_b = {c.goal.id: c.strength for c in b.contributions}
    for goal in strengths_b.keys() - strengths_a.keys():
        changes.append(f"{strengths_b[goal].label.lower()} aan {_code(goal)} (nieuw)")
    for goal in strengths_a.keys() - strengths_b.keys():
        changes.append(f"draagt niet meer bij aan {_code(goal)}")
    for goal in strengths_a.keys() & strengths_b.keys():
        if strengths_a[goal].key != strengths_b[goal].key:
            changes.append(
                f"bijdrage aan {_code(goal)}: {strengths_a[goal].key} → {strengths_b[goal].key}"
            )
    return sorted(changes)


def _set_change(name: str, before: set[str], after: set[str]) -> list[str]:
    added, removed = sorted(after - before), sorted(before - after)
    if not added and not removed:
        return []
    parts = [f"+ {x}" for x in added] + [f"− {x}" for x in removed]
    return [f"{name}: {', '.join(parts)}"]


def _order(item: str) -> tuple[int, str]:
    for rank, prefix in enumerate(("Nieuw", "Verwijderd", "Hernoemd", "Verplaatst")):
        if item.startswith(prefix):
            return rank, item
    return 9, item


@dataclass
class VersionChange:
    date: str
    decision: str
    by: str | None
    revision: str | None
    diff: PlanDiff | None
    note: str = ""  # why there is no diff, if there is none


def version_history(plan_dir: Path, plan: Plan) -> list[VersionChange]:
    """The plan's versions (plan.yaml 'versies'), each with what changed since the
    previous one, where both name a git revision and this is a git checkout."""
    history = []
    previous = None
    for version in plan.versions:
        change = VersionChange(version.datum, version.besluit, version.door, version.revisie, None)
        if version.revisie and previous is not None and previous.revisie:
            try:
                change.diff = diff_revisions(plan_dir, previous.revisie, version.revisie)
            except DiffError as exc:
                change.note = str(exc)
        history.append(change)
        previous = version
    return history[::-1]  # newest first
