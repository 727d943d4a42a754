"""Planwijzer's builder: the whole site of a plan folder, whatever engine gives the theme.

``run`` is the flow: the plan read and checked once, then per language the engine's
site opened (``engine.py``), the generated pages rendered into its frames and written
(``site_pages``), its narrative pages and theme files written, the search index and
the pages to be found; once, the open data, the PDF and the CMS. The languages are
joined (one sitemap, one 404 page) and the staging folder swapped into place.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from ... import pipeline
from ...checking.template_names import check_own_templates
from ...loading.yaml_reader import ParseCache
from ...model import Plan
from ...rendering.environment import has_own_templates
from ...rendering.page_memo import PageMemo
from ...rendering.renderer import Renderer
from ...revisions.plan_diff import version_history
from ...shared.interface import speaking
from ...shared.languages import LANGUAGE_NAMES
from ...shared.memory import settle
from ...shared.problems import Report
from ..discovery.sitemap import write_sitemap
from ..site_folder import check_target, new_staging, swap_into_place
from ..site_pages import PageWriter
from .beside import Beside, beside_the_site
from .engine import Engine, EnginePage, EngineSite, Extras, SiteLanguage
from .findable import discovery_files, discovery_for, embed_codes
from .languages import merge_sitemaps
from .not_found import join_languages, write_page
from .search import SearchIndex


class BuildFailed(RuntimeError):
    """The site could not be built; the previous site is untouched."""


@dataclass
class Builds:
    """A build into the folder itself, over what it holds: the live preview (``preview``:
    concepts shown, no PDF, nothing to be found), or MkDocs' own build (see plugin). What
    the live preview keeps between its builds."""

    preview: bool = False
    parsed: ParseCache | None = None
    writers: dict[str, PageWriter] = field(default_factory=dict)  # per language
    memos: dict[str, PageMemo] = field(default_factory=dict)  # rendered entity pages
    # per language, the other files written: their digests
    files: dict[str, dict[str, object]] = field(default_factory=dict)
    search: dict[str, SearchIndex] = field(default_factory=dict)
    incremental: bool = False  # the folder holds the previous build: unchanged pages stay


def run(plan_dir: Path, out: Path, engine: Engine, *, keep: Builds | None = None) -> None:
    """Build the plan's site into ``out``: atomically, or (``keep``) into ``out`` itself."""
    in_place = keep is not None
    keep = keep or Builds()
    serving = keep.preview
    plan = checked(plan_dir, keep.parsed, serving=serving)
    out = out.resolve()
    staging = out if in_place else new_staging(out)
    try:
        main: Beside | None = None
        main_url: str | None = None
        for code in plan.languages:
            if code != plan.languages[0]:
                print(f"Site in het {LANGUAGE_NAMES[code]} bouwen ...", file=sys.stderr)
            here = plan if main is None else checked(plan_dir, keep.parsed, serving, code)
            folder = staging if main is None else staging / code
            language = SiteLanguage(here, plan_dir, code, plan.languages, folder, main_url, serving)
            with speaking(here.language):
                site = engine.open(language)
                if main is None:
                    main_url = site.settings.site_url
                    if not in_place:
                        check_target(plan_dir, out, Path(site.settings.docs_dir))
                made = _language(site, language, main, keep)
            main = main or made
        if len(plan.languages) > 1:  # one sitemap, one 404 page for every language
            merge_sitemaps(staging, plan.languages, main_url)
            join_languages(staging, plan.languages, main_url)
    except BaseException:
        if not in_place:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    if not in_place:
        swap_into_place(staging, out)


def checked(
    plan_dir: Path, parsed: ParseCache | None, serving: bool, language: str | None = None
) -> Plan:
    """The plan, read and checked (once per state of its files: the parse cache); the
    live preview shows concepts (marked), a build leaves them out."""
    result = pipeline.cached_check(plan_dir, parsed, concepts=serving, language=language)
    report = result.report
    if result.plan is not None and language is None:  # its own templates, once
        report = Report()
        check_own_templates(plan_dir, report)
    if result.plan is None or report.errors:
        problems = "\n".join(p.format() for p in report.sorted())
        raise BuildFailed(f"Het plan bevat fouten ({report.summary()}):\n{problems}")
    return result.plan


