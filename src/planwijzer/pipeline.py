"""The stages in order: loading → checking → model → rendering.

This is the core's front door. It knows nothing of MkDocs: the site builder, the
macros module and the command line all call in here, and another engine could too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .checking import ValidatedPlan, validate
from .checking.discovery import check_site_address
from .checking.template_names import check_own_templates, check_template_names
from .checking.translations import check_translations
from .loading.languages import in_language, plan_languages
from .loading.plan_folder import DATA_DIR, PLAN_FILE, PlanSources, load_plan_sources
from .loading.site_file import check_site_file
from .loading.yaml_reader import ParseCache, load_alone
from .model import Plan, build_plan
from .shared.interface import speaking
from .shared.memory import paused_gc
from .shared.problems import Report


@dataclass
class CheckResult:
    report: Report
    plan: Plan | None  # None when the plan has errors
    found: str = ""  # what the check found: '25 doelstellingen, 20 acties, ...'


def validate_plan(
    plan_dir: Path,
    parse_cache: ParseCache | None = None,
    *,
    language: str | None = None,
    strict_languages: bool = False,
) -> tuple[Report, ValidatedPlan | None]:
    """Load and validate the plan in ``plan_dir``: all problems at once, no model.

    ``language``: the plan as it reads in that language (default: its main one, which
    also checks the others: missing translations, with ``strict_languages`` errors)."""
    report = Report()
    with paused_gc():
        sources = load_plan_sources(plan_dir, report, parse_cache)
        main = plan_languages(sources)[0]
        view = in_language(sources, language, report if language in (None, main) else None)
        with speaking(view.language):  # a built-in framework's texts, in that language
            valid = validate(view.sources, report)
        if language in (None, main) and report.ok:
            check_translations(sources, report, validate, strict=strict_languages)
    return report, valid if report.ok else None


def check_command(plan_dir: Path, *, strict_languages: bool = False) -> CheckResult:
    """'planwijzer check': the plan as a build checks it (``check``), and what the site
    folder lacks to be found (its address in mkdocs.yml; a build without one is still a
    good build, so only here)."""
    result = check(plan_dir, strict_languages=strict_languages)
    check_site_address(plan_dir, result.report)
    check_template_names(plan_dir, result.report)
    check_own_templates(plan_dir, result.report)
    if result.report.errors:
        result.plan = None
    if check_site_file(plan_dir, result.report):  # no build can use that mkdocs.yml
        result.plan = None
    return result


def languages(plan_dir: Path) -> tuple[str, ...]:
    """The plan's languages, main language first: from plan.yaml alone."""
    path = plan_dir / DATA_DIR / PLAN_FILE
    doc = load_alone(path, f"{DATA_DIR}/{PLAN_FILE}")[0] if path.is_file() else None
    return plan_languages(PlanSources(plan_dir, doc, None, [], None))


def check(
    plan_dir: Path,
    parse_cache: ParseCache | None = None,
    *,
    concepts: bool = False,
    language: str | None = None,
    strict_languages: bool = False,
) -> CheckResult:
    """Load, validate and model the plan in ``plan_dir``; all problems at once. With
    ``concepts`` the model keeps entries marked 'concept' (the live preview); with
    ``language`` the plan as it reads in that language. Last, what needs the model:
    no narrative page in the place of a page the site generates."""
    report, valid = validate_plan(
        plan_dir, parse_cache, language=language, strict_languages=strict_languages
    )
    if valid is None:
        return CheckResult(report, None)
    # The model says what the plan does not write (default labels) in its language.
    with paused_gc(), speaking(language or valid.plan.talen[0]):
        plan = build_plan(valid, concepts=concepts)
    plan.language = language or valid.plan.talen[0]
    plan.languages = tuple(valid.plan.talen)
    if language in (None, plan.languages[0]):
        from .rendering.narrative_places import check_narrative_places

        with speaking(plan.language):
            check_narrative_places(plan, plan_dir, report)
        if not report.ok:
            return CheckResult(report, None)
    return CheckResult(report, plan, valid.counts())


_cache: dict[tuple[Path, bool, str | None], tuple[tuple, CheckResult]] = {}


def fingerprint(paths: Iterable[Path]) -> tuple:
    """Names, times and sizes of the files among ``paths``: changes when one does."""
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.is_file())


def _fingerprint(plan_dir: Path) -> tuple:
    data = plan_dir / DATA_DIR
    return fingerprint(sorted(data.rglob("*"))) if data.is_dir() else ()


def cached_check(
    plan_dir: Path,
    parse_cache: ParseCache | None = None,
    *,
    concepts: bool = False,
    language: str | None = None,
) -> CheckResult:
    """``check`` once per state of the data files, shared by the builder and macros."""
    folder = plan_dir.resolve()
    fingerprint = _fingerprint(folder)
    hit = _cache.get((folder, concepts, language))
    if hit is not None and hit[0] == fingerprint:
        return hit[1]
    result = check(folder, parse_cache, concepts=concepts, language=language)
    _cache[(folder, concepts, language)] = (fingerprint, result)
    return result


def other_languages(
    plan_dir: Path, plan: Plan, parse_cache: ParseCache | None = None, *, concepts: bool = False
) -> dict[str, Plan]:
    """The plan read in each of its other languages (for what holds all of them: the
    open data). Checked with the main language, so each is valid too."""
    others = {}
    for code in plan.languages[1:]:
        other = cached_check(plan_dir, parse_cache, concepts=concepts, language=code).plan
        if other is not None:
            others[code] = other
    return others
