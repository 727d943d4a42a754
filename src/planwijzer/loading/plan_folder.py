"""Stage 1 — load a plan folder: which files it has, each read into a YamlDocument."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..shared.forked import run_jobs
from ..shared.problems import Report
from .framework_contract import FRAMEWORKS_DIR
from .yaml_nodes import YamlDocument
from .yaml_reader import ParseCache, load_alone


@dataclass
class PlanSources:
    """The plan folder's YAML files, loaded but not yet validated."""

    root: Path
    plan: YamlDocument | None
    goals: YamlDocument | None
    actions: list[YamlDocument]
    partners: YamlDocument | None
    municipalities: YamlDocument | None = None  # data/gemeenten.yaml, optional
    reports: list[YamlDocument] = field(default_factory=list)  # data/opvolging/*.yaml
    indicators: YamlDocument | None = None  # data/indicatoren.yaml, optional
    frameworks: list[YamlDocument] = field(default_factory=list)  # data/kaders/*.yaml
    # The kinds ('actie', 'doelstelling', 'partner') of which a file exists but could
    # not be read (a YAML error): their ids are then unknown, not absent.
    unread: frozenset[str] = frozenset()

    @property
    def actions_complete(self) -> bool:
        return "actie" not in self.unread

    def documents(self) -> list[YamlDocument]:
        """Every file that could be read, in a stable order."""
        named = (
            self.plan,
            self.goals,
            *self.actions,
            self.partners,
            self.municipalities,
            *self.reports,
            self.indicators,
            *self.frameworks,
        )
        return [doc for doc in named if doc is not None]


DATA_DIR = "data"
PLAN_FILE = "plan.yaml"
GOALS_FILE = "doelstellingen.yaml"
ACTIONS_FILE = "acties.yaml"
ACTIONS_DIR = "acties"
PARTNERS_FILE = "partners.yaml"
MUNICIPALITIES_FILE = "gemeenten.yaml"
REPORTS_DIR = "opvolging"
INDICATORS_FILE = "indicatoren.yaml"
# Above this much YAML, every other file is parsed on a second core (see forked).
SPLIT_BYTES = 2_000_000


def _yaml_files(folder: Path) -> list[Path]:
    """The YAML files directly in ``folder``, in name order (stable output)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def action_files(root: Path) -> list[Path]:
    """data/acties.yaml first, then data/acties/*.yaml in name order (stable output)."""
    data = root / DATA_DIR
    files = [data / ACTIONS_FILE] if (data / ACTIONS_FILE).is_file() else []
    return files + _yaml_files(data / ACTIONS_DIR)


def report_files(root: Path) -> list[Path]:
    """data/opvolging/*.yaml: one report each, in name order."""
    return _yaml_files(root / DATA_DIR / REPORTS_DIR)


def leaves_folder(root: Path, path: Path) -> bool:
    """Whether ``path`` (through symbolic links) lies outside the plan folder: such a
    file is never read, so nothing outside the plan can be published by accident."""
    return root.resolve() not in path.resolve().parents


def plan_folder_around(folder: Path) -> Path:
    """``folder`` when it is a plan folder (or none is around it), else the plan folder
    it lies in (it is data/, data/opvolging/, docs/...), as a path from the working
    folder ('..'): the editor reads it in the hints."""
    if not folder.is_dir() or (folder / DATA_DIR).is_dir():
        return folder
    above = next((p for p in folder.resolve().parents if (p / DATA_DIR).is_dir()), None)
    return Path(os.path.relpath(above)) if above is not None else folder


def display_path(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def load_plan_sources(root: Path, report: Report, cache: ParseCache | None = None) -> PlanSources:
    """Load every YAML file of a plan folder; missing required files are reported."""
    data = root / DATA_DIR
    paths = action_files(root)
    named = [
        data / PLAN_FILE,
        data / GOALS_FILE,
        data / PARTNERS_FILE,
        data / MUNICIPALITIES_FILE,
        data / INDICATORS_FILE,
    ]
    reports = report_files(root)
    frameworks = sorted((data / FRAMEWORKS_DIR).glob("*.yaml"))
    found = [p for p in (*named, *paths, *reports, *frameworks) if p.is_file()]
    outside = [p for p in found if leaves_folder(root, p)]
    for path in outside:
        report.error(
            display_path(root, path),
            0,
            0,
            f"{display_path(root, path)} verwijst (als koppeling) naar een bestand buiten de "
            "planmap; Planwijzer leest alleen bestanden in de planmap.",
            "Zet het bestand zelf in de planmap in plaats van een koppeling.",
        )
    found = [p for p in found if p not in outside]
    for required in named[:2]:
        if required not in found:
            file = display_path(root, required)
            report.error(
                file,
                0,
                0,
                f"Het bestand {file} ontbreekt.",
                "Een planmap heeft data/plan.yaml, data/doelstellingen.yaml en acties "
                "(data/acties.yaml of data/acties/*.yaml). 'planwijzer init MAP' maakt een "
                "voorbeeld.",
            )
    if not paths:
        report.error(
            f"{DATA_DIR}/{ACTIONS_FILE}",
            0,
            0,
            "Er zijn geen acties: data/acties.yaml en de map data/acties/ ontbreken.",
            "Maak data/acties.yaml aan met een lijst 'acties:'.",
        )
    if cache is not None:
        docs = [cache.load(p, display_path(root, p), report) for p in found]
    else:
        docs = _load_files(root, found, report)
    by_path = dict(zip(found, docs, strict=True))
    return PlanSources(
        root=root,
        plan=by_path.get(named[0]),
        goals=by_path.get(named[1]),
        actions=[doc for p in paths if (doc := by_path.get(p)) is not None],
        partners=by_path.get(named[2]),
        municipalities=by_path.get(named[3]),
        reports=[doc for p in reports if (doc := by_path.get(p)) is not None],
        indicators=by_path.get(named[4]),
        frameworks=[doc for p in frameworks if (doc := by_path.get(p)) is not None],
        unread=_unread(by_path, paths, *named[1:3]),
    )


def _unread(
    by_path: dict[Path, YamlDocument | None], actions: list[Path], goals: Path, partners: Path
) -> frozenset[str]:
    """The kinds whose file was not read. A missing goals file has its own message; a
    missing partners file is allowed, so only a partners file that exists counts."""
    found = {
        "actie": any(by_path.get(p) is None for p in actions),
        "doelstelling": by_path.get(goals) is None,
        "partner": partners.is_file() and by_path.get(partners) is None,
    }
    return frozenset(kind for kind, unread in found.items() if unread)


def _load_files(root: Path, paths: list[Path], report: Report) -> list[YamlDocument | None]:
    jobs = [partial(load_alone, p, display_path(root, p)) for p in paths]
    big = len(paths) > 1 and sum(p.stat().st_size for p in paths) >= SPLIT_BYTES
    docs = []
    for doc, problems in run_jobs(jobs, split=big):
        report.problems.extend(problems)
        docs.append(doc)
    return docs
