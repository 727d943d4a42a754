"""Every sentence a page builds around a number, in one place, correct for 0, 1 and
many (tests/rendering/test_sentences.py says each one out loud in Dutch). The words
come from the interface's catalogues (shared.interface), in the page's language.

Templates call these through ``say`` (a ``Sentences`` bound to the plan's own words
for an action); they return plain text, escaped by Jinja like any other value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..shared.interface import _, ngettext
from ..shared.periods import human_date
from .formatting import count, number


def _join(parts: Sequence[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    return _("%(eerste)s en %(laatste)s") % {"eerste": ", ".join(parts[:-1]), "laatste": parts[-1]}


def _counted(message: str, n: int) -> str:
    """A number in a message chosen by ``ngettext`` where the message is written (so the
    catalogues find it): '%(n)s project', '%(n)s projecten'."""
    return message % {"n": number(n)}


class _Counts:
    """A number and its noun: the plan's own for an action, the catalogue's for the rest."""

    def __init__(self, action_name: str, action_plural: str) -> None:
        self.one = action_name.lower()
        self.many = action_plural.lower()

    def actions(self, n: int) -> str:
        """'1 strategische actie', '0 strategische acties'."""
        return count(n, self.one, self.many)

    def projects(self, n: int) -> str:
        return _counted(ngettext("%(n)s project", "%(n)s projecten", n), n)

    def reports(self, n: int) -> str:
        return _counted(ngettext("%(n)s rapport", "%(n)s rapporten", n), n)

    def rows(self, n: int) -> str:
        return _counted(ngettext("%(n)s rij", "%(n)s rijen", n), n)


class _Indicators:
    """The sentences under an indicator's chart."""

    def expectation(self, date_text: str, expected: str, measured: str, verdict: str) -> str:
        """Under an indicator's chart: the line's number next to the measured one
        ('In 2023 ...', 'In maart 2023 ...', 'Op 31 december 2023 ...')."""
        words = {
            "datum": human_date(date_text),
            "verwacht": expected,
            "gemeten": measured,
            "oordeel": verdict.lower(),
        }
        if date_text.count("-") == 2:
            return (
                _(
                    "Op %(datum)s verwachtte de streeflijn %(verwacht)s; "
                    "de meting was %(gemeten)s: %(oordeel)s."
                )
                % words
            )
        return (
            _(
                "In %(datum)s verwachtte de streeflijn %(verwacht)s; "
                "de meting was %(gemeten)s: %(oordeel)s."
            )
            % words
        )

    def target_state(self, date_text: str, value: str, met: bool) -> str:
        """A target whose date has passed: 'De streefwaarde van 2023 (600 gezinnen) is
        gehaald.'"""
        words = {"datum": human_date(date_text), "waarde": value}
        if met:
            return _("De streefwaarde van %(datum)s (%(waarde)s) is gehaald.") % words
        return _("De streefwaarde van %(datum)s (%(waarde)s) is niet gehaald.") % words

    def next_target(self, date_text: str, value: str) -> str:
        """'De volgende streefwaarde: 1.200 gezinnen tegen 2025.'"""
        return _("De volgende streefwaarde: %(waarde)s tegen %(datum)s.") % {
            "waarde": value,
            "datum": human_date(date_text),
        }


class _InTime(_Counts):
    """Sentences whose tense follows the dates (the plan period may be over)."""

    projects_here: Callable[[str, int, int, bool], str]  # Sentences'

    def projects_here_by_date(
        self, place: str, projects: int, actions: int, merged: bool, ended: int
    ) -> str:
        """The lead of a gemeente page in the tense of the dates: projects that all ended
        ran ('liepen'); of some, how many ended."""
        if ended == 0 or projects == 0:
            return self.projects_here(place, projects, actions, merged)
        words = {
            "gemeente": place,
            "projecten": self.projects(projects),
            "acties": self.actions(actions),
            "n": number(ended),
        }
        if ended == projects:
            text = ngettext(
                "In %(gemeente)s liep %(projecten)s van %(acties)s.",
                "In %(gemeente)s liepen %(projecten)s van %(acties)s.",
                projects,
            )
        else:
            text = ngettext(
                "In %(gemeente)s lopen of liepen %(projecten)s van %(acties)s; "
                "%(n)s ervan is afgelopen.",
                "In %(gemeente)s lopen of liepen %(projecten)s van %(acties)s; "
                "%(n)s ervan zijn afgelopen.",
                ended,
            )
        text %= words
        if merged:
            text += " " + _("Een project dat bij meer dan één %(actie)s hoort, telt één keer.") % {
                "actie": self.one
            }
        return text


