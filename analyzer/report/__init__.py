"""Reporters: each turns one ScanResult (with the gate's verdict attached) into one output format.
They compute nothing a rule or the gate should."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pinscan.model import ScanResult

Reporter = Callable[[ScanResult], str]


def get_reporter(fmt: str) -> Reporter:
    if fmt == "json":
        from pinscan.report.json import render
    elif fmt == "text":
        from pinscan.report.text import render
    elif fmt == "sarif":
        from pinscan.report.sarif import render
    elif fmt == "html":
        from pinscan.report.html import render
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return render


def render_report(fmt: str, result: ScanResult, *, source_root: Path | None = None,
                  notes: list[str] | None = None, diff_section: str | None = None) -> str:
    """Render with the options a format takes; `notes` collects what the format had to leave out;
    `diff_section` (HTML) is embedded in the HTML report."""
    if fmt == "html" and diff_section:
        from pinscan.report.html import render as render_html

        return render_html(result, diff_section)
    if fmt == "sarif":
        from pinscan.report.sarif import SarifOptions, render

        options = SarifOptions(source_root=source_root)
        text = render(result, options)
        if notes is not None:
            notes.extend(options.notes)
        return text
    return get_reporter(fmt)(result)


FORMATS = ("text", "json", "sarif", "html")
