"""'planwijzer beheer lokaal': editing in the browser on the editor's own machine, with
the editorial workflow of a Git host (a branch per saved entry, publishing merges it).

Three parts, started and stopped together:

- decap-server, the CMS's local backend, at the version of decap-server/package-lock.json
  (installed once with 'npm ci' into the user's cache, never an unpinned npx);
- its own clone of the plan's repository (in .git/planwijzer-beheer): decap-server checks a
  branch out for every save and every look at a saved entry. In the plan folder itself,
  each checkout would rebuild the preview, which then reloaded the CMS page and lost what
  the editor was typing; in the clone the plan folder does not move;
- the live preview of the plan folder, on the main branch. "Publiceren" merges the branch
  in the clone (a merge commit, like a pull request), and the merge is then brought into
  the plan folder (fast-forward only): the preview shows the published change.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SERVER_FILES = Path(__file__).parent / "decap-server"
COPY = "planwijzer-beheer"  # inside the repository's .git: the CMS's own clone
POLL = 0.3  # seconds between looks at the clone's main branch


class LocalEditingError(RuntimeError):
    """Why local editing cannot start, in Dutch, with what to do."""


def _git(*args: str, cwd: Path, check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise LocalEditingError(f"git {' '.join(args)} lukte niet: {done.stderr.strip()}")
    return done.stdout.strip()


def server_folder() -> Path:
    """Where the pinned decap-server is installed: one folder per lock file."""
    lock = (SERVER_FILES / "package-lock.json").read_bytes()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "planwijzer" / f"decap-server-{hashlib.sha256(lock).hexdigest()[:12]}"


def install_server() -> Path:
    """decap-server's program, installed with 'npm ci' from the lock file if missing."""
    folder = server_folder()
    program = folder / "node_modules" / ".bin" / "decap-server"
    if program.exists():
        return program
    if shutil.which("npm") is None or shutil.which("node") is None:
        raise LocalEditingError(
            "Node.js ontbreekt (node en npm): installeer het (bv. 'sudo apt-get install "
            "nodejs npm') en start opnieuw."
        )
    print("decap-server installeren (één keer, met npm ci) ...", file=sys.stderr)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="decap-server-", dir=folder.parent))
    for name in ("package.json", "package-lock.json"):
        shutil.copy(SERVER_FILES / name, staging / name)
    done = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=staging, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise LocalEditingError(f"decap-server kon niet geïnstalleerd worden: {done.stderr}")
    try:
        staging.rename(folder)  # whole or not at all (another install may have won)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
    return program


