"""Kept so that plan folders whose mkdocs.yml still names
``planwijzer.integrations.macros`` keep building unchanged. New plan folders name
``planwijzer.outputs.mkdocs.macros``."""

from ..outputs.mkdocs.macros import define_env

__all__ = ["define_env"]
