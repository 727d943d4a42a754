"""The date a build may show, from SOURCE_DATE_EPOCH (reproducible builds) only.

A site that printed the machine's 'today' would differ by day and by timezone; what
depends on the reader's day is placed by the browser instead.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

SETTING = "SOURCE_DATE_EPOCH"


def build_date() -> date | None:
    """The UTC day of SOURCE_DATE_EPOCH, or None when it is not set (or unreadable)."""
    value = os.environ.get(SETTING, "").strip()
    if not value.isdigit():
        return None
    return datetime.fromtimestamp(int(value), tz=UTC).date()
