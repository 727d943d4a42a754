"""Signing in on GitHub, end to end as far as it runs here: the sign-in relay the README
gives (aanmelddienst/worker.js, a Cloudflare Worker, run by Node) against a stand-in for
GitHub's OAuth on 127.0.0.1, with the CMS on /beheer/ in Chromium. The CMS gets the token
and uses it; the secret stays in the relay; a callback that did not start here gets none."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import textwrap
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

import pytest
import yaml

from browsercheck import served
from paths import REPO
from planfolders import MINIMAL, folder_with
from planwijzer.cli import main
from serve_latency import free_port  # scripts/

pytestmark = pytest.mark.browser

RELAY = REPO / "aanmelddienst/worker.js"
HOST = REPO / "tests/end_to_end/worker_host.mjs"
SIGN_IN = "https://aanmelden.testorganisatie.be"
TOKEN = "gho_standin0123456789"
PLAN = {
    "data/plan.yaml": textwrap.dedent(MINIMAL["data/plan.yaml"])
    + f"beheer: {{repo: org/plan, aanmelden: '{SIGN_IN}/'}}\n",
}


class StandIn(http.server.BaseHTTPRequestHandler):
    """GitHub's two OAuth addresses: the editor says yes at once; a code for a token."""

    seen: ClassVar[list[dict]] = []

    def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
        pass

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        asked = dict(urllib.parse.parse_qsl(url.query))
        self.seen.append({"authorize": asked})
        back = f"{asked['redirect_uri']}?code=code-42&state={asked['state']}"
        self.send_response(302)
        self.send_header("Location", back)
        self.end_headers()

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append({"token": body})
        ok = body.get("client_secret") == "test-secret" and body.get("code") == "code-42"
        answer = {"access_token": TOKEN, "scope": "repo"} if ok else {"error": "bad_code"}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextmanager
def stand_in() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@contextmanager
def relay(github: str, site_origin: str) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "GITHUB_CLIENT_ID": "test-id", "GITHUB_CLIENT_SECRET": "test-secret",
           "SITE_ORIGINS": site_origin, "GITHUB_URL": github}  # fmt: skip
    process = subprocess.Popen(
        ["node", str(HOST), str(RELAY), str(port)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "listening"
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_written_config_signs_in_through_the_relay(tmp_path):
    folder = folder_with(tmp_path / "plan", PLAN)
    site = tmp_path / "site"
    assert main(["build", str(folder.root), "--out", str(site)]) == 0
    config_file = site / "beheer/config.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    assert config["backend"]["name"] == "github" and config["backend"]["repo"] == "org/plan"
    assert config["backend"]["base_url"].rstrip("/") == SIGN_IN  # Decap trims the slash


def test_an_editor_signs_in_on_github_through_the_relay(open_page, tmp_path):
    folder = folder_with(tmp_path / "plan", PLAN)
    site = tmp_path / "site"
    assert main(["build", str(folder.root), "--out", str(site)]) == 0
    with stand_in() as github, served(site) as base:
        origin = base.rstrip("/")
        with relay(github, origin) as relay_url:
            # The built config, with the relay here in place of the organisation's.
            config_file = site / "beheer/config.yml"
            text = config_file.read_text(encoding="utf-8").replace(SIGN_IN + "/", relay_url)
            config_file.write_text(text.replace("local_backend: true\n", ""), encoding="utf-8")
            page = open_page(width=1280)
            used: list[str] = []

            def github_api(route) -> None:  # type: ignore[no-untyped-def]
                used.append(route.request.headers.get("authorization", ""))
                route.fulfill(status=401, json={"message": "stand-in"})

            page.context.route("https://api.github.com/**", github_api)
            page.goto(base + "beheer/")
            with page.context.expect_page():  # the sign-in window opens
                page.get_by_role("button", name="Inloggen met GitHub").click()
            # The popup signs in and closes itself, possibly before it could be waited
            # on: the CMS's call to the API below is what shows it worked.
            deadline = 30_000
            while not used and deadline > 0:
                page.wait_for_timeout(200)
                deadline -= 200
            # A callback that did not start in this browser: no token.
            forged = f"{relay_url}/callback?code=code-42&state=0" + "0" * 35
            with urllib.request.urlopen(forged) as answer:
                refused = answer.read().decode("utf-8")
    assert used and used[0] == f"token {TOKEN}", used  # the CMS got the token and uses it
    asked = StandIn.seen[0]["authorize"]
    assert asked["client_id"] == "test-id" and asked["redirect_uri"] == f"{relay_url}/callback"
    assert "client_secret" not in asked  # the secret never passes through the browser
    assert StandIn.seen[1]["token"]["client_secret"] == "test-secret"
    assert "verlopen" in refused and TOKEN not in refused and "success" not in refused
