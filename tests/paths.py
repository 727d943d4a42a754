"""Where things are, for the tests (imported by name: 'conftest' is ambiguous)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The plan the code tests use (a frozen copy, see tests/plans/README.md); never the
# repository's own data/, which editors change.
REFERENCE = Path(__file__).resolve().parent / "plans" / "referentie"
# A fictional plan in Dutch and French (talen: [nl, fr]), for the languages.
BILINGUAL = Path(__file__).resolve().parent / "plans" / "tweetalig"
