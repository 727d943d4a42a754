"""The live preview's server: it never dies of a mistake in the plan.

MkDocs' own server stops on a build error (or appears stuck until the next good
build). Here a failed build is a state: every page then shows the located Dutch
problems in place of its content, reloads itself when the next build succeeds,
and links to the last good version of the page, which is kept as it was (when there
is one: a preview started on a plan with errors has none yet).
"""

from __future__ import annotations

import errno
import html
import logging
import os
import posixpath
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any

from mkdocs.livereload import LiveReloadServer

from ...shared.problems import Severity
from ...shared.site_paths import CMS

log = logging.getLogger("mkdocs.planwijzer")
LAST_GOOD = "laatste-goede"
# The CMS's page is never reloaded by the preview: what an editor types there would be lost.
STILL = f"/{CMS}/"


def native_observer() -> Any:
    """watchdog's observer on the system's own file notifications, where there is one."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return None
    return InotifyObserver()


_CHANGES = frozenset({"created", "modified", "deleted", "moved", "closed"})


class PortInUse(OSError):
    """The preview's port is taken by another program."""


class PreviewState:
    """What the last build left: nothing wrong, or the problems to show."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.problems: str | None = None

    def fail(self, problems: str) -> None:
        with self._lock:
            self.problems = problems

    def succeed(self) -> None:
        with self._lock:
            self.problems = None


class PreviewServer(LiveReloadServer):
    """LiveReloadServer whose builder cannot stop it, showing problems on every page."""

    def __init__(self, builder: Callable[[], None], *, host: str, port: int, root: str) -> None:
        self.state = PreviewState()
        self._build = builder
        self._still = threading.local()  # this request's page gets no reload script
        super().__init__(builder=self._safe_build, host=host, port=port, root=root)
        # MkDocs polls for changes every 0.5 s and then waits 0.1 s of quiet: on average
        # 0.35 s before a build starts. The system's own notification (inotify) says it
        # at once; a save is one write, so 30 ms of quiet is enough.
        self.observer = native_observer() or self.observer
        self.build_delay = 0.03

    def watch(self, path: str, func: None = None, *, recursive: bool = True) -> None:
        """As MkDocs' watch, for changes only: the system's notifications also report a
        file being read, and every build reads the plan (a build would start the next)."""
        import watchdog.events

        path = os.path.abspath(path)
        if path in self._watched_paths:
            self._watched_paths[path] += 1
            return
        self._watched_paths[path] = 1

        def changed(event: Any) -> None:
            if event.is_directory or event.event_type not in _CHANGES:
                return
            with self._rebuild_cond:
                self._want_rebuild = True
                self._rebuild_cond.notify_all()

        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = changed  # type: ignore[method-assign]
        self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive)

    def bind(self) -> None:
        """Take the port now, so that a taken port is said before anything is built."""
        try:
            self.server_bind()
            self.server_activate()
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                host, port = self.server_address[:2]
                raise PortInUse(
                    f"Poort {port} op {host} is al in gebruik (draait er al een voorbeeld?). "
                    f"Stop dat, of kies een andere poort: planwijzer serve --port {port + 1}"
                ) from None
            raise

    def serve(self, *, open_in_browser: bool = False) -> None:
        # Bound already (bind): what LiveReloadServer.serve does after binding.
        self.server_bind = self.server_activate = lambda: None  # type: ignore[method-assign]
        super().serve(open_in_browser=open_in_browser)

    def build_now(self, build: Callable[[], None] | None = None) -> None:
        """Build once (the first build); a failure is shown, not raised."""
        self._safe_build(build)

    def _safe_build(self, build: Callable[[], None] | None = None) -> None:
        try:
            (build or self._build)()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # SystemExit from MkDocs and macros included
            message = str(exc) or type(exc).__name__
            self.state.fail(message)
            log.warning("Het voorbeeld toont de fouten tot ze verbeterd zijn.")
        else:
            self.state.succeed()

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        if getattr(self._still, "page", False):
            return content
        return super()._inject_js_into_html(content, epoch)

    def _serve_request(self, environ: dict, start_response: Any) -> Iterable[bytes] | None:
        problems = self.state.problems
        path = environ.get("PATH_INFO", "")
        if path.startswith(STILL):  # the CMS, as built last, even while the plan has errors
            self._still.page = True
            try:
                return super()._serve_request(environ, start_response)
            finally:
                self._still.page = False
        wants_page = path.endswith("/") or path.endswith(".html")
        if problems is None or not wants_page or LAST_GOOD in environ.get("QUERY_STRING", ""):
            return super()._serve_request(environ, start_response)
        with self._epoch_cond:
            epoch = self._visible_epoch
        page = problem_page(problems, path, last_good=self._has_page(path))
        body = self._inject_js_into_html(page.encode("utf-8"), epoch)
        start_response(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
        )
        return [body]

    def _has_page(self, path: str) -> bool:
        """Whether the last good build left a page at ``path`` (as MkDocs' server finds
        it): a page that never built, or a preview that never built, has none."""
        if not (path + "/").startswith(self.mount_path):
            return False
        relative = path[len(self.mount_path) :] + ("index.html" if path.endswith("/") else "")
        relative = posixpath.normpath("/" + relative).lstrip("/")
        return os.path.isfile(os.path.join(self.root, relative))


def problem_page(problems: str, path: str, *, last_good: bool = True) -> str:
    """The page shown in place of every page while the plan has errors: the errors,
    then the warnings the summary counts; the last good version when there is one."""
    intro, groups = _grouped(problems)
    errors = [g for g in groups if not _WARNING.match(g)]
    warnings = [g for g in groups if _WARNING.match(g)]
    listing = _listing(errors)
    if warnings:
        listing += f"\n<h2>Waarschuwingen</h2>\n{_listing(warnings)}"
    summary = f"<p>{html.escape(intro)}</p>" if intro else ""
    if last_good:
        href = html.escape(f"{path}?{LAST_GOOD}=1", quote=True)
        after = f'<p><a href="{href}">Bekijk de laatste goede versie van deze pagina</a></p>'
    else:
        after = (
            "<p>Van deze pagina is er nog geen goede versie: ze verschijnt hier zodra de "
            "fouten verbeterd zijn.</p>"
        )
    return f"""<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Het plan bevat fouten – voorbeeld</title>
