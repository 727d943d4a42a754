"""Planwijzer's builder (``build.run``) and its seam with a site engine (``engine``)."""
