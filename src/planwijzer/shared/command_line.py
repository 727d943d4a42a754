"""The command line's own mistakes in Dutch: argparse says them in English.

An editor who types 'planwijzer bouw' or '--uit' reads what went wrong and what the
choices are; the usage line above it says 'gebruik:'.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

_SAID = [
    (
        re.compile(r"^argument command: invalid choice: '([^']*)' \(choose from (.*)\)$"),
        lambda m: f"'{m[1]}' is geen opdracht van planwijzer. Kies uit: {_plain(m[2])}.",
    ),
    (
        re.compile(r"^argument ([^:]+): invalid choice: '([^']*)' \(choose from (.*)\)$"),
        lambda m: f"'{m[2]}' kan niet bij {m[1]}. Kies uit: {_plain(m[3])}.",
    ),
    (
        re.compile(r"^unrecognized arguments: (.*)$"),
        lambda m: f"Dit kent de opdracht niet: {m[1]}. 'planwijzer OPDRACHT -h' toont wat kan.",
    ),
    (
        re.compile(r"^the following arguments are required: (.*)$"),
        lambda m: f"Dit ontbreekt nog: {m[1]}.",
    ),
    (
        re.compile(r"^argument ([^:]+): expected one argument$"),
        lambda m: f"Na {m[1]} hoort een waarde.",
    ),
    (
        re.compile(r"^argument ([^:]+): invalid (\w+) value: '([^']*)'$"),
        lambda m: (
            f"'{m[3]}' is geen geldige waarde voor {m[1]}"
            + (" (een getal)." if m[2] in ("int", "float") else ".")
        ),
    ),
]


def _plain(choices: str) -> str:
    return ", ".join(c.strip().strip("'") for c in choices.split(","))


def dutch(message: str) -> str:
    for pattern, say in _SAID:
        match = pattern.match(message)
        if match is not None:
            return say(match)
    return message


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes and usage line are said in Dutch."""

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "gebruik: ", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "gebruik: ", 1)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {dutch(message)}\n")


def planwijzer_parser() -> DutchArgumentParser:
    """The top of the command line; cli adds the commands."""
    return DutchArgumentParser(
        prog="planwijzer", description="Een beleidsplan in YAML als website."
    )