class Sentences(_InTime, _Indicators):
    """The sentences of one plan: its own name for an action ('strategische actie')."""

    # -- the living plan ----------------------------------------------------------------
    def reported(self, reported: int, total: int) -> str:
        """'2 van 3 acties gerapporteerd.', '0 van 1 actie gerapporteerd: nog geen
        rapport geeft haar status of voortgang.'"""
        if total == 0:
            return _("Geen %(actie)s draagt hieraan bij.") % {"actie": self.one}
        words = {
            "n": number(reported),
            "totaal": number(total),
            "acties": self.one if total == 1 else self.many,
        }
        if reported:
            return _("%(n)s van %(totaal)s %(acties)s gerapporteerd.") % words
        return (
            ngettext(
                "%(n)s van %(totaal)s %(acties)s gerapporteerd: nog geen rapport geeft haar "
                "status of voortgang.",
                "%(n)s van %(totaal)s %(acties)s gerapporteerd: nog geen rapport geeft hun "
                "status of voortgang.",
                total,
            )
            % words
        )

    def mean_over(self, counted: int, stopped: Sequence[tuple[str, int]]) -> str:
        """After the mean: 'over 2 acties; niet meegeteld: 1 actie met status Stopgezet.'"""
        over = self.actions(counted)
        if not stopped:
            return _("over %(acties)s.") % {"acties": over}
        left_out = [
            _("%(acties)s met status %(status)s") % {"acties": self.actions(n), "status": label}
            for label, n in stopped
        ]
        return _("over %(acties)s; niet meegeteld: %(weggelaten)s.") % {
            "acties": over,
            "weggelaten": _join(left_out),
        }

    # -- partners, gemeenten, projects --------------------------------------------------
    def partner_roles(self, involved: int, leads: int, takes_part: int, projects: int) -> str:
        """What a partner does in the plan; a role it does not have is not named."""
        if involved == 0:
            return _("Nog geen %(actie)s.") % {"actie": self.one}
        roles = []
        if leads:
            roles.append(_("trekker van %(n)s") % {"n": number(leads)})
        if takes_part:
            roles.append(_("partner in %(n)s") % {"n": number(takes_part)})
        if projects:
            roles.append(_("via %(projecten)s") % {"projecten": self.projects(projects)})
        return _("Betrokken bij %(acties)s: %(rollen)s.") % {
            "acties": self.actions(involved),
            "rollen": _join(roles),
        }

    def projects_here(self, place: str, projects: int, actions: int, merged: bool) -> str:
        """The lead of a gemeente page: what happens there."""
        if projects == 0:
            return _("In %(gemeente)s loopt nog geen project van dit plan.") % {"gemeente": place}
        text = ngettext(
            "In %(gemeente)s loopt %(projecten)s van %(acties)s.",
            "In %(gemeente)s lopen %(projecten)s van %(acties)s.",
            projects,
        ) % {
            "gemeente": place,
            "projecten": self.projects(projects),
            "acties": self.actions(actions),
        }
        if merged:
            text += " " + _("Een project dat bij meer dan één %(actie)s hoort, telt één keer.") % {
                "actie": self.one
            }
        return text

    def partners_of(self, n: int, plan_title: str) -> str:
        """The intro of the partners index."""
        if n == 0:
            return _("Dit plan vermeldt geen partners.")
        words = {"n": number(n), "plan": plan_title, "acties": self.many}
        return (
            ngettext(
                "De enige partner van %(plan)s, met het aantal %(acties)s waarin hij "
                "een rol heeft.",
                "De %(n)s partners van %(plan)s, met het aantal %(acties)s waarin ze "
                "een rol hebben.",
                n,
            )
            % words
        )

    # -- goals, matrices, frameworks ----------------------------------------------------
    def contributing(self, n: int, label: str) -> str:
        """Beside a goal, for a screen reader: '1 actie: draagt zeker bij'."""
        return _("%(acties)s: %(bijdrage)s") % {
            "acties": self.actions(n),
            "bijdrage": label.lower(),
        }

    def missing_strength(self, label: str) -> str:
        """The flag on a goal no action contributes to at the strongest level."""
        return _("Nog geen %(actie)s met ‘%(bijdrage)s’") % {"actie": self.one, "bijdrage": label}

    def matrix_size(self, rows: int, columns: int, column_one: str, column_many: str) -> str:
        """'10 acties × 12 doelstellingen'."""
        return f"{self.actions(rows)} × {count(columns, column_one, column_many)}"

    def served(self, served: int, parts: int) -> str:
        """'3 van 11 onderdelen krijgen een bijdrage', '1 van 11 onderdelen krijgt er een'."""
        words = {"n": number(served), "totaal": number(parts)}
        if parts == 1:
            return _("%(n)s van %(totaal)s onderdeel krijgt een bijdrage") % words
        return (
            ngettext(
                "%(n)s van %(totaal)s onderdelen krijgt een bijdrage",
                "%(n)s van %(totaal)s onderdelen krijgen een bijdrage",
                served,
            )
            % words
        )
