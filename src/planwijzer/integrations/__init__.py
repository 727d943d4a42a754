"""Thin adapters between the core pipeline and a site engine (today: MkDocs)."""