def _language(
    site: EngineSite, language: SiteLanguage, main: Beside | None, keep: Builds
) -> Beside:
    """One language's site; the open data is the main language's (listed from
    '<taal>/' as '../data/...')."""
    plan, plan_dir, settings = language.plan, language.plan_dir, site.settings
    docs_dir, site_dir = Path(settings.docs_dir), language.site_dir
    data = None if main is None else [replace(f, path=f"../{f.path}") for f in main.data]
    made = beside_the_site(settings, plan, plan_dir, serving=language.serving, data=data)
    changes = version_history(plan_dir, plan)
    found = discovery_for(settings, language, plan_dir, changes)
    renderer = Renderer(
        plan,
        plan_dir,
        home=not (docs_dir / "index.md").exists(),
        source_url=site.source_url,
        open_data=made.listed,
        download=made.download,
        data_root="" if language.main else "../",
    )
    renderer.set_history(changes, embed_codes(found))
    memo = _memo(keep, language)
    jobs = renderer.jobs(memo)
    beside = [(f.path, f.content) for f in made.files if not f.path.startswith("../")]
    beside += discovery_files(found, made, docs_dir) if found is not None else []
    _not_in_docs(beside, docs_dir)
    head = found.head([*made.listed]) if found is not None else None
    layout = site.layout(jobs, Extras(head, renderer, made.download))
    settle()  # the model, the engine's files and menu: kept until the build ends
    writer = keep.writers.setdefault(language.code, PageWriter())
    # The memo fills up as pages render: then all of them in this process.
    split = False if memo is not None else None
    writer.start(jobs, layout, site_dir, incremental=keep.incremental, split=split, shared=True)
    # Meanwhile a copy writes generated pages: the engine's pages, the open data and
    # the theme's files are written here, then this process takes pages too.
    pages = site.pages()
    _write_the_rest(site_dir, pages, beside + site.static_files(), language.code, keep)
    search = keep.search.setdefault(language.code, SearchIndex())
    search.prepare(compounds=plan.language == "nl")
    written = writer.finish()
    write_page(site_dir, plan, main_url_of(language, settings))  # 404.html, in its language
    narrative = [p for p in pages if p.path]
    words = [w.search for w in written if w.search is not None] + [p.source for p in narrative]
    ordered = [p.entries for p in narrative] + [w.entries for w in written]
    site.write_index(search.entries(ordered, words, compounds=plan.language == "nl"))
    if found is not None:  # the sitemap's dates from the data's history
        found.date_sitemap(site_dir)
    return made


def _write_the_rest(
    site_dir: Path, pages: list[EnginePage], others: list, code: str, keep: Builds
) -> None:
    """The engine's pages, the open data and the theme's files; in the live preview,
    what a file held after the previous build is not written again, and what is no
    longer made goes."""
    files = [(p.dest, p.html) for p in pages] + others
    before = keep.files.get(code, {}) if keep.incremental else {}
    # the theme's own pages are changed after (404.html, sitemap.xml): written each time
    theirs = {p.dest for p in pages if not p.path}
    same = {dest: digest for dest, digest in before.items() if dest not in theirs}
    keep.files[code] = _write(site_dir, files, same)
    for gone in set(before) - set(keep.files[code]):
        (site_dir / gone).unlink(missing_ok=True)
    sitemap = site_dir / "sitemap.xml"
    if sitemap.is_file():  # with its .gz, as search engines may ask for it
        write_sitemap(site_dir, sitemap.read_text(encoding="utf-8"))


def _memo(keep: Builds, language: SiteLanguage) -> PageMemo | None:
    """The live preview renders an entity page whose inputs did not change from its
    previous build (not with a plan's own templates, which may show anything)."""
    if not keep.preview or has_own_templates(language.plan_dir):
        return None
    before = keep.memos.get(language.code) if keep.incremental else None
    keep.memos[language.code] = memo = PageMemo(before)
    return memo


def main_url_of(language: SiteLanguage, settings: object) -> str | None:
    return getattr(settings, "site_url", None) if language.main else language.main_url


def _not_in_docs(files: list[tuple[str, object]], docs_dir: Path) -> None:
    docs = docs_dir.name  # mkdocs.yml's docs_dir, mostly docs
    for path, _content in files:
        if (docs_dir / path).exists():
            raise BuildFailed(
                f"{docs}/{path} bestaat al, maar Planwijzer maakt dat bestand zelf (open data). "
                f"Verwijder of hernoem het in {docs}/."
            )


def _write(site_dir: Path, files: list, before: dict[str, object]) -> dict[str, object]:
    """Pages and files as MkDocs writes them: UTF-8, anything it cannot encode as a
    reference; a file of the theme or of docs_dir copied. A file with what it held
    after the previous build (``before``: the live preview) is not written again."""
    written: dict[str, object] = {}
    for dest, content in files:
        target = site_dir / dest
        if isinstance(content, Path):
            found = content.stat()
            digest: object = (str(content), found.st_mtime_ns, found.st_size)
        else:
            digest = hash(content)
        written[dest] = digest
        if before.get(dest) == digest and target.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        elif isinstance(content, str):
            target.write_bytes(content.encode("utf-8", errors="xmlcharrefreplace"))
        else:
            target.write_bytes(content)
    return written


__all__ = ["BuildFailed", "Builds", "EnginePage", "run"]
