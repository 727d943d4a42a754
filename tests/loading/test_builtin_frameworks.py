"""The frameworks Planwijzer ships are valid by its own checks."""

from __future__ import annotations

from pathlib import Path

from planwijzer.checking.frameworks import BUILTIN, check_frameworks
from planwijzer.loading.plan_folder import PlanSources
from planwijzer.shared.problems import Report


def test_the_built_in_sdgs_load_with_17_goals(tmp_path: Path):
    report = Report()
    sources = PlanSources(tmp_path, None, None, [], None)
    frameworks = check_frameworks(sources, report, lambda s, r: None)
    assert report.problems == []
    sdg = frameworks["sdg"]
    assert [p.id for p in sdg.parts] == [str(i) for i in range(1, 18)]
    assert sdg.parts[8].title == "Industrie, innovatie en infrastructuur"
    assert sorted(p.name for p in BUILTIN.glob("*.yaml")) == ["sdg.yaml"]
