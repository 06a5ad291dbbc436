"""Exit codes, argument types and output writing shared by the `pinscan` subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from pinscan.errors import ScanError
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
