"""Reporters: each turns one ScanResult into one output format. They compute nothing a rule should."""

from __future__ import annotations

from collections.abc import Callable

from pinscan.model import ScanResult

Reporter = Callable[[ScanResult], str]


def get_reporter(fmt: str) -> Reporter:
    if fmt == "json":
        from pinscan.report.json import render
    elif fmt == "text":
        from pinscan.report.text import render
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return render


FORMATS = ("text", "json")
