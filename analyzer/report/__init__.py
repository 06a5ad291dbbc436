"""Reporters: every output format of a scan, a batch and a diff, behind one interface and one registry.

A reporter is a function `render(subject, options) -> str`, registered here by (kind, format):
- kind "scan": a ScanResult with the gate's verdict attached (text, json, sarif, html);
- kind "batch": the outcomes of a batch in input order (text, json, sarif; jsonl streams, see report.batch);
- kind "diff": a (Diff, DiffVerdict) pair (text, json, html).
Reporters arrange and render; they compute nothing a rule or the gate should. A format's module is
imported only when it is used, so the text report never loads jinja2.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (kind, format) -> "module:function"
_REGISTRY: dict[tuple[str, str], str] = {
    ("scan", "text"): "pinscan.report.text:render",
    ("scan", "json"): "pinscan.report.json:render",
    ("scan", "sarif"): "pinscan.report.sarif:render",
    ("scan", "html"): "pinscan.report.html:render",
    ("batch", "text"): "pinscan.report.batch:render_text",
    ("batch", "json"): "pinscan.report.batch:render_json",
    ("batch", "sarif"): "pinscan.report.batch:render_sarif",
    ("diff", "text"): "pinscan.report.diff:render_text",
    ("diff", "json"): "pinscan.report.diff:render_json",
    ("diff", "html"): "pinscan.report.diff:render_html",
}


@dataclass
class ReportOptions:
    source_root: Path | None = None  # SARIF: map package locations to the app's sources under this folder
    changes: Any = None  # scan: (Diff, DiffVerdict) since the last release, shown by text and HTML
    notes: list[str] = field(default_factory=list)  # filled by a format with what it had to leave out


def formats(kind: str) -> tuple[str, ...]:
    return tuple(fmt for k, fmt in _REGISTRY if k == kind)


def render(kind: str, fmt: str, subject: Any, options: ReportOptions | None = None) -> str:
    target = _REGISTRY.get((kind, fmt))
    if target is None:
        raise ValueError(f"no {fmt!r} report for a {kind} (formats: {', '.join(formats(kind))})")
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)(subject, options or ReportOptions())


FORMATS = formats("scan")
