"""The same data gives the same site, byte for byte: whatever the hash seed, the
locale, the timezone or the day of the build."""

from __future__ import annotations

import os
import subprocess
import sys

from sitecheck import digest_tree, soup

LABELS = {
    "data/acties.yaml": """\
    acties:
      - id: actie-een
        titel: Actie een
        partners: [partner-x]
        labels: [Wonen, wonen, WONEN, armoede, Armoede, éénoudergezin, Eenoudergezin]
        periode: {van: 2024, tot: 2025}
        bijdragen: {zeker: [doel-a, doel-b]}
        projecten:
          - {titel: Een, gemeente: [Straße, Strasse, gent, Gent, Aalst]}
    """,
}


def _build(root, out, **env):
    done = subprocess.run(
        [sys.executable, "-m", "planwijzer.cli", "build", str(root), "--out", str(out)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return digest_tree(out)


def test_hash_seed_locale_and_timezone_change_nothing(plan_folder, tmp_path):
    folder = plan_folder(LABELS)
    first = _build(folder.root, tmp_path / "a", PYTHONHASHSEED="1", TZ="UTC", LC_ALL="C")
    second = _build(
        folder.root, tmp_path / "b", PYTHONHASHSEED="4242", TZ="Pacific/Kiritimati",
        LC_ALL="C.UTF-8", LANG="nl_BE.UTF-8",
    )  # fmt: skip
    assert first == second


def test_today_comes_from_source_date_epoch_or_the_browser(plan_folder, tmp_path):
    folder = plan_folder(LABELS)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    without = tmp_path / "zonder"
    subprocess.run(
        [sys.executable, "-m", "planwijzer.cli", "build", str(folder.root), "--out", str(without)],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    marker = soup(without, "tijdlijn/").select_one(".pw-today")
    assert marker.has_attr("hidden") and not marker.has_attr("style")  # the browser places it
    with_date = tmp_path / "met"
    _build(folder.root, with_date, SOURCE_DATE_EPOCH="1719792000")  # 2024-07-01 UTC
    marker = soup(with_date, "tijdlijn/").select_one(".pw-today")
    assert not marker.has_attr("hidden")
    # 2024-07-01 is day 182 of the plan's 1,096 days (2024-2026): 16.606 %.
    assert marker["style"] == "left: 16.606%"
