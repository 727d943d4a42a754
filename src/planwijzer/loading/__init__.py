"""Stage 1 — loading: a plan folder's YAML files into plain data with line numbers.

``plan_folder`` knows which files a plan has; ``yaml_reader`` reads one file (the
fast path in ``fast_yaml``, else PyYAML through ``yaml_nodes``); ``contract`` is the
shape of the files (pydantic models, source of the JSON Schemas in ``json_schemas``).
Nothing here judges content: that is ``checking``.
"""
