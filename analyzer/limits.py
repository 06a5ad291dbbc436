"""Budgets: how much of each part pinscan reads, and how much work it spends on it, and the whole scan's
time limit.

A hostile package is small and cheap to make; what it can cost must not be. Every part is parsed under a
size budget (checked on the declared size, before a byte is inflated) and, where parsing can do more work
than the part has bytes (shared structure, references), a work budget. Exceeding one raises
`BudgetExceeded`, a PartError naming the part and the budget: the App model turns it into a `failed`
coverage note, the rest of the scan goes on, and the gate fails the package as incompletely analysed.

The time limit (`--timeout`) is a deadline for one package: `deadline(seconds)` sets it for the scan
running in this thread; budgets and long loops call `check_deadline()`, and in the main thread a timer
signal interrupts pure-Python work as well. Reaching it raises `ScanTimeout`, which ends that package's
scan (exit 2, or one error record in a batch). ScanTimeout derives from BaseException, like
KeyboardInterrupt, so that no `except Exception` guard (one per rule) can swallow it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from pinscan.errors import PartError

MiB = 1 << 20

# Size budgets, per part (bytes as declared in the package). Each is many times the largest real part seen.
MAX_XML_SIZE = 16 * MiB  # one binary or protobuf XML file (manifest, network security config)
MAX_TABLE_SIZE = 128 * MiB  # resources.arsc / resources.pb
MAX_DEX_SIZE = 256 * MiB  # one classes*.dex
MAX_BINARY_SIZE = 512 * MiB  # one Mach-O file (all its slices)
MAX_PLIST_SIZE = 8 * MiB  # one property list
MAX_XAPK_MANIFEST_SIZE = 1 * MiB  # an .xapk's manifest.json
MAX_CERT_FILE = 4 * MiB  # a certificate file (bundled, a trust anchor) or a key store loaded by code
MAX_SCRIPT_SIZE = 64 * MiB  # a JavaScript bundle, script or .NET assembly searched for markers

# Work budgets, per part.
TABLE_WORK = 2_000_000  # entries looked up in one resource table while resolving references
PLIST_VALUES = 1_000_000  # values of one property list once shared sub-objects are expanded
DEX_WORK = 64_000_000  # code units decoded and table items read in one dex
HIERARCHY_WORK = 20_000_000  # supertype links of every class of every dex (a deep chain costs its square)
MAX_NESTING = 64  # levels of nesting in a plist or a JSON manifest

DEFAULT_TIMEOUT = 300.0  # seconds for one package
TIMEOUT_GRACE = 10.0  # seconds past the time limit before a scan stuck in native code is ended by force


class BudgetExceeded(PartError):
    """One part needs more than its budget: it is not analysed (further); the rest of the scan goes on."""

    def __init__(self, part: str, budget: str) -> None:
        super().__init__(f"{part}: over its budget of {budget}: not analysed")
        self.part = part
        self.budget = budget


class ScanTimeout(BaseException):
    """The package's time limit is reached: its scan ends (exit 2 / an error record in a batch)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"scan timed out after {seconds:g} s (--timeout)")
        self.seconds = seconds


def check_size(part: str, size: int, limit: int, what: str) -> None:
    """BudgetExceeded when a part's (declared) size is over its budget."""
    if size > limit:
        raise BudgetExceeded(part, f"{limit:,} bytes for {what} (it has {size:,})")


class Budget:
    """A work counter for one part: `spend(n)` raises BudgetExceeded past `limit` units, and checks the
    scan's deadline now and then."""

    __slots__ = ("limit", "part", "spent", "unit", "_next_check")

    def __init__(self, part: str, limit: int, unit: str) -> None:
        self.part = part
        self.limit = limit
        self.unit = unit
        self.spent = 0
        self._next_check = 0

    def spend(self, n: int = 1) -> None:
        self.spent += n
        if self.spent > self.limit:
            raise BudgetExceeded(self.part, f"{self.limit:,} {self.unit}")
        if self.spent >= self._next_check:
            self._next_check = self.spent + 4096
            check_deadline()


# --- the whole package's time limit ---------------------------------------------------------------------

_local = threading.local()


def check_deadline() -> None:
    """ScanTimeout when the scan running in this thread is past its deadline."""
    end = getattr(_local, "deadline", None)
    if end is not None and time.monotonic() > end[0]:
        raise ScanTimeout(end[1])


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Limit the scan run inside this block to `seconds` (None or 0: no limit). Pure-Python work in the
    main thread is interrupted by a timer signal; elsewhere (worker threads, e.g. Dask) the budgets' and
    loops' `check_deadline()` calls end it."""
    if not seconds:
        yield
        return
    previous = getattr(_local, "deadline", None)
    _local.deadline = (time.monotonic() + seconds, seconds)
    use_signal = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    old_handler = None
    if use_signal:
        def expire(_signum, _frame):
            raise ScanTimeout(seconds)

        old_handler = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if use_signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler)
        _local.deadline = previous
