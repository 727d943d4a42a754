"""The editors' commands that write plan files: ``planwijzer nieuw`` (``new_entry``)
and ``planwijzer init`` (``new_plan``, from ``skeleton/``)."""
