"""Why the operating system refused to read or write something, in Dutch."""

from __future__ import annotations

import errno

_OS_REASONS = {
    errno.ENOENT: "een map op de weg ernaartoe bestaat niet",
    errno.ENOTDIR: "een deel van de weg ernaartoe is een bestand, geen map",
    errno.EACCES: "je hebt er geen toestemming voor",
    errno.EPERM: "je hebt er geen toestemming voor",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
}


def os_reason(exc: OSError) -> str:
    """Why the operating system said no, in Dutch."""
    return _OS_REASONS.get(exc.errno or 0, f"het besturingssysteem weigerde (fout {exc.errno})")
