"""Stage 2 — checking: the loaded files against the contract and each other.

One module per concern; ``validate`` runs them all and hands a ``ValidatedPlan`` to
the model. A new check gets its own module here and one call in ``validate``.
"""

from .entries import ValidatedPlan
from .validate import validate

__all__ = ["ValidatedPlan", "validate"]
