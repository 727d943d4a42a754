"""Open data: the plan's tables as CSV, JSON, a Frictionless Data Package and an Excel
workbook, written beside the site in ``data/`` (see ``files``)."""

from .files import FOLDER, DataFile, open_data_files

__all__ = ["FOLDER", "DataFile", "open_data_files"]
