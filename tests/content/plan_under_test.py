"""Which plan the content checks look at: this repository's, or PLANWIJZER_PLAN."""

from __future__ import annotations

import os
from pathlib import Path

from paths import REPO

PLAN = Path(os.environ.get("PLANWIJZER_PLAN", REPO)).resolve()
