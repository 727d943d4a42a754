"""Stage 5 — outputs: what is made from the rendered pages and the model.

``site_pages`` writes the generated pages itself; ``mkdocs/`` is
the adapter to MkDocs with Material (plugin, macros, build and live preview);
``link_check`` checks a built site. New outputs made from the same model (the PDF,
the open data) get a module or package of their own here.
"""
