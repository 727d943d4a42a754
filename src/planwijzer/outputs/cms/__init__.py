"""Editing in the browser: /beheer/, a CMS (Decap CMS, vendored) whose forms come from
the contract (``config``, ``fields``) and whose saves open pull requests (``site``)."""

from .site import VENDOR, cms_files, vendored_files_intact

__all__ = ["VENDOR", "cms_files", "vendored_files_intact"]
