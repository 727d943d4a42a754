"""plan.yaml's site settings: colour, logo, short title and contact, told in Dutch."""

from __future__ import annotations

import pytest

from planwijzer import pipeline
from planwijzer.shared.colours import WHITE, contrast
from planwijzer.shared.problems import Severity

PLAN = """\
    titel: Testplan 2024-2026
    organisatie: Testorganisatie
    periode: {{van: 2024, tot: 2026}}
    {extra}
    """


def _problems(plan_folder, extra: str, severity=Severity.ERROR):
    folder = plan_folder({"data/plan.yaml": PLAN.format(extra=extra)})
    report = pipeline.check(folder.root).report
    return folder, [p for p in report.sorted() if p.severity is severity]


def test_a_colour_white_text_cannot_be_read_on_is_refused_with_a_darker_tint(plan_folder):
    _, errors = _problems(plan_folder, 'huisstijl: {kleur: "#ffcc00"}')
    assert len(errors) == 1
    error = errors[0]
    assert (error.file, error.line) == ("data/plan.yaml", 4)
    assert "contrast 1,51:1" in error.message and "4,5:1" in error.message
    suggested = error.hint.split('kleur: "')[1][:7]
    assert contrast(suggested, WHITE) >= 4.5


def test_a_readable_colour_passes(plan_folder):
    _, errors = _problems(plan_folder, 'huisstijl: {kleur: "#1f4e79"}')
    assert errors == []


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("huisstijl: {kleur: blauw}", "geen geldig kleur: 'blauw'"),
        ("contact: {email: info}", "geen geldig e-mailadres: 'info'"),
        ("contact: {website: www.voorbeeld.be}", "geen geldig webadres"),
    ],
)
def test_malformed_settings_say_the_right_shape(plan_folder, extra, expected):
    _, errors = _problems(plan_folder, extra)
    assert len(errors) == 1 and expected in errors[0].message, [e.format() for e in errors]


def test_a_missing_logo_names_the_files_that_are_there(plan_folder):
    folder = plan_folder(
        {
            "data/plan.yaml": PLAN.format(
                extra='huisstijl: {kleur: "#1f4e79", logo: assets/logo.svg}'
            )
        }
    )
    folder.write("docs/assets/logo-organisatie.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    errors = [
        p for p in pipeline.check(folder.root).report.sorted() if p.severity is Severity.ERROR
    ]
    assert len(errors) == 1
    assert "Het logo 'assets/logo.svg' bestaat niet in docs/" in errors[0].message
    assert "assets/logo-organisatie.svg" in errors[0].hint


def test_a_short_title_too_long_for_a_phone_is_a_warning(plan_folder):
    _, warnings = _problems(
        plan_folder, "korte_titel: Een titel die nooit in een telefoonkop past", Severity.WARNING
    )
    assert any("op een telefoon passen er 24" in w.message for w in warnings)
