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
