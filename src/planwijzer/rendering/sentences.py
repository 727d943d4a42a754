"""Every sentence a page builds around a number, in one place, in correct Dutch for
0, 1 and many (tests/rendering/test_sentences.py says each one out loud).

Templates call these through ``say`` (a ``Sentences`` bound to the plan's own words
for an action); they return plain text, escaped by Jinja like any other value.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..shared.periods import human_date
from .formatting import count, number


def _join(parts: Sequence[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]


class Sentences:
    """The sentences of one plan: its own name for an action ('strategische actie')."""

    def __init__(self, action_name: str, action_plural: str) -> None:
        self.one = action_name.lower()
        self.many = action_plural.lower()

    def actions(self, n: int) -> str:
        """'1 strategische actie', '0 strategische acties'."""
        return count(n, self.one, self.many)

    # -- the living plan ----------------------------------------------------------------
    def reported(self, reported: int, total: int) -> str:
        """'2 van 3 acties gerapporteerd.', '0 van 1 actie gerapporteerd: nog geen
        rapport geeft haar status of voortgang.'"""
        if total == 0:
            return f"Geen {self.one} draagt hieraan bij."
        noun = self.one if total == 1 else self.many
        text = f"{number(reported)} van {number(total)} {noun} gerapporteerd"
        if reported == 0:
            whose = "haar" if total == 1 else "hun"
            text += f": nog geen rapport geeft {whose} status of voortgang"
        return text + "."

    def mean_over(self, counted: int, stopped: Sequence[tuple[str, int]]) -> str:
        """After the mean: 'over 2 acties; niet meegeteld: 1 actie met status Stopgezet.'"""
        text = f"over {self.actions(counted)}"
        if stopped:
            left_out = [f"{self.actions(n)} met status {label}" for label, n in stopped]
            text += "; niet meegeteld: " + _join(left_out)
        return text + "."

    def expectation(self, date_text: str, expected: str, measured: str, verdict: str) -> str:
        """Under an indicator's chart: the line's number next to the measured one
        ('In 2023 ...', 'In maart 2023 ...', 'Op 31 december 2023 ...')."""
        when = "Op" if date_text.count("-") == 2 else "In"
        return (
            f"{when} {human_date(date_text)} verwachtte de streeflijn {expected}; de meting "
            f"was {measured}: {verdict.lower()}."
        )

    # -- partners, gemeenten, projects --------------------------------------------------
    def partner_roles(self, involved: int, leads: int, takes_part: int, projects: int) -> str:
        """What a partner does in the plan; a role it does not have is not named."""
        if involved == 0:
            return f"Nog geen {self.one}."
        roles = []
        if leads:
            roles.append(f"trekker van {number(leads)}")
        if takes_part:
            roles.append(f"partner in {number(takes_part)}")
        if projects:
            roles.append(f"via {count(projects, 'project', 'projecten')}")
        return f"Betrokken bij {self.actions(involved)}: {_join(roles)}."

    def projects_here(self, place: str, projects: int, actions: int, merged: bool) -> str:
        """The lead of a gemeente page: what happens there."""
        if projects == 0:
            return f"In {place} loopt nog geen project van dit plan."
        verb = "loopt" if projects == 1 else "lopen"
        text = (
            f"In {place} {verb} {count(projects, 'project', 'projecten')} van "
            f"{self.actions(actions)}."
        )
        if merged:
            text += f" Een project dat bij meer dan één {self.one} hoort, telt één keer."
        return text

    def projects(self, n: int) -> str:
        return count(n, "project", "projecten")

    def partners_of(self, n: int, plan_title: str) -> str:
        """The intro of the partners index."""
        if n == 0:
            return "Dit plan vermeldt geen partners."
        if n == 1:
            return (
                f"De enige partner van {plan_title}, met het aantal {self.many} waarin hij "
                "een rol heeft."
            )
        return (
            f"De {number(n)} partners van {plan_title}, met het aantal {self.many} waarin ze "
            "een rol hebben."
        )

    # -- goals, matrices, frameworks ----------------------------------------------------
    def missing_strength(self, label: str) -> str:
        """The flag on a goal no action contributes to at the strongest level."""
        return f"Nog geen {self.one} met ‘{label}’"

    def matrix_size(self, rows: int, columns: int, column_one: str, column_many: str) -> str:
        """'10 acties × 12 doelstellingen'."""
        return f"{self.actions(rows)} × {count(columns, column_one, column_many)}"

    def served(self, served: int, parts: int) -> str:
        """'3 van 11 onderdelen krijgen een bijdrage', '1 van 11 onderdelen krijgt er een'."""
        noun = "onderdeel" if parts == 1 else "onderdelen"
        verb = "krijgt" if served == 1 else "krijgen"
        return f"{number(served)} van {number(parts)} {noun} {verb} een bijdrage"

    def reports(self, n: int) -> str:
        return count(n, "rapport", "rapporten")

    def rows(self, n: int) -> str:
        return count(n, "rij", "rijen")
