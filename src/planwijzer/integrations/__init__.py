"""Old home of the MkDocs adapter, now ``planwijzer.outputs.mkdocs``; see ``macros``."""
