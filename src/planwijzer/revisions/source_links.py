"""Where a plan's files can be seen and edited online, without any setting: from the
CI's repository variables (GitHub Actions) or from the git remote of the checkout.

The result is a template '…/blob/<branch>/<folder>/{bestand}#L{regel}' for the
'Fout gezien? Bekijk en bewerk de bron' link under every generated page.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path

# https://github.com/org/plan(.git), git@github.com:org/plan.git, ssh://git@host/org/plan
_REMOTE = re.compile(
    r"^(?:https?://(?:[^@/]+@)?|ssh://git@|git@)(?P<host>github\.com|gitlab\.com)[/:]"
    r"(?P<path>[\w.-]+/[\w.-]+?)(?:\.git)?/?$"
)


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _blob(host: str, path: str, branch: str, prefix: str) -> str:
    middle = "/-/blob/" if "gitlab" in host else "/blob/"
    return f"https://{host}/{path}{middle}{branch}/{prefix}{{bestand}}#L{{regel}}"


def derived_source_url(plan_dir: Path, env: Mapping[str, str] | None = None) -> str | None:
    """The edit-link template for ``plan_dir``, or None when it cannot be known."""
    env = os.environ if env is None else env
    prefix = _git(plan_dir, "rev-parse", "--show-prefix") or ""
    server, repository = env.get("GITHUB_SERVER_URL"), env.get("GITHUB_REPOSITORY")
    if server and repository:
        branch = env.get("GITHUB_HEAD_REF") or env.get("GITHUB_REF_NAME") or "main"
        return f"{server.rstrip('/')}/{repository}/blob/{branch}/{prefix}{{bestand}}#L{{regel}}"
    remote = _git(plan_dir, "remote", "get-url", "origin")
    match = _REMOTE.match(remote or "")
    if match is None:
        return None
    # The branch checked out (also before the first commit); 'main' when detached.
    branch = _git(plan_dir, "symbolic-ref", "--short", "HEAD") or "main"
    return _blob(match["host"], match["path"], branch, prefix)


def repository(plan_dir: Path, env: Mapping[str, str] | None = None) -> tuple[str | None, str]:
    """('organisatie/plan' or None, the plan folder's place in it: '' or 'map/'), from
    GitHub Actions' variables or the git remote of the checkout."""
    env = os.environ if env is None else env
    prefix = _git(plan_dir, "rev-parse", "--show-prefix") or ""
    if env.get("GITHUB_REPOSITORY"):
        return env["GITHUB_REPOSITORY"], prefix
    match = _REMOTE.match(_git(plan_dir, "remote", "get-url", "origin") or "")
    return (match["path"] if match else None), prefix
