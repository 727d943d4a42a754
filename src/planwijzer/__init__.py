"""Planwijzer: a policy plan kept as YAML, published as a website.

The stages, one package each, data flowing one way: ``loading`` → ``checking`` →
``model`` → ``rendering`` → ``outputs`` (MkDocs, page files, link check).
``pipeline`` runs the stages in order; ``cli`` is the thin command line.
"""

__version__ = "0.1.0"
