"""The live preview: served in a real process, and its incremental rebuilds in process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import serve_latency  # scripts/, on the test path (pyproject.toml)
from paths import BILINGUAL, REFERENCE
from planwijzer import pipeline
from planwijzer.outputs.mkdocs.site import PreviewBuilder


def test_serve_shows_each_edit_everywhere():
    """scripts/serve_latency.py against a real `planwijzer serve`: it fails when the
    edited page, the goal page it shows up on or the search index stay stale."""
    result = serve_latency.measure(60, edits=2, timeout=60)
    assert result["edits"] == 2 and result["max_s"] < 60


# -- incremental rebuilds, in process ------------------------------------------------


def seed_copy(tmp_path: Path) -> Path:
    root = tmp_path / "plan"
    for name in ("data", "docs"):
        shutil.copytree(REFERENCE / name, root / name)
    shutil.copy(REFERENCE / "mkdocs.yml", root / "mkdocs.yml")
    return root


def preview(root: Path, site: Path) -> PreviewBuilder:
    builder = PreviewBuilder(root, site, host="127.0.0.1", port=8123)
    config = builder.config()
    config.plugins.on_startup(command="serve", dirty=False)
    builder(config)
    assert not builder.last_was_incremental
    return builder


def site_files(site: Path) -> dict[str, object]:
    files: dict[str, object] = {}
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix != ".gz":  # gzip headers hold a time
            name = path.relative_to(site).as_posix()
            text = path.read_bytes()
            files[name] = json.loads(text) if name.endswith(".json") else text
    return files


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_to_an_action_rebuilds_incrementally_and_equals_a_full_build(tmp_path):
    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    edit(root / "data/acties.yaml", "titel: De STEK", "titel: De STEK vernieuwd")
    edit(root / "data/partners.yaml", "naam: CAW,", "naam: CAW Oost-Vlaanderen,")
    builder()
    assert builder.last_was_incremental
    preview(root, tmp_path / "full")  # a fresh, full build of the same plan
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")
    assert "De STEK vernieuwd" in (tmp_path / "preview/acties/de-stek/index.html").read_text()


REPORT = """\
titel: Voortgangsrapport 2021
peildatum: 2021-12-31
acties:
  de-stek: {status: lopend, voortgang: 30}
  waardig-wonen: {status: gepland}
