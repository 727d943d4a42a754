"""Located problems in a plan: what is wrong, where, and what to do about it.

Every stage reports into one ``Report`` so that an editor sees all problems at once.
Messages are Dutch (editors read them); identifiers here are English.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum


class Severity(Enum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True)
class Problem:
    file: str  # path relative to the plan folder, with forward slashes
    line: int  # 1-based; 0 when the problem concerns the whole file
    column: int  # 1-based; 0 when unknown
    severity: Severity
    message: str
    hint: str = ""
    # A warning that a plan may accept in data/plan.yaml ('aanvaarde_meldingen'):
    # what kind of warning, and about which id.
    code: str = ""
    subject: str = ""

    @property
    def location(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"

    def format(self) -> str:
        text = f"{self.location}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f"\n    → {self.hint}"
        return plain_text(text)

    def format_github(self) -> str:
        """A GitHub Actions workflow command: shows on the right line of a pull request."""
        kind = "error" if self.severity is Severity.ERROR else "warning"
        params = [f"file={_gh_escape_property(self.file)}"]
        if self.line:
            params.append(f"line={self.line}")
            if self.column:
                params.append(f"col={self.column}")
        params.append(f"title={_gh_escape_property('Planwijzer: ' + self.severity.value)}")
        body = self.message + (f"\n{self.hint}" if self.hint else "")
        return f"::{kind} {','.join(params)}::{_gh_escape_data(body)}"


def plain_text(text: str) -> str:
    """Text for a terminal or a CI log: no line starts with '::', which GitHub Actions
    would run as a workflow command (text from the YAML can hold anything)."""
    if "::" not in text:
        return text
    return "\n".join(
        f" {line}" if line.lstrip().startswith("::") else line for line in text.split("\n")
    )


def _gh_escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_escape_property(text: str) -> str:
    return _gh_escape_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass
class Report:
    """All problems found in one check, in the order of file and line."""

    problems: list[Problem] = field(default_factory=list)
    accepted: list[Problem] = field(default_factory=list)  # warnings the plan accepts

    def error(self, file: str, line: int, column: int, message: str, hint: str = "") -> None:
        self.problems.append(Problem(file, line, column, Severity.ERROR, message, hint))

    def warning(
        self,
        file: str,
        line: int,
        column: int,
        message: str,
        hint: str = "",
        *,
        code: str = "",
        subject: str = "",
    ) -> None:
        if code:
            hint = (
                f"{hint} Of aanvaard ze in data/plan.yaml onder 'aanvaarde_meldingen' "
                f"(melding: {code}, bij: {subject}) met een reden."
            ).strip()
        problem = Problem(file, line, column, Severity.WARNING, message, hint, code, subject)
        self.problems.append(problem)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.sorted() if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.sorted() if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    def sorted(self) -> list[Problem]:
        return sorted(self.problems, key=lambda p: (p.file, p.line, p.column))

    def summary(self) -> str:
        n_err, n_warn = len(self.errors), len(self.warnings)
        parts = [f"{n_err} {'fout' if n_err == 1 else 'fouten'}"]
        parts.append(f"{n_warn} {'waarschuwing' if n_warn == 1 else 'waarschuwingen'}")
        if self.accepted:
            parts.append(f"{len(self.accepted)} aanvaard in data/plan.yaml")
        return ", ".join(parts)


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """The closest known name to a misspelt one, if any is close enough."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def suggestion(word: str, candidates: Iterable[str]) -> str:
    """A Dutch 'did you mean' sentence, or an empty string."""
    match = did_you_mean(word, candidates)
    return f"Bedoelde je '{match}'?" if match else ""
