"""What a worker process runs first (kept apart from the rest of the server, so a worker imports nothing else
of it: no web stack, no database)."""

from __future__ import annotations

import contextlib
import os
import signal


def die_with_parent() -> None:
    """Worker initializer: end with the server, even a server killed with SIGKILL.

    A forkserver's child inherits the server's end of the forkserver's "alive" pipe; while any worker holds it,
    the forkserver never sees the server go, so it never exits. The worker lets go of it, and asks Linux to
    kill it when its parent, the forkserver, exits (PR_SET_PDEATHSIG): that works even on a stopped worker.
    """
    from multiprocessing import forkserver

    # Ctrl-C reaches the whole process group: the server stops its workers itself (and queues their scans again).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    state = getattr(forkserver, "_forkserver", None)
    fd = getattr(state, "_forkserver_alive_fd", None)
    if isinstance(fd, int):
        with contextlib.suppress(OSError):
            os.close(fd)
        state._forkserver_alive_fd = None
    parent = os.getppid()
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the worker ends when it next talks to the dead pool
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
