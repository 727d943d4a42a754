"""Planwijzer: a policy plan kept as YAML, published as a website.

The pipeline, one module per stage: ``load`` → ``validate`` → ``model`` →
``render`` → (MkDocs via ``integrations``). ``pipeline`` runs the stages in order.
"""

__version__ = "0.1.0"
