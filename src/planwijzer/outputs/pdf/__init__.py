"""The official document: the plan (or one report) as a tagged PDF (see ``writer``)."""

from .writer import PDF_MAX_ACTIONS, PdfFailed, data_version, imprint_for, pdf_bytes

__all__ = ["PDF_MAX_ACTIONS", "PdfFailed", "data_version", "imprint_for", "pdf_bytes"]