class EditingCopy:
    """The CMS's own clone of the repository, and the way back of what it publishes."""

    def __init__(self, plan_dir: Path, branch: str) -> None:
        top = _git("rev-parse", "--show-toplevel", cwd=plan_dir, check=False)
        if not top:
            raise LocalEditingError(
                f"{plan_dir} staat niet in een git-repository: het beheer bewaart elke "
                f"wijziging als een tak. Maak er een met: git init -b {branch} && git add -A "
                "&& git commit -m plan"
            )
        self.home, self.branch = Path(top), branch
        current = _git("symbolic-ref", "--quiet", "--short", "HEAD", cwd=self.home, check=False)
        if current != branch:
            raise LocalEditingError(
                f"De planmap staat op de tak '{current or 'geen'}', het beheer publiceert op "
                f"'{branch}' (beheer: branch in data/plan.yaml). Ga eerst naar die tak: "
                f"git switch {branch}"
            )
        if not _git("rev-parse", "--verify", "--quiet", branch, cwd=self.home, check=False):
            raise LocalEditingError(
                f"De tak '{branch}' heeft nog geen commit: het beheer toont wat gecommit is. "
                "Maak er een met: git add -A && git commit -m plan"
            )
        self.path = Path(_git("rev-parse", "--absolute-git-dir", cwd=self.home)) / COPY

    def prepare(self) -> None:
        """The clone, made or brought up to date with the plan folder's branch."""
        if not (self.path / ".git").is_dir():
            _git("clone", "-q", "--branch", self.branch, str(self.home), str(self.path),
                 cwd=self.home)  # fmt: skip
        _git("checkout", "-q", self.branch, cwd=self.path)
        _git("fetch", "-q", "origin", self.branch, cwd=self.path)
        # Ahead of the plan folder (an earlier publication not brought home): kept.
        _git("merge", "--ff-only", "-q", "FETCH_HEAD", cwd=self.path, check=False)
        # Publishing is a merge commit, as on a Git host; a save needs an author.
        _git("config", "merge.ff", "false", cwd=self.path)
        for key, fallback in (("user.name", "Redacteur"), ("user.email", "redacteur@localhost")):
            if not _git("config", key, cwd=self.path, check=False):
                own = _git("config", key, cwd=self.home, check=False)
                _git("config", key, own or fallback, cwd=self.path)

    def published(self) -> str:
        return _git("rev-parse", self.branch, cwd=self.path)

    def bring_home(self) -> str | None:
        """The clone's branch into the plan folder (fast-forward); None, or why not."""
        _git("fetch", "-q", str(self.path), self.branch, cwd=self.home)
        done = subprocess.run(
            ["git", "merge", "--ff-only", "-q", "FETCH_HEAD"],
            cwd=self.home, capture_output=True, text=True,
        )  # fmt: skip
        return None if done.returncode == 0 else done.stderr.strip()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(program: Path, copy: EditingCopy) -> tuple[subprocess.Popen, str]:
    """decap-server on this machine only; it answers pages of localhost and 127.0.0.1."""
    port = _free_port()
    env = {**os.environ, "MODE": "git", "GIT_REPO_DIRECTORY": str(copy.path),
           "PORT": str(port), "BIND_HOST": "127.0.0.1",
           "GIT_MERGE_AUTOEDIT": "no", "LOG_LEVEL": "warn"}  # fmt: skip
    server = subprocess.Popen([str(program)], env=env, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise LocalEditingError("decap-server stopte meteen (zie de melding hierboven).")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return server, f"http://127.0.0.1:{port}/api/v1"
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise LocalEditingError("decap-server startte niet binnen 30 seconden.")


def _follow(copy: EditingCopy, stop: threading.Event) -> None:
    """Bring every publication into the plan folder, as soon as it is made."""
    seen = copy.published()
    while not stop.wait(POLL):
        now = copy.published()
        if now == seen:
            continue
        seen = now
        problem = copy.bring_home()
        if problem:
            print(
                f"Gepubliceerd, maar niet in de planmap gezet: {problem}\nBewaar of "
                f"herstel je eigen wijzigingen in die bestanden en start opnieuw.",
                file=sys.stderr,
            )
        else:
            print("Gepubliceerd: het voorbeeld toont de wijziging.", file=sys.stderr)


def edit_locally(plan_dir: Path, branch: str, *, host: str, port: int) -> None:
    """Run the CMS's backend, its clone and the preview until Ctrl+C (or SIGTERM)."""
    from ..mkdocs.site import serve

    copy = EditingCopy(plan_dir, branch)
    program = install_server()
    copy.prepare()
    copy.bring_home()  # what an earlier session published, if it could not be brought home
    server, url = _start_server(program, copy)
    stop = threading.Event()
    follower = threading.Thread(target=_follow, args=(copy, stop), daemon=True)
    follower.start()
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        print(
            f"Beheer op http://{host}:{port}/beheer/ (Ctrl+C stopt). Opslaan maakt een tak "
            f"in {copy.path}; Publiceren voegt ze samen in '{branch}' van de planmap.",
            file=sys.stderr,
        )
        serve(plan_dir, host=host, port=port, cms_backend=url)
    finally:
        signal.signal(signal.SIGTERM, previous)
        stop.set()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def run_locally(plan_dir: Path, *, port: int, host: str = "127.0.0.1") -> int:
    """The command: the plan's 'beheer' settings (its branch), then edit_locally."""
    from ...pipeline import cached_check
    from ..mkdocs.preview_server import PortInUse

    # as the preview checks it: its first build then reads the plan no second time
    plan = cached_check(plan_dir, concepts=True).plan
    if plan is None or plan.cms is None:
        print(
            "Lokaal bewerken vraagt een plan zonder fouten (planwijzer check) met 'beheer:' "
            "in data/plan.yaml (zie de README, 'Bewerken in de browser').",
            file=sys.stderr,
        )
        return 1
    try:
        edit_locally(plan_dir, plan.cms.branch, host=host, port=port)
    except (LocalEditingError, PortInUse) as exc:
        print(f"Niet gestart: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Gestopt.", file=sys.stderr)
    return 0


if __name__ == "__main__":  # 'make cms-server': install it ahead, as CI does
    print(install_server())
