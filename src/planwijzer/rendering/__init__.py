"""Stage 4 — rendering: the model through Jinja templates into pages (``RenderedPage``).

Knows no site engine. ``page_list`` says which pages exist, ``renderer`` renders
them, ``templates/`` holds presentation only; ``page_memo`` lets the live preview
reuse pages whose inputs did not change.
"""
