"""The macros of narrative pages, under the module name a plan's mkdocs.yml gives."""

from __future__ import annotations

from sitecheck import content


def test_plan_folders_naming_the_old_macros_module_still_build(plan_folder):
    folder = plan_folder({"docs/index.md": "# Testplan\n\n{{ kerncijfers() }}\n"})
    mkdocs = folder.root / "mkdocs.yml"
    text = mkdocs.read_text(encoding="utf-8")
    assert "planwijzer.outputs.mkdocs.macros" in text  # what new plan folders name
    mkdocs.write_text(
        text.replace("planwijzer.outputs.mkdocs.macros", "planwijzer.integrations.macros"),
        encoding="utf-8",
    )
    assert folder.build() == 0
    numbers = content(folder.root / "site", "").select(".pw-numbers li")
    assert numbers, "the macro kerncijfers() rendered nothing"
