"""Open data: the plan's tables as CSV, JSON, a Frictionless Data Package and an Excel
workbook, written beside the site in ``data/`` (see ``files``), or into a folder of its
own (``folder``)."""

from .files import FOLDER, DataFile, open_data_files
from .folder import write_open_data

__all__ = ["FOLDER", "DataFile", "open_data_files", "write_open_data"]