<style>
body {{ font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 50rem; padding: 1rem;
  color: #1a1a1a; background: #fff; }}
h1 {{ font-size: 1.4rem; color: #8a1c1c; }}
h2 {{ font-size: 1.15rem; }}
pre {{ white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font-size: .95rem; }}
li {{ margin: .5rem 0; }}
a {{ color: #0b4f9c; }}
</style></head>
<body><main>
<h1>Het plan bevat fouten</h1>
<p>Het voorbeeld wordt bijgewerkt zodra je het bestand bewaart met de verbetering.
Deze pagina laadt dan vanzelf opnieuw.</p>
{summary}
{listing}
{after}
</main></body></html>
"""


def _listing(groups: list[str]) -> str:
    items = "\n".join(f"<li><pre>{html.escape(group)}</pre></li>" for group in groups)
    return f"<ol>\n{items}\n</ol>" if groups else ""


_LOCATED = re.compile(r"^\S+\.(?:ya?ml|md)(?::\d+)*: ")
_WARNING = re.compile(_LOCATED.pattern + Severity.WARNING.value + ": ")  # Problem.format


def _grouped(problems: str) -> tuple[str, list[str]]:
    """A summary line, and each located message with the lines that belong to it
    (its hint starts with '→')."""
    intro: list[str] = []
    groups: list[list[str]] = []
    for line in problems.splitlines():
        if not line.strip():
            continue
        if _LOCATED.match(line):
            groups.append([line])
        elif groups:
            groups[-1].append(line.strip())
        else:
            intro.append(line.strip())
    return " ".join(intro), ["\n".join(group) for group in groups]
