"""plan.yaml 'beheer': what the check says before an editor meets it in the browser."""

from __future__ import annotations

import pytest

from paths import REPO
from planwijzer import pipeline
from planwijzer.shared.problems import Severity

PLAN = """\
    titel: Testplan 2024-2026
    organisatie: Testorganisatie
    periode: {{van: 2024, tot: 2026}}
    {extra}
    """


def _sign_in_warnings(plan_folder, extra: str):
    folder = plan_folder({"data/plan.yaml": PLAN.format(extra=extra)})
    report = pipeline.check(folder.root).report
    return [
        p
        for p in report.sorted()
        if p.severity is Severity.WARNING and p.code == "beheer-zonder-aanmelden"
    ]


@pytest.mark.parametrize(
    ("extra", "needed"),
    [
        ("beheer: {repo: org/plan}", "aanmelden"),
        ("beheer: {repo: org/plan, host: gitlab}", "app_id"),
    ],
)
def test_beheer_without_a_sign_in_of_its_own_is_told_at_its_line(plan_folder, extra, needed):
    (warning,) = _sign_in_warnings(plan_folder, extra)
    assert (warning.file, warning.line) == ("data/plan.yaml", 4)
    assert f"'{needed}'" in warning.message and "Netlify" in warning.message
    assert "README" in warning.hint


@pytest.mark.parametrize(
    "extra",
    [
        "beheer: {repo: org/plan, aanmelden: 'https://aanmelden.voorbeeld.be'}",
        "beheer: {repo: org/plan, host: gitea, app_id: abc123}",
        "",
    ],
)
def test_beheer_with_its_own_sign_in_or_without_beheer_says_nothing(plan_folder, extra):
    assert _sign_in_warnings(plan_folder, extra) == []


def test_a_comment_after_a_value_is_one_a_form_would_lose_too(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": PLAN.format(
                extra="beheer: {repo: org/plan, app_id: abc, host: gitea}"
            ),
            "data/partners.yaml": "partners:\n  - {id: partner-x, naam: Partner X}  # uit p. 4\n",
        }
    )
    report = pipeline.check(folder.root).report
    lost = [w for w in report.warnings if w.code == "commentaar-in-beheerd-bestand"]
    assert [(w.file, w.line) for w in lost if w.file == "data/partners.yaml"] == [
        ("data/partners.yaml", 2)
    ]


def test_beheer_in_a_plan_of_two_languages_no_longer_warns(plan_folder):
    """The forms edit every language side by side (outputs/cms): nothing to warn about."""
    extra = "talen: [nl, fr]\n    beheer: {repo: org/plan, app_id: abc, host: gitea}"
    folder = plan_folder({"data/plan.yaml": PLAN.format(extra=extra)})
    report = pipeline.check(folder.root).report
    assert report.ok
    assert not [p for p in report.warnings if p.code == "beheer-en-talen"]


def test_the_readmes_beheer_block_checks_without_a_warning(plan_folder):
    # README, 'Aanzetten' step 2, pasted into plan.yaml as written
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    step = readme.split("2. In `data/plan.yaml`", 1)[1]
    block = step.split("```yaml\n", 1)[1].split("```", 1)[0]
    pasted = "\n".join(line.removeprefix("   ") for line in block.splitlines())
    assert pasted.startswith("beheer:\n") and "#" not in pasted
    folder = plan_folder({"data/plan.yaml": PLAN.format(extra="")})
    plan_yaml = folder.root / "data/plan.yaml"
    plan_yaml.write_text(plan_yaml.read_text(encoding="utf-8") + pasted + "\n", encoding="utf-8")
    report = pipeline.check(folder.root).report
    assert [p.format() for p in report.sorted() if p.file == "data/plan.yaml"] == []
