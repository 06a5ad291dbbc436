"""Exit codes, argument types and output writing shared by the `pinscan` subcommands."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import threading
from pathlib import Path

from pinscan.errors import ScanError
from pinscan.limits import TIMEOUT_GRACE
from pinscan.model import Severity

EXIT_OK = 0
EXIT_POLICY = 1
EXIT_ERROR = 2


def fail_on(text: str) -> str:
    if text.strip().lower() == "never":
        return "never"
    try:
        return Severity.parse(text).label
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc}, or never") from None


def comma_list(text: str) -> list[str]:
    """`a,b` -> [a, b]: list options take one comma-separated value per use (and may be repeated), so they
    never swallow the positional PATH that follows them."""
    items = [t.strip() for t in text.split(",") if t.strip()]
    if not items:
        raise argparse.ArgumentTypeError(f"{text!r} names nothing (give comma-separated values)")
    return items


def hosts(text: str) -> list[str]:
    items = comma_list(text)
    if any(Path(h).suffix.lower() in _PACKAGE_SUFFIXES or "/" in h for h in items):
        raise argparse.ArgumentTypeError(f"{text!r} is not a host name (the option takes HOST[,HOST...]; "
                                         "put PATH before it or after another option)")
    return items


_PACKAGE_SUFFIXES = (".apk", ".aab", ".apks", ".xapk", ".ipa", ".app")


def libraries(text: str) -> list[str]:
    """Library names as the findings' `library` shows them (android/libraries.py KNOWN_SDKS), or `all`."""
    from pinscan.android.libraries import KNOWN_SDKS

    known = sorted(set(KNOWN_SDKS.values()))
    items = [t.lower() for t in comma_list(text)]
    unknown = [t for t in items if t not in known and t != "all"]
    if unknown:
        if len(items) == 1 and (Path(text).exists() or Path(text).suffix.lower() in _PACKAGE_SUFFIXES):
            raise argparse.ArgumentTypeError(f"{text!r} is a path, not a library: the option takes LIB[,LIB...] "
                                             "or all (e.g. --exclude-libraries all PATH)")
        raise argparse.ArgumentTypeError(f"unknown library {', '.join(map(repr, unknown))} (known: all, "
                                         f"{', '.join(known)})")
    return items


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def write(text: str, output: str | None, what: str = "report") -> None:
    """Write to stdout, or to the one file the user named (never anywhere else)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ScanError(f"{output}: cannot write the {what}: {exc.strerror or exc}") from None


def seconds(text: str) -> float:
    """`--timeout`'s value: seconds, 0 for no limit."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 for no limit)")
    return value


@contextlib.contextmanager
def hard_deadline(limit: float, message: str):
    """A last resort behind --timeout: the timeout interrupts Python code, not a native library that never
    returns; TIMEOUT_GRACE seconds later a watchdog prints the one line and ends the process with exit 2."""
    if not limit:
        yield
        return

    def expire() -> None:
        print(message + " (stuck in native code: ended by force)", file=sys.stderr, flush=True)
        os._exit(EXIT_ERROR)

    timer = threading.Timer(limit + TIMEOUT_GRACE, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
