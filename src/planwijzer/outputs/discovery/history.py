"""When the plan's data changed, from its own history: the decided versions (plan.yaml
'versies', the page Wijzigingen), the reports' peildatums, the measurements' dates,
and the last git commit of data/. Never the build's clock: two builds give the same."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Plan
from ...shared.periods import parse_date


def day_of(text: str) -> str:
    """'2020-05' as '2020-05-01': the first day of what a date names (for Atom)."""
    return parse_date(str(text)).isoformat()


@dataclass(frozen=True)
class DataHistory:
    """The dates behind the plan's data, as written (YYYY, YYYY-MM or YYYY-MM-DD)."""

    versions: tuple[str, ...] = ()  # plan.yaml 'versies', oldest first
    follow_up: tuple[str, ...] = ()  # reports' peildatums and measurement dates
    git_day: str | None = None  # the last commit that changed data/
    changed_on: dict[str, str] = field(default_factory=dict)  # page URL -> version date

    @classmethod
    def of(cls, plan: Plan, git_day: str | None = None, history: list | None = None) -> DataHistory:
        follow_up = [r.reference_text for r in plan.reports]
        follow_up += [m.date_text for i in plan.indicators for m in i.measurements]
        changed: dict[str, str] = {}
        for change in reversed(history or []):  # oldest first: a later change wins
            if change.diff is not None:
                changed.update({url: str(change.date) for url in change.diff.pages})
        return cls(
            tuple(str(v.datum) for v in plan.versions),
            tuple(sorted(set(follow_up), key=day_of)),
            git_day,
            changed,
        )

    @staticmethod
    def _latest(*dates: str | None) -> str | None:
        known = [d for d in dates if d]
        return max(known, key=lambda d: (day_of(d), len(d))) if known else None

    @property
    def plan_modified(self) -> str | None:
        """The plan itself: its latest version, or the data's last commit if later."""
        return self._latest(self.versions[-1] if self.versions else None, self.git_day)

    @property
    def follow_up_modified(self) -> str | None:
        return self._latest(self.follow_up[-1] if self.follow_up else None, self.git_day)

    @property
    def modified(self) -> str | None:
        return self._latest(self.plan_modified, self.follow_up_modified)

    def page_modified(self, url: str) -> str | None:
        """A page: the version that changed it, else the plan's last change. Only while
        the last version is the last change: what changed in data/ after it (a commit
        without a version) could be on any page."""
        latest = self.versions[-1] if self.versions else None
        if latest and self.modified and day_of(self.modified) <= day_of(latest):
            return self.changed_on.get(url) or self.modified
        return self.modified
