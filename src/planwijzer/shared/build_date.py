"""The dates a build judges time by.

``build_date`` is the day a build may *print* (the timeline's 'today' marker): only
from SOURCE_DATE_EPOCH, since a site that printed the machine's day would differ by
day and by timezone; without it the reader's browser places the marker.

``reference_day`` is the day a build *judges* by (is a milestone's date past, has
the plan period ended, is a peildatum in the future): SOURCE_DATE_EPOCH's day, else
today in UTC, so two builds on the same day agree in any timezone.
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


def reference_day() -> date:
    """SOURCE_DATE_EPOCH's day, else today (UTC)."""
    return build_date() or datetime.now(tz=UTC).date()
