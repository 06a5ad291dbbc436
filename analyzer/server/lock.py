"""One server per data folder: start-up recovery takes every `running` scan as left behind by a server that
stopped, which is only true when no other server is using the same folder (and database) at the time."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from pinscan.errors import ScanError

LOCK_FILE = "server.lock"


def hold_data_dir(data: Path) -> IO[str]:
    """Lock the data folder for this process (released when it exits, however it exits)."""
    fh = open(data / LOCK_FILE, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the server's life
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.seek(0)
        pid = fh.read().strip() or "another process"
        fh.close()
        raise ScanError(f"{data}: another pinscan server ({pid}) is using this data folder") from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()}\n")
    fh.flush()
    return fh
