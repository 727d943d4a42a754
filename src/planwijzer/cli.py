"""The ``planwijzer`` command: a thin layer over the pipeline and its adapters."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from . import pipeline
from .editing import new_plan as scaffold
from .loading.plan_folder import plan_folder_around
from .shared import engine, memory
from .shared.command_line import planwijzer_parser
from .shared.os_reasons import os_reason
from .shared.problems import Report, plain_text


def _print_report(report: Report, fmt: str) -> None:
    for problem in report.sorted():
        print(problem.format_github() if fmt == "github" else problem.format(), file=sys.stderr)


def _is_here(plan_dir: Path) -> bool:
    """Whether 'make serve' (which serves the folder of the Makefile) shows this plan."""
    return plan_dir.resolve() == Path.cwd().resolve() and Path("Makefile").is_file()


class NotAPlanFolder(Exception):
    """The folder named on the command line is missing or holds no plan."""


def _plan_folder(name: str, *, upward: bool = False) -> Path:  # upward: from data/ too
    folder = plan_folder_around(Path(name)) if upward else Path(name)
    if not folder.is_dir():
        raise NotAPlanFolder(f"De map {folder} bestaat niet.")
    if not (folder / "data").is_dir():
        raise NotAPlanFolder(
            f"{folder} is geen planmap: de map data/ ontbreekt. "
            f"'planwijzer init {folder}' maakt een nieuwe planmap."
        )
    return folder


def cmd_check(args: argparse.Namespace) -> int:
    plan_dir = _plan_folder(args.dir)
    result = pipeline.check_command(plan_dir, strict_languages=args.strict_talen)
    _print_report(result.report, args.format)
    if result.plan is None:
        print(f"Het plan bevat fouten: {result.report.summary()}.", file=sys.stderr)
        return 1
    print(f"Het plan is in orde ({result.report.summary()}): {result.found}.")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from .outputs.mkdocs.site import BuildFailed, build_site
    from .outputs.site_folder import UnsafeOutput, check_target

    plan_dir = _plan_folder(args.dir)
    out = Path(args.out) if args.out else plan_dir / "site"
    started = time.perf_counter()
    try:
        check_target(plan_dir, out)  # before anything else: nothing is touched
    except UnsafeOutput as exc:
        print(f"Niet gebouwd: {exc}\nEr is niets gewijzigd.", file=sys.stderr)
        return 1
    print(f"Plan controleren in {plan_dir.resolve()} ...", file=sys.stderr)
    result = pipeline.cached_check(plan_dir)  # the builder reuses this result
    _print_report(result.report, args.format)
    if result.plan is None:
        print(
            f"Niet gebouwd: het plan bevat fouten ({result.report.summary()}). "
            f"De bestaande site in {out} is niet gewijzigd.",
            file=sys.stderr,
        )
        return 1
    print("Site bouwen met MkDocs ...", file=sys.stderr)
    try:
        build_site(plan_dir, out, strict=not args.no_strict, verbose=args.verbose)
    except BuildFailed as exc:
        print(
            f"Niet gebouwd: {exc}\nDe bestaande site in {out} is niet gewijzigd.", file=sys.stderr
        )
        return 1
    pages = sum(1 for _ in out.rglob("index.html"))
    print(
        f"Klaar: {pages} pagina's in {out} ({time.perf_counter() - started:.1f} s). "
        f"Bekijk ze met 'planwijzer serve {args.dir}'"
        + (" of 'make serve'." if _is_here(plan_dir) else ".")
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .outputs.mkdocs.preview_server import PortInUse
    from .outputs.mkdocs.site import serve

    plan_dir = _plan_folder(args.dir)
    result = pipeline.check(plan_dir)
    _print_report(result.report, "text")
    if result.plan is None:
        print(
            "Het plan bevat fouten: het voorbeeld toont ze op elke pagina tot ze verbeterd zijn.",
            file=sys.stderr,
        )
    print(f"Voorbeeld op http://{args.host}:{args.port}/ (Ctrl+C stopt)", file=sys.stderr)
    try:
        serve(plan_dir, host=args.host, port=args.port)
    except PortInUse as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    target = Path(args.dir)
    try:
        scaffold.init_plan(target, title=args.titel, organisation=args.organisatie)
    except FileExistsError as exc:
        print(f"{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"De planmap {target} kan niet gemaakt worden: {os_reason(exc)}.", file=sys.stderr)
        return 1
    print(f"Nieuwe planmap in {target}. Probeer: planwijzer build {target}")
    return 0


def _edited(change: Callable[[], Any], refused: str) -> Any:
    """One change of the plan folder, or None when it is refused (said why; unchanged)."""
    from .editing.new_entry import EditError

    try:
        return change()
    except EditError as exc:
        print(f"{refused}: {exc}", file=sys.stderr)
        return None


def cmd_new(args: argparse.Namespace) -> int:
    from .editing import new_entry as edit

    root = _plan_folder(args.dir, upward=True)
    if args.soort == "rapport":
        return _new_report(root, args)
    adders = {
        "actie": lambda: edit.add_action(root, args.titel, goal=args.doel, file=args.bestand),
        "doelstelling": lambda: edit.add_goal(root, args.titel, under=args.onder),
        "partner": lambda: edit.add_partner(root, args.titel),
    }
    added = _edited(adders[args.soort], "Niet toegevoegd")
    if added is None:
        return 1
    print(f"Toegevoegd: {args.soort} '{added.id}' in {added.file}:{added.line}.")
    print("\n".join(added.summary()))
    print(f"Controleer daarna met: planwijzer check {root}")
    return 0


def _new_report(root: Path, args: argparse.Namespace) -> int:
    from .editing.new_report import add_report

    added = _edited(lambda: add_report(root, args.titel, kind=args.rapport), "Niet gemaakt")
    if added is None:
        return 1
    print("\n".join(added.summary()))
    print(f"Controleer daarna met: planwijzer check {root}\nOpen dan een pull request.")
    return 0


def cmd_cms(args: argparse.Namespace) -> int:
    from .editing.cms_layout import convert
    from .outputs.cms.local import run_locally  # ruamel.yaml: not for every command

    if args.taak == "lokaal":
        return run_locally(_plan_folder(args.dir), port=args.poort)
    done = _edited(lambda: convert(_plan_folder(args.dir)), "Niet omgezet")
    if done is None:
        return 1
    print("\n".join(done.summary()))
    print(f"Controleer daarna met: planwijzer check {args.dir} en planwijzer diff HEAD")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from .revisions.plan_diff import DiffError, diff_revisions

    try:
        result = diff_revisions(_plan_folder(args.dir), args.rev, args.rev2)
    except DiffError as exc:
        print(f"Geen vergelijking mogelijk: {exc}", file=sys.stderr)
        return 1
    if args.paginas:  # one URL a line: for the accessibility check of a pull request
        print("\n".join(result.pages))
        return 0
    print(plain_text(result.markdown()), end="")
    return 0


def cmd_opendata(args: argparse.Namespace) -> int:
    from .outputs.open_data import write_open_data
    from .outputs.site_folder import UnsafeOutput, check_target

    plan_dir = _plan_folder(args.dir)
    out = Path(args.out) if args.out else plan_dir / "open-data"
    try:
        check_target(plan_dir, out, made="open-data")
    except UnsafeOutput as exc:
        print(f"Niet geschreven: {exc}\nEr is niets gewijzigd.", file=sys.stderr)
        return 1
    result = pipeline.check(plan_dir)
    _print_report(result.report, "text")
    if result.plan is None:
        print(
            f"Niet geschreven: het plan bevat fouten ({result.report.summary()}).", file=sys.stderr
        )
        return 1
    others = pipeline.other_languages(plan_dir, result.plan)
    print(f"Open data: {write_open_data(result.plan, out, others)} bestanden in {out}.")
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from .outputs.pdf.command import DocumentFailed, write_document
    from .rendering.formatting import file_size

    plan_dir = _plan_folder(args.dir)
    print("PDF maken (dat duurt even bij een groot plan) ...", file=sys.stderr)
    started = time.perf_counter()
    try:
        target = write_document(plan_dir, args.out and Path(args.out), args.rapport, args.taal)
    except DocumentFailed as exc:
        print(f"Geen PDF gemaakt: {exc}", file=sys.stderr)
        return 1
    size = file_size(target.stat().st_size)  # '49 KB', '1,2 MB': not '0.0 MB'
    print(f"PDF: {target} ({size}, {time.perf_counter() - started:.0f} s).")
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    from .outputs.link_check import broken_links

    site = Path(args.site)
    if not site.is_dir():
        print(f"{site} is geen map met een site: bouw eerst de site.", file=sys.stderr)
        return 1
    broken = broken_links(site)
    for line in broken:
        print(f"kapotte link: {line}", file=sys.stderr)
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"{len(broken)} kapotte interne links in {pages} pagina's.")
    return 1 if broken else 0


def cmd_schemas(args: argparse.Namespace) -> int:
    from .loading.json_schemas import write_schemas

    for path in write_schemas(_plan_folder(args.dir) / "schemas"):
        print(f"geschreven: {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = planwijzer_parser()
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="het plan controleren (alle problemen tegelijk)")
    p.add_argument("dir", nargs="?", default=".", help="de planmap (standaard: hier)")
    p.add_argument(
        "--format",
        choices=["text", "github"],
        default="text",
        help="'github' geeft annotaties voor GitHub Actions",
    )
    p.add_argument(
        "--strict-talen",
        action="store_true",
        help="een ontbrekende vertaling is een fout (voor een plan dat volledig vertaald is)",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("build", help="controleren en de site bouwen")
    p.add_argument("dir", nargs="?", default=".")
    p.add_argument("--out", help="doelmap (standaard: DIR/site)")
    p.add_argument("--format", choices=["text", "github"], default="text")
    p.add_argument(
        "--no-strict", action="store_true", help="MkDocs-waarschuwingen niet als fout behandelen"
    )
    p.add_argument("--strict", action="store_true", help="(standaard) waarschuwingen zijn fouten")
    p.add_argument("-v", "--verbose", action="store_true")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("serve", help="live voorbeeld dat herbouwt bij elke wijziging")
    p.add_argument("dir", nargs="?", default=".", help="de planmap (standaard: hier)")
    p.add_argument("--host", default="127.0.0.1", help="het adres (standaard: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="de poort (standaard: 8000)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("nieuw", help="een actie, doelstelling, partner of rapport toevoegen")
    p.add_argument("soort", choices=["actie", "doelstelling", "partner", "rapport"])
    p.add_argument(
        "titel", help="titel (of naam, voor een partner; bestandsnaam, voor een rapport: 2025)"
    )
    p.add_argument(
        "--rapport",
        choices=["voortgangsrapport", "jaarplan", "evaluatie"],
        help="rapport: de soort (standaard: die de naam noemt, anders voortgangsrapport)",
    )
    p.add_argument("--dir", default=".", help="de planmap (standaard: hier)")
    p.add_argument("--onder", help="doelstelling: de id van de hogere doelstelling")
    p.add_argument("--doel", help="actie: de id van de doelstelling waaraan ze bijdraagt")
    p.add_argument("--bestand", help="actie: het bestand, bv. data/acties/wonen.yaml")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("diff", help="wat er inhoudelijk veranderde tussen twee git-revisies")
    p.add_argument("rev", help="de oude revisie, bv. main of een tag")
    p.add_argument("rev2", nargs="?", help="de nieuwe revisie (standaard: de werkmap)")
    p.add_argument(
        "--paginas", action="store_true", help="alleen de adressen van de gewijzigde pagina's"
    )
    p.add_argument("--dir", default=".", help="de planmap (standaard: hier)")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("beheer", help="het beheer in de browser (/beheer/) voorbereiden")
    p.add_argument("taak", choices=["omzetten", "lokaal"], help="omzetten of lokaal bewerken")
    p.add_argument("--poort", type=int, default=8000, help="lokaal: de poort van het voorbeeld")
    p.add_argument("dir", nargs="?", default=".", help="de planmap (standaard: hier)")
    p.set_defaults(func=cmd_cms)

    p = sub.add_parser("links", help="alle interne links van een gebouwde site nakijken")
    p.add_argument("site", nargs="?", default="site")
    p.set_defaults(func=cmd_links)

    p = sub.add_parser("pdf", help="het plan (of één rapport) als toegankelijke PDF")
    p.add_argument("dir", nargs="?", default=".")
    p.add_argument("--out", help="het bestand (standaard: MAP/<titel>.pdf)")
    p.add_argument("--rapport", help="de naam van een rapport in data/opvolging/ (zonder .yaml)")
    p.add_argument("--taal", help="de taal van de PDF: een van de 'talen' van het plan")
    p.set_defaults(func=cmd_pdf)

    p = sub.add_parser("opendata", help="de open data (CSV, JSON, Excel) naar een map schrijven")
    p.add_argument("dir", nargs="?", default=".")
    p.add_argument("--out", help="de map (standaard: MAP/open-data)")
    p.set_defaults(func=cmd_opendata)

    p = sub.add_parser("schemas", help="de JSON Schemas voor editors schrijven naar DIR/schemas")
    p.add_argument("dir", nargs="?", default=".")
    p.set_defaults(func=cmd_schemas)

    p = sub.add_parser("init", help="een nieuwe, kleine planmap maken")
    p.add_argument("dir")
    p.add_argument("--titel", default="Meerjarenplan")
    p.add_argument("--organisatie", default="Mijn organisatie")
    p.set_defaults(func=cmd_init)
    return parser


DEBUG_SETTING = "PLANWIJZER_DEBUG"


def main(argv: list[str] | None = None, *, own_process: bool = False) -> int:
    args = build_parser().parse_args(argv)
    if own_process and args.func is not cmd_serve:
        # One command, then the process ends: what its stages make is kept until then.
        memory.keep_until_exit()
    try:
        return int(args.func(args))
    except NotAPlanFolder as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Gestopt.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: no traceback for an editor
        if engine.missing(exc):  # 'build' or 'serve' without MkDocs: said (stderr)
            return 1
        if os.environ.get(DEBUG_SETTING):
            raise
        print(
            f"Er ging iets onverwachts mis in Planwijzer ({type(exc).__name__}). Dat is een "
            "fout in Planwijzer, niet in je plan: er is niets gewijzigd of verwijderd.\n"
            "Meld het aan wie Planwijzer voor jullie beheert (een issue in de repository), "
            f"met het commando dat je gaf. Met {DEBUG_SETTING}=1 toont Planwijzer de details.",
            file=sys.stderr,
        )
        return 2


def run() -> NoReturn:
    """The console command ``planwijzer``, in a process of its own."""
    sys.exit(main(own_process=True))


if __name__ == "__main__":  # pragma: no cover
    run()