"""


def test_a_report_edit_rewrites_only_the_pages_it_touches(tmp_path):
    root = seed_copy(tmp_path)
    (root / "data/opvolging").mkdir()
    (root / "data/opvolging/2021.yaml").write_text(REPORT, encoding="utf-8")
    builder = preview(root, tmp_path / "preview")
    before = site_files(tmp_path / "preview")
    edit(root / "data/opvolging/2021.yaml", "status: lopend, voortgang: 30", "status: vertraagd")
    builder()
    assert builder.last_was_incremental
    after = site_files(tmp_path / "preview")
    changed = {name for name in after if after[name] != before.get(name)}
    assert "acties/de-stek/index.html" in changed and "opvolging/2021/index.html" in changed
    pages = {name for name in changed if name.endswith(".html")}
    total = sum(1 for name in after if name.endswith(".html"))
    assert len(pages) < total / 3, sorted(pages)  # the action, its goals, lists: not all
    preview(root, tmp_path / "full")
    assert after == site_files(tmp_path / "full")


def test_a_removed_action_disappears_from_the_preview(tmp_path):
    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    assert (tmp_path / "preview/acties/de-stek/index.html").exists()
    text = (root / "data/acties.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: de-stek")
    end = text.index("\n  - id: ", start + 1)
    (root / "data/acties.yaml").write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    for md in (root / "docs").glob("*.md"):  # narrative pages may name it in a macro
        md.write_text(md.read_text(encoding="utf-8").replace("de-stek", "ieders-stem-telt"))
    builder()
    assert not (tmp_path / "preview/acties/de-stek/index.html").exists()
    index = json.loads((tmp_path / "preview/search/search_index.json").read_text())
    assert not [d for d in index["docs"] if d["location"].startswith("acties/de-stek/")]


def test_a_narrative_page_edit_rebuilds_through_mkdocs_and_equals_a_full_build(tmp_path):
    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    edit(root / "docs/inleiding.md", "# Inleiding", "# Inleiding en opzet")
    builder()
    assert builder.last_was_incremental  # the generated pages: written where they changed
    assert b"Inleiding en opzet" in (tmp_path / "preview/inleiding/index.html").read_bytes()
    (root / "docs/bijlage.md").write_text("# Bijlage\n\nEen nieuwe pagina.\n", encoding="utf-8")
    builder()
    assert builder.last_was_incremental
    assert (tmp_path / "preview/bijlage/index.html").exists()
    (root / "docs/bijlage.md").unlink()
    builder()
    assert builder.last_was_incremental
    assert not (tmp_path / "preview/bijlage/index.html").exists()  # gone from the site too
    preview(root, tmp_path / "full")
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")


def test_other_changes_and_failed_builds_give_a_full_build(tmp_path):
    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    edit(root / "mkdocs.yml", "site_name:", "site_description: Ons plan\nsite_name:")
    builder()
    assert not builder.last_was_incremental
    edit(root / "data/acties.yaml", "trekker: ", "trekker: onbekende-partner-")
    with pytest.raises(SystemExit, match="Het plan bevat fouten"):
        builder()  # refused before MkDocs starts: the last good site is untouched
    assert (tmp_path / "preview/acties/de-stek/index.html").exists()
    edit(root / "data/acties.yaml", "trekker: onbekende-partner-", "trekker: ")
    builder()
    assert builder.last_was_incremental
    edit(root / "docs/inleiding.md", "# Inleiding", "# Inleiding\n\n{{ onbekend() }}")
    with pytest.raises(SystemExit, match="Niet gebouwd: een macro"):
        builder()
    edit(root / "docs/inleiding.md", "{{ onbekend() }}", "")
    builder()
    assert not builder.last_was_incremental  # the failed build may have left half a site
    edit(root / "data/acties.yaml", "titel: De STEK", "titel: De STEK (2)")
    builder()
    assert builder.last_was_incremental
    preview(root, tmp_path / "full")
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")


RENAMES = {
    "action renamed": ("data/acties.yaml", "id: actie-twee", "id: actie-drie"),
    "partner renamed": ("data/partners.yaml", "id: partner-y", "id: partner-z"),
    "gemeente renamed": ("data/acties.yaml", "gemeente: Ronse", "gemeente: Ninove"),
    "gemeente removed": ("data/acties.yaml", "gemeente: [Gent, Ronse]", "gemeente: Gent"),
}


@pytest.mark.parametrize("change", sorted(RENAMES))
def test_the_preview_serves_exactly_the_pages_of_a_full_build(plan_folder, tmp_path, change):
    folder = plan_folder(
        {
            "data/acties.yaml": """\
            acties:
              - id: actie-een
                titel: Actie een
                partners: [partner-x]
                bijdragen: {zeker: [doel-a, doel-b]}
                projecten: [{titel: Buurtwerk, gemeente: [Gent, Ronse]}]
              - id: actie-twee
                titel: Actie twee
                partners: [partner-y]
                bijdragen: {zeker: [doel-b]}
                projecten: [{titel: Tweede, gemeente: Ronse}]
            """,
            "data/partners.yaml": """\
            partners:
              - {id: partner-x, naam: Partner X}
              - id: partner-y
                naam: Partner Y
            """,
        }
    )
    builder = preview(folder.root, tmp_path / "preview")
    file, old, new = RENAMES[change]
    path = folder.root / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    if change == "partner renamed":
        edit(folder.root / "data/acties.yaml", "partners: [partner-y]", "partners: [partner-z]")
    builder()
    assert builder.last_was_incremental
    preview(folder.root, tmp_path / "full")
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")


# -- every language of the plan -------------------------------------------------------


def _switcher_target(site: Path, page: str, language: str) -> Path:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    href = soup.select_one(f'nav.pw-languages a[hreflang="{language}"]')["href"]
    target = (site / page).parent / href
    return (target / "index.html").resolve() if href.endswith("/") else target.resolve()


def test_the_preview_shows_every_language_and_rebuilds_what_an_edit_touches(tmp_path):
    root = tmp_path / "plan"
    shutil.copytree(BILINGUAL, root)
    site = tmp_path / "preview"
    builder = preview(root, site)
    # Before: the main language only, without a switcher ('/fr/' did not exist).
    action = "acties/waardig-wonen/index.html"
    assert (site / "fr" / action).is_file() and (site / "fr/index.html").is_file()
    assert _switcher_target(site, action, "fr") == (site / "fr" / action).resolve()
    assert _switcher_target(site, "fr/" + action, "nl") == (site / action).resolve()
    assert '<html lang="fr"' in (site / "fr" / action).read_text(encoding="utf-8")
    before = site_files(site)
    edit(root / "data/acties.yaml", "fr: Logement digne}", "fr: Logement vraiment digne}")
    builder()
    assert builder.last_was_incremental  # every language: one build, one kind
    after = site_files(site)
    assert b"Logement vraiment digne" in after["fr/" + action]
    changed = {n for n in after if n.endswith(".html") and after[n] != before.get(n)}
    assert "fr/" + action in changed and action not in changed  # the Dutch page stays
    # the pages that show the action, not the others (the other action, the goal it
    # does not serve, the statements)
    untouched = ["fr/acties/een-loket/", "fr/doelstellingen/sd2/", "fr/privacy/", "fr/"]
    assert not changed & {page + "index.html" for page in untouched}, sorted(changed)
    preview(root, tmp_path / "full")  # and it is what a full build gives
    assert after == site_files(tmp_path / "full")


@pytest.fixture
def loaded(monkeypatch):
    """The mkdocs.yml files MkDocs' load_config read, in the order it read them."""
    from planwijzer.outputs.mkdocs import engine

    read: list[str] = []
    real = engine.load_config

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(str(args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "load_config", counting)
    return read


def test_a_data_edit_reads_no_mkdocs_configuration_again(tmp_path, loaded):
    """After an edit of plan data only, the previous build's frames and menu serve:
    MkDocs reads neither mkdocs.yml nor the file list again (see outputs/mkdocs/kept)."""

    root = seed_copy(tmp_path)
    builder = preview(root, tmp_path / "preview")
    assert len(loaded) == 1
    edit(root / "data/acties.yaml", "titel: De STEK", "titel: De STEK vernieuwd")
    builder()
    assert builder.last_was_incremental and len(loaded) == 1
    assert "De STEK vernieuwd" in (tmp_path / "preview/acties/de-stek/index.html").read_text()
    edit(root / "docs/inleiding.md", "# Inleiding", "# Inleiding en opzet")
    builder()  # a narrative page changed: MkDocs reads the site again
    assert len(loaded) == 2
    preview(root, tmp_path / "full")
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")


def test_a_data_edit_reads_no_mkdocs_configuration_again_in_either_language(tmp_path, loaded):
    """A plan in two languages: after a one-line edit of an action, the frames and menu
    of both languages' previous builds serve (MkDocs shares the search plugin's
    instance between the languages' configurations, see outputs/mkdocs/kept), and
    both languages' pages and search indexes are what a full build gives."""
    from compare_sites import compare

    root = tmp_path / "plan"
    shutil.copytree(BILINGUAL, root)
    builder = preview(root, tmp_path / "preview")
    assert len(loaded) == 2  # one configuration per language
    edit(root / "data/acties.yaml", "nl: Waardig wonen,", "nl: Waardig en betaalbaar wonen,")
    builder()
    assert builder.last_was_incremental and len(loaded) == 2
    action = (tmp_path / "preview/acties/waardig-wonen/index.html").read_text()
    assert "Waardig en betaalbaar wonen" in action
    preview(root, tmp_path / "full")
    assert compare(tmp_path / "full", tmp_path / "preview")[0] == []
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")


def test_a_plugin_shared_between_languages_with_unknown_state_reads_each_again(tmp_path, loaded):
    """Material's tags plugin, one instance for both languages' configurations, keeps
    state a kept site cannot give back: after a data edit each language loads again."""

    root = tmp_path / "plan"
    shutil.copytree(BILINGUAL, root)
    edit(root / "mkdocs.yml", "  - planwijzer\n", "  - planwijzer\n  - tags\n")
    builder = preview(root, tmp_path / "preview")
    edit(root / "data/acties.yaml", "nl: Waardig wonen,", "nl: Waardig en betaalbaar wonen,")
    builder()
    assert builder.last_was_incremental and len(loaded) == 4
    preview(root, tmp_path / "full")
    assert site_files(tmp_path / "preview") == site_files(tmp_path / "full")


# -- what one edit of one action costs ------------------------------------------------


def test_an_action_edit_renders_frames_and_writes_only_what_it_touches(tmp_path, monkeypatch):
    """A one-line edit of one action: the pages that show it are rendered (the matrix
    only in the parts its row is in), only those framed and, where they changed,
    written; the narrative page, whose macro gives the same key figures, does not go
    through MkDocs again. The result is what a full build gives."""
    from planwijzer.outputs.mkdocs.pages import NarrativeRenderer
    from planwijzer.outputs.site_pages.frame import Frame
    from planwijzer.rendering.renderer import Renderer
    from synthetic_plan import make_plan

    root = make_plan(tmp_path / "plan", 60, seed=3)
    with (root / "data/plan.yaml").open("a", encoding="utf-8") as plan:
        plan.write("matrix_max_acties: 20\n")  # the matrix in parts, one per top goal
    site = tmp_path / "preview"
    builder = preview(root, site)
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*.html")}
    counts = {"render": [], "frame": 0, "mkdocs": 0}
    render, fill, page = Renderer.render_page, Frame.fill, NarrativeRenderer._page

    def rendering(self, template, path, *args, **kwargs):  # type: ignore[no-untyped-def]
        counts["render"].append(path)
        return render(self, template, path, *args, **kwargs)

    def framing(self, values):  # type: ignore[no-untyped-def]
        counts["frame"] += 1
        return fill(self, values)

    def by_mkdocs(self, *args):  # type: ignore[no-untyped-def]
        counts["mkdocs"] += 1
        return page(self, *args)

    monkeypatch.setattr(Renderer, "render_page", rendering)
    monkeypatch.setattr(Frame, "fill", framing)
    monkeypatch.setattr(NarrativeRenderer, "_page", by_mkdocs)
    plan = pipeline.check(root).plan
    assert plan is not None
    matrix = plan.matrices[0]
    # an action in one of the matrix's parts: the others stay as they were
    action = next(a for a in plan.actions if sum(a in p.rows for p in matrix.parts) == 1)
    touched = {f"{p.url}index.md" for p in matrix.parts if action in p.rows}
    source = root / action.source.file
    lines = source.read_text(encoding="utf-8").splitlines()
    title = next(x for x in lines[action.source.line :] if x.strip().startswith("titel:"))
    edit(source, title, title.split(":")[0] + ": Een nieuwe titel")
    builder()
    assert builder.last_was_incremental
    rendered = counts["render"]
    # the action, its goals and partners, 2 of the matrix's parts and its index, the
    # lists and the pages every build makes again (privacy, changes, ...): not 200
    assert len(rendered) <= 25, sorted(rendered)
    assert counts["frame"] == len(rendered)  # a page given unchanged is not framed again
    assert counts["mkdocs"] == 0
    parts = {f"{p.url}index.md" for p in matrix.parts}
    assert {p for p in rendered if p in parts} == touched
    written = {p for p, t in before.items() if p.stat().st_mtime_ns != t}
    assert site / action.url / "index.html" in written
    assert len(written) <= len(rendered), sorted(written)
    preview(root, tmp_path / "full")
    assert site_files(site) == site_files(tmp_path / "full")


def test_mkdocs_macros_lists_no_configuration_to_the_editor(plan_folder, capsys):
    # The preview logs as 'build -v' does: mkdocs-macros' INFO lines are noise there.
    from planwijzer.cli import main

    folder = plan_folder()
    assert main(["build", str(folder.root), "--out", str(folder.root / "site"), "-v"]) == 0
    said = capsys.readouterr().err
    assert "[macros]" not in said and "Config variables" not in said
