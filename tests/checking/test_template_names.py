"""A plan's own template under its former '.md.j2' name: still used, check says to rename."""

from __future__ import annotations

from planwijzer import pipeline


def test_check_warns_in_dutch_about_a_template_under_its_old_name(plan_folder):
    folder = plan_folder()
    folder.write("templates/pages/action.md.j2", '{% extends "pages/_base.md.j2" %}')
    folder.write("templates/pages/goal.html.j2", '{% extends "pages/_base.html.j2" %}')
    result = pipeline.check_command(folder.root)
    found = [w for w in result.report.warnings if w.file.startswith("templates/")]
    assert [w.file for w in found] == ["templates/pages/action.md.j2"]
    assert "oude naam 'action.md.j2'" in found[0].message
    assert "Hernoem het bestand naar 'templates/pages/action.html.j2'" in found[0].hint
    assert result.report.ok  # a warning: the build still uses it


def test_check_is_silent_without_own_templates(plan_folder):
    folder = plan_folder()
    result = pipeline.check_command(folder.root)
    assert not [w for w in result.report.warnings if w.file.startswith("templates/")]


BROKEN = '{% extends "pages/_base.html.j2" %}\n{% block body %}\n{% if %}x{% endif %}\n'


def test_check_names_a_mistake_in_an_own_template_at_its_line_in_dutch(plan_folder):
    folder = plan_folder()
    folder.write("templates/pages/action.html.j2", BROKEN + "{% endblock %}\n")
    folder.write("templates/pages/goal.html.j2", "{% block body %}\n{% for a in acties %}\n")
    result = pipeline.check_command(folder.root)
    found = {(e.file, e.line): e for e in result.report.errors}
    assert set(found) == {
        ("templates/pages/action.html.j2", 3),
        ("templates/pages/goal.html.j2", 2),
    }
    said = found[("templates/pages/action.html.j2", 3)]
    assert "ontbreekt wat er getest of getoond moet worden" in said.message
    assert "er ontbreekt een '{% endif %}'" in found[("templates/pages/goal.html.j2", 2)].message
    assert "Expected" not in said.message and "{% if ... %}" in said.hint
    assert result.plan is None


def test_a_build_stops_at_a_mistake_in_an_own_template_and_says_where(plan_folder, capsys):
    from planwijzer.cli import main

    folder = plan_folder()
    folder.write("templates/pages/action.html.j2", BROKEN + "{% endblock %}\n")
    assert main(["build", str(folder.root), "--out", str(folder.root / "site")]) == 1
    said = capsys.readouterr().err
    assert "templates/pages/action.html.j2:3" in said and "onverwachts" not in said
    assert not (folder.root / "site").exists()
